import { dec } from "../../../src/domain/decimal";
import { toA1 } from "../../../src/workbook/address";
import { checkForecastTable, type ForecastRow } from "../../../src/domain/jcredit/forecastCheck";
import { loadCase } from "../../support/cases";

interface MinatoCase {
  table: { columns: string[]; rows: { menu: string; holder: string; values: number[] }[] };
  expectedFindings: {
    row: string;
    column: string;
    printed: number;
    sumOfYears?: number;
    sumOfYearTotals?: number;
  }[];
}
const kase = loadCase<MinatoCase>("minato-forecast-table.json");

/** The case's table as domain rows, the cell of row i / column j at (i + 1, j + 2). */
function rowsOf(values: number[][]): ForecastRow[] {
  return values.map((v, i) => ({
    label: kase.table.rows[i].holder ? `${kase.table.rows[i].menu} / ${kase.table.rows[i].holder}` : "合計",
    values: v
      .slice(0, 8)
      .map((x, j) => ({ value: dec(x), cell: { sheet: "S", address: toA1(i + 1, j + 2) } })),
    total: { value: dec(v[8]), cell: { sheet: "S", address: toA1(i + 1, 10) } },
  }));
}

describe("checking a forecast table", () => {
  it("the seed's table: exactly the two findings of the case, both numbers in both languages", () => {
    const all = rowsOf(kase.table.rows.map((r) => r.values));
    const issues = checkForecastTable({
      years: kase.table.columns.slice(0, 8),
      rows: all.slice(0, 5),
      totalRow: all[5],
    });
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ["forecast.rowTotalMismatch", "K2", { printed: "1086", sumOfYears: "1084" }],
      [
        "forecast.grandTotalMismatch",
        "K7",
        { printed: "7728", sumOfYearTotals: "7726", sumOfRowTotals: "7728" },
      ],
    ]);
    const [f1, f2] = kase.expectedFindings;
    expect(Number(issues[0].params!.printed)).toBe(f1.printed);
    expect(Number(issues[0].params!.sumOfYears)).toBe(f1.sumOfYears);
    expect(Number(issues[1].params!.sumOfYearTotals)).toBe(f2.sumOfYearTotals);
    for (const m of [issues[0].message.ja, issues[0].message.en]) expect(m).toMatch(/1,086[\s\S]*1,084/);
    expect(issues[1].message.ja).toContain("7,726");
    expect(issues[1].message.en).toContain("7,728 is the sum of the row totals");
    // Both are errors: a printed total that is not the sum.
    expect(issues.map((i) => i.severity)).toEqual(["error", "error"]);
  });

  it("a year's 合計 that is not the sum of its rows, and a corrected table that is clean", () => {
    const values = kase.table.rows.map((r) => [...r.values]);
    values[0][8] = 1084;
    values[5][8] = 7726;
    const clean = rowsOf(values);
    expect(
      checkForecastTable({
        years: kase.table.columns.slice(0, 8),
        rows: clean.slice(0, 5),
        totalRow: clean[5],
      }),
    ).toEqual([]);
    values[5][2] = 615; // R10 合計
    values[5][8] = 7727;
    const off = rowsOf(values);
    const issues = checkForecastTable({
      years: kase.table.columns.slice(0, 8),
      rows: off.slice(0, 5),
      totalRow: off[5],
    });
    expect(issues.map((i) => [i.code, i.cell?.address])).toEqual([
      ["forecast.columnTotalMismatch", "E7"],
      ["forecast.grandTotalMismatch", "K7"],
    ]);
    expect(issues[0].params).toEqual({ printed: "615", sumOfRows: "614" });
  });

  it("blank cells count as nothing, and a table without totals has nothing to check", () => {
    const rows: ForecastRow[] = [
      {
        label: "a",
        values: [{ value: dec(1), cell: { sheet: "S", address: "B2" } }, null],
        total: { value: dec(1), cell: { sheet: "S", address: "D2" } },
      },
    ];
    expect(checkForecastTable({ years: ["R8", "R9"], rows, totalRow: null })).toEqual([]);
  });

  it("a row without 累計 counts by its years in the grand total; a blank 合計 cell is not checked", () => {
    const cell = (address: string) => ({ sheet: "S", address });
    const v = (x: number, address: string) => ({ value: dec(x), cell: cell(address) });
    const rows: ForecastRow[] = [
      { label: "a", values: [v(1, "B2"), v(2, "C2")], total: v(3, "D2") },
      { label: "b", values: [v(4, "B3"), null], total: null }, // a blank, no 累計
      { label: "c", values: [v(5, "B4")], total: v(5, "D4") }, // one value for two years
    ];
    // years: 1 + 4 + 5 = 10 and 2; rows: 3 + (4) + 5 = 12
    const totalRow: ForecastRow = { label: "合計", values: [v(10, "B5"), v(2, "C5")], total: v(12, "D5") };
    expect(checkForecastTable({ years: ["R8", "R9"], rows, totalRow })).toEqual([]);
    // R9's 合計 blank: not checked as a column; the year totals then add up to 10 only
    const blank = checkForecastTable({
      years: ["R8", "R9"],
      rows,
      totalRow: { ...totalRow, values: [v(10, "B5"), null] },
    });
    expect(blank.map((i) => [i.code, i.params])).toEqual([
      ["forecast.grandTotalMismatch", { printed: "12", sumOfYearTotals: "10", sumOfRowTotals: "12" }],
    ]);
    // a grand total that only the years contradict: 10 + 2 (R9 合計 given) = 12 ≠ 13, rows 12 ≠ 13
    const issues = checkForecastTable({
      years: ["R8", "R9"],
      rows,
      totalRow: { ...totalRow, values: [v(10, "B5"), v(2, "C5")], total: v(13, "D5") },
    });
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ["forecast.grandTotalMismatch", "D5", { printed: "13", sumOfYearTotals: "12", sumOfRowTotals: "12" }],
    ]);
    // the year totals agree with 13 (10 + 3), the rows (12) do not
    const byRows = checkForecastTable({
      years: ["R8", "R9"],
      rows,
      totalRow: { ...totalRow, values: [v(10, "B5"), v(3, "C5")], total: v(13, "D5") },
    });
    expect(byRows.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ["forecast.columnTotalMismatch", "C5", { printed: "3", sumOfRows: "2" }],
      ["forecast.grandTotalMismatch", "D5", { printed: "13", sumOfYearTotals: "13", sumOfRowTotals: "12" }],
    ]);
  });
});
