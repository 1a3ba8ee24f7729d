/**
 * A ward benchmark derived from the reports themselves (spec benchmark.md): the average CO2 intensity per
 * category, leaving out sites with a non-annual period, estimated figures, errors, or outlying intensities,
 * and saying how many sites each average rests on.
 */
import { dec, roundHalfUp, sum, type Decimal } from "../decimal";
import { categoryByNumber } from "./categories";
import type { BenchmarkEntry } from "./table";

export interface ReportPoint {
  category: number | null;
  intensity: Decimal | null;
  /** The energy-use period as written (e.g. 「2024年4月～2025年3月」). */
  period: string | null;
  hasErrors: boolean;
  /** The report says its figures are estimated (推計 / 推定 / 見込). */
  estimated: boolean;
}

export type Exclusion = "noCategory" | "noIntensity" | "notAnnual" | "estimated" | "errors" | "outlier";

export interface WardAverage {
  category: number;
  average: Decimal;
  sites: number;
  excluded: number;
}

/** Months covered by a period such as 「2024年4月～2025年3月」 or 「2024/4-2025/3」; null when unreadable. */
export function periodMonths(period: string | null): number | null {
  if (!period) return null;
  const ym = [...period.normalize("NFKC").matchAll(/(\d{4})\s*[年/.-]\s*(\d{1,2})/g)].map(
    (m) => Number(m[1]) * 12 + Number(m[2]),
  );
  if (ym.length < 2) return null;
  return ym[1] - ym[0] + 1;
}

export function exclusionOf(p: ReportPoint): Exclusion | null {
  if (p.category === null) return "noCategory";
  if (p.intensity === null) return "noIntensity";
  if (p.hasErrors) return "errors";
  if (p.estimated) return "estimated";
  const months = periodMonths(p.period);
  if (months !== null && months !== 12) return "notAnnual";
  return null;
}

function median(xs: Decimal[]): Decimal {
  const s = [...xs].sort((a, b) => a.cmp(b));
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : s[m - 1].plus(s[m]).div(2);
}

/** Per category: the mean of the kept intensities (outliers beyond 3× or below ⅓ of the median left out). */
export function wardBenchmark(points: readonly ReportPoint[]): WardAverage[] {
  const byCategory = new Map<number, { kept: Decimal[]; excluded: number }>();
  for (const p of points) {
    if (p.category === null) continue;
    const slot = byCategory.get(p.category) ?? { kept: [], excluded: 0 };
    byCategory.set(p.category, slot);
    if (exclusionOf(p) !== null) slot.excluded++;
    else slot.kept.push(p.intensity!);
  }
  const out: WardAverage[] = [];
  for (const [category, { kept, excluded }] of [...byCategory].sort((a, b) => a[0] - b[0])) {
    if (kept.length === 0) continue;
    let use = kept;
    if (kept.length >= 3) {
      const med = median(kept);
      use = kept.filter((x) => x.lte(med.mul(3)) && x.gte(med.div(3)));
    }
    out.push({
      category,
      average: roundHalfUp(sum(use).div(use.length), 1),
      sites: use.length,
      excluded: excluded + (kept.length - use.length),
    });
  }
  return out;
}

export const WARD_FACTOR = dec("0.489");

/** The ward's source line for a derived average (what was left out). */
export const WARD_SOURCE =
  "区への報告から算出（期間が1年でないもの・推計・エラーのあるもの・外れ値を除く）/ derived from the reports (non-annual, estimated, erroneous and outlying ones left out)";

/**
 * The ward averages as benchmark entries (with how many sites each rests on and how many were left out),
 * e.g. for `benchmarkSheetLayout`, so the ward benchmark can be pasted as a benchmark sheet.
 */
export function wardBenchmarkEntries(
  averages: readonly WardAverage[],
  source: string = WARD_SOURCE,
): (BenchmarkEntry & { excluded: number })[] {
  return averages.map((w) => ({
    category: w.category,
    name: categoryByNumber(w.category)?.ja ?? "",
    average: w.average,
    electricityFactor: WARD_FACTOR,
    source,
    sitesCount: w.sites,
    excluded: w.excluded,
  }));
}
