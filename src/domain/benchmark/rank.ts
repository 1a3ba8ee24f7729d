/**
 * Benchmark standing (spec benchmark.md): the rank A4 … C is the site's CO2 intensity as a share of its
 * category's average, each band's upper bound inclusive (A4 ≤ 25 %, A3 > 25 % and ≤ 50 %, …, B1 ≤ 150 %,
 * C > 150 %). With the band's bounds in kg-CO2/m², what the site must cut (kg-CO2/m² and t-CO2 a year at its
 * floor area) to reach the next better rank, and the share of sites in the band where the source gives it.
 *
 * No average → no rank, and an issue that says so and asks for one. Never an invented rank.
 */
import { Decimal, dec, roundHalfUp } from "../decimal";
import { issueOf, type CellRef, type Issue } from "../issue";
import { BENCHMARK_CODES, BENCHMARK_MESSAGES as M } from "./messages";
import { BENCHMARK_CATEGORIES } from "./categories";
import { FORM7_ELECTRICITY_FACTOR, type BenchmarkEntry } from "./table";

export const RANKS = ["A4", "A3", "A2", "A1", "B2", "B1", "C"] as const;
export type Rank = (typeof RANKS)[number];

/** Upper bound of each band as a share of the average, inclusive (C has none). */
export const BAND_UPPER: Readonly<Record<Rank, Decimal | null>> = {
  A4: dec("0.25"),
  A3: dec("0.50"),
  A2: dec("0.75"),
  A1: dec("1.00"),
  B2: dec("1.25"),
  B1: dec("1.50"),
  C: null,
};

/** One band on the axis: share of the average and kg-CO2/m², lower bound exclusive (A4 starts at 0). */
export interface Band {
  rank: Rank;
  /** "A4 ≤ 25 %", "C > 150 %": the band as the spec writes it. */
  label: string;
  fromRatio: Decimal;
  /** null: open (C). */
  toRatio: Decimal | null;
  /** kg-CO2/m² at the category's average (full precision). */
  from: Decimal;
  to: Decimal | null;
  /** Share of sites in the band (%), where the source gives it. */
  sharePct: Decimal | null;
}

export interface Standing {
  category: number;
  /** The category's name (table 3-1). */
  name: string;
  /** The site's CO2 intensity the rank was computed from (kg-CO2/m²). */
  intensity: Decimal;
  average: Decimal;
  electricityFactor: Decimal;
  /** False when the average uses another electricity factor than Form 7 (a warning is issued). */
  sameFactor: boolean;
  source: string;
  sitesCount: number | null;
  rank: Rank;
  /** intensity ÷ average, full precision (ratioText shows it at 3 decimals). */
  ratio: Decimal;
  /** The band's bounds in kg-CO2/m² (lower exclusive, null = 0 for A4; upper inclusive, null = open for C). */
  band: { from: Decimal | null; to: Decimal | null };
  nextRank: Rank | null;
  /** The upper bound of the next better rank (kg-CO2/m²), i.e. the intensity to reach; null at A4. */
  nextRankBound: Decimal | null;
  /** kg-CO2/m² a year to cut to reach the next better rank (null at A4). */
  cutToNextKgPerM2: Decimal | null;
  /** The same in t-CO2 a year at the floor area: kg/m² × m² ÷ 1000 (null at A4 or without a floor area). */
  cutToNextT: Decimal | null;
  /** Share of sites in the band (%), where known. */
  bandSharePct: Decimal | null;
}

export interface StandingResult {
  standing: Standing | null;
  issues: Issue[];
}

export interface StandingOptions {
  /** The category, needed to word the issue when `entry` is null. */
  category?: number | null;
  /** Cell the issues point at (the intensity, the category, or the form's anchor). */
  at?: CellRef | null;
  /** The electricity factor the site's figures use (Form 7: 0.489). */
  dataFactor?: Decimal;
}

/** The rank of a share of the average (boundaries go to the better band). */
export function rankOf(ratio: Decimal): Rank {
  for (const r of RANKS) {
    const up = BAND_UPPER[r];
    if (up === null || ratio.lte(up)) return r;
  }
  return "C";
}

function pct(d: Decimal): string {
  return d.mul(100).toFixed();
}

