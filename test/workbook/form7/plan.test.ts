import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { analyzeForm7Sheets } from "../../../src/workbook/form7/analyze";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

function analyze(computed: Record<string, number>) {
  const sink = new GridSink();
  const cells = writeForm7(sink, {}, { usage: KOTO_USAGE, computed });
  const [f] = analyzeForm7Sheets(sink.grid(), DEFAULT_SETTINGS);
  return { f, cells };
}

describe("the Form 7 write plan judges a held figure as the checks do", () => {
  it("plans a write over a summary cell that prints another figure than the form's, and reports it", () => {
    // 総計 should be 60 (truncated); a cell holding 60.77 prints 61.
    const { f, cells } = analyze({ ...KOTO_PRINTED, co2TotalT: 60.77 });
    const at = cells.computed.co2TotalT;
    expect(f.issues.some((i) => i.cell?.address === at && i.severity !== "info")).toBe(true);
    const w = f.writes.find((x) => x.address === at);
    expect([w?.value, w?.state]).toEqual([60, "input"]);
  });

  it("needs no write where the cell prints the form's figure", () => {
    // 60.4 prints 60; 42.44 prints 42.4.
    const { f, cells } = analyze({ ...KOTO_PRINTED, co2TotalT: 60.4, intensityKgPerM2: 42.44 });
    for (const key of ["co2TotalT", "intensityKgPerM2"])
      expect(f.writes.find((x) => x.address === cells.computed[key])?.state).toBe("same");
    expect(f.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
