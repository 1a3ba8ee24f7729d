/**
 * Issues of the add-in's history sheet (one row per site and fiscal year): codes and words. The reader
 * (src/workbook/history/historySheet.ts) is being moved into the domain; its calls switch to these entries.
 */
import { words, type IssueCatalogue } from "../catalogue";
import type { Bilingual } from "../issue";

export const HISTORY_CODES = {
  /** The fiscal year is not a whole year 1990–2100; the row is not used (error). */
  badYear: "history.badYear",
  /** Neither a site name nor a site number; the row is not used (error). */
  noSite: "history.noSite",
  /** A floor area of zero or below, or a negative energy, CO2 or intensity figure (error). */
  badFigure: "history.badFigure",
  /** The stored energy intensity differs from energy ÷ floor area × 1000; the latter is used (warning). */
  intensityDiffers: "history.intensityDiffers",
  /** The same site and fiscal year twice; the earlier row is used (warning). */
  duplicate: "history.duplicate",
} as const;

export type HistoryCode = (typeof HISTORY_CODES)[keyof typeof HISTORY_CODES];

export const HISTORY_MESSAGES = {
  [HISTORY_CODES.badYear]: words(
    (_a, at) => `${at}: 年度は 2013 のような西暦の整数である必要があります（この行は使いません）。`,
    (_a, at) => `${at}: the fiscal year must be a whole year such as 2013 (this row is not used).`,
  ),
  [HISTORY_CODES.noSite]: words(
    (_a, at) => `${at}: 事業所等の名称も事業所番号もないため、この行は使いません。`,
    (_a, at) => `${at}: neither a site name nor a site number, so this row is not used.`,
  ),
  [HISTORY_CODES.badFigure]: words<{ column: Bilingual; value: string; floorArea: boolean }>(
    (a, at) =>
      `${at}: ${a.column.ja} ${a.value} は${a.floorArea ? "正の数" : "0 以上"}である必要があります。`,
    (a, at) => `${at}: ${a.column.en} ${a.value} must be ${a.floorArea ? "positive" : "zero or more"}.`,
  ),
  [HISTORY_CODES.intensityDiffers]: words<{ found: string; expected: string }>(
    (a, at) =>
      `${at}: エネルギー原単位 ${a.found} MJ/m² は、エネルギー使用量 ÷ 延床面積 × 1000 = ${a.expected} と合いません。使用量と面積から求めた値を使います。`,
    (a, at) =>
      `${at}: the energy intensity ${a.found} MJ/m² does not match energy ÷ floor area × 1000 = ${a.expected}; the latter is used.`,
  ),
  [HISTORY_CODES.duplicate]: words<{ site: string; fiscalYear: number; first: string; firstRow: number }>(
    (a, at) => `${at}: 「${a.site}」の ${a.fiscalYear}年度は ${a.first} の行にもあります。先の行を使います。`,
    (a, at) =>
      `${at}: FY${a.fiscalYear} of "${a.site}" is also in row ${a.firstRow}; the earlier row is used.`,
  ),
} satisfies IssueCatalogue<HistoryCode>;
