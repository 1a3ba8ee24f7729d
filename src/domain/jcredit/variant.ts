/**
 * What-if for the cohort forecast: a variant B of a parameter set A (a few knobs changed), and A and B side
 * by side per fiscal year, with the difference. Pure; every figure stays a Decimal.
 */
import type { Decimal } from "../decimal";
import { forecastCohorts, validateCohortParams, type CohortForecast, type CohortParamsInput } from "./cohort";

/** The knobs a variant may change; a missing knob keeps A's value. */
export interface ForecastVariant {
  creditingYears?: number;
  firstYearFraction?: string;
  /** null = no cap */
  capYear?: number | null;
  /** One price for every year of the class (yen/t); null = unpriced. */
  priceRenewable?: string | null;
  priceEnergySaving?: string | null;
  /** The ward's share s under the success-fee model. */
  wardShare?: string;
}

/** A's parameters with the variant's knobs applied. */
export function applyVariant(a: CohortParamsInput, v: ForecastVariant): CohortParamsInput {
  const b: CohortParamsInput = { ...a, prices: { ...(a.prices ?? {}) } };
  if (v.creditingYears !== undefined) b.creditingYears = v.creditingYears;
  if (v.firstYearFraction !== undefined) b.firstYearFraction = v.firstYearFraction;
  if (v.capYear !== undefined) b.capYear = v.capYear;
  if (v.priceRenewable !== undefined) b.prices = { ...b.prices, renewable: v.priceRenewable };
  if (v.priceEnergySaving !== undefined) b.prices = { ...b.prices, energySaving: v.priceEnergySaving };
  if (v.wardShare !== undefined) b.wardShare = { model: "successFee", share: v.wardShare };
  return b;
}

export interface ComparedLine {
  /** Fiscal year, or null for the lines after the years. */
  fiscalYear: number | null;
  what: "year" | "grandTotal" | "revenueYen" | "wardTonnes" | "wardRevenueYen";
  a: Decimal | null;
  b: Decimal | null;
  /** b − a where both are known. */
  diff: Decimal | null;
}

export type Comparison =
  | { ok: true; a: CohortForecast; b: CohortForecast; lines: ComparedLine[] }
  | { ok: false; side: "a" | "b"; messages: string[] };

const line = (
  what: ComparedLine["what"],
  fiscalYear: number | null,
  a: Decimal | null | undefined,
  b: Decimal | null | undefined,
): ComparedLine => ({
  what,
  fiscalYear,
  a: a ?? null,
  b: b ?? null,
  diff: a && b ? b.minus(a) : null,
});

/** A and B side by side: the credits of every fiscal year of either horizon, the totals, revenue, ward share. */
export function compareForecasts(a: CohortParamsInput, b: CohortParamsInput): Comparison {
  const va = validateCohortParams(a);
  if (!va.ok) return { ok: false, side: "a", messages: va.messages };
  const vb = validateCohortParams(b);
  if (!vb.ok) return { ok: false, side: "b", messages: vb.messages };
  const fa = forecastCohorts(a);
  const fb = forecastCohorts(b);
  const years = [...new Set([...fa.fiscalYears, ...fb.fiscalYears])].sort((x, y) => x - y);
  const at = (f: CohortForecast, y: number) => {
    const i = f.fiscalYears.indexOf(y);
    return i < 0 ? null : f.totals[i];
  };
  const lines = [
    ...years.map((y) => line("year", y, at(fa, y), at(fb, y))),
    line("grandTotal", null, fa.grandTotal, fb.grandTotal),
    line("revenueYen", null, fa.revenueYen, fb.revenueYen),
    line("wardTonnes", null, fa.ward?.tonnes, fb.ward?.tonnes),
    line("wardRevenueYen", null, fa.ward?.revenueYen, fb.ward?.revenueYen),
  ];
  return { ok: true, a: fa, b: fb, lines };
}
