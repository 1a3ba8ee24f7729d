/**
 * What the task pane asks of the host. The Office.js implementation lives in src/excel; tests use fakes.
 * Components call these services, never Excel directly.
 */
import type { CellRef } from "../domain/issue";
import type { Settings } from "../domain/settings";
import type { NewSheet } from "../workbook/newSheet";
import type { PlannedWrite } from "../workbook/writePlan";
import type { Issue } from "../domain/issue";

/** One write as recorded on the add-in's log sheet. */
export interface WriteRecord {
  /** ISO time of the write batch. */
  time: string;
  batch: string;
  sheet: string;
  address: string;
  old: string | number | boolean | null;
  oldFormula: string | null;
  value: string | number;
}

export interface WriteReceipt {
  batch: string;
  written: number;
}

export interface CreateReceipt extends WriteReceipt {
  /** The name the sheet got. */
  sheet: string;
  /** Whether the chart was added (false where the host has no chart API). */
  chart: boolean;
}

export interface UndoReceipt {
  batch: string | null;
  restored: number;
  /** Cells left alone because someone changed them after the add-in wrote them (never overwritten). */
  skipped?: CellRef[];
}

/** What the workbook tells the pane by itself (Office.js events, ExcelApi 1.7). */
export interface WorkbookEvents {
  /** Cells of a sheet were changed by someone other than the add-in (its own writes are not reported). */
  changed(sheet: string, address: string): void;
  /** The user selected a cell or range (its top-left cell). */
  selected(cell: CellRef): void;
}

export interface HostServices<TAnalysis> {
  /** Snapshot every sheet and analyse it (1 sync for the snapshot, at most 1 more to list sheets). */
  analyze(settings: Settings): Promise<TAnalysis>;
  /**
   * Read only these sheets again (1 sync for a sheet that fits its first window) and analyse the workbook
   * with the rest as last read: the live re-check after a person edits a form's sheet. Falls back to
   * `analyze` when nothing was read yet or a sheet went away.
   */
  recheck?(sheets: readonly string[], settings: Settings): Promise<TAnalysis>;
  /** Select a cell in the workbook (activates its sheet). */
  select(cell: CellRef): Promise<void>;
  /** Apply writes (already filtered by selectWrites) in one sync, logging old values for undo. */
  write(writes: readonly PlannedWrite[]): Promise<WriteReceipt>;
  /**
   * Create a sheet the add-in owns (name made unique), fill it, add its chart where the host supports
   * charts, and log it as one batch: undoing that batch deletes the sheet while it still holds exactly what
   * was written (otherwise it is left, and reported as skipped).
   */
  createSheet(sheet: NewSheet): Promise<CreateReceipt>;
  /** Restore the old values of the last write batch (or remove the sheet it created). */
  undoLast(): Promise<UndoReceipt>;
  /** Mark cells that have issues (fill colour, and a note where supported); never changes values. */
  mark(issues: readonly Issue[]): Promise<number>;
  /** Remove every mark the add-in made. */
  clearMarks(): Promise<number>;
  loadSettings(): Promise<Settings>;
  /**
   * Watch every sheet for changes and selections; resolves to a function that stops watching, or to null
   * where the host has no events (older hosts: the pane keeps 再読み込み). Absent on hosts without events.
   */
  watch?(events: WorkbookEvents): Promise<(() => Promise<void>) | null>;
  /** How many cells carry the add-in's marks (kept in the document settings; no round trip). */
  markCount?(): Promise<number>;
  saveSettings(settings: Settings): Promise<void>;
}
