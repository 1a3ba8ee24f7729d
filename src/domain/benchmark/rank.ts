/**
 * Benchmark standing: the rank (A4 … C) is the site's CO2 intensity as a share of its category's average;
 * with the band's bounds and what the site must cut to reach the next better rank (spec benchmark.md).
 */
import { dec, roundHalfUp, type Decimal } from "../decimal";
import type { BenchmarkEntry } from "./table";

export const RANKS = ["A4", "A3", "A2", "A1", "B2", "B1", "C"] as const;
export type Rank = (typeof RANKS)[number];

/** Upper bound of each band as a share of the average (C has none). */
export const BAND_UPPER: Readonly<Record<Rank, Decimal | null>> = {
  A4: dec("0.25"),
  A3: dec("0.50"),
  A2: dec("0.75"),
  A1: dec("1.00"),
  B2: dec("1.25"),
  B1: dec("1.50"),
  C: null,
};

export interface Standing {
  category: number;
  average: Decimal;
  rank: Rank;
  /** intensity ÷ average, full precision. */
  ratio: Decimal;
  /** The band's bounds in kg-CO2/m² (lower exclusive; null = open). */
  band: { from: Decimal | null; to: Decimal | null };
  nextRank: Rank | null;
  /** kg-CO2/m² and t-CO2 a year to cut to reach the next better rank (null at A4). */
  cutToNextKgPerM2: Decimal | null;
  cutToNextT: Decimal | null;
  bandSharePct: Decimal | null;
  source: string;
}

export function rankOf(ratio: Decimal): Rank {
  for (const r of RANKS) {
    const up = BAND_UPPER[r];
    if (up === null || ratio.lte(up)) return r;
  }
  return "C";
}

export function standing(
  intensityKgPerM2: Decimal,
  floorAreaM2: Decimal | null,
  entry: BenchmarkEntry,
): Standing {
  const ratio = intensityKgPerM2.div(entry.average);
  const rank = rankOf(ratio);
  const i = RANKS.indexOf(rank);
  const lower = i === 0 ? null : BAND_UPPER[RANKS[i - 1]]!.mul(entry.average);
  const upper = BAND_UPPER[rank] === null ? null : BAND_UPPER[rank]!.mul(entry.average);
  const nextRank = i === 0 ? null : RANKS[i - 1];
  const cutKg = lower === null ? null : intensityKgPerM2.minus(lower);
  return {
    category: entry.category,
    average: entry.average,
    rank,
    ratio,
    band: { from: lower, to: upper },
    nextRank,
    cutToNextKgPerM2: cutKg,
    cutToNextT: cutKg !== null && floorAreaM2 !== null ? cutKg.mul(floorAreaM2).div(1000) : null,
    bandSharePct: entry.bandShares ? entry.bandShares[i] : null,
    source: entry.source,
  };
}

/** The ratio as JSON shows it ("0.648"). */
export function ratioText(s: Standing): string {
  return roundHalfUp(s.ratio, 3).toFixed(3);
}