/** The seven bands of an average (or of an entry, with its shares of sites), for the axis picture. */
export function bandsOf(entry: Pick<BenchmarkEntry, "average" | "bandShares">): Band[] {
  return RANKS.map((rank, i) => {
    const fromRatio = i === 0 ? dec(0) : BAND_UPPER[RANKS[i - 1]]!;
    const toRatio = BAND_UPPER[rank];
    const label = toRatio === null ? `${rank} > ${pct(fromRatio)} %` : `${rank} ≤ ${pct(toRatio)} %`;
    return {
      rank,
      label,
      fromRatio,
      toRatio,
      from: fromRatio.mul(entry.average),
      to: toRatio === null ? null : toRatio.mul(entry.average),
      sharePct: entry.bandShares?.[i] ?? null,
    };
  });
}

/**
 * A bound as Tokyo's printed tables show it: rounded UP at 1 decimal. Tokyo's 2012 table prints 19.6 and
 * 97.7 for 78.1 × 25 % = 19.525 and × 125 % = 97.625, which half-up rounding (19.5, 97.6) does not give.
 */
export function printedBound(d: Decimal, places = 1): Decimal {
  return d.toDecimalPlaces(places, Decimal.ROUND_CEIL);
}

/**
 * The standing of a site: `intensity` kg-CO2/m² a year, `floorAreaM2` for the t-CO2 to cut, `entry` the
 * category's average (null when there is none: then no standing, and an issue asking for the average).
 */
export function standing(
  intensity: Decimal | null,
  floorAreaM2: Decimal | null,
  entry: BenchmarkEntry | null,
  options: StandingOptions = {},
): StandingResult {
  const at = options.at ?? null;
  const category = entry?.category ?? options.category ?? null;
  const name = category === null ? "" : (BENCHMARK_CATEGORIES[category]?.ja ?? "");
  const en = category === null ? "" : (BENCHMARK_CATEGORIES[category]?.en ?? "");
  if (!entry)
    return {
      standing: null,
      issues: [
        issueOf(
          M,
          "info",
          BENCHMARK_CODES.noAverage,
          at,
          { category: String(category ?? "?"), name, nameEn: en },
          { category: String(category ?? "") },
        ),
      ],
    };
  if (intensity === null)
    return {
      standing: null,
      issues: [issueOf(M, "info", BENCHMARK_CODES.noIntensity, at, {})],
    };
  if (intensity.isNegative() || !intensity.isFinite())
    return {
      standing: null,
      issues: [
        issueOf(
          M,
          "error",
          BENCHMARK_CODES.badIntensity,
          at,
          { intensity: intensity.toFixed() },
          { intensity: intensity.toFixed() },
        ),
      ],
    };
  const issues: Issue[] = [];
  const dataFactor = options.dataFactor ?? FORM7_ELECTRICITY_FACTOR;
  const sameFactor = entry.electricityFactor.eq(dataFactor);
  if (!sameFactor)
    issues.push(
      issueOf(
        M,
        "warning",
        BENCHMARK_CODES.factorDiffers,
        at,
        {
          category: entry.category,
          average: entry.average.toFixed(),
          benchmarkFactor: entry.electricityFactor.toFixed(),
          dataFactor: dataFactor.toFixed(),
        },
        { benchmarkFactor: entry.electricityFactor.toFixed(), dataFactor: dataFactor.toFixed() },
      ),
    );
  const ratio = intensity.div(entry.average);
  const rank = rankOf(ratio);
  const i = RANKS.indexOf(rank);
  const lower = i === 0 ? null : BAND_UPPER[RANKS[i - 1]]!.mul(entry.average);
  const upperRatio = BAND_UPPER[rank];
  const upper = upperRatio === null ? null : upperRatio.mul(entry.average);
  const nextRank = i === 0 ? null : RANKS[i - 1];
  const cutKg = lower === null ? null : intensity.minus(lower);
  const area = floorAreaM2 !== null && floorAreaM2.gt(0) ? floorAreaM2 : null;
  return {
    standing: {
      category: entry.category,
      name: entry.name,
      intensity,
      average: entry.average,
      electricityFactor: entry.electricityFactor,
      sameFactor,
      source: entry.source,
      sitesCount: entry.sitesCount ?? null,
      rank,
      ratio,
      band: { from: lower, to: upper },
      nextRank,
      nextRankBound: lower,
      cutToNextKgPerM2: cutKg,
      cutToNextT: cutKg !== null && area !== null ? cutKg.mul(area).div(1000) : null,
      bandSharePct: entry.bandShares?.[i] ?? null,
    },
    issues,
  };
}

/** The ratio as JSON shows it: half-up at 3 decimals ("0.648"). */
export function ratioText(s: Pick<Standing, "ratio">): string {
  return roundHalfUp(s.ratio, 3).toFixed(3);
}
