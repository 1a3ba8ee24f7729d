/**
 * The excellence level (優秀水準, spec form7.md §5; guide 1.7): a site is excellent when its energy intensity
 * OR its CO2 intensity fell by at least 2 % a year against the base year (Tokyo C&T sites: the C&T
 * reduction-obligation rate + 1 % a year; the obligation rate is an input, never assumed).
 *
 * Average annual reduction as Tokyo computes it: r = 1 − (I_now ÷ I_base)^(1/n), n = years between the two,
 * shown in % truncated toward zero at 2 decimals (2.0852… → 2.08; −4.8808… → −4.88). decimal.js computes
 * the fractional power at the app's 60 significant digits; the % is first rounded at 30 decimals (so a
 * power that is exact in theory, 0.98 = (0.98⁵)^(1/5), cannot come out as 1.99999… and be cut to 1.99),
 * then truncated.
 *
 * Base year: FY2013 (the ward's environmental plan's base year). When FY2013 is unknown, the guide allows
 * "the average of the latest three years" (直近3か年の平均値): here the three fiscal years BEFORE the
 * current one (N−3, N−2, N−1), each intensity averaged over them, dated at their middle year N−2, so n = 2.
 * All three years are needed; the current year is never part of its own base.
 */
import { dec, roundHalfUp, truncate, type Decimal } from "../decimal";
import { issueOf, type CellRef, type Issue } from "../issue";
import { EXCELLENCE_CODES, EXCELLENCE_MESSAGES as M, type NoBase, type Period } from "./messages";

/** One fiscal year's intensities of a site. */
export interface YearFigures {
  fiscalYear: number;
  /** Energy intensity, MJ/m² (any unit works if every year uses the same one: only the ratio counts). */
  energyIntensity: Decimal | null;
  /** CO2 intensity, kg-CO2/m². */
  co2Intensity: Decimal | null;
  /** Where the year's figures were read (a history row, a Form 7 sheet), for issues. */
  source?: CellRef | null;
}

export interface Reduction {
  /** % a year, truncated toward zero at 2 decimals; null when it cannot be computed (an issue says why). */
  ratePct: Decimal | null;
  /** The base and current intensities the rate was computed from. */
  base: Decimal | null;
  now: Decimal | null;
  /** null: not judged (no rate, or the C&T threshold is unknown). */
  excellent: boolean | null;
}

export type BaseKind = "fy2013" | "latestThreeAverage";

export interface Excellence {
  /** The base: FY2013, or the average of `averagedYears` dated at their middle year. */
  base: { kind: BaseKind; fiscalYear: number; averagedYears: number[] } | null;
  /** n, the years between the base and now. */
  years: number | null;
  /** The threshold applied, % a year (2, or the C&T obligation rate + 1; +1 alone when that rate is unknown). */
  thresholdPct: Decimal;
  /** False for a C&T site whose obligation rate was not given: then nothing is judged. */
  thresholdKnown: boolean;
  energy: Reduction;
  co2: Reduction;
  /** Either intensity meets the threshold; null when neither rate could be judged. */
  excellent: boolean | null;
  /** Why nothing could be computed, in English (null when a base was found). */
  missing: string | null;
  issues: Issue[];
}

export interface ExcellenceOptions {
  /** The site is a Tokyo cap-and-trade (C&T) site. */
  capAndTrade?: boolean;
  /** Its C&T reduction-obligation rate, % (the threshold is this + 1 % a year). */
  obligationRatePct?: Decimal | null;
}

export const BASE_FISCAL_YEAR = 2013;
export const DEFAULT_THRESHOLD_PCT = dec(2);

/**
 * r = 1 − (now ÷ base)^(1/n) in %, truncated toward zero at 2 decimals. null when n ≤ 0 or not whole, the
 * base is not positive, or now is negative (callers say why with an issue).
 */
export function averageAnnualReductionPct(base: Decimal, now: Decimal, years: number): Decimal | null {
  if (!Number.isInteger(years) || years <= 0 || !base.gt(0) || now.isNegative()) return null;
  const r = dec(1).minus(now.div(base).pow(dec(1).div(years)));
  return truncate(roundHalfUp(r.mul(100), 30), 2);
}

/** The threshold of the excellence level (% a year) and whether it is known. */
export function excellenceThreshold(options: ExcellenceOptions = {}): { pct: Decimal; known: boolean } {
  if (!options.capAndTrade) return { pct: DEFAULT_THRESHOLD_PCT, known: true };
  const rate = options.obligationRatePct ?? null;
  return rate === null ? { pct: dec(1), known: false } : { pct: rate.plus(1), known: true };
}

type Pick = (h: YearFigures) => Decimal | null;
const ENERGY: Pick = (h) => h.energyIntensity;
const CO2: Pick = (h) => h.co2Intensity;

