/**
 * Applies selected writes in one sync and keeps the audit/undo record on the add-in-owned log sheet
 * 「CO2チェック記録」 (one row per cell written: 日時, バッチ, シート, セル, 旧値, 旧数式, 新値, 取消 — when the
 * batch was undone — and 旧書式, the number format before the write where the write set one). The log is also how the add-in knows which values it wrote earlier (ownEarlier).
 *
 * Every text the add-in writes goes in with a leading apostrophe, so Excel keeps it as text: a logged
 * formula "=SUM(E10:E20)" is not evaluated, "123" stays a string, an ISO time stays text.
 */
import type { WriteReceipt } from "../app/services";
import type { CellRef } from "../domain/issue";
import { rangeA1 } from "../workbook/address";
import { Grid, type CellValue, type WorkbookSnapshot } from "../workbook/grid";
import { sheetFingerprint } from "../workbook/newSheet";
import type { OwnEarlier, PlannedWrite } from "../workbook/writePlan";
import { toCellValue, toFormula } from "./snapshot";

import { LOG_SHEET } from "./formSheets";

export { LOG_SHEET };
export const LOG_HEADERS = [
  "日時",
  "バッチ",
  "シート",
  "セル",
  "旧値",
  "旧数式",
  "新値",
  "取消",
  "旧書式",
] as const;
const LAST_COL = LOG_HEADERS.length - 1;
const C = {
  time: 0,
  batch: 1,
  sheet: 2,
  address: 3,
  old: 4,
  oldFormula: 5,
  value: 6,
  undone: 7,
  oldFormat: 8,
} as const;

/** The log's セル for the row that records a sheet the add-in created (see createSheet.ts). */
export const SHEET_CREATED = "*";
const CREATED_PREFIX = "シート作成 ";

/** The 新値 of a sheet-created row: the sheet's fingerprint as created. */
export function createdSheetValue(fingerprint: string): string {
  return `${CREATED_PREFIX}${fingerprint}`;
}

/** The fingerprint recorded in the 新値 of a sheet-created row, or null. */
export function fingerprintOf(logValue: CellValue): string | null {
  return typeof logValue === "string" && logValue.startsWith(CREATED_PREFIX)
    ? logValue.slice(CREATED_PREFIX.length)
    : null;
}

/** Where the next log row goes (known from the last snapshot, so applying needs no read). */
export interface LogState {
  exists: boolean;
  /** 0-based row of the next record (0 when the header is still to be written). */
  nextRow: number;
}

/** One row of the log. */
export interface LogRow {
  /** 0-based row on the log sheet. */
  row: number;
  time: string;
  batch: string;
  sheet: string;
  address: string;
  old: CellValue;
  oldFormula: string | null;
  value: CellValue;
  /** When the batch was undone (text), or null. */
  undone: string | null;
  /** The number format before the write ("General" for none), or null when the write set no format. */
  oldFormat: string | null;
}

/** The log sheet's grid in a snapshot, if the workbook has one. */
export function logGridOf(snapshot: WorkbookSnapshot): Grid | undefined {
  return snapshot.sheets.find((g) => g.sheet === LOG_SHEET);
}

/** The snapshot without the add-in's own log sheet (what the analysis should see). */
export function withoutLogSheet(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: snapshot.sheets.filter((g) => g.sheet !== LOG_SHEET) };
}

function gridHasContent(g: Grid): boolean {
  for (let r = g.top; r <= g.bottom; r++)
    for (let c = g.left; c <= g.right; c++) if (!g.isEmpty(r, c)) return true;
  return false;
}

export function logStateOf(logGrid: Grid | undefined): LogState {
  if (!logGrid) return { exists: false, nextRow: 0 };
  return { exists: true, nextRow: gridHasContent(logGrid) ? logGrid.bottom + 1 : 0 };
}

export function logStateFromSnapshot(snapshot: WorkbookSnapshot): LogState {
  return logStateOf(logGridOf(snapshot));
}

function text(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return String(v);
}

/** The log's rows (header and blank rows skipped), top to bottom. */
export function readLogRows(logGrid: Grid | undefined): LogRow[] {
  if (!logGrid) return [];
  const rows: LogRow[] = [];
  for (let r = logGrid.top; r <= logGrid.bottom; r++) {
    const at = (c: number): CellValue => logGrid.value(r, c);
    const batch = text(at(C.batch));
    const address = text(at(C.address));
    if (batch === "" || address === "" || batch === LOG_HEADERS[C.batch]) continue;
    const undone = text(at(C.undone));
    const f = text(at(C.oldFormula));
    rows.push({
      row: r,
      time: text(at(C.time)),
      batch,
      sheet: text(at(C.sheet)),
      address,
      old: at(C.old),
      oldFormula: f.startsWith("=") ? f : null,
      value: at(C.value),
      undone: undone === "" ? null : undone,
      oldFormat: text(at(C.oldFormat)) || null,
    });
  }
  return rows;
}

