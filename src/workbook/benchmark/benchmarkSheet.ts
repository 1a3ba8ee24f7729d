/**
 * A benchmark table staff fill or paste into the workbook (区分番号 / ベンチマーク区分 / 平均 kg-CO2/m² /
 * 電気の排出係数 / 出典). Validated row by row; valid rows take precedence over the built-in averages.
 */
import { BENCHMARK_CATEGORIES } from "../../domain/benchmark/categories";
import { BUILT_IN_BENCHMARK, type BenchmarkEntry } from "../../domain/benchmark/table";
import { dec } from "../../domain/decimal";
import { issue, type Issue } from "../../domain/issue";
import type { Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import { normLabel, readText } from "../text";

export interface BenchmarkSheet {
  entries: BenchmarkEntry[];
  issues: Issue[];
}

const FORM_FACTOR = dec("0.489");

export function readBenchmarkSheet(grid: Grid): BenchmarkSheet | null {
  for (let r = grid.top; r <= grid.bottom; r++) {
    const cols: Record<string, number> = {};
    for (let c = grid.left; c <= grid.right; c++) {
      const f = normLabel(grid.value(r, c));
      if (!f) continue;
      if (f.includes("区分番号")) cols.number ??= c;
      else if (f.includes("平均")) cols.average ??= c;
      else if (f.includes("排出係数")) cols.factor ??= c;
      else if (f.includes("出典")) cols.source ??= c;
      else if (f.includes("ベンチマーク区分") || f.includes("区分名")) cols.name ??= c;
    }
    if (cols.number === undefined || cols.average === undefined) continue;
    const entries: BenchmarkEntry[] = [];
    const issues: Issue[] = [];
    for (let rr = r + 1; rr <= grid.bottom; rr++) {
      const n = readSourcedNumber(
        grid,
        rr,
        cols.number,
        { ja: "区分番号", en: "category number" },
        issues,
      ).value;
      if (!n) {
        if (grid.isEmpty(rr, cols.number) && grid.isEmpty(rr, cols.average)) break;
        continue;
      }
      const at = n.cell;
      const category = n.value.toNumber();
      const known = BENCHMARK_CATEGORIES[category];
      if (!Number.isInteger(category) || !known) {
        issues.push(
          issue(
            "error",
            "benchmarkSheet.badCategory",
            at,
            `${at.address}: 区分番号 ${n.value.toFixed()} は 1〜30 の整数である必要があります。`,
            `${at.address}: category ${n.value.toFixed()} must be a whole number 1–30.`,
          ),
        );
        continue;
      }
      if (cols.name !== undefined) {
        const name = readText(grid.value(rr, cols.name));
        if (name && normLabel(name) !== normLabel(known.ja))
          issues.push(
            issue(
              "warning",
              "benchmarkSheet.nameDiffers",
              { sheet: grid.sheet, address: grid.address(rr, cols.name) },
              `${grid.address(rr, cols.name)}: 区分 ${category} の名称は「${known.ja}」ですが「${name}」と書かれています。番号を確認してください。`,
              `${grid.address(rr, cols.name)}: category ${category} is "${known.ja}" but the sheet says "${name}"; check the number.`,
            ),
          );
      }
      const avg = readSourcedNumber(grid, rr, cols.average, { ja: "平均", en: "average" }, issues).value;
      if (!avg || !avg.value.gt(0)) {
        issues.push(
          issue(
            "error",
            "benchmarkSheet.badAverage",
            { sheet: grid.sheet, address: grid.address(rr, cols.average) },
            `${grid.address(rr, cols.average)}: 区分 ${category} の平均は正の数である必要があります。`,
            `${grid.address(rr, cols.average)}: the average of category ${category} must be a positive number.`,
          ),
        );
        continue;
      }
      const factor =
        cols.factor === undefined
          ? null
          : readSourcedNumber(grid, rr, cols.factor, { ja: "排出係数", en: "factor" }, issues).value;
      if (factor && !factor.value.eq(FORM_FACTOR))
        issues.push(
          issue(
            "warning",
            "benchmarkSheet.factorDiffers",
            factor.cell,
            `${factor.cell.address}: 区分 ${category} の平均は電気の排出係数 ${factor.value.toFixed()} で求められています。第7号様式は 0.489 を使うため、比較は目安になります。`,
            `${factor.cell.address}: category ${category}'s average uses the electricity factor ${factor.value.toFixed()}; Form 7 uses 0.489, so the comparison is only indicative.`,
          ),
        );
      const source = cols.source === undefined ? "" : readText(grid.value(rr, cols.source));
      entries.push({
        category,
        average: avg.value,
        electricityFactor: factor?.value ?? FORM_FACTOR,
        source: source || `${grid.sheet}!${avg.cell.address}`,
      });
    }
    return { entries, issues };
  }
  return null;
}

/** The workbook's benchmark rows first, then the built-in ones for the categories it does not give. */
export function mergedBenchmark(sheetEntries: readonly BenchmarkEntry[]): BenchmarkEntry[] {
  const given = new Set(sheetEntries.map((e) => e.category));
  return [...sheetEntries, ...BUILT_IN_BENCHMARK.filter((e) => !given.has(e.category))];
}
