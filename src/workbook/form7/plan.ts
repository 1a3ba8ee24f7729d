/** The writes that fill a Form 7's computed cells with the engine's figures. */
import { figureLabel } from "../../domain/form7/check";
import { figureDisplay } from "../../domain/form7/compute";
import type { Form7FigureKey, Form7Result, Form7Sheet, HeldCell } from "../../domain/form7/types";
import type { Grid } from "../grid";
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
    if (value === undefined) continue;
    out.push(
      planWrite(
        grid,
        held.row,
        held.col,
        value.toNumber(),
        figureLabel(key),
        ownEarlier,
        figureDisplay(key).numberFormat,
      ),
    );
  }
  return out;
}
