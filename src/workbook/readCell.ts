/**
 * Reads a number cell for any form: the value with its cell, an info issue when it was typed as text, an
 * error issue when it cannot be read. Blank stays blank (null).
 */
import type { Decimal } from "../domain/decimal";
import { issueOf, type Bilingual, type Issue, type Sourced } from "../domain/issue";
import { READ_CODES, READ_MESSAGES as M } from "../domain/readMessages";
import type { Grid } from "./grid";
import { readNumber, type NumberRead } from "./text";

export function readSourcedNumber(
  grid: Grid,
  row: number,
  col: number,
  what: Bilingual,
  issues: Issue[],
): { value: Sourced<Decimal> | null; read: NumberRead } {
  const cell = { sheet: grid.sheet, address: grid.address(row, col) };
  const r = readNumber(grid.value(row, col));
  if (r.kind === "blank") return { value: null, read: r };
  if (r.kind === "invalid") {
    issues.push(
      issueOf(M, "error", READ_CODES.notANumber, cell, { what, text: r.text, ask: true }, { text: r.text }),
    );
    return { value: null, read: r };
  }
  if (r.fromText) {
    const shown = r.value.toFixed();
    issues.push(
      issueOf(
        M,
        "info",
        READ_CODES.textNumber,
        cell,
        { what, text: String(r.text), read: shown },
        { text: r.text ?? "", read: shown },
      ),
    );
  }
  return { value: { value: r.value, cell }, read: r };
}
