import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid } from "../../../src/workbook/grid";
import { benchmarkSheetLayout, readBenchmarkSheet } from "../../../src/workbook/benchmark/benchmarkSheet";
import { BUILT_IN_BENCHMARK } from "../../../src/domain/benchmark/table";
import { wardBenchmarkEntries } from "../../../src/domain/benchmark/wardBenchmark";
import { dec } from "../../../src/domain/decimal";
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

describe("benchmark sheet: validation details and layout", () => {
  const grid = (values: (string | number | null)[][], sheet = "ベンチマーク") => new Grid({ sheet, values });

  it("refuses a row whose name is another category's, and warns on a blank factor or a repeated category", () => {
    const b = readBenchmarkSheet(
      grid([
        [null, "区分番号", "ベンチマーク区分", "平均 (kg-CO2/m²)", "電気の排出係数", "出典"],
        [null, 2, "物販店(コンビニ)", 60, 0.489, "x"],
        [null, "１９", "旅館・ホテル", "１２０．５", null, ""],
        [null, 19, "旅館・ホテル", 130, 0.489, "y"],
        [null, null, "旅館・ホテル", 130, 0.489, "y"],
        [null, 20, "学校・教育施設", "多い", 0.489, "y"],
        [],
        [null, 21, "after the blank row", 1, 1, "z"],
      ]),
    )!;
    expect(b.anchor).toEqual({ sheet: "ベンチマーク", address: "B1" });
    expect(
      b.entries.map((e) => [e.category, e.average.toFixed(), e.electricityFactor.toFixed(), e.source]),
    ).toEqual([[19, "120.5", "0.489", "ベンチマーク!D3"]]);
    expect(b.issues.map((i) => [i.severity, i.code, i.cell?.address])).toEqual([
      ["error", "benchmarkSheet.nameOfOther", "C2"],
      ["info", "read.textNumber", "B3"],
      ["info", "read.textNumber", "D3"],
      ["warning", "benchmarkSheet.noFactor", "E3"],
      ["warning", "benchmarkSheet.duplicate", "B4"],
      ["error", "benchmarkSheet.noCategory", "B5"],
      ["error", "read.notANumber", "D6"],
    ]);
    expect(b.issues[0].message.ja).toContain("区分 5");
  });

  it("is not found on a sheet without both 区分番号 and 平均", () => {
    expect(
      readBenchmarkSheet(
        grid([
          ["区分番号", "ベンチマーク区分"],
          [2, "オフィス(自社ビル)"],
        ]),
      ),
    ).toBeNull();
  });

  it("lays entries out so that they read back the same (the ward benchmark to paste)", () => {
    const rows = [
      ...BUILT_IN_BENCHMARK,
      ...wardBenchmarkEntries([{ category: 19, average: dec("88.8"), sites: 5, excluded: 2 }]),
    ];
    const values = benchmarkSheetLayout(rows, { title: "区ベンチマーク", lang: "en" });
    expect(values[0][0]).toBe("区ベンチマーク");
    expect(values[1]).toEqual([
      "区分番号 (Category no.)",
      "ベンチマーク区分 (Category)",
      "平均 (kg-CO2/m²) (Average (kg-CO2/m²))",
      "電気の排出係数 (t-CO2/千kWh) (Electricity factor (t-CO2/MWh))",
      "出典 (Source)",
      "事業所数 (Sites)",
      "除外数 (Left out)",
    ]);
    expect(values.slice(2).map((r) => [r[0], r[2], r[5], r[6]])).toEqual([
      [2, 65.4, null, null],
      [5, 585.4, null, null],
      [19, 88.8, 5, 2],
    ]);
    const back = readBenchmarkSheet(grid(values as (string | number | null)[][]))!;
    expect(back.issues).toEqual([]);
    expect(
      back.entries.map((e) => [e.category, e.name, e.average.toFixed(), e.sitesCount ?? null, e.source]),
    ).toEqual(rows.map((e) => [e.category, e.name, e.average.toFixed(), e.sitesCount ?? null, e.source]));
    expect(benchmarkSheetLayout([])).toEqual([
      ["区分番号", "ベンチマーク区分", "平均 (kg-CO2/m²)", "電気の排出係数 (t-CO2/千kWh)", "出典"],
    ]);
  });
});
