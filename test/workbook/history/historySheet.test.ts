import { analyzeWorkbook } from "../../../src/app/analyze";
import { dec } from "../../../src/domain/decimal";
import { assessExcellence } from "../../../src/domain/excellence/excellence";
import { energyIntensityMJ } from "../../../src/domain/intensity";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import {
  HISTORY_COLUMNS,
  collectYears,
  historyRecordFromForm7,
  historySheetLayout,
  planHistoryUpsert,
  readHistorySheet,
  type HistoryRecord,
} from "../../../src/workbook/history/historySheet";
import { excellenceByForm } from "../../../src/workbook/history/years";
import { excellenceLine } from "../../../src/domain/excellence/words";
import { KOTO_USAGE, writeForm7 } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

const rec = (
  fiscalYear: number,
  energyGJ: string,
  co2Intensity: string,
  over: Partial<HistoryRecord> = {},
): HistoryRecord => ({
  fiscalYear,
  siteName: "港サンプルビル",
  siteNumber: null,
  floorAreaM2: dec("1412.36"),
  energyGJ: dec(energyGJ),
  co2T: dec("59.8"),
  energyIntensity: null,
  co2Intensity: dec(co2Intensity),
  recordedAt: "2025-06-30T09:00:00+09:00",
  ...over,
});

const sheet = (values: CellValue[][]) => new Grid({ sheet: "報告履歴", values });

