/**
 * The write plan: what the add-in proposes to write where, and the one place that decides what may be
 * written without the user's consent. Both ports (Excel and exceljs) apply only what `selectWrites` returns.
 */
import type { Bilingual } from "../domain/issue";
import type { CellValue, Grid } from "./grid";

/**
 * What the target cell holds now:
 * - empty: nothing (safe to fill);
 * - same: already shows the value we would write, by value or by formula (nothing to do);
 * - ownEarlier: a value the add-in itself wrote earlier (safe to replace);
 * - formula: a user formula (needs explicit consent);
 * - input: a non-empty value someone typed (needs explicit consent).
 */
export type CellState = "empty" | "same" | "ownEarlier" | "formula" | "input";

export interface PlannedWrite {
  sheet: string;
  address: string;
  row: number;
  col: number;
  /** What will be written. */
  value: number | string;
  numberFormat?: string;
  /** What the cell is, in words ("都市ガス 熱量 (GJ)"). */
  label: Bilingual;
  /** What the cell holds now. */
  old: CellValue;
  oldFormula: string | null;
  state: CellState;
}

/** Tells whether a cell currently holds a value the add-in wrote earlier (from its write log). */
export type OwnEarlier = (sheet: string, address: string, value: CellValue) => boolean;

export const noOwnEarlier: OwnEarlier = () => false;

function sameValue(old: CellValue, value: number | string): boolean {
  if (typeof value === "number")
    return typeof old === "number" && Math.abs(old - value) <= 1e-9 * Math.max(1, Math.abs(value));
  return old === value;
}

export interface PlanOptions {
  ownEarlier?: OwnEarlier;
  numberFormat?: string;
  /** Whether the cell's current value already says the same (e.g. equal at the precision the form shows). */
  same?: (old: CellValue) => boolean;
}

/**
 * A cell as it stands, before anything is planned into it: enough to classify a later write without the
 * grid (the task pane plans some writes — the benchmark category — after the analysis, from a choice).
 */
export interface CellSlot {
  sheet: string;
  address: string;
  row: number;
  col: number;
  old: CellValue;
  oldFormula: string | null;
  /** Whether `old` is a value the add-in itself wrote earlier. */
  own: boolean;
}

export function slotAt(
  grid: Grid,
  row: number,
  col: number,
  ownEarlier: OwnEarlier = noOwnEarlier,
): CellSlot {
  const address = grid.address(row, col);
  const old = grid.value(row, col);
  return {
    sheet: grid.sheet,
    address,
    row,
    col,
    old,
    oldFormula: grid.formula(row, col),
    own: ownEarlier(grid.sheet, address, old),
  };
}

/** Plans one write into a cell already read into a slot, classifying what the cell holds now. */
export function planSlot(
  slot: CellSlot,
  value: number | string,
  label: Bilingual,
  options: Omit<PlanOptions, "ownEarlier"> = {},
): PlannedWrite {
  const { numberFormat, same } = options;
  const { sheet, address, row, col, old, oldFormula } = slot;
  let state: CellState;
  const blank = old === null || (typeof old === "string" && old.trim() === "");
  // A cell (even a formula) that already shows the figure needs nothing written.
  if (!blank && (sameValue(old, value) || (same && same(old)))) state = "same";
  else if (oldFormula !== null) state = "formula";
  else if (blank) state = "empty";
  else if (slot.own) state = "ownEarlier";
  else state = "input";
  const w: PlannedWrite = { sheet, address, row, col, value, label, old, oldFormula, state };
  if (numberFormat) w.numberFormat = numberFormat;
  return w;
}

/** Plans one write into a cell of `grid`, classifying what the cell holds now. */
export function planWrite(
  grid: Grid,
  row: number,
  col: number,
  value: number | string,
  label: Bilingual,
  options: PlanOptions = {},
): PlannedWrite {
  const { ownEarlier, ...rest } = options;
  return planSlot(slotAt(grid, row, col, ownEarlier), value, label, rest);
}

export function needsConsent(w: PlannedWrite): boolean {
  return w.state === "formula" || w.state === "input";
}

export function writeKey(w: { sheet: string; address: string }): string {
  return `${w.sheet}!${w.address}`;
}

/**
 * The writes to apply: empty and own-earlier cells always; formula and input cells only where the user
 * consented (keys from `writeKey`); cells that already hold the value never.
 */
export function selectWrites(
  plan: readonly PlannedWrite[],
  consented: ReadonlySet<string> = new Set(),
): PlannedWrite[] {
  return plan.filter((w) => w.state !== "same" && (!needsConsent(w) || consented.has(writeKey(w))));
}
