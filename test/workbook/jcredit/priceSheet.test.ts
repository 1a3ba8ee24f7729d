import { pricePresets } from "../../../src/domain/jcredit/referencePrices";
import { Grid } from "../../../src/workbook/grid";
import { readPriceSheet } from "../../../src/workbook/jcredit/priceSheet";

const sheet = new Grid({
  sheet: "参考価格",
  values: [
    ["J-クレジット 参考価格（自社で確認したもの）"],
    ["日付", "クレジット区分", "価格 (円/t-CO2)", "出典", "内容"],
    [45748, "再エネ発電", 5200, "取引所の約定（2025年4月）", "J-クレジット市場"], // 2025-04-01
    ["2025年3月", "省エネ他", "2,100", "仲介会社の見積", ""],
    ["2025-01", "森林", 8000, "見積", ""],
    ["", "再エネ発電", -1, "", ""],
    [null, null, null, null, null],
    ["2020-01", "再エネ発電", 1, "after the blank row: not read", ""],
  ],
});

describe("the user's own reference prices sheet", () => {
  it("reads valid rows with their cells, and points at every bad cell (the row then unused)", () => {
    const s = readPriceSheet(sheet)!;
    expect(s.prices.map((p) => [p.creditClass, p.yenPerT.toNumber(), p.date, p.origin])).toEqual([
      ["renewable", 5200, "2025-04-01", "参考価格!C3"],
      ["energySaving", 2100, "2025年3月", "参考価格!C4"],
    ]);
    expect(s.issues.map((i) => [i.code, i.cell?.address])).toEqual([
      ["priceSheet.badClass", "B5"],
      ["priceSheet.badPrice", "C6"],
      ["priceSheet.noDate", "A6"],
      ["priceSheet.noSource", "D6"],
    ]);
    // The user's row comes before the built-in tender price.
    expect(pricePresets("renewable", s.prices).map((p) => p.yenPerT.toNumber())).toEqual([5200, 3246]);
  });

  it("finds no price table on a sheet without one", () => {
    expect(readPriceSheet(new Grid({ sheet: "x", values: [["価格", 3]] }))).toBeNull();
  });
});
