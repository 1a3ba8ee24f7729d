/**
 * Checks of a filled (その1): every computed cell of the five-year table (each year's total intensity, the
 * two average rates) against the recomputed figure at the precision the form shows, with the likely cause
 * (rounded where the form truncates, the wrong number of years, the sign of a rise lost); and the sum of
 * the business's (その2) sites against the table's total for their year.
 */
import { co2Intensity } from "../intensity";
import { dec, roundHalfUp, truncate, type Decimal } from "../decimal";
import { averageAnnualReductionPct } from "../excellence/excellence";
import { formatDecimal } from "../format";
import { issueOf, type CellRef, type Issue } from "../issue";
import type { HeldFigure } from "../form7/types";
import { INTENSITY_PLACES, type BusinessResult, type BusinessYearInput } from "./business";
import { TOKYO_BUSINESS_CODES, TOKYO_BUSINESS_MESSAGES as M, type NamedTokyoCause } from "./messages";

export { TOKYO_BUSINESS_CODES } from "./messages";

/** The cells the business typed its computed figures in (absent where the layout has none). */
export interface BusinessHeld {
  intensity: Map<number, HeldFigure>;
  co2ReductionPct: HeldFigure | null;
  intensityImprovementPct: HeldFigure | null;
}

/** A likely cause: its code (params.cause) and the table's span in years (for its words). */
type Found = NamedTokyoCause;

function intensityCause(held: Decimal, year: BusinessYearInput): Found | null {
  const exact = co2Intensity(year.co2T, year.floorAreaM2);
  if (!exact) return null;
  if (roundHalfUp(exact, INTENSITY_PLACES).eq(held)) return { code: "roundedNotTruncated", years: 0 };
  if (truncate(exact.div(1000), INTENSITY_PLACES).eq(held)) return { code: "tonnesPerM2", years: 0 };
  return null;
}

function rateCause(held: Decimal, first: Decimal, last: Decimal, n: number): Found | null {
  const exact = dec(1)
    .minus(last.div(first).pow(dec(1).div(n)))
    .mul(100);
  if (roundHalfUp(exact, 2).eq(held)) return { code: "roundedNotTruncated", years: n };
  if (truncate(exact, 2).neg().eq(held) && !held.isZero()) return { code: "signFlipped", years: n };
  if (n > 1 && averageAnnualReductionPct(first, last, n + 1)?.eq(held))
    return { code: "wrongYearCount", years: n };
  return null;
}

/** Every mismatching computed cell of the five-year table, with its likely cause. */
export function checkBusiness(
  inputs: readonly BusinessYearInput[],
  result: BusinessResult,
  held: BusinessHeld,
): Issue[] {
  const out: Issue[] = [];
  for (const y of result.years) {
    const h = held.intensity.get(y.fiscalYear);
    if (!h || h.value === null || y.intensityKgPerM2 === null) continue;
    // As the cell prints it at the form's 5 decimals.
    if (roundHalfUp(h.value, INTENSITY_PLACES).eq(y.intensityKgPerM2)) continue;
    const input = inputs.find((i) => i.fiscalYear === y.fiscalYear)!;
    const cause = intensityCause(h.value, input);
    const expected = y.intensityKgPerM2.toFixed(INTENSITY_PLACES);
    out.push(
      issueOf(
        M,
        "error",
        TOKYO_BUSINESS_CODES.intensityMismatch,
        h.cell,
        { fiscalYear: y.fiscalYear, found: h.value.toFixed(), expected, cause },
        {
          expected,
          found: h.value.toFixed(),
          fiscalYear: String(y.fiscalYear),
          ...(cause ? { cause: cause.code } : {}),
        },
      ),
    );
  }
  const sorted = [...inputs].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const n = first && last ? last.fiscalYear - first.fiscalYear : 0;
  const firstI = result.years[0]?.intensityKgPerM2 ?? null;
  const lastI = result.years[result.years.length - 1]?.intensityKgPerM2 ?? null;
  const pairs = [
    ["co2ReductionPct", first?.co2T ?? null, last?.co2T ?? null],
    ["intensityImprovementPct", firstI, lastI],
  ] as const;
  for (const [key, a, b] of pairs) {
    const h = held[key];
    const expected = result.averageRates[key];
    if (!h || h.value === null || expected === null || a === null || b === null) continue;
    if (roundHalfUp(h.value, 2).eq(expected)) continue;
    const cause = rateCause(h.value, a, b, n);
    const shown = expected.toFixed(2);
    out.push(
      issueOf(
        M,
        "error",
        TOKYO_BUSINESS_CODES.rateMismatch,
        h.cell,
        { rate: key, found: h.value.toFixed(), expected: shown, cause },
        { expected: shown, found: h.value.toFixed(), rate: key, ...(cause ? { cause: cause.code } : {}) },
      ),
    );
  }
  return out;
}

/** One (その2) site's reported CO2 total for a fiscal year, where it is. */
export interface SiteTotal {
  fiscalYear: number;
  co2TotalT: Decimal;
  cell: CellRef;
}

/**
 * The sum of the (その2) sites' CO2 totals of the table's latest year against the table's total for that
 * year (a warning: a site may be missing from the workbook, or the business counts one twice).
 */
export function checkSitesSum(
  years: readonly BusinessYearInput[],
  co2Cells: ReadonlyMap<number, CellRef>,
  sites: readonly SiteTotal[],
  /** Where the sites were found: this workbook, or the files of the (その1)'s folder. */
  scope: "workbook" | "folder" = "workbook",
): Issue[] {
  const latest = [...years].sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  if (!latest || latest.co2T === null) return [];
  const ofYear = sites.filter((s) => s.fiscalYear === latest.fiscalYear);
  if (ofYear.length === 0) return [];
  const total = ofYear.reduce((acc, s) => acc.plus(s.co2TotalT), dec(0));
  if (total.eq(latest.co2T)) return [];
  const cell = co2Cells.get(latest.fiscalYear) ?? null;
  return [
    issueOf(
      M,
      "warning",
      TOKYO_BUSINESS_CODES.sitesSumDiffers,
      cell,
      {
        fiscalYear: latest.fiscalYear,
        table: formatDecimal(latest.co2T),
        sites: formatDecimal(total),
        siteCount: ofYear.length,
        scope,
      },
      {
        fiscalYear: String(latest.fiscalYear),
        table: latest.co2T.toFixed(),
        sites: total.toFixed(),
        siteCount: String(ofYear.length),
      },
    ),
  ];
}
