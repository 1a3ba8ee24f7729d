/**
 * Issues of the add-in's forecast sheet (見通しシート): codes and words. Its reader
 * (src/workbook/jcredit/forecastSheet.ts, forecastSheetAnalysis.ts) is being moved into the domain; its
 * calls switch to these entries.
 */
import { words, type IssueCatalogue } from "../catalogue";

export const FORECAST_SHEET_CODES = {
  /** A parameter cell holds text that is not a number; nothing is written until it is fixed (error). */
  notANumber: "forecastSheet.notANumber",
  /** A menu's credit class, intake rule or reduction kind is not one of the choices (error). */
  badChoice: "forecastSheet.badChoice",
  /** The parameters do not validate (the message names the field) (error). */
  invalid: "forecastSheet.invalid",
} as const;

export type ForecastSheetCode = (typeof FORECAST_SHEET_CODES)[keyof typeof FORECAST_SHEET_CODES];

/** The choice columns of the menu table and what each accepts. */
const CHOICES = {
  creditClass: { ja: "再エネ か 省エネ を入力してください。", en: "enter 再エネ or 省エネ." },
  intake: {
    ja: "一定・線形・複利・年度別・実績・… のいずれかを入力してください。",
    en: "enter one of the intake rules.",
  },
  reduction: { ja: "直接・太陽光・節電 のいずれかを入力してください。", en: "enter 直接, 太陽光 or 節電." },
} as const;

export const FORECAST_SHEET_MESSAGES = {
  [FORECAST_SHEET_CODES.notANumber]: words<{ what: string; text: string }>(
    (a, at) => `${at}（${a.what}）の「${a.text}」は数値として読めません。`,
    (a, at) => `${at} (${a.what}): "${a.text}" is not a number.`,
  ),
  [FORECAST_SHEET_CODES.badChoice]: words<{ menu: string; header: string; column: keyof typeof CHOICES }>(
    (a, at) => `${at}（${a.menu} ${a.header}）: ${CHOICES[a.column].ja}`,
    (a, at) => `${at} (${a.menu}): ${CHOICES[a.column].en}`,
  ),
  [FORECAST_SHEET_CODES.invalid]: words<{ problem: string }>(
    (a) => `見通しのパラメータに誤りがあります: ${a.problem}`,
    (a) => `The forecast parameters do not validate: ${a.problem}`,
  ),
} satisfies IssueCatalogue<ForecastSheetCode>;
