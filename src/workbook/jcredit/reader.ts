/**
 * The J-Credit readers: the add-in's own forecast sheet, credit forecast tables (a forecast sheet's results
 * block is itself one, checked as part of that sheet), and Fukuoka's return tables.
 */
import { parseFiscalYear } from "../../domain/fiscalYear";
import { normLabel, type SheetLabels } from "../text";
import { sheetReader } from "../reader";
import { FORECAST_SHEET_TITLE } from "./forecastSheet";
import { analyzeForecastSheet } from "./forecastSheetAnalysis";
import { analyzeCreditForecasts } from "./forecastTable";
import { analyzeReturnTables, TABLE2_HEADER_WORDS } from "./returnTableSheet";

/** Labels a fiscal-year column can start with (R8, H31, 令和8年度, 平成31年度, 2026, FY2026), folded. */
const YEAR_LABEL = /^(r\d|h\d|令和|平成|fy20|20\d\d)/i;

/** Whether the sheet holds two fiscal-year labels at least (a forecast header's year columns). */
function twoYearLabels(labels: SheetLabels): boolean {
  let n = 0;
  for (const c of labels.matching(YEAR_LABEL)) if (parseFiscalYear(c.text) !== null && ++n >= 2) return true;
  return false;
}

export const forecastSheetReader = sheetReader(
  "forecastSheet",
  (labels) => labels.exact(normLabel(FORECAST_SHEET_TITLE)) !== null,
  (grid, ctx) => {
    const own = analyzeForecastSheet(grid, ctx.ownEarlier);
    return own ? [own] : [];
  },
);

export const creditForecastReader = sheetReader(
  "creditForecast",
  // A header holds two fiscal-year columns at least.
  twoYearLabels,
  (grid, ctx, earlier) =>
    earlier.of(forecastSheetReader).length > 0
      ? []
      : analyzeCreditForecasts(grid, ctx.settings, ctx.ownEarlier),
);

export const returnTableReader = sheetReader(
  "returnTable",
  (labels) => TABLE2_HEADER_WORDS.every((w) => labels.mentions(w)),
  (grid, ctx) => analyzeReturnTables(grid, ctx.settings, ctx.ownEarlier),
);
