import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid } from "../../../src/workbook/grid";
import { readBenchmarkSheet } from "../../../src/workbook/benchmark/benchmarkSheet";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

const table = new Grid({
  sheet: "ベンチマーク",
  values: [
    ["港区 ベンチマーク（都の公表値を転記）"],
    ["区分番号", "ベンチマーク区分", "平均 (kg-CO2/m²)", "電気の排出係数", "出典"],
    [19, "旅館・ホテル", 100, 0.489, "東京都 公表値"],
    [2, "オフィス(自社ビル)", 60, 0.489, "東京都 公表値"],
    [12, "ホテル", 150, 0.45, ""],
    [31, "その他", 50, 0.489, ""],
    [5, "物販店(コンビニ)", -3, 0.489, ""],
  ],
});

describe("a benchmark sheet in the workbook", () => {
  it("is validated row by row, with the cell of every problem", () => {
    const b = readBenchmarkSheet(table)!;
    expect(b.entries.map((e) => [e.category, e.average.toNumber()])).toEqual([
      [19, 100],
      [2, 60],
      [12, 150],
    ]);
    expect(b.issues.map((i) => [i.code, i.cell?.address])).toEqual([
      ["benchmarkSheet.nameDiffers", "B5"],
      ["benchmarkSheet.factorDiffers", "D5"],
      ["benchmarkSheet.badCategory", "A6"],
      ["benchmarkSheet.badAverage", "C7"],
    ]);
  });

  it("takes precedence over the built-in averages and gives a rank where there was none", () => {
    const sink = new GridSink();
    writeForm7(sink, {}, { usage: KOTO_USAGE, computed: KOTO_PRINTED });
    const form = sink.grid();
    const hotel = analyzeWorkbook({ sheets: [form, table] }, { ...DEFAULT_SETTINGS, benchmarkCategory: 19 });
    const f = hotel.forms[0];
    if (f.kind !== "form7") throw new Error("expected Form 7");
    expect([f.benchmark?.rank, f.benchmark?.ratio.toFixed(3)]).toEqual(["A3", "0.424"]); // 42.4 ÷ 100 = 42.4 % → A3
    const office = analyzeWorkbook({ sheets: [form, table] }, { ...DEFAULT_SETTINGS, benchmarkCategory: 2 })
      .forms[0];
    if (office.kind !== "form7") throw new Error("expected Form 7");
    expect(office.benchmark?.average.toNumber()).toBe(60); // the sheet's 60, not the built-in 65.4
    expect(hotel.issues.map((i) => i.code)).toContain("benchmarkSheet.badAverage");
  });
});
