/** Issues of ranking a site against its benchmark category (assess.ts, rank.ts): codes and words. */
import { words, type IssueCatalogue } from "../catalogue";

export const BENCHMARK_CODES = {
  /** No benchmark category (1–30) is given, so no rank (info). */
  noCategory: "benchmark.noCategory",
  /** The benchmark category is not one of 1–30 (error). */
  badCategory: "benchmark.badCategory",
  /** No average at hand for the category, so no rank (info). */
  noAverage: "benchmark.noAverage",
  /** No CO2 intensity (no floor area?), so no rank (info). */
  noIntensity: "benchmark.noIntensity",
  /** A negative CO2 intensity, so no rank (error). */
  badIntensity: "benchmark.badIntensity",
  /** The category's average uses another electricity factor than the report: the rank is indicative (warning). */
  factorDiffers: "benchmark.factorDiffers",
} as const;

export type BenchmarkCode = (typeof BENCHMARK_CODES)[keyof typeof BENCHMARK_CODES];

export const BENCHMARK_MESSAGES = {
  [BENCHMARK_CODES.noCategory]: words(
    "ベンチマーク区分（1〜30）が指定されていないため、ランクは出していません。主たる用途の隣に「ベンチマーク区分」を記入するか、作業ウィンドウで選んでください。",
    "No benchmark category (1–30) is given, so no rank is shown. Enter ベンチマーク区分 next to 主たる用途, or choose it in the task pane.",
  ),
  [BENCHMARK_CODES.badCategory]: words<{ category: number }>(
    (a) => `ベンチマーク区分 ${a.category} は 1〜30 のいずれかである必要があります。`,
    (a) => `Benchmark category ${a.category} must be one of 1–30.`,
  ),
  [BENCHMARK_CODES.noAverage]: words<{ category: string; name: string; nameEn: string }>(
    (a) =>
      `区分 ${a.category}「${a.name}」の平均値（kg-CO2/m²）が手元にないため、ランクは出していません。東京都の公表値をベンチマーク表（区分番号・ベンチマーク区分・平均・電気の排出係数・出典）としてブックに入力してください。`,
    (a) =>
      `There is no average (kg-CO2/m²) for category ${a.category} (${a.nameEn}), so no rank is shown. Enter Tokyo's published figure in a benchmark sheet (区分番号, ベンチマーク区分, 平均, 電気の排出係数, 出典).`,
  ),
  [BENCHMARK_CODES.noIntensity]: words(
    "CO2 原単位（kg-CO2/m²）が求められないため（延床面積がない等）、ランクは出していません。",
    "There is no CO2 intensity (kg-CO2/m²; no floor area?), so no rank is shown.",
  ),
  [BENCHMARK_CODES.badIntensity]: words<{ intensity: string }>(
    (a) => `CO2 原単位 ${a.intensity} kg-CO2/m² は負の値のため、ランクは出していません。`,
    (a) => `The CO2 intensity ${a.intensity} kg-CO2/m² is negative, so no rank is shown.`,
  ),
  [BENCHMARK_CODES.factorDiffers]: words<{
    category: number;
    average: string;
    benchmarkFactor: string;
    dataFactor: string;
  }>(
    (a) =>
      `区分 ${a.category} の平均 ${a.average} kg-CO2/m² は電気の排出係数 ${a.benchmarkFactor} で求められていますが、この報告は ${a.dataFactor} を使っています。ランクは目安です（同じ係数の平均で比べてください）。`,
    (a) =>
      `Category ${a.category}'s average ${a.average} kg-CO2/m² uses the electricity factor ${a.benchmarkFactor}, but this report uses ${a.dataFactor}. The rank is only indicative (compare with an average at the same factor).`,
  ),
} satisfies IssueCatalogue<BenchmarkCode>;
