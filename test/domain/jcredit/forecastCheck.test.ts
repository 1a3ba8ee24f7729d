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
});