export function assessExcellence(
  history: readonly YearFigures[],
  nowYear: number,
  options: ExcellenceOptions = {},
): Excellence {
  const threshold = excellenceThreshold(options);
  const issues: Issue[] = [];
  // One figure set per year: the first given wins, the others are pointed at.
  const byYear = new Map<number, YearFigures>();
  for (const h of history) {
    const first = byYear.get(h.fiscalYear);
    if (!first) byYear.set(h.fiscalYear, h);
    else
      issues.push(
        issueOf(
          M,
          "warning",
          EXCELLENCE_CODES.duplicateYear,
          h.source ?? null,
          { fiscalYear: h.fiscalYear, first: first.source ?? null },
          { fiscalYear: String(h.fiscalYear) },
        ),
      );
  }
  const now = byYear.get(nowYear);
  const at = now?.source ?? null;
  const none = (missing: string, why: NoBase): Excellence => ({
    base: null,
    years: null,
    thresholdPct: threshold.pct,
    thresholdKnown: threshold.known,
    energy: { ratePct: null, base: null, now: null, excellent: null },
    co2: { ratePct: null, base: null, now: null, excellent: null },
    excellent: null,
    missing,
    issues: [
      ...issues,
      issueOf(M, "info", EXCELLENCE_CODES.noBase, at, why, { fiscalYear: String(nowYear) }),
    ],
  });
  if (!now) return none(`no figures for FY${nowYear}`, { why: "noNow", nowYear });
  if (nowYear <= BASE_FISCAL_YEAR)
    return none(`FY${nowYear} is not after the base year FY${BASE_FISCAL_YEAR}`, {
      why: "notAfterBase",
      nowYear,
      baseYear: BASE_FISCAL_YEAR,
    });

  let kind: BaseKind;
  let baseYear: number;
  let averagedYears: number[] = [];
  let baseOf: (pick: Pick) => Decimal | null;
  const fy2013 = byYear.get(BASE_FISCAL_YEAR);
  if (fy2013) {
    kind = "fy2013";
    baseYear = BASE_FISCAL_YEAR;
    baseOf = (pick) => pick(fy2013);
  } else {
    averagedYears = [nowYear - 3, nowYear - 2, nowYear - 1];
    const three = averagedYears.map((y) => byYear.get(y));
    const lacking = averagedYears.filter((_, i) => !three[i]);
    if (lacking.length > 0)
      return none(
        `neither FY${BASE_FISCAL_YEAR} nor the three years before now (FY${lacking.join(", FY")} missing)`,
        { why: "lacking", baseYear: BASE_FISCAL_YEAR, averagedYears, lacking },
      );
    kind = "latestThreeAverage";
    baseYear = nowYear - 2;
    baseOf = (pick) => {
      const xs = three.map((h) => pick(h!));
      return xs.every((x) => x !== null) ? xs.reduce((a, b) => a!.plus(b!), dec(0))!.div(3) : null;
    };
  }
  const years = nowYear - baseYear;
  const base: Period = { base: true, fy2013: kind === "fy2013", baseYear, averagedYears };
  const current: Period = { base: false, nowYear };

  const reduction = (pick: Pick, measure: "energy" | "co2"): Reduction => {
    const b = baseOf(pick);
    const n = pick(now);
    const empty: Reduction = { ratePct: null, base: b, now: n, excellent: null };
    if (b === null || n === null) {
      issues.push(
        issueOf(M, "info", EXCELLENCE_CODES.noIntensity, at, {
          measure,
          period: b === null ? base : current,
        }),
      );
      return empty;
    }
    if (!b.gt(0) || n.isNegative()) {
      const bad = !b.gt(0) ? b : n;
      issues.push(
        issueOf(
          M,
          "error",
          EXCELLENCE_CODES.badIntensity,
          at,
          { measure, period: !b.gt(0) ? base : current, value: bad.toFixed() },
          { value: bad.toFixed() },
        ),
      );
      return empty;
    }
    const ratePct = averageAnnualReductionPct(b, n, years);
    return {
      ratePct,
      base: b,
      now: n,
      excellent: ratePct === null || !threshold.known ? null : ratePct.gte(threshold.pct),
    };
  };
  const energy = reduction(ENERGY, "energy");
  const co2 = reduction(CO2, "co2");
  if (!threshold.known) issues.push(issueOf(M, "info", EXCELLENCE_CODES.noObligationRate, at, {}));
  const judged = [energy.excellent, co2.excellent].filter((x): x is boolean => x !== null);
  return {
    base: { kind, fiscalYear: baseYear, averagedYears },
    years,
    thresholdPct: threshold.pct,
    thresholdKnown: threshold.known,
    energy,
    co2,
    excellent: judged.length === 0 ? null : judged.some((x) => x),
    missing: null,
    issues,
  };
}
