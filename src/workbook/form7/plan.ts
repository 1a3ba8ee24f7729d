/** The writes that fill a Form 7's computed cells with the engine's figures. */
import { figureLabel } from "../../domain/form7/check";
import { figureDisplay, shown } from "../../domain/form7/compute";
import type { Form7FigureKey, Form7Result, Form7Sheet, HeldCell } from "../../domain/form7/types";
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
  for (const [key, held] of Object.entries(sheet.computed) as [Form7FigureKey, HeldCell][]) {
    const value = result.cells[key];
    // Nothing to write, or a figure beyond what a cell can hold (an absurd input, reported by the checks).
    const n = value?.toNumber();
    if (value === undefined || n === undefined || !Number.isFinite(n)) continue;
    // A number that shows the same figure at the form's precision needs no write.
    const same = (old: CellValue) => {
      const r = readNumber(old);
      return r.kind === "number" && !r.fromText && shown(key, r.value).eq(shown(key, value));
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