describe("the history sheet", () => {
  it("has a fixed header and writes the energy intensity in MJ/m² (GJ × 1000 ÷ m², half-up at 1 decimal)", () => {
    const values = historySheetLayout([rec(2024, "1207.7", "42.4"), rec(2013, "1690.8", "61.0")]);
    expect(values[0]).toEqual([
      "年度",
      "事業所等の名称",
      "事業所番号",
      "延床面積 (m²)",
      "エネルギー使用量 (GJ)",
      "CO2 総計 (t-CO2)",
      "エネルギー原単位 (MJ/m²)",
      "CO2原単位 (kg-CO2/m²)",
      "記録日時",
    ]);
    // 1,207.7 GJ × 1000 ÷ 1,412.36 m² = 855.093… MJ/m² → 855.1; sorted by site then year
    expect(values.slice(1).map((r) => [r[0], r[6], r[7]])).toEqual([
      [2013, 1197.1, 61], // 1,690.8 GJ → 1,197.14… MJ/m²
      [2024, 855.1, 42.4],
    ]);
    expect(HISTORY_COLUMNS).toHaveLength(9);
    expect(energyIntensityMJ(dec("1207.7"), dec(0))).toBeNull();
  });

  it("reads back, recomputing the energy intensity from GJ and m², and points at bad cells", () => {
    const values = historySheetLayout([rec(2013, "1690.8", "61.0"), rec(2024, "1207.7", "42.4")]);
    values.push([2023, "港サンプルビル", null, 1412.36, 1300, 60, 999, 45, null]);
    values.push(["R5", "港サンプルビル", null, null, null, null, null, null, null]);
    values.push([2022, null, null, null, null, null, null, null, null]);
    values.push([2024, "港サンプルビル", null, -1, null, null, null, null, null]);
    const h = readHistorySheet(sheet(values))!;
    expect(h.rows.map((r) => [r.fiscalYear, r.cell.address])).toEqual([
      [2013, "A2"],
      [2024, "A3"],
      [2023, "A4"],
      [2024, "A7"],
    ]);
    expect(h.rows[1].energyIntensity!.toFixed(6)).toBe(dec("1207.7").mul(1000).div("1412.36").toFixed(6));
    expect(h.issues.map((i) => [i.code, i.cell?.address])).toEqual([
      ["history.intensityDiffers", "G4"], // 1300 × 1000 ÷ 1412.36 = 920.4 ≠ 999
      ["read.notANumber", "A5"],
      ["history.badYear", "A5"],
      ["history.noSite", "B6"],
      ["history.badFigure", "D7"],
      ["history.duplicate", "A7"],
    ]);
    expect(h.nextRow).toBe(7);
    expect(readHistorySheet(sheet([["年度", "事業所等の名称"]]))).toBeNull();
  });

  it("still reads a sheet written with the former CO2 header 「CO2排出量 (t-CO2)」, in the same column", () => {
    const values = historySheetLayout([rec(2024, "1207.7", "42.4")]);
    expect(values[0][5]).toBe("CO2 総計 (t-CO2)");
    values[0][5] = "CO2排出量 (t-CO2)";
    const h = readHistorySheet(sheet(values))!;
    expect(h.columns.co2T).toBe(5);
    expect(h.rows.map((r) => [r.fiscalYear, r.co2T?.toString()])).toEqual([[2024, "59.8"]]);
    values[0][5] = "CO2 (t-CO2)";
    expect(readHistorySheet(sheet(values))).toBeNull();
  });

  it("plans an upsert: a new sheet, an appended row, or the same site-year's row replaced", () => {
    const first = planHistoryUpsert(null, rec(2013, "1690.8", "61.0"));
    expect(first.kind).toBe("create");
    if (first.kind !== "create") throw new Error();
    expect([first.sheet, first.values.length]).toEqual(["報告履歴", 2]);

    const grid = sheet(first.values);
    const append = planHistoryUpsert(grid, rec(2024, "1207.7", "42.4"));
    if (append.kind === "create") throw new Error();
    expect([append.kind, append.row, append.writes.map((w) => w.address)]).toEqual([
      "append",
      2,
      ["A3", "B3", "D3", "E3", "F3", "G3", "H3", "I3"], // 事業所番号 blank: not written
    ]);
    expect(append.writes.every((w) => w.state === "empty")).toBe(true);

    const replace = planHistoryUpsert(
      grid,
      rec(2013, "1690.8", "60.9", { recordedAt: "2025-07-01T00:00:00+09:00" }),
      (_s, address) => address === "I2" || address === "H2",
    );
    if (replace.kind === "create") throw new Error();
    expect([replace.kind, replace.row]).toEqual(["replace", 1]);
    expect(replace.writes.map((w) => [w.address, w.state])).toEqual([
      ["A2", "same"],
      ["B2", "same"],
      ["D2", "same"],
      ["E2", "same"],
      ["F2", "same"],
      ["G2", "same"],
      ["H2", "ownEarlier"],
      ["I2", "ownEarlier"],
    ]);
    expect(replace.writes.find((w) => w.address === "E2")!.numberFormat).toBe("#,##0.0");
  });

  it("collects a site's years: Form 7 sheets first, history rows for the rest", () => {
    const h = readHistorySheet(
      sheet(
        historySheetLayout([
          rec(2013, "1690.8", "61.0"),
          rec(2024, "1.0", "1.0"),
          rec(2013, "1", "1", { siteName: "別のビル" }),
        ]),
      ),
    )!;
    const years = collectYears(
      { name: "港 サンプルビル", siteNumber: null },
      [
        {
          fiscalYear: 2024,
          site: { name: "港サンプルビル", siteNumber: "M-001" },
          figures: { energyIntensity: dec("855.1"), co2Intensity: dec("42.4") },
        },
      ],
      h.rows,
    );
    expect(years.map((y) => [y.fiscalYear, y.co2Intensity!.toFixed()])).toEqual([
      [2013, "61"],
      [2024, "42.4"],
    ]);
    // 61.0 → 42.4 over 11 years: 1 − (42.4/61)^(1/11) = 3.25… %
    expect(assessExcellence(years, 2024).co2.ratePct!.toFixed(2)).toBe("3.25");
  });

  it("records a Form 7 result, and the history gives the latest report its excellence level", () => {
    const sink = new GridSink();
    writeForm7(sink, {}, { usage: KOTO_USAGE, period: "2024年4月～2025年3月", name: "港サンプルビル" });
    const form = sink.grid("2024年度");
    const a = analyzeWorkbook({ sheets: [form] }, DEFAULT_SETTINGS);
    const f = a.forms[0];
    if (f.kind !== "form7") throw new Error("expected Form 7");
    const now = historyRecordFromForm7(2024, f.form.input.site, f.result, "2025-06-30");
    expect([now.siteName, now.co2Intensity?.toFixed(), now.energyGJ?.toFixed()]).toEqual([
      "港サンプルビル",
      f.result.reported.intensityKgPerM2!.toFixed(),
      f.result.reported.energyGJ.toFixed(),
    ]);
    expect(excellenceByForm([f], DEFAULT_SETTINGS).size).toBe(0); // one year only
    const base = { ...now, fiscalYear: 2013, energyGJ: now.energyGJ!.mul("1.4"), energyIntensity: null };
    const h = readHistorySheet(sheet(historySheetLayout([base])))!;
    const e = excellenceByForm([f], DEFAULT_SETTINGS, h.rows).get(f)!;
    // energy intensity ×1.4 in FY2013 (to the history's 0.01 GJ): 1 − (1/1.4)^(1/11) = 3.01 %
    expect([e.base?.fiscalYear, e.energy.ratePct?.toFixed(2), e.excellent]).toEqual([2013, "3.01", true]);
    expect(excellenceLine(e, "ja")).toMatch(
      /^優秀水準（2013年度比・年平均）: エネルギー原単位 3\.01%減、.* → 該当（基準 年2\.00%）$/,
    );

    // A C&T site: judged against its obligation rate + 1 % a year, and only once that rate is given.
    const ct = { ...DEFAULT_SETTINGS, tokyoCapAndTradeTarget: true };
    const unknown = excellenceByForm([f], ct, h.rows).get(f)!;
    expect([unknown.thresholdKnown, unknown.excellent, unknown.energy.ratePct?.toFixed(2)]).toEqual([
      false,
      null,
      "3.01",
    ]);
    expect(excellenceLine(unknown, "ja")).toContain("判定なし（キャップ＆トレードの削減義務率が未入力です");
    const at = (rate: string) =>
      excellenceByForm([f], { ...ct, capAndTradeObligationRatePct: rate }, h.rows).get(f)!;
    expect([at("2").thresholdPct.toFixed(), at("2").excellent]).toEqual(["3", true]);
    expect([at("2.5").thresholdPct.toFixed(), at("2.5").excellent]).toEqual(["3.5", false]);
  });
});