/** Same value, with numbers compared to 1e-9 relative (as writePlan does). */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (a === null || b === null) return a === b;
  if (typeof a === "object" || typeof b === "object") return text(a) === text(b);
  return a === b;
}

function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;
}

/**
 * OwnEarlier from the log: a cell holds the add-in's earlier value when the log's last live (not undone)
 * write to that cell equals what the cell holds now (after an undo, that is the write before the undone one).
 */
export function ownEarlierFromLog(logGrid: Grid | undefined): OwnEarlier {
  const last = new Map<string, CellValue>();
  for (const row of readLogRows(logGrid)) {
    // An undone write is as if it never happened: the cell holds the last live write's value again.
    if (row.undone === null) last.set(cellKey(row.sheet, row.address), row.value);
  }
  return (sheet, address, value) => {
    const k = cellKey(sheet, address);
    return last.has(k) && value !== null && sameCellValue(last.get(k) ?? null, value);
  };
}

/** What to put into `Range.values` so the cell ends up holding exactly `v` (text stays text). */
export function cellInput(v: CellValue): string | number | boolean {
  if (v === null || v === "") return "";
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object") return `'${v.error}`;
  return `'${v}`;
}

export interface ApplyOptions {
  log: LogState;
  /** Batch id written on every log row of this batch. */
  batch: string;
  /** ISO time of the batch. */
  time: string;
  /** The number format a cell has now (from the snapshot), so undo can put it back; null = General. */
  numberFormatOf?: (sheet: string, row: number, col: number) => string | null;
}

/**
 * Appends the log rows and writes the planned values (and number formats): exactly one sync. Creates the
 * log sheet first when it does not exist (so a name clash fails the batch before any cell is written).
 * Writes only the cells in `writes`; refuses writes into the log sheet. Excel applies a batch up to the
 * action that fails and keeps what ran before; settleFailedWrite makes the log true again afterwards.
 */
export async function applyWrites(
  context: Excel.RequestContext,
  writes: readonly PlannedWrite[],
  options: ApplyOptions,
): Promise<{ receipt: WriteReceipt; log: LogState }> {
  if (writes.length === 0) return { receipt: { batch: options.batch, written: 0 }, log: options.log };
  if (writes.some((w) => w.sheet === LOG_SHEET))
    throw new Error(`${LOG_SHEET} is the add-in's log; not a target`);
  const sheets = context.workbook.worksheets;
  // First in the batch: the log sheet and every target sheet must be there, so a missing one (or a name
  // clash on creating the log) fails the batch before any cell is written.
  const targets = new Map<string, Excel.Worksheet>();
  for (const w of writes)
    if (!targets.has(w.sheet)) {
      const ws = sheets.getItem(w.sheet);
      ws.load("name");
      targets.set(w.sheet, ws);
    }
  const logSheet = options.log.exists ? sheets.getItem(LOG_SHEET) : sheets.add(LOG_SHEET);
  logSheet.load("name");
  let next = options.log.nextRow;
  if (next === 0) {
    logSheet.getRange(rangeA1(0, 0, 0, LAST_COL)).values = [LOG_HEADERS.map((h) => `'${h}`)];
    next = 1;
  }

  // The log rows go first: should a cell write fail, every cell written before it is logged (and the
  // rows of the cells that were not written are then marked so by settleFailedWrite).
  const rows = writes.map((w) => [
    `'${options.time}`,
    `'${options.batch}`,
    `'${w.sheet}`,
    w.address,
    cellInput(w.old),
    w.oldFormula ? `'${w.oldFormula}` : "",
    cellInput(w.value),
    "",
    w.numberFormat ? `'${options.numberFormatOf?.(w.sheet, w.row, w.col) ?? "General"}` : "",
  ]);
  logSheet.getRange(rangeA1(next, 0, next + rows.length - 1, LAST_COL)).values = rows;
  const bySheet = new Map<string, PlannedWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  for (const [name, list] of bySheet) {
    const ws = targets.get(name) ?? sheets.getItem(name);
    for (const w of list) {
      const range = ws.getRange(w.address);
      // The value before its format: a batch that fails in between leaves a written cell (logged, undoable).
      range.values = [[cellInput(w.value)]];
      if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
    }
  }

  await context.sync();
  return {
    receipt: { batch: options.batch, written: writes.length },
    log: { exists: true, nextRow: next + rows.length },
  };
}

/** The cells of a batch, so undo can read them in the same sync as the log. */
export interface UndoHint {
  batch: string;
  cells: CellRef[];
}

