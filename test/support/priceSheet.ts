/** A user's price sheet (日付 / クレジット区分 / 価格 / 出典 / 内容): two valid rows and one bad one. */
import type { CellValue } from "../../src/workbook/grid";

export const PRICE_SHEET_NAME = "参考価格";

export const PRICE_SHEET_ROWS: CellValue[][] = [
  ["J-クレジット 参考価格（自社で確認したもの）"],
  ["日付", "クレジット区分", "価格 (円/t-CO2)", "出典", "内容"],
  ["2025-04-01", "再エネ発電", 5200, "取引所の約定（2025年4月）", "J-クレジット市場"],
  ["2025-03-31", "省エネ他", "2,100", "仲介会社の見積", "見積"],
  ["2025-01-10", "森林", 8000, "見積", ""],
];
