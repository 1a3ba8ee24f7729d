import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import type { Form7Analysis } from "../../../src/workbook/analysis";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { HISTORY_COLUMNS, readHistorySheet } from "../../../src/workbook/history/historySheet";
import {
  form7WritesWithHistory,
  historyNewSheet,
  recordedAtText,
  stampHistoryWrites,
} from "../../../src/workbook/history/record";
import { readHistorySheets } from "../../../src/workbook/history/reader";
import { needsConsent, selectWrites, writeKey } from "../../../src/workbook/writePlan";
import { KOTO_USAGE, writeForm7 } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

const HEADER = HISTORY_COLUMNS.map((c) => c.ja);
const NAME = "港サンプルビル";
const AREA = 1412.36;

/** The public case as FY2024 (exact energy 1,207.725379 GJ, reported 1,207.7 GJ; 42.4 kg-CO2/m²; 60 t). */
function form2024(): Grid {
  const sink = new GridSink();
  writeForm7(sink, {}, { usage: KOTO_USAGE, period: "2024年4月～2025年3月", name: NAME });
  return sink.grid("2024年度");
}

/** A history sheet as a person types it: year, site, area, GJ, CO2 intensity; no intensity or time. */
function typed(rows: [number, number, number][], sheet = "報告履歴"): Grid {
  const values: CellValue[][] = [
    HEADER,
    ...rows.map(([y, gj, co2i]) => [y, NAME, null, AREA, gj, null, null, co2i, null]),
  ];
  return new Grid({ sheet, values });
}

function form7(sheets: Grid[]): { f: Form7Analysis; forms: number } {
  const a = analyzeWorkbook({ sheets }, DEFAULT_SETTINGS);
  const f = a.forms.find((x): x is Form7Analysis => x.kind === "form7");
  if (!f) throw new Error("expected a Form 7");
  return { f, forms: a.forms.length };
}

describe("years from the history sheet", () => {
  it("judges the excellence level against FY2013 typed in the history sheet, which is no form itself", () => {
    const { f, forms } = form7([
      form2024(),
      typed([
        [2013, 1700, 61.0],
        [2023, 1250, 44.0],
      ]),
    ]);
    expect(forms).toBe(1);
    // MJ/m² = GJ × 1000 ÷ 1,412.36: 1,700 → 1,203.66; 1,250 → 885.04; FY2024 from the exact 1,207.725379 GJ
    expect(
      f.years?.map((y) => [y.fiscalYear, y.energyIntensity?.toFixed(2), y.co2Intensity?.toFixed(1)]),
    ).toEqual([
      [2013, "1203.66", "61.0"],
      [2023, "885.04", "44.0"],
      [2024, "855.11", "42.4"],
    ]);
    const e = f.excellence!;
    expect([e.base?.kind, e.base?.fiscalYear, e.years]).toEqual(["fy2013", 2013, 11]);
    // 1 − (1,207.725379 ÷ 1,700)^(1/11) = 3.0602… % → 3.06; 1 − (42.4 ÷ 61)^(1/11) = 3.2525… % → 3.25
    expect([e.energy.ratePct?.toFixed(2), e.co2.ratePct?.toFixed(2), e.excellent]).toEqual([
      "3.06",
      "3.25",
      true,
    ]);
  });

  it("averages the three typed years before now when FY2013 is unknown (rates truncated, not rounded)", () => {
    const { f } = form7([
      form2024(),
      typed([
        [2021, 1300, 46.0],
        [2022, 1280, 45.1],
        [2023, 1250, 44.0],
      ]),
    ]);
    const e = f.excellence!;
    expect(e.base).toEqual({
      kind: "latestThreeAverage",
      fiscalYear: 2022,
      averagedYears: [2021, 2022, 2023],
    });
    // energy: 1 − (1,207.725379 ÷ 1,276.666…)^(1/2) = 2.7375… % → 2.73 (not 2.74)
    // CO2: 1 − (42.4 ÷ 45.0333…)^(1/2) = 2.9677… % → 2.96 (not 2.97)
    expect([e.energy.ratePct?.toFixed(2), e.co2.ratePct?.toFixed(2), e.excellent]).toEqual([
      "2.73",
      "2.96",
      true,
    ]);
  });

  it("reads every sheet with the history header, the one named 報告履歴 first, and reports its bad rows", () => {
    const other = typed([[2013, 1700, 61.0]], "履歴（手入力）");
    const own = typed([[2023, 1250, 44.0]]);
    expect(readHistorySheets([form2024(), other, own]).map((h) => h.grid.sheet)).toEqual([
      "報告履歴",
      "履歴（手入力）",
    ]);
    const bad = new Grid({
      sheet: "報告履歴",
      values: [HEADER, ["R5", NAME, null, AREA, 1, null, null, 1, null]],
    });
    const a = analyzeWorkbook({ sheets: [form2024(), other, bad] }, DEFAULT_SETTINGS);
    expect(a.issues.map((i) => [i.code, i.cell?.sheet, i.cell?.address])).toEqual(
      expect.arrayContaining([["history.badYear", "報告履歴", "A2"]]),
    );
    const f = a.forms[0] as Form7Analysis;
    // FY2013 from the other history sheet still counts; the plan writes into 報告履歴.
    expect(f.years?.map((y) => y.fiscalYear)).toEqual([2013, 2024]);
    expect(f.history?.kind === "create" ? null : f.history?.sheet).toBe("報告履歴");
  });
});

