/**
 * Which sheets the snapshot reads in full: those whose first window (the top-left of the used range, see
 * snapshot.ts) holds a form's labels — as the workbook readers themselves find them, no separate word
 * list — and the add-in's own sheets (its log, 報告履歴, the forecast sheet), which it reads back whole.
 * Any other sheet larger than its window is left at the window: no form can start there.
 */
import { DEFAULT_SETTINGS } from "../domain/settings";
import { LOG_SHEET } from "../workbook/auditLog";
import { readBenchmarkSheet } from "../workbook/benchmark/benchmarkSheet";
import { mayHoldForm7 } from "../workbook/form7/locate";
import { locateForm8 } from "../workbook/form8/form8";
import type { Grid } from "../workbook/grid";
import { HISTORY_SHEET_NAME, readHistorySheet } from "../workbook/history/historySheet";
import { readForecastSheet } from "../workbook/jcredit/forecastSheet";
import { FORECAST_SHEET_NAME } from "../workbook/jcredit/forecastSheetAnalysis";
import { locateForecastHeaders } from "../workbook/jcredit/forecastTable";
import { analyzeReturnTables } from "../workbook/jcredit/returnTableSheet";

const OWN_SHEETS = [LOG_SHEET, HISTORY_SHEET_NAME, FORECAST_SHEET_NAME];

/** A sheet the add-in made (by name; a （2） suffix from uniqueSheetName included). */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.some(
    (own) => name === own || (name.startsWith(own) && /^（\d+）$/.test(name.slice(own.length))),
  );
}

/** Whether a sheet whose window is `window` must be read in full. */
export function needsFullRead(window: Grid): boolean {
  return (
    isOwnSheet(window.sheet) ||
    mayHoldForm7(window) ||
    locateForecastHeaders(window).length > 0 ||
    analyzeReturnTables(window, DEFAULT_SETTINGS).length > 0 ||
    locateForm8(window) !== null ||
    readBenchmarkSheet(window) !== null ||
    readHistorySheet(window) !== null ||
    readForecastSheet(window) !== null
  );
}
