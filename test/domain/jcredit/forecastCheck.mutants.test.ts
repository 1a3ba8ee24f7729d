/**
 * The forecast table's grand-total finding where the other tests leave a line unnoticed (mutation testing,
 * README "Mutation testing"): the note that the row totals hide a wrong one, in both languages, and only
 * when they do.
 */
import { dec } from "../../../src/domain/decimal";
import { checkForecastTable, type ForecastRow } from "../../../src/domain/jcredit/forecastCheck";

const v = (x: number, address: string) => ({ value: dec(x), cell: { sheet: "S", address } });

function grandTotal(rowTotal: number, grand: number) {
  // one row of 1 + 2 = 3 (its 累計 says rowTotal), the 合計 row 1, 2 and a grand total `grand`
  const rows: ForecastRow[] = [{ label: "a", values: [v(1, "B2"), v(2, "C2")], total: v(rowTotal, "D2") }];
  const totalRow: ForecastRow = { label: "合計", values: [v(1, "B3"), v(2, "C3")], total: v(grand, "D3") };
  const issues = checkForecastTable({ years: ["R8", "R9"], rows, totalRow });
  return issues.find((i) => i.code === "forecast.grandTotalMismatch")!;
}

describe("forecast table: the grand total's note", () => {
  it("a grand total that equals the wrong row totals says so, in Japanese and English", () => {
    const i = grandTotal(4, 4);
    expect(i.params).toEqual({ printed: "4", sumOfYearTotals: "3", sumOfRowTotals: "4" });
    expect(i.message.ja).toContain("（4 は各行の累計の合計とは一致しますが、その累計の中に誤りがあります）");
    expect(i.message.en).toContain(" (4 is the sum of the row totals, which include a wrong one)");
  });

  it("a grand total that neither adds up to has no such note", () => {
    const i = grandTotal(3, 5);
    expect(i.params).toEqual({ printed: "5", sumOfYearTotals: "3", sumOfRowTotals: "3" });
    expect(i.message.ja).not.toContain("誤りがあります");
    expect(i.message.en).not.toContain("wrong one");
    expect(i.message.ja.endsWith("です。")).toBe(true);
    expect(i.message.en.endsWith("to 3.")).toBe(true);
  });
});
