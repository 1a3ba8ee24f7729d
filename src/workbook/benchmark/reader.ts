/**
 * The benchmark sheet reader: a table of category averages in the workbook (filled or pasted by staff)
 * takes precedence over the built-in one for every Form 7 after it.
 */
import type { FormReader } from "../reader";
import { mergedBenchmark, readBenchmarkSheet, type BenchmarkSheet } from "./benchmarkSheet";

export const benchmarkReader: FormReader<BenchmarkSheet> = {
  name: "benchmark",
  // The header needs its 平均 column.
  wanted: (labels) => labels.mentions("平均"),
  read(grid) {
    const b = readBenchmarkSheet(grid);
    return b ? [b] : [];
  },
  analyze: (found) => ({
    benchmark: mergedBenchmark(found.flatMap((b) => b.entries)),
    issues: found.flatMap((b) => b.issues),
  }),
};
