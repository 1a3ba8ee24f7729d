/**
 * Tokyo's 地球温暖化対策報告書(その1): the business's five-year table (spec tokyo.md, (その1)). Each year's
 * total intensity = total CO2 (t) × 1000 ÷ total floor area (m²), 5 decimals, truncated; the average
 * reduction rate of total CO2 and the average improvement rate of the total intensity, each
 * 1 − (last ÷ first)^(1/n) in %, truncated toward zero at 2 decimals (negative for a rise), n the years
 * between the first and the last year. Decimal throughout.
 */
import { co2Intensity } from "../intensity";
import { truncate, type Decimal } from "../decimal";
import { averageAnnualReductionPct } from "../excellence/excellence";

/** The places the form shows a total intensity at (truncated). */
export const INTENSITY_PLACES = 5;

/** One year of the table as the business reports it (null where the cell is blank or unreadable). */
export interface BusinessYearInput {
  fiscalYear: number;
  co2T: Decimal | null;
  floorAreaM2: Decimal | null;
}

export interface BusinessYearResult {
  fiscalYear: number;
  /** ROUNDDOWN(co2T × 1000 ÷ floorAreaM2, 5); null without a positive floor area or a CO2 figure. */
  intensityKgPerM2: Decimal | null;
}

export interface BusinessResult {
  years: BusinessYearResult[];
  /** 1 − (last ÷ first)^(1/n) of total CO2 and of the (truncated) total intensity, % truncated at 2 places. */
  averageRates: { co2ReductionPct: Decimal | null; intensityImprovementPct: Decimal | null };
}

/** A year's total intensity, kg-CO2/m², 5 decimals truncated. */
export function totalIntensity(co2T: Decimal | null, floorAreaM2: Decimal | null): Decimal | null {
  const exact = co2T?.isNegative() ? null : co2Intensity(co2T, floorAreaM2);
  return exact === null ? null : truncate(exact, INTENSITY_PLACES);
}

/**
 * The table's figures. The rates compare the first and the last year of the table (oldest, newest), as
 * the form prints them; the intensity rate uses the intensities as the form shows them (5 decimals).
 */
export function computeBusiness(years: readonly BusinessYearInput[]): BusinessResult {
  const sorted = [...years].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const results = sorted.map((y) => ({
    fiscalYear: y.fiscalYear,
    intensityKgPerM2: totalIntensity(y.co2T, y.floorAreaM2),
  }));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || first === last)
    return { years: results, averageRates: { co2ReductionPct: null, intensityImprovementPct: null } };
  const n = last.fiscalYear - first.fiscalYear;
  const rate = (a: Decimal | null, b: Decimal | null) =>
    a === null || b === null ? null : averageAnnualReductionPct(a, b, n);
  return {
    years: results,
    averageRates: {
      co2ReductionPct: rate(first.co2T, last.co2T),
      intensityImprovementPct: rate(
        results[0].intensityKgPerM2,
        results[results.length - 1].intensityKgPerM2,
      ),
    },
  };
}

/** The rate as the form prints it: "-4.88". */
export function rateText(pct: Decimal): string {
  return pct.toFixed(2);
}
