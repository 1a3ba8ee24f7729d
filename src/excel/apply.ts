/**
 * Applies selected writes in one sync and keeps the audit/undo record on the add-in-owned log sheet
 * (src/workbook/auditLog.ts: its rows, what they mean, what undo restores); undoes the last batch; makes
 * the log true after a failed batch. The Office.js side only: every decision is the pure module's.
 */
import type { WriteReceipt } from "../app/services";
import type { CellRef } from "../domain/issue";
import { rangeA1 } from "../workbook/address";
import {
  C,
  LAST_COL,
  LOG_HEADERS,
  LOG_SHEET,
  SHEET_CREATED,
  cellInput,
  cellKey,
  logRowOf,
  mayRestore,
  planUndo,
  rangeTopLeft,
  readLogRows,
  sameCellValue,
  undoneNote,
  type LogRow,
  type LogState,
  type UndoHint,
} from "../workbook/auditLog";
import { Grid, type CellValue } from "../workbook/grid";
import { sheetFingerprint } from "../workbook/newSheet";
import type { PlannedWrite } from "../workbook/writePlan";
import { toCellValue, toFormula } from "./snapshot";

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
  const rows = writes.map((w) =>
    logRowOf(w, options, w.numberFormat ? (options.numberFormatOf?.(w.sheet, w.row, w.col) ?? null) : null),
  );
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

  const { row: top, col: left } = rangeTopLeft(used.address);
  const logGrid = new Grid({
    sheet: LOG_SHEET,
    top,
    left,
    values: (used.values as unknown[][]).map((r) => r.map(toCellValue)),
  });
  const plan = planUndo(readLogRows(logGrid));
  if (!plan) return { batch: null, restored: 0, skipped: [] };
  const { batch, rows: batchRows, created, cells } = plan;
  // Sheets the batch created: removed as a whole (below), not cell by cell.
  if (created.size > 0) return undoCreated(context, batch, batchRows, created, options.time);

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
    if (mayRestore(last, { value: nowValue, formula: nowFormula })) {
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
    const note = undoneNote(time, skipped(r));
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
