/**
 * The user's own J-Credit reference prices: a sheet in the workbook with a header row 日付 / クレジット区分 /
 * 価格 (円/t-CO2) / 出典 (and optionally 内容), anywhere on any sheet, then one row per price until a blank
 * row. Validated like the benchmark sheet: every row through `referencePriceSchema`, each problem an issue
 * at its cell, the row then not used. Valid rows come first among the presets (`pricePresets`).
 */
import { validateReferencePrice, type ReferencePrice } from "../../domain/jcredit/referencePrices";
import { issueOf, type CellRef, type Issue } from "../../domain/issue";
import { PRICE_FIELD_CODE, PRICE_SHEET_MESSAGES as M } from "../../domain/jcredit/priceMessages";
import { DATE1904_OFFSET, EXCEL_EPOCH_MS, type CellValue, type Grid } from "../grid";
import { readText, sheetLabels } from "../text";

export interface PriceSheet {
  sheet: string;
  /** The header row's 価格 cell. */
  anchor: CellRef;
  prices: ReferencePrice[];
  issues: Issue[];
}

type Column = "date" | "creditClass" | "yenPerT" | "source" | "what";

function columnOf(label: string): Column | null {
  if (!label) return null;
  if (label.includes("日付") || label.includes("時点")) return "date";
  if (label.includes("クレジット区分") || label.includes("区分")) return "creditClass";
  if (label.includes("価格") || label.includes("単価")) return "yenPerT";
  if (label.includes("出典")) return "source";
  if (label.includes("内容")) return "what";
  return null;
}

/** The price table on a sheet, validated, or null when the sheet holds none (it needs 価格 and 出典). */
export function readPriceSheet(grid: Grid): PriceSheet | null {
  const labels = sheetLabels(grid);
  if (!labels.mentions("価格") && !labels.mentions("単価")) return null;
  let found: { row: number; cols: Partial<Record<Column, number>> } | null = null;
  for (let r = grid.top; r <= grid.bottom && !found; r++) {
    const cols: Partial<Record<Column, number>> = {};
    const { cols: at, texts } = labels.row(r);
    for (let i = 0; i < texts.length; i++) {
      const k = columnOf(texts[i]);
      if (k) cols[k] ??= at[i];
    }
    if (cols.yenPerT !== undefined && cols.source !== undefined && cols.creditClass !== undefined)
      found = { row: r, cols };
  }
  if (!found) return null;
  const { row: head, cols } = found;
  const cellAt = (row: number, k: Column): CellRef => ({
    sheet: grid.sheet,
    address: grid.address(row, cols[k] ?? cols.yenPerT!),
  });
  const prices: ReferencePrice[] = [];
  const issues: Issue[] = [];
  const dataCols = Object.values(cols);
  for (let r = head + 1; r <= grid.bottom; r++) {
    if (dataCols.every((c) => grid.isEmpty(r, c))) break;
    const text = (k: Column) => (cols[k] === undefined ? "" : readText(grid.value(r, cols[k]!)));
    const price = grid.value(r, cols.yenPerT!);
    const raw = {
      creditClass: text("creditClass"),
      yenPerT: typeof price === "number" ? price : text("yenPerT"),
      date: cols.date === undefined ? "" : dateText(grid, grid.value(r, cols.date)),
      source: text("source"),
      what: text("what"),
    };
    const at = cellAt(r, "yenPerT");
    const result = validateReferencePrice(raw, `${grid.sheet}!${at.address}`);
    for (const p of result.problems) {
      issues.push(issueOf(M, "error", PRICE_FIELD_CODE[p.field], cellAt(r, p.field), {}));
    }
    if (result.price) prices.push(result.price);
  }
  return { sheet: grid.sheet, anchor: cellAt(head, "yenPerT"), prices, issues };
}

/** A date cell (an Excel serial, in the workbook's date system) as YYYY-MM-DD; typed text as it is. */
function dateText(grid: Grid, v: CellValue): string {
  if (typeof v === "number" && v > 0) {
    const serial = v + (grid.date1904 ? DATE1904_OFFSET : 0);
    return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
  }
  return readText(v);
}