export function undoHintOf(batch: string, writes: readonly PlannedWrite[]): UndoHint {
  return { batch, cells: writes.map((w) => ({ sheet: w.sheet, address: w.address })) };
}

/** A cell undo left alone because someone changed it after the add-in wrote it. */
export interface SkippedCell extends CellRef {
  /** What the add-in wrote. */
  wrote: CellValue;
  /** What the cell holds now (its formula if it has one). */
  found: CellValue;
}

export interface UndoResult {
  batch: string | null;
  restored: number;
  skipped: SkippedCell[];
}

interface CellRead {
  range: Excel.Range;
}

function isNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "ItemNotFound";
}

/**
 * Undoes the last live batch of the log: restores each cell's old value or formula where the cell still
 * holds what the add-in wrote (cells changed since are reported, never overwritten) and marks the batch's
 * log rows undone. Syncs: 2 with a matching hint (log + batch cells read together, then the restore);
 * 3 without one (the batch's cells are only known after the log is read).
 */
export async function undoLast(
  context: Excel.RequestContext,
  options: { time: string; hint?: UndoHint | null },
): Promise<UndoResult> {
  const sheets = context.workbook.worksheets;
  const readCells = (cells: readonly CellRef[]): Map<string, CellRead> => {
    const out = new Map<string, CellRead>();
    for (const c of cells) {
      const k = cellKey(c.sheet, c.address);
      if (out.has(k)) continue;
      const range = sheets.getItem(c.sheet).getRange(c.address);
      range.load("values,formulas");
      out.set(k, { range });
    }
    return out;
  };

  // Sync 1: the log (and, with a hint, the cells of the batch it names).
  let used: Excel.Range;
  let hinted: Map<string, CellRead> | null = null;
  try {
    used = sheets.getItem(LOG_SHEET).getUsedRange(true);
    used.load("address,values");
    if (options.hint) hinted = readCells(options.hint.cells);
    await context.sync();
  } catch (e) {
    if (!isNotFound(e)) throw e;
    if (!options.hint) return { batch: null, restored: 0, skipped: [] };
    // A hinted cell's sheet is gone (or there is no log): try again from the log alone.
    return undoLast(context, { time: options.time, hint: null });
  }

  const [top, left] = (() => {
    const a = used.address.slice(used.address.lastIndexOf("!") + 1).split(":")[0];
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]) - 1, col - 1];
  })();
  const logGrid = new Grid({
    sheet: LOG_SHEET,
    top,
    left,
    values: (used.values as unknown[][]).map((r) => r.map(toCellValue)),
  });
  const rows = readLogRows(logGrid);
  const live = rows.filter((r) => r.undone === null);
  if (live.length === 0) return { batch: null, restored: 0, skipped: [] };
  const batch = live[live.length - 1].batch;
  const batchRows = live.filter((r) => r.batch === batch);

  // Sheets the batch created: removed as a whole (below), not cell by cell.
  const created = new Map<string, string>();
  for (const r of batchRows)
    if (r.address === SHEET_CREATED) created.set(r.sheet, fingerprintOf(r.value) ?? "");
  if (created.size > 0) return undoCreated(context, batch, batchRows, created, options.time);

  // Per cell: the first row's old value (restore target) and the last row's new value (what should be there).
  const cells = new Map<string, { first: LogRow; last: LogRow }>();
  for (const r of batchRows) {
    const k = cellKey(r.sheet, r.address);
    const seen = cells.get(k);
    cells.set(k, seen ? { first: seen.first, last: r } : { first: r, last: r });
  }

  let current = hinted;
  const covered =
    options.hint?.batch === batch &&
    hinted !== null &&
    [...cells.keys()].every((k) => hinted?.has(k) === true);
  if (!covered) {
    // Sync (extra): read the batch's cells now that the log named them.
    current = readCells([...cells.values()].map((c) => c.first));
    try {
      await context.sync();
    } catch (e) {
      if (!isNotFound(e)) throw e;
      return { batch, restored: 0, skipped: [] };
    }
  }

  // Final sync: restore, and mark the log rows.
  const skipped: SkippedCell[] = [];
  let restored = 0;
  const skippedKeys = new Set<string>();
  for (const [k, { first, last }] of cells) {
    const read = current?.get(k);
    if (!read) continue;
    const raw = (read.range.values as unknown[][])[0][0];
    const nowValue = toCellValue(raw);
    const nowFormula = toFormula((read.range.formulas as unknown[][])[0][0], raw);
    if (nowFormula === null && sameCellValue(nowValue, last.value)) {
      if (first.oldFormula) read.range.formulas = [[first.oldFormula]];
      else read.range.values = [[cellInput(first.old)]];
      if (first.oldFormat) read.range.numberFormat = [[first.oldFormat]];
      restored++;
    } else {
      skipped.push({
        sheet: first.sheet,
        address: first.address,
        wrote: last.value,
        found: nowFormula ?? nowValue,
      });
      skippedKeys.add(k);
    }
  }
  markUndone(context, batchRows, (r) => skippedKeys.has(cellKey(r.sheet, r.address)), options.time);
  await context.sync();
  return { batch, restored, skipped };
}

