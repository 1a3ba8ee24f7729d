/** Issues of a credit forecast table someone made (forecastCheck.ts): codes and words. */
import { words, type IssueCatalogue } from "../catalogue";

export const FORECAST_CODES = {
  /** A row's 累計 is not the sum of its years (error). */
  rowTotal: "forecast.rowTotalMismatch",
  /** A year's 合計 is not the sum of its rows (error). */
  columnTotal: "forecast.columnTotalMismatch",
  /** The grand total is not the sum of the year totals or of the row totals (error). */
  grandTotal: "forecast.grandTotalMismatch",
} as const;

export type ForecastCode = (typeof FORECAST_CODES)[keyof typeof FORECAST_CODES];

export const FORECAST_MESSAGES = {
  [FORECAST_CODES.rowTotal]: words<{ label: string; printed: string; sum: string }>(
    (a, at) => `${at}（${a.label} の累計）${a.printed} が各年度の合計 ${a.sum} と一致しません。`,
    (a, at) => `${at} (${a.label}, 累計) says ${a.printed} but its years add up to ${a.sum}.`,
  ),
  [FORECAST_CODES.columnTotal]: words<{ year: string; printed: string; sum: string }>(
    (a, at) => `${at}（${a.year} の合計）${a.printed} が各行の合計 ${a.sum} と一致しません。`,
    (a, at) => `${at} (${a.year}, 合計) says ${a.printed} but the rows add up to ${a.sum}.`,
  ),
  [FORECAST_CODES.grandTotal]: words<{
    printed: string;
    byYears: string;
    byRows: string;
    rowsAgree: boolean;
  }>(
    (a, at) =>
      `${at}（合計の累計）${a.printed}: 年度別合計の和は ${a.byYears}、各行の累計の和は ${a.byRows} です${a.rowsAgree ? `（${a.printed} は各行の累計の合計とは一致しますが、その累計の中に誤りがあります）` : ""}。`,
    (a, at) =>
      `${at} (grand total) says ${a.printed}: the year totals add up to ${a.byYears}, the row totals to ${a.byRows}${a.rowsAgree ? ` (${a.printed} is the sum of the row totals, which include a wrong one)` : ""}.`,
  ),
} satisfies IssueCatalogue<ForecastCode>;
