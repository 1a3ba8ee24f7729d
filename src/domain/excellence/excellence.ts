/**
 * The excellence level (優秀水準, spec form7.md §5): the energy or the CO2 intensity fell by at least 2 % a
 * year against the base year (Tokyo C&T sites: their obligation rate + 1 %). Average annual reduction as
 * Tokyo computes it: r = 1 − (I_now ÷ I_base)^(1/n), in % truncated toward zero at 2 decimals. Base: FY2013;
 * when FY2013 is unknown, the average of the latest three years before now, dated at their middle year.
 */
import { dec, truncate, type Decimal } from "../decimal";

export interface YearFigures {
  fiscalYear: number;
  energyIntensity: Decimal | null; // MJ/m² (or GJ/m²: the ratio is what counts)
  co2Intensity: Decimal | null; // kg-CO2/m²
}

export interface Reduction {
  /** % a year, truncated toward zero at 2 decimals; null when it cannot be computed. */
  ratePct: Decimal | null;
  excellent: boolean;
}

export interface Excellence {
  base: { kind: "fy2013" | "latestThreeAverage"; fiscalYear: number } | null;
  years: number | null;
  thresholdPct: Decimal;
  energy: Reduction;
  co2: Reduction;
  excellent: boolean;
  /** Why nothing could be computed, where that is so. */
  missing: string | null;
}

/** r = 1 − (now ÷ base)^(1/n) in %, cut toward zero at 2 decimals. */
export function averageAnnualReductionPct(base: Decimal, now: Decimal, years: number): Decimal | null {
  if (years <= 0 || !base.gt(0) || now.isNegative()) return null;
  const r = dec(1).minus(now.div(base).pow(dec(1).div(years)));
  return truncate(r.mul(100), 2);
}

export function assessExcellence(
  history: readonly YearFigures[],
  nowYear: number,
  options: { capAndTrade?: boolean; obligationRatePct?: Decimal } = {},
): Excellence {
  const thresholdPct = options.capAndTrade ? (options.obligationRatePct ?? dec(0)).plus(1) : dec(2);
  const now = history.find((h) => h.fiscalYear === nowYear);
  const none = (missing: string): Excellence => ({
    base: null,
    years: null,
    thresholdPct,
    energy: { ratePct: null, excellent: false },
    co2: { ratePct: null, excellent: false },
    excellent: false,
    missing,
  });
  if (!now) return none(`no figures for FY${nowYear}`);
  const fy2013 = history.find((h) => h.fiscalYear === 2013);
  let base: YearFigures;
  let baseKind: "fy2013" | "latestThreeAverage";
  if (fy2013) {
    base = fy2013;
    baseKind = "fy2013";
  } else {
    const three = [1, 2, 3].map((k) => history.find((h) => h.fiscalYear === nowYear - k));
    if (three.some((h) => !h)) return none("neither FY2013 nor the three years before now");
    const avg = (pick: (h: YearFigures) => Decimal | null) => {
      const xs = three.map((h) => pick(h!));
      return xs.every((x) => x !== null) ? xs.reduce((a, b) => a!.plus(b!), dec(0))!.div(3) : null;
    };
    base = {
      fiscalYear: nowYear - 2,
      energyIntensity: avg((h) => h.energyIntensity),
      co2Intensity: avg((h) => h.co2Intensity),
    };
    baseKind = "latestThreeAverage";
  }
  const years = nowYear - base.fiscalYear;
  const rate = (b: Decimal | null, n: Decimal | null): Reduction => {
    const ratePct = b && n ? averageAnnualReductionPct(b, n, years) : null;
    return { ratePct, excellent: ratePct !== null && ratePct.gte(thresholdPct) };
  };
  const energy = rate(base.energyIntensity, now.energyIntensity);
  const co2 = rate(base.co2Intensity, now.co2Intensity);
  return {
    base: { kind: baseKind, fiscalYear: base.fiscalYear },
    years,
    thresholdPct,
    energy,
    co2,
    excellent: energy.excellent || co2.excellent,
    missing: null,
  };
}
