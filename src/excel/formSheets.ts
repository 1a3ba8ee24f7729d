/**
 * Which sheets the snapshot reads in full: those whose first window (the top-left of the used range, see
 * snapshot.ts) some kind of form wants — the readers' own test on the window's label index
 * (FormReader.wanted, src/workbook/readers.ts), the one rule, so that a kind added to the list is read in
 * full without a word here — and the add-in's own sheets (its log, 報告履歴, the forecast sheet), which it
 * reads back whole. Any other sheet larger than its window is left at the window: no form can start there.
 */
import { LOG_SHEET } from "../workbook/auditLog";
import type { Grid } from "../workbook/grid";
import { HISTORY_SHEET_NAME } from "../workbook/history/historySheet";
import { FORECAST_SHEET_NAME } from "../workbook/jcredit/forecastSheetAnalysis";
import { READERS } from "../workbook/readers";
import { sheetLabels } from "../workbook/text";

const OWN_SHEETS = [LOG_SHEET, HISTORY_SHEET_NAME, FORECAST_SHEET_NAME];

/** A sheet the add-in made (by name; a （2） suffix from uniqueSheetName included). */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.some(
    (own) => name === own || (name.startsWith(own) && /^（\d+）$/.test(name.slice(own.length))),
  );
}

/** Whether a sheet whose window is `window` must be read in full. */
export function needsFullRead(window: Grid): boolean {
  if (isOwnSheet(window.sheet)) return true;
  const labels = sheetLabels(window);
  return READERS.some((r) => r.wanted(labels));
}
