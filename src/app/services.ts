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

export interface HostServices<TAnalysis> {
  /** Snapshot every sheet and analyse it (1 sync for the snapshot, at most 1 more to list sheets). */
  analyze(settings: Settings): Promise<TAnalysis>;
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
  saveSettings(settings: Settings): Promise<void>;
}
