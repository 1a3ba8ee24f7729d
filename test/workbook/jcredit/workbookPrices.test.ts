import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid } from "../../../src/workbook/grid";
import { returnTableRows } from "../../support/jcreditWorkbooks";
import { PRICE_SHEET_NAME, PRICE_SHEET_ROWS } from "../../support/priceSheet";

const grid = (sheet: string, rows: unknown[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  return new Grid({
    sheet,
    values: rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? null) as never)),
  });
};
const returns = grid("還元額", returnTableRows([3000, 3000, 3000, 3000], [50, 50, 50, 50]));

describe("the price sheet in the workbook's analysis", () => {
  it("carries the sheet's valid rows and points at its bad cells, next to the forms", () => {
    const a = analyzeWorkbook(
      { sheets: [returns, grid(PRICE_SHEET_NAME, PRICE_SHEET_ROWS)] },
      DEFAULT_SETTINGS,
    );
    expect(a.forms.map((f) => f.kind)).toEqual(["returnTable"]);
    expect(a.prices?.map((p) => [p.creditClass, p.yenPerT.toFixed(), p.date, p.source, p.origin])).toEqual([
      ["renewable", "5200", "2025-04-01", "取引所の約定（2025年4月）", "参考価格!C3"],
      ["energySaving", "2100", "2025-03-31", "仲介会社の見積", "参考価格!C4"],
    ]);
    expect(a.issues.map((i) => [i.code, i.cell?.sheet, i.cell?.address])).toEqual([
      ["priceSheet.badClass", PRICE_SHEET_NAME, "B5"],
    ]);
    // The table's own prices are untouched: nothing is applied from the sheet.
    if (a.forms[0].kind !== "returnTable") throw new Error("not a return table");
    expect(a.forms[0].totals.A.toFixed()).toBe(String(10630 * 3000));
  });

  it("adds nothing to a workbook without a price sheet (the return table's 単価 column is none)", () => {
    const a = analyzeWorkbook({ sheets: [returns] }, DEFAULT_SETTINGS);
    expect("prices" in a).toBe(false);
    expect(a.issues).toEqual([]);
  });
});
