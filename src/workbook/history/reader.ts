/**
 * The history sheet reader (報告履歴, typed or written by the add-in): its rows are earlier years of the
 * sites; the sheet is the add-in's own and no other reader looks at it.
 */
import type { Grid } from "../grid";
import type { FormReader } from "../reader";
import { headerLabels, HISTORY_COLUMNS, HISTORY_SHEET_NAME, readHistorySheet } from "./historySheet";
import type { HistoryInWorkbook } from "./years";

/** The columns, last first: the first label a Form 7 or other sheet does not mention ends the check. */
const WANTED_ORDER = [...HISTORY_COLUMNS].reverse();

export const historyReader: FormReader<HistoryInWorkbook> = {
  name: "history",
  // The header row holds all the column labels: the add-in's own (記録日時) first, which other sheets lack.
  wanted: (labels) => WANTED_ORDER.every((c) => headerLabels(c).some((l) => labels.mentions(l))),
  read: (grid) => historyOn(grid),
  analyze(found) {
    const history = writtenFirst(found);
    return { history, issues: history.flatMap((h) => h.sheet.issues), claims: history.map((h) => h.grid) };
  },
};

function historyOn(grid: Grid): HistoryInWorkbook[] {
  const sheet = readHistorySheet(grid);
  return sheet ? [{ grid, sheet }] : [];
}

/** The one named 報告履歴 first: that one is written to; the rows of all of them count as earlier years. */
function writtenFirst(found: readonly HistoryInWorkbook[]): HistoryInWorkbook[] {
  const i = found.findIndex((h) => h.grid.sheet === HISTORY_SHEET_NAME);
  return i > 0 ? [found[i], ...found.slice(0, i), ...found.slice(i + 1)] : [...found];
}

/** Every history sheet among `sheets`, the one named 報告履歴 first. */
export function readHistorySheets(sheets: readonly Grid[]): HistoryInWorkbook[] {
  return writtenFirst(sheets.flatMap(historyOn));
}