describe("recording a Form 7's year when its results are written", () => {
  it("appends the year's row to the history sheet as writes of the same batch, stamped at write time", () => {
    const { f } = form7([
      form2024(),
      typed([
        [2013, 1700, 61.0],
        [2023, 1250, 44.0],
      ]),
    ]);
    const h = f.history!;
    if (h.kind === "create") throw new Error("expected writes into the existing sheet");
    expect([h.kind, h.sheet, h.rowNumber, h.fiscalYear]).toEqual(["append", "報告履歴", 4, 2024]);
    // 1,207.7 GJ × 1000 ÷ 1,412.36 m² = 855.0936… → 855.1 MJ/m²; 事業所番号 blank: not written
    expect(h.writes.map((w) => [w.address, w.value, w.state])).toEqual([
      ["A4", 2024, "empty"],
      ["B4", NAME, "empty"],
      ["D4", 1412.36, "empty"],
      ["E4", 1207.7, "empty"],
      ["F4", 60, "empty"],
      ["G4", 855.1, "empty"],
      ["H4", 42.4, "empty"],
    ]);
    expect(h.writes[4].label).toEqual({
      ja: "報告履歴・2024年度: CO2 総計 (t-CO2)",
      en: "報告履歴, FY2024: CO2 total (t-CO2)",
    });
    const all = form7WritesWithHistory(f.writes, h);
    expect(all.length).toBe(f.writes.length + 7);
    expect(all.slice(0, f.writes.length)).toEqual(f.writes);

    const time = "2025-06-30T09:00:00+09:00";
    const stamped = stampHistoryWrites(selectWrites(all), h, time);
    expect(stamped.slice(-1).map((w) => [w.sheet, w.address, w.value, w.numberFormat])).toEqual([
      ["報告履歴", "I4", time, "@"],
    ]);
    // Only the form's own cells chosen: no time is written into the history row.
    expect(stampHistoryWrites(selectWrites(f.writes), h, time)).toEqual(selectWrites(f.writes));
  });

  it("replaces the same site-year's typed row only where the user consents, and leaves same cells alone", () => {
    const values: CellValue[][] = [HEADER, [2024, NAME, null, AREA, 1300, 60, null, 42.4, null]];
    const { f } = form7([form2024(), new Grid({ sheet: "報告履歴", values })]);
    const h = f.history!;
    if (h.kind === "create") throw new Error("expected writes");
    expect([h.kind, h.rowNumber]).toEqual(["replace", 2]);
    expect(h.writes.map((w) => [w.address, w.state])).toEqual([
      ["A2", "same"],
      ["B2", "same"],
      ["D2", "same"],
      ["E2", "input"], // 1,300 typed, the form says 1,207.7
      ["F2", "same"],
      ["G2", "empty"],
      ["H2", "same"],
    ]);
    const e2 = h.writes.find((w) => w.address === "E2")!;
    expect(needsConsent(e2)).toBe(true);
    const chosen = selectWrites(h.writes);
    expect(chosen.map((w) => w.address)).toEqual(["G2"]);
    const withConsent = selectWrites(h.writes, new Set([writeKey(e2)]));
    expect(stampHistoryWrites(withConsent, h, "t").map((w) => [w.address, w.value])).toEqual([
      ["E2", 1207.7],
      ["G2", 855.1],
      ["I2", "t"],
    ]);
  });

  it("plans a new 報告履歴 sheet when there is none, with the row, formats and a bold header", () => {
    const { f } = form7([form2024()]);
    const h = f.history!;
    expect(h.kind).toBe("create");
    if (h.kind !== "create") throw new Error();
    const sheet = historyNewSheet(h.record, "2025-06-30T09:00:00+09:00");
    expect(sheet.name).toBe("報告履歴");
    expect(sheet.values).toEqual([
      HEADER,
      [2024, NAME, null, 1412.36, 1207.7, 60, 855.1, 42.4, "2025-06-30T09:00:00+09:00"],
    ]);
    expect(sheet.numberFormats?.[1]).toEqual(HISTORY_COLUMNS.map((c) => c.numberFormat));
    expect(sheet.numberFormats?.[0].every((x) => x === null)).toBe(true);
    expect(sheet.bold).toHaveLength(9);
    // Read back, the sheet is the history the next analysis uses.
    const back = readHistorySheet(new Grid({ sheet: "報告履歴", values: sheet.values }))!;
    expect(back.issues).toEqual([]);
    expect(back.rows.map((r) => [r.fiscalYear, r.co2Intensity?.toFixed(1), r.recordedAt])).toEqual([
      [2024, "42.4", "2025-06-30T09:00:00+09:00"],
    ]);
  });

  it("has no plan without a readable fiscal year", () => {
    const sink = new GridSink();
    writeForm7(sink, {}, { usage: KOTO_USAGE, period: "不明", name: NAME });
    const { f } = form7([sink.grid("様式")]);
    expect(f.history).toBeUndefined();
    expect(f.years).toEqual([]);
  });

  it("writes the time of recording as local ISO 8601 with its offset", () => {
    const d = new Date(2025, 5, 30, 9, 5, 7);
    const text = recordedAtText(d);
    expect(text).toMatch(/^2025-06-30T09:05:07[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(d.getTime());
  });
});
