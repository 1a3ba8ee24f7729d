/**
 * Reads a number cell for any form: the value with its cell, an info issue when it was typed as text, an
 * error issue when it cannot be read. Blank stays blank (null).
 */
import type { Decimal } from "../domain/decimal";
import { issue, type Bilingual, type Issue, type Sourced } from "../domain/issue";
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
      issue(
        "error",
        "read.notANumber",
        cell,
        `${cell.address}（${what.ja}）の「${r.text}」は数値として読めません。数値を入力してください。`,
        `${cell.address} (${what.en}): "${r.text}" is not a number. Enter a number.`,
        { text: r.text },
      ),
    );
    return { value: null, read: r };
  }
  if (r.fromText) {
    const shown = r.value.toFixed();
    issues.push(
      issue(
        "info",
        "read.textNumber",
        cell,
        `${cell.address}（${what.ja}）は文字列「${r.text}」として入力されています。数値 ${shown} として読みました。`,
        `${cell.address} (${what.en}) holds the text "${r.text}"; read as the number ${shown}.`,
        { text: r.text ?? "", read: shown },
      ),
    );
  }
  return { value: { value: r.value, cell }, read: r };
}
