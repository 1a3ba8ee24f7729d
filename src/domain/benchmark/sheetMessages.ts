/**
 * Issues of a benchmark table sheet (ベンチマーク表: category, name, average, electricity factor, source):
 * codes and words. The problems of an entry's fields (table.ts) and the sheet reader's own checks
 * (src/workbook/benchmark/benchmarkSheet.ts, being moved into the domain; its calls switch to these entries).
 */
import { words, type IssueCatalogue } from "../catalogue";
import { unusedRow } from "../unusedRow";
import { ENTRY_PROBLEM_WORDS } from "./problemWords";
import type { EntryProblem } from "./table";

export const BENCHMARK_SHEET_CODES = {
  /** A row without a category number; the row is not used (error). */
  noCategory: "benchmarkSheet.noCategory",
  /** A category name in no table-3-1 wording; used as the number says (warning). */
  nameDiffers: "benchmarkSheet.nameDiffers",
  /** No electricity factor for the average; Form 7's is assumed (warning). */
  noFactor: "benchmarkSheet.noFactor",
  /** A category given twice; the first row is used (warning). */
  duplicate: "benchmarkSheet.duplicate",
  /** The average's electricity factor is not Form 7's: ranks in the category are indicative (info). */
  factorDiffers: "benchmarkSheet.factorDiffers",
  /** The category number is not a whole number 1–30; the row is not used (error). */
  badCategory: "benchmarkSheet.badCategory",
  /** The name is missing or another category's; the row is not used (error). */
  nameOfOther: "benchmarkSheet.nameOfOther",
  /** The average is not a positive number; the row is not used (error). */
  badAverage: "benchmarkSheet.badAverage",
  /** The electricity factor is not a positive number; the row is not used (error). */
  badFactor: "benchmarkSheet.badFactor",
  /** No source; the row is not used (error). */
  noSource: "benchmarkSheet.noSource",
  /** The number of sites is not a whole number of at least 1; the row is not used (error). */
  badSitesCount: "benchmarkSheet.badSitesCount",
  /** The shares of sites by rank are not seven non-negative numbers; the row is not used (error). */
  badShares: "benchmarkSheet.badShares",
} as const;

export type BenchmarkSheetCode = (typeof BENCHMARK_SHEET_CODES)[keyof typeof BENCHMARK_SHEET_CODES];

/** The code of a problem with each field of an entry. */
export const BENCHMARK_FIELD_CODE: Record<EntryProblem["field"], BenchmarkSheetCode> = {
  category: BENCHMARK_SHEET_CODES.badCategory,
  name: BENCHMARK_SHEET_CODES.nameOfOther,
  average: BENCHMARK_SHEET_CODES.badAverage,
  electricityFactor: BENCHMARK_SHEET_CODES.badFactor,
  source: BENCHMARK_SHEET_CODES.noSource,
  sitesCount: BENCHMARK_SHEET_CODES.badSitesCount,
  bandShares: BENCHMARK_SHEET_CODES.badShares,
};

export const BENCHMARK_SHEET_MESSAGES = {
  [BENCHMARK_SHEET_CODES.noCategory]: words(
    (_a, at) => `${at}: 区分番号がありません。1〜30 の番号を入力してください（この行は使いません）。`,
    (_a, at) => `${at}: the category number is missing. Enter 1–30 (this row is not used).`,
  ),
  [BENCHMARK_SHEET_CODES.nameDiffers]: words<{ category: number; official: string; written: string }>(
    (a, at) =>
      `${at}: 区分 ${a.category} の名称は「${a.official}」ですが「${a.written}」と書かれています。番号を確認してください（番号のとおり区分 ${a.category} として使います）。`,
    (a, at) =>
      `${at}: category ${a.category} is "${a.official}" but the sheet says "${a.written}"; check the number (used as category ${a.category}).`,
  ),
  [BENCHMARK_SHEET_CODES.noFactor]: words<{ category: number; form7Factor: string }>(
    (a, at) =>
      `${at}: 区分 ${a.category} の平均を求めた電気の排出係数が書かれていません。第7号様式と同じ ${a.form7Factor} とみなします。出典の係数を記入してください。`,
    (a, at) =>
      `${at}: the electricity factor of category ${a.category}'s average is not given; taken as Form 7's ${a.form7Factor}. Enter the source's factor.`,
  ),
  [BENCHMARK_SHEET_CODES.duplicate]: words<{ category: number; first: string }>(
    (a, at) => `${at}: 区分 ${a.category} は ${a.first} にもあります。最初の行を使います。`,
    (a, at) => `${at}: category ${a.category} is also given at ${a.first}; the first row is used.`,
  ),
  [BENCHMARK_SHEET_CODES.factorDiffers]: words<{ category: number; factor: string; form7Factor: string }>(
    (a, at) =>
      `${at}: 区分 ${a.category} の平均は電気の排出係数 ${a.factor} で求められています。第7号様式は ${a.form7Factor} を使うため、この区分のランクは目安になります。`,
    (a, at) =>
      `${at}: category ${a.category}'s average uses the electricity factor ${a.factor}; Form 7 uses ${a.form7Factor}, so ranks in this category are only indicative.`,
  ),
  [BENCHMARK_SHEET_CODES.badCategory]: unusedRow(ENTRY_PROBLEM_WORDS.category),
  [BENCHMARK_SHEET_CODES.nameOfOther]: unusedRow(ENTRY_PROBLEM_WORDS.name),
  [BENCHMARK_SHEET_CODES.badAverage]: unusedRow(ENTRY_PROBLEM_WORDS.average),
  [BENCHMARK_SHEET_CODES.badFactor]: unusedRow(ENTRY_PROBLEM_WORDS.electricityFactor),
  [BENCHMARK_SHEET_CODES.noSource]: unusedRow(ENTRY_PROBLEM_WORDS.source),
  [BENCHMARK_SHEET_CODES.badSitesCount]: unusedRow(ENTRY_PROBLEM_WORDS.sitesCount),
  [BENCHMARK_SHEET_CODES.badShares]: unusedRow(ENTRY_PROBLEM_WORDS.bandShares),
} satisfies IssueCatalogue<BenchmarkSheetCode>;
