/** The writes that fill a Form 7's computed cells with the engine's figures. */
import { figureLabel } from "../../domain/form7/check";
import { figureDisplay, heldMatches } from "../../domain/form7/compute";
import type { Form7FigureKey, Form7Result } from "../../domain/form7/types";
import type { Form7Sheet, HeldCell } from "./sheet";
import type { CellValue, Grid } from "../grid";
import { readNumber } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";

export function planForm7(
  grid: Grid,
  sheet: Form7Sheet,
  result: Form7Result,
  ownEarlier: OwnEarlier = noOwnEarlier,
): PlannedWrite[] {
  const out: PlannedWrite[] = [];
  // for…in: the same keys in the same order as Object.entries, without a pair array per key
  for (const k in sheet.computed) {
    const key = k as Form7FigureKey;
    const held = sheet.computed[key] as HeldCell;
    const value = result.cells[key];
    // Nothing to write, or a figure beyond what a cell can hold (an absurd input, reported by the checks).
    if (value === undefined) continue;
    // Decimal's toNumber is `+this`, which converts through valueOf's digits: Number(valueOf()) is the same
    // number (-0 kept) without the generic object-to-number conversion, measurably cheaper on every cell.
    const n = Number(value.valueOf());
    if (!Number.isFinite(n)) continue;
    // A number that prints the figure the form should show needs no write — judged as the checks judge it
    // (a summary cell holding 60.77 prints 61, not the 60 it should: it is reported, so it is rewritten).
    const same = (old: CellValue) => {
      const r = readNumber(old);
      return r.kind === "number" && !r.fromText && heldMatches(key, r.value, value);
    };
    out.push(
      planWrite(grid, held.row, held.col, n, figureLabel(key), {
        ownEarlier,
        numberFormat: figureDisplay(key).numberFormat,
        same,
      }),
    );
  }
  return out;
}
