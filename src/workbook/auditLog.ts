/**
 * The add-in's audit log 「CO2チェック記録」, as data: one row per cell written (日時, バッチ, シート, セル, 旧値,
 * 旧数式, 新値, 取消 — when the batch was undone — and 旧書式, the number format before the write where the
 * write set one). Reading its rows, knowing which values the add-in wrote earlier (ownEarlier), the row a
 * write logs, and what undoing the last batch means — all without Excel; src/excel/apply.ts does the I/O.
 *
 * Every text the add-in writes goes in with a leading apostrophe, so Excel keeps it as text: a logged
 * formula "=SUM(E10:E20)" is not evaluated, "123" stays a string, an ISO time stays text.
 */
import type { CellRef } from "../domain/issue";
import { fromA1 } from "./address";
import type { CellValue, Grid, WorkbookSnapshot } from "./grid";
import type { OwnEarlier, PlannedWrite } from "./writePlan";

/** The add-in's log sheet. */
export const LOG_SHEET = "CO2チェック記録";

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
export const LAST_COL = LOG_HEADERS.length - 1;
/** The log's columns (0-based). */
export const C = {
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

/** One key per cell, however its address is written ($A$1, a1). */
export function cellKey(sheet: string, address: string): string {
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

/** The log row of one write (texts with their apostrophe); `oldFormat`: the cell's format before it. */
export function logRowOf(
  w: PlannedWrite,
  batch: { time: string; batch: string },
  oldFormat: string | null,
): (string | number | boolean)[] {
  return [
    `'${batch.time}`,
    `'${batch.batch}`,
    `'${w.sheet}`,
    w.address,
    cellInput(w.old),
    w.oldFormula ? `'${w.oldFormula}` : "",
    cellInput(w.value),
    "",
    w.numberFormat ? `'${oldFormat ?? "General"}` : "",
  ];
}

/** The top-left cell (0-based) of a used range's address ("Sheet!B3:D9" → row 2, column 1). */
export function rangeTopLeft(address: string): { row: number; col: number } {
  const first = address.slice(address.lastIndexOf("!") + 1).split(":")[0];
  try {
    return fromA1(first);
  } catch {
    return { row: 0, col: 0 };
  }
}

/** What undoing the log's last live batch means, before any cell is read. */
export interface UndoPlan {
  batch: string;
  /** The batch's live log rows. */
  rows: LogRow[];
  /** Sheets the batch created (name → fingerprint as created): removed whole, not cell by cell. */
  created: Map<string, string>;
  /** Per cell: the first row's old value (the restore target) and the last row's new value (what should be there). */
  cells: Map<string, { first: LogRow; last: LogRow }>;
}

/** The plan for undoing the last live batch of these log rows, or null when there is none. */
export function planUndo(rows: readonly LogRow[]): UndoPlan | null {
  const live = rows.filter((r) => r.undone === null);
  if (live.length === 0) return null;
  const batch = live[live.length - 1].batch;
  const batchRows = live.filter((r) => r.batch === batch);
  const created = new Map<string, string>();
  for (const r of batchRows)
    if (r.address === SHEET_CREATED) created.set(r.sheet, fingerprintOf(r.value) ?? "");
  const cells = new Map<string, { first: LogRow; last: LogRow }>();
  for (const r of batchRows) {
    const k = cellKey(r.sheet, r.address);
    const seen = cells.get(k);
    cells.set(k, seen ? { first: seen.first, last: r } : { first: r, last: r });
  }
  return { batch, rows: batchRows, created, cells };
}

/** A cell is restored only while it still holds exactly what the add-in wrote (no formula put there since). */
export function mayRestore(last: LogRow, now: { value: CellValue; formula: string | null }): boolean {
  return now.formula === null && sameCellValue(now.value, last.value);
}

/** The 取消 text of an undone row: the time, and why a cell was left as it was. */
export function undoneNote(time: string, skipped: boolean): string {
  return skipped ? `${time} 変更済のため復元せず` : time;
}

/** The cells of a batch, so undo can read them in the same sync as the log. */
export interface UndoHint {
  batch: string;
  cells: CellRef[];
}

export function undoHintOf(batch: string, writes: readonly PlannedWrite[]): UndoHint {
  return { batch, cells: writes.map((w) => ({ sheet: w.sheet, address: w.address })) };
}