function markUndone(
  context: Excel.RequestContext,
  rows: readonly LogRow[],
  skipped: (r: LogRow) => boolean,
  time: string,
): void {
  const logSheet = context.workbook.worksheets.getItem(LOG_SHEET);
  for (const r of rows) {
    const note = skipped(r) ? `${time} 変更済のため復元せず` : time;
    logSheet.getRange(rangeA1(r.row, C.undone, r.row, C.undone)).values = [[`'${note}`]];
  }
}

/**
 * Undoes a batch that created sheets: each is deleted while it still holds exactly what the add-in put
 * there (same fingerprint); a sheet someone has edited since is left as it is and reported. 2 more syncs.
 */
async function undoCreated(
  context: Excel.RequestContext,
  batch: string,
  batchRows: readonly LogRow[],
  created: ReadonlyMap<string, string>,
  time: string,
): Promise<UndoResult> {
  const sheets = context.workbook.worksheets;
  const reads = [...created].map(([name, fingerprint]) => {
    const ws = sheets.getItemOrNullObject(name);
    const used = ws.getUsedRangeOrNullObject(true);
    ws.load("name");
    used.load("values,rowIndex,columnIndex");
    return { name, fingerprint, ws, used };
  });
  await context.sync();
  let restored = 0;
  const skipped: SkippedCell[] = [];
  const kept = new Set<string>();
  for (const r of reads) {
    if (r.ws.isNullObject) continue; // already gone (or renamed): nothing to remove
    const now = r.used.isNullObject
      ? sheetFingerprint([])
      : sheetFingerprint(
          (r.used.values as unknown[][]).map((row) => row.map(toCellValue)),
          r.used.rowIndex,
          r.used.columnIndex,
        );
    if (now === r.fingerprint) {
      r.ws.delete();
      restored += batchRows.filter((x) => x.sheet === r.name && x.address !== SHEET_CREATED).length;
    } else {
      kept.add(r.name);
      skipped.push({ sheet: r.name, address: SHEET_CREATED, wrote: null, found: null });
    }
  }
  markUndone(context, batchRows, (x) => kept.has(x.sheet), time);
  await context.sync();
  return { batch, restored, skipped };
}

/** The 取消 text of a log row whose cell a failed batch never wrote. */
export const NOT_WRITTEN = "書き込まれず（バッチ失敗）";

/**
 * After a write batch failed: Excel kept whatever ran before the failing action. Reads the batch's log
 * rows and cells (1 sync) and makes the log true (1 sync): a row whose cell does not hold the value the
 * add-in meant to write is marked not written (so undo never "restores" a cell that was not written, and
 * the value is not taken for the add-in's own), and a log sheet this batch created that holds none of its
 * rows is deleted again. Returns how many of the batch's cells were written.
 */
export async function settleFailedWrite(
  context: Excel.RequestContext,
  writes: readonly PlannedWrite[],
  options: ApplyOptions,
): Promise<number> {
  const sheets = context.workbook.worksheets;
  const logSheet = sheets.getItemOrNullObject(LOG_SHEET);
  logSheet.load("name");
  const first = options.log.nextRow === 0 ? 1 : options.log.nextRow;
  const rows = logSheet.getRange(rangeA1(first, C.batch, first + writes.length - 1, C.batch));
  rows.load("values");
  const cells = writes.map((w) => {
    const ws = sheets.getItemOrNullObject(w.sheet);
    const range = ws.getRange(w.address);
    range.load("values,formulas");
    return { w, ws, range };
  });
  await context.sync();
  if (logSheet.isNullObject) return 0;
  const ours = (rows.values as unknown[][]).map((r) => r[0] === options.batch);
  if (!ours.some(Boolean)) {
    if (!options.log.exists) logSheet.delete();
    await context.sync();
    return 0;
  }
  let written = 0;
  cells.forEach(({ w, ws, range }, i) => {
    const raw = ws.isNullObject ? null : (range.values as unknown[][])[0][0];
    const holds =
      !ws.isNullObject &&
      toFormula((range.formulas as unknown[][])[0][0], raw) === null &&
      sameCellValue(toCellValue(raw), w.value);
    if (holds) written++;
    else if (ours[i])
      logSheet.getRange(rangeA1(first + i, C.undone, first + i, C.undone)).values = [
        [`'${options.time} ${NOT_WRITTEN}`],
      ];
  });
  await context.sync();
  return written;
}
