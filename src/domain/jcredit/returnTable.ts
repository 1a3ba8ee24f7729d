/**
 * Fukuoka's return table (Table 2, seed 003): the 8-year reduction per equipment from Table 1 and the
 * printed preconditions, rounded as the seed does (a setting); A = reduction × price for the rows a bidder
 * can credit (blank price: not feasible, counts zero); B = floor(A × return rate); ΣA and ΣB.
 */
import { dec, floorToStep, sum, type Decimal, ZERO } from "../decimal";
import type { Settings } from "../settings";
import type { CreditClass } from "./cohort";

export interface ReturnPreconditions {
  years: Decimal;
  kWhPerKwYear: Decimal;
  gridFactorTPerKWh: Decimal;
}

export const FUKUOKA_PRECONDITIONS: ReturnPreconditions = {
  years: dec(8),
  kWhPerKwYear: dec(1200),
  gridFactorTPerKWh: dec("0.000423"),
};

export interface EquipmentInput {
  unitsPerYear: Decimal | null;
  /** Given per-unit annual reduction (t-CO2/yr), e.g. eco-cute 0.70. */
  perUnitTPerYear: Decimal | null;
  /** Solar data, for a per-unit reduction of kW × kWh/kW × self-consumption × grid factor. */
  pvKw: Decimal | null;
  selfConsumption: Decimal | null;
}

/** t-CO2 a year one unit saves, or null when the row has neither a given figure nor solar data. */
export function perUnitAnnualT(e: EquipmentInput, p: ReturnPreconditions): Decimal | null {
  if (e.perUnitTPerYear) return e.perUnitTPerYear;
  if (e.pvKw && e.selfConsumption)
    return e.pvKw.mul(p.kWhPerKwYear).mul(e.selfConsumption).mul(p.gridFactorTPerKWh);
  return null;
}

export function roundReduction(exact: Decimal, rule: Settings["returnReductionRounding"]): Decimal {
  if (rule === "down10") return floorToStep(exact, 10);
  if (rule === "down1") return floorToStep(exact, 1);
  return exact;
}

/** The 8-year reduction: one year's intake credited for the crediting period (not a cohort model). */
export function reductionOverPeriod(
  e: EquipmentInput,
  p: ReturnPreconditions,
  rule: Settings["returnReductionRounding"],
): { exact: Decimal; rounded: Decimal } | null {
  const u = perUnitAnnualT(e, p);
  if (!u || !e.unitsPerYear) return null;
  const exact = e.unitsPerYear.mul(u).mul(p.years);
  return { exact, rounded: roundReduction(exact, rule) };
}

export interface RevenueRow {
  reductionT: Decimal;
  priceYenPerT: Decimal | null;
  returnRatePct: Decimal | null;
}

/**
 * A and B of one row: null where the row has no price (not feasible: counts zero). A = floor(reduction ×
 * price) (whole yen; exact for whole-tonne reductions), B = floor(A × rate ÷ 100); B null without a rate.
 */
export function revenue(r: RevenueRow): { A: Decimal; B: Decimal | null } | null {
  if (!r.priceYenPerT) return null;
  const A = r.reductionT.mul(r.priceYenPerT).floor();
  const B = r.returnRatePct ? A.mul(r.returnRatePct).div(100).floor() : null;
  return { A, B };
}

export function totals(rows: { reductionT: Decimal; A: Decimal | null; B: Decimal | null }[]): {
  reductionT: Decimal;
  A: Decimal;
  B: Decimal;
} {
  return {
    reductionT: sum(rows.map((r) => r.reductionT)),
    A: sum(rows.map((r) => r.A ?? ZERO)),
    B: sum(rows.map((r) => r.B ?? ZERO)),
  };
}

/**
 * Credit class of a Table 1 row: solar (PV data) earns renewable-power credits, everything else (eco-cute,
 * Ene-Farm, EV) energy-saving ones.
 */
export function creditClassOf(e: Pick<EquipmentInput, "pvKw"> | null, label = ""): CreditClass {
  if (e?.pvKw) return "renewable";
  return /太陽光|pv|solar/i.test(label.normalize("NFKC")) ? "renewable" : "energySaving";
}

/** One price per credit class (yen/t), for the what-if. */
export interface ClassPrices {
  renewable: Decimal;
  energySaving: Decimal;
}

/**
 * ΣB over price scenarios (a price per credit class) × return rates (%): every row credited at its class
 * price, A floored per row, B = floor(A × rate) per row, summed.
 */
export function whatIfTotalBByClass(
  rows: readonly { reductionT: Decimal; creditClass: CreditClass }[],
  scenarios: readonly ClassPrices[],
  ratesPct: Decimal[],
): Decimal[][] {
  return scenarios.map((s) =>
    ratesPct.map((rate) =>
      sum(
        rows.map(
          (r) =>
            revenue({ reductionT: r.reductionT, priceYenPerT: s[r.creditClass], returnRatePct: rate })?.B ??
            ZERO,
        ),
      ),
    ),
  );
}

/** ΣB over a grid of prices (yen/t) and return rates (%), all rows at the same price and rate. */
export function whatIfTotalB(reductions: Decimal[], prices: Decimal[], ratesPct: Decimal[]): Decimal[][] {
  return prices.map((p) =>
    ratesPct.map((rate) =>
      sum(reductions.map((t) => revenue({ reductionT: t, priceYenPerT: p, returnRatePct: rate })?.B ?? ZERO)),
    ),
  );
}
