/**
 * Where a Form 7 keeps its benchmark category (ベンチマーク区分, 1–30), so that the choice made in the task
 * pane stays on the form's own sheet and the command line reads the same choice.
 *
 * The form has no such cell of its own; the add-in keeps it next to 主たる用途: the value cell of a
 * ベンチマーク区分 label where the sheet has one, otherwise a new label and value in the two cells right of
 * the 主たる用途 value (or, where those are taken, in the row below the 主たる用途 label). No slot is offered
 * when every candidate cell is taken: the user is asked to add the label by hand.
 */
import type { Bilingual } from "../../domain/issue";
import type { Coord } from "../address";
import type { Grid } from "../grid";
import {
  noOwnEarlier,
  planSlot,
  slotAt,
  type CellSlot,
  type OwnEarlier,
  type PlannedWrite,
} from "../writePlan";
import type { Form7Location } from "./locate";

export const CATEGORY_LABEL = "ベンチマーク区分";
const VALUE_LABEL: Bilingual = { ja: "ベンチマーク区分", en: "Benchmark category" };
const LABEL_LABEL: Bilingual = { ja: "ベンチマーク区分（見出し）", en: "Benchmark category (label)" };

export interface CategorySlot {
  /** The cell that holds (or will hold) the category number. */
  value: CellSlot;
  /** The cell to write the ベンチマーク区分 label into, when the sheet has none yet. */
  label: CellSlot | null;
}

/** Empty (no value, no formula) and not part of a merged area. */
function free(grid: Grid, at: Coord): boolean {
  return !grid.mergeAt(at.row, at.col) && grid.isEmpty(at.row, at.col);
}

/** The category's cell on this form, or null when there is no place for it next to 主たる用途. */
export function findCategorySlot(
  grid: Grid,
  loc: Form7Location,
  ownEarlier: OwnEarlier = noOwnEarlier,
): CategorySlot | null {
  const held = loc.site.benchmarkCategory;
  if (held) return { value: slotAt(grid, held.value.row, held.value.col, ownEarlier), label: null };
  const use = loc.site.mainUse;
  if (!use) return null;
  const valueRight = grid.mergeAt(use.value.row, use.value.col)?.right ?? use.value.col;
  const candidates: [Coord, Coord][] = [
    [
      { row: use.label.row, col: valueRight + 1 },
      { row: use.label.row, col: valueRight + 2 },
    ],
    [
      { row: use.label.row + 1, col: use.label.col },
      { row: use.label.row + 1, col: use.label.col + 1 },
    ],
  ];
  for (const [label, value] of candidates) {
    // Never into the breakdown table.
    if (label.row >= loc.header.row && label.row <= (loc.rows.at(-1)?.row ?? loc.header.row)) continue;
    if (!free(grid, label) || !free(grid, value)) continue;
    return {
      value: slotAt(grid, value.row, value.col, ownEarlier),
      label: slotAt(grid, label.row, label.col),
    };
  }
  return null;
}

/** The writes that keep category `n` on the sheet: its number, and the label where the sheet had none. */
export function planCategory(slot: CategorySlot, n: number): PlannedWrite[] {
  const out: PlannedWrite[] = [];
  if (slot.label) out.push(planSlot(slot.label, CATEGORY_LABEL, LABEL_LABEL));
  out.push(planSlot(slot.value, n, VALUE_LABEL, { numberFormat: "0" }));
  return out;
}
