import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { fiscalYearOf } from "../../../src/domain/fiscalYear";
import { KOTO_USAGE, writeForm7 } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

function report(sheet: string, period: string, scale: number) {
  const sink = new GridSink();
  const usage = Object.fromEntries(Object.entries(KOTO_USAGE).map(([k, v]) => [k, (v ?? 0) * scale]));
  writeForm7(sink, {}, { usage, period, name: "港サンプルビル" });
  return sink.grid(sheet);
}

describe("earlier years from other Form 7 sheets", () => {
  it("reads the fiscal year from the energy-use period", () => {
    expect(fiscalYearOf("2024年4月～2025年3月")).toBe(2024);
    expect(fiscalYearOf("2025年1月～2025年12月")).toBe(2024);
    expect(fiscalYearOf("令和5年度")).toBe(2023);
    expect(fiscalYearOf("")).toBeNull();
  });

  it("gives the latest report of a site the excellence level against FY2013", () => {
    const a = analyzeWorkbook(
      {
        sheets: [
          report("2013年度", "2013年4月～2014年3月", 1.4),
          report("2024年度", "2024年4月～2025年3月", 1),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const [old, now] = a.forms;
    if (old.kind !== "form7" || now.kind !== "form7") throw new Error("expected Form 7");
    expect(old.excellence).toBeUndefined();
    // energy 1,690.8155306 GJ → 1,207.725379 GJ over 11 years: 1 − (1/1.4)^(1/11) = 3.014 % → 3.01
    expect(now.excellence?.base).toEqual({ kind: "fy2013", fiscalYear: 2013, averagedYears: [] });
    expect(now.excellence?.energy.ratePct?.toFixed(2)).toBe("3.01");
    expect(now.excellence?.excellent).toBe(true);
  });
});
