/**
 * Benchmark averages as data with provenance: only sourced values are built in (spec benchmark.md). A
 * workbook's own benchmark sheet, filled by staff from the official table, is meant to take precedence.
 */
import { dec, type Decimal } from "../decimal";

export interface BenchmarkEntry {
  category: number;
  /** Category average, kg-CO2/m² a year. */
  average: Decimal;
  /** Electricity factor the average was computed with (t-CO2/千kWh); data must use the same. */
  electricityFactor: Decimal;
  source: string;
  /** Share of sites per band A4…C (%), where published. */
  bandShares?: Decimal[];
}

const C40 =
  "東京都 改訂ベンチマーク（C40 事例研究に掲載の値）/ Tokyo's updated benchmark as reported in a C40 case study";

export const BUILT_IN_BENCHMARK: readonly BenchmarkEntry[] = [
  { category: 2, average: dec("65.4"), electricityFactor: dec("0.489"), source: C40 },
  { category: 5, average: dec("585.4"), electricityFactor: dec("0.489"), source: C40 },
];

/** Tokyo's 2012 trial table for mid-size tenant buildings: a documented reference, not a current average. */
export const TOKYO_2012_TENANT_REFERENCE: BenchmarkEntry = {
  category: 3,
  average: dec("78.1"),
  electricityFactor: dec("0.382"),
  source: "東京都 2012年度 試行版ベンチマーク（中規模テナントビル 3,000–10,000 m²）",
  bandShares: ["0.7", "6.1", "26.2", "33.7", "16.1", "7.3", "9.9"].map(dec),
};

export function benchmarkFor(
  category: number,
  table: readonly BenchmarkEntry[] = BUILT_IN_BENCHMARK,
): BenchmarkEntry | null {
  return table.find((e) => e.category === category) ?? null;
}
