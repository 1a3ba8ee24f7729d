/**
 * Checks of a filled Form 7 (spec form7.md section 4): every computed cell the sheet holds against the
 * engine's figure at the precision the form shows, with the likely cause of a mismatch (causes.ts); and
 * the input problems a business wants to hear of before submitting (inputs.ts).
 */
import { formatDecimal } from "../format";
import { issueOf, type Issue } from "../issue";
import type { Settings } from "../settings";
import { likelyCause, type CauseContext } from "./causes";
import { FORM7_CODES } from "./codes";
import { FIGURE_DISPLAY, heldShown, shown } from "./display";
import { checkInputs } from "./inputs";
import { FORM7_MESSAGES as M } from "./messages";
import { figureLabel } from "./labels";
import type { Form7FigureKey, Form7Result, Form7RowKey, Form7Held, HeldFigure } from "./types";

export { FORM7_CODES, FORM7_CAUSES } from "./codes";
export { figureLabel } from "./labels";

function rowKeyOf(key: Form7FigureKey): Form7RowKey | null {
  const [row, part] = key.split(".");
  return part === "heatGJ" || part === "co2T" ? (row as Form7RowKey) : null;
}

function checkComputedCells(ctx: CauseContext): Issue[] {
  const { sheet, result } = ctx;
  const out: Issue[] = [];
  // for…in: the same keys in the same order as Object.entries, without a pair array per key
  for (const k in sheet.computed) {
    const key = k as Form7FigureKey;
    const held = sheet.computed[key] as HeldFigure;
    const label = figureLabel(key);
    const expected = result.cells[key];
    if (held.value === null) {
      if (held.formulaWithoutValue)
        out.push(issueOf(M, "info", FORM7_CODES.noCachedValue, held.cell, { label }));
      continue;
    }
    if (expected === undefined) {
      // No figure: a blank usage (reported when the cell holds something), or a row the engine cannot
      // compute (その他の燃料 without coefficients, reported by the input checks). A summary figure without
      // one (the intensity without a floor area) has no usage: the input checks say why.
      const rowKey = rowKeyOf(key);
      const usage = rowKey ? sheet.input.rows.find((r) => r.key === rowKey)?.usage : null;
      if (rowKey && !usage && !held.value.isZero())
        out.push(
          issueOf(
            M,
            "warning",
            FORM7_CODES.valueWithoutUsage,
            held.cell,
            { label, found: formatDecimal(held.value) },
            { found: held.value.toFixed() },
          ),
        );
      continue;
    }
    // heldMatches(key, held.value, expected), keeping the two shown figures for the message and the cause
    const heldAsShown = heldShown(key, held.value);
    const expectedShown = shown(key, expected);
    if (heldAsShown.eq(expectedShown)) continue;
    const places = FIGURE_DISPLAY[key].places;
    const exp = formatDecimal(expectedShown, places);
    const found = formatDecimal(heldAsShown, places);
    const cause = likelyCause(key, held.value, expected, ctx, { heldAsShown, expectedShown });
    out.push(
      issueOf(
        M,
        "error",
        FORM7_CODES.mismatch,
        held.cell,
        { label, found, expected: exp, cause },
        {
          expected: expectedShown.toFixed(places),
          found: held.value.toFixed(),
          ...(cause ? { cause: cause.code, ...cause.params } : {}),
        },
      ),
    );
  }
  return out;
}

/**
 * Every problem of a filled form: mismatching computed cells (error, with the likely cause in
 * params.cause), formula cells without a saved value (info), and the input problems.
 */
export function checkForm7(sheet: Form7Held, result: Form7Result, settings: Settings): Issue[] {
  const ctx: CauseContext = { sheet, result, settings };
  return [...checkComputedCells(ctx), ...checkInputs(sheet, result, settings)];
}
