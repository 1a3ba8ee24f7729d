/**
 * Creates a sheet the add-in owns (forecast, history, publication) in one sync: the sheet, its values and
 * number formats as 2-D arrays, bold headings, column widths, its chart, and the log rows — one per
 * non-empty cell written (so later writes know these cells as the add-in's own) plus one row for the sheet
 * itself (セル 「*」, 新値 = the sheet's fingerprint), which is how undo knows it may delete the sheet.
 */
import type { CellValue } from "../workbook/grid";
import { rangeA1, toA1 } from "../workbook/address";
import { sheetFingerprint, type NewSheet } from "../workbook/newSheet";
import {
  LOG_HEADERS,
  LOG_SHEET,
  SHEET_CREATED,
  cellInput,
  createdSheetValue,
  type LogState,
} from "../workbook/auditLog";

export interface CreateOptions {
  /** The (already unique) name of the new sheet. */
  name: string;
  log: LogState;
  batch: string;
  time: string;
  /** Whether to add the chart (ExcelApi 1.1 charts; false leaves it out). */
  charts: boolean;
}

const POINTS_PER_CHAR = 7;

export async function createSheet(
  context: Excel.RequestContext,
  sheet: NewSheet,
  options: CreateOptions,
): Promise<{ log: LogState; written: number; chart: boolean }> {
  const sheets = context.workbook.worksheets;
  const logSheet = options.log.exists ? sheets.getItem(LOG_SHEET) : sheets.add(LOG_SHEET);
  const ws = sheets.add(options.name);
  const rows = sheet.values.length;
  const cols = Math.max(1, ...sheet.values.map((r) => r.length));
  const cells: { row: number; col: number; value: CellValue }[] = [];
  if (rows > 0) {
    const values = sheet.values.map((r, row) =>
      Array.from({ length: cols }, (_, c) => {
        const v = r[c] ?? null;
        if (v !== null && v !== "") cells.push({ row, col: c, value: v });
        return cellInput(v);
      }),
    );
    const area = ws.getRange(rangeA1(0, 0, rows - 1, cols - 1));
    if (sheet.numberFormats)
      area.numberFormat = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => sheet.numberFormats?.[r]?.[c] ?? "General"),
      );
    area.values = values;
  }
  for (const b of sheet.bold ?? []) ws.getRange(rangeA1(b.row, b.col, b.row, b.col)).format.font.bold = true;
  (sheet.columnWidths ?? []).forEach((w, c) => {
    ws.getRange(rangeA1(0, c, 0, c)).format.columnWidth = w * POINTS_PER_CHAR;
  });
  let chart = false;
  if (sheet.chart && options.charts) {
    const a = sheet.chart.area;
    const ch = ws.charts.add(
      sheet.chart.type === "columnStacked" ? "ColumnStacked" : "ColumnClustered",
      ws.getRange(rangeA1(a.top, a.left, a.bottom, a.right)),
      sheet.chart.seriesBy === "rows" ? "Rows" : "Columns",
    );
    ch.title.text = sheet.chart.title;
    ch.setPosition(toA1(Math.max(0, a.top - 1), cols + 1));
    chart = true;
  }
  ws.activate();

  let next = options.log.nextRow;
  if (next === 0) {
    logSheet.getRange(rangeA1(0, 0, 0, LOG_HEADERS.length - 1)).values = [LOG_HEADERS.map((h) => `'${h}`)];
    next = 1;
  }
  const line = (address: string, value: CellValue) => [
    `'${options.time}`,
    `'${options.batch}`,
    `'${options.name}`,
    address,
    "",
    "",
    cellInput(value),
    "",
    "",
  ];
  const logRows = [
    ...cells.map((c) => line(toA1(c.row, c.col), c.value)),
    line(SHEET_CREATED, createdSheetValue(sheetFingerprint(sheet.values))),
  ];
  logSheet.getRange(rangeA1(next, 0, next + logRows.length - 1, LOG_HEADERS.length - 1)).values = logRows;
  await context.sync();
  return { log: { exists: true, nextRow: next + logRows.length }, written: cells.length, chart };
}

/**
 * After a createSheet batch failed part-way (Excel keeps what ran before the failing action): removes the
 * sheet it began and a log sheet it created (the log rows are the batch's last action, so a failed batch
 * logged nothing). 1 sync. The workbook is then as before the click.
 */
export async function removeFailedCreate(
  context: Excel.RequestContext,
  options: Pick<CreateOptions, "name" | "log">,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const made = sheets.getItemOrNullObject(options.name);
  made.load("name");
  const log = options.log.exists ? null : sheets.getItemOrNullObject(LOG_SHEET);
  log?.load("name");
  await context.sync();
  if (!made.isNullObject) made.delete();
  if (log && !log.isNullObject) log.delete();
  await context.sync();
}
