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
import { issue, type Bilingual, type CellRef, type Issue } from "../issue";
import type { HeldFigure } from "../form7/types";
import { INTENSITY_PLACES, type BusinessResult, type BusinessYearInput } from "./business";

export const TOKYO_BUSINESS_CODES = {
  intensityMismatch: "tokyo.business.intensityMismatch",
  rateMismatch: "tokyo.business.rateMismatch",
  sitesSumDiffers: "tokyo.business.sitesSumDiffers",
  missingFigure: "tokyo.business.missingFigure",
  tooFewYears: "tokyo.business.tooFewYears",
} as const;

/** The cells the business typed its computed figures in (absent where the layout has none). */
export interface BusinessHeld {
  intensity: Map<number, HeldFigure>;
  co2ReductionPct: HeldFigure | null;
  intensityImprovementPct: HeldFigure | null;
}

const RATE_WORDS = {
  co2ReductionPct: { ja: "CO2排出量の平均削減率 (%)", en: "average CO2 reduction rate (%)" },
  intensityImprovementPct: { ja: "原単位の平均改善率 (%)", en: "average intensity improvement rate (%)" },
} as const;

function mismatch(
  code: string,
  held: HeldFigure,
  what: Bilingual,
  found: string,
  expected: string,
  cause: Bilingual | null,
  params: Record<string, string>,
): Issue {
  const at = held.cell.address;
  return issue(
    "error",
    code,
    held.cell,
    `${at}（${what.ja}）: シートの値 ${found}、正しい値 ${expected}。${cause ? `考えられる原因: ${cause.ja}` : ""}`,
    `${at} (${what.en}): the sheet holds ${found}; it should be ${expected}.${cause ? ` Likely cause: ${cause.en}` : ""}`,
    { expected, found: held.value?.toFixed() ?? "", ...params },
  );
}

function intensityCause(held: Decimal, year: BusinessYearInput): { words: Bilingual; code: string } | null {
  const exact = co2Intensity(year.co2T, year.floorAreaM2);
  if (!exact) return null;
  if (roundHalfUp(exact, INTENSITY_PLACES).eq(held))
    return {
      code: "roundedNotTruncated",
      words: { ja: "切り捨てるところを四捨五入しています。", en: "rounded where the form truncates." },
    };
  if (truncate(exact.div(1000), INTENSITY_PLACES).eq(held))
    return {
      code: "tonnesPerM2",
      words: {
        ja: "t-CO2/m² で計算しています（×1000 が抜けています）。",
        en: "computed in t-CO2/m² (the × 1000 is missing).",
      },
    };
  return null;
}

function rateCause(
  held: Decimal,
  first: Decimal,
  last: Decimal,
  n: number,
): { words: Bilingual; code: string } | null {
  const exact = dec(1)
    .minus(last.div(first).pow(dec(1).div(n)))
    .mul(100);
  if (roundHalfUp(exact, 2).eq(held))
    return {
      code: "roundedNotTruncated",
      words: { ja: "切り捨てるところを四捨五入しています。", en: "rounded where the form truncates." },
    };
  if (truncate(exact, 2).neg().eq(held) && !held.isZero())
    return {
      code: "signFlipped",
      words: {
        ja: "符号が逆です（増加はマイナスの削減率になります）。",
        en: "the sign is reversed (a rise is a negative reduction rate).",
      },
    };
  if (n > 1 && averageAnnualReductionPct(first, last, n + 1)?.eq(held))
    return {
      code: "wrongYearCount",
      words: {
        ja: `${n + 1}乗根で計算しています（${n}年間の平均は${n}乗根です）。`,
        en: `computed with the ${n + 1}th root (the average over ${n} years takes the ${n}th root).`,
      },
    };
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
    out.push(
      mismatch(
        TOKYO_BUSINESS_CODES.intensityMismatch,
        h,
        { ja: `${y.fiscalYear}年度 原単位 (kg-CO2/m²)`, en: `FY${y.fiscalYear} intensity (kg-CO2/m²)` },
        h.value.toFixed(),
        y.intensityKgPerM2.toFixed(INTENSITY_PLACES),
        cause?.words ?? null,
        { fiscalYear: String(y.fiscalYear), ...(cause ? { cause: cause.code } : {}) },
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
    out.push(
      mismatch(
        TOKYO_BUSINESS_CODES.rateMismatch,
        h,
        RATE_WORDS[key],
        h.value.toFixed(),
        expected.toFixed(2),
        cause?.words ?? null,
        { rate: key, ...(cause ? { cause: cause.code } : {}) },
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
  const where = cell?.address ?? "";
  const among =
    scope === "workbook"
      ? { ja: "このブックの", en: "in this workbook" }
      : { ja: "同じフォルダの", en: "in the same folder" };
  return [
    issue(
      "warning",
      TOKYO_BUSINESS_CODES.sitesSumDiffers,
      cell,
      `${where}（${latest.fiscalYear}年度 CO2排出量の合計）は ${formatDecimal(latest.co2T)} t ですが、${among.ja}（その2）${ofYear.length}事業所の合計は ${formatDecimal(total)} t です。報告していない事業所や二重計上がないか確認してください。`,
      `${where} (FY${latest.fiscalYear} total CO2) is ${formatDecimal(latest.co2T)} t, but the ${ofYear.length} (その2) site(s) ${among.en} add up to ${formatDecimal(total)} t. Check for a site missing there or one counted twice.`,
      {
        fiscalYear: String(latest.fiscalYear),
        table: latest.co2T.toFixed(),
        sites: total.toFixed(),
        siteCount: String(ofYear.length),
      },
    ),
  ];
}
