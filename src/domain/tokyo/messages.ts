/**
 * The Tokyo forms' issue codes (the business's (その1) five-year table, a tenant's ⑪–⑬) and their words,
 * with the likely causes of a mismatch in the five-year table.
 */
import { words, type IssueCatalogue } from "../catalogue";

export const TOKYO_BUSINESS_CODES = {
  /** A year's total intensity (kg-CO2/m², 5 decimals) differs from the recomputed one (error). */
  intensityMismatch: "tokyo.business.intensityMismatch",
  /** An average reduction or improvement rate (%) differs from the recomputed one (error). */
  rateMismatch: "tokyo.business.rateMismatch",
  /** The (その2) sites' CO2 of the latest year do not add up to the table's total (warning). */
  sitesSumDiffers: "tokyo.business.sitesSumDiffers",
} as const;

export type TokyoBusinessCode = (typeof TOKYO_BUSINESS_CODES)[keyof typeof TOKYO_BUSINESS_CODES];

export const TOKYO_TENANT_CODES = {
  /** ⑪ heat, ⑫ electricity or ⑬ CO2 of a tenant differs from the recomputed figure (error). */
  mismatch: "tokyo.tenant.mismatch",
} as const;

export type TokyoTenantCode = (typeof TOKYO_TENANT_CODES)[keyof typeof TOKYO_TENANT_CODES];

/** Likely causes of a mismatch in the five-year table (Issue.params.cause). */
export const TOKYO_CAUSE_WORDS = {
  roundedNotTruncated: words("切り捨てるところを四捨五入しています。", "rounded where the form truncates."),
  tonnesPerM2: words(
    "t-CO2/m² で計算しています（×1000 が抜けています）。",
    "computed in t-CO2/m² (the × 1000 is missing).",
  ),
  signFlipped: words(
    "符号が逆です（増加はマイナスの削減率になります）。",
    "the sign is reversed (a rise is a negative reduction rate).",
  ),
  wrongYearCount: words<{ years: number }>(
    (a) => `${a.years + 1}乗根で計算しています（${a.years}年間の平均は${a.years}乗根です）。`,
    (a) =>
      `computed with the ${a.years + 1}th root (the average over ${a.years} years takes the ${a.years}th root).`,
  ),
};

export type TokyoCause = keyof typeof TOKYO_CAUSE_WORDS;

/** A likely cause as the mismatch's words name it (years: the table's span, for wrongYearCount). */
export interface NamedTokyoCause {
  code: TokyoCause;
  years: number;
}

const causeText = (c: NamedTokyoCause | null, lang: "ja" | "en") =>
  c === null ? null : TOKYO_CAUSE_WORDS[c.code][lang]({ years: c.years }, "");

const RATE_WORDS = {
  co2ReductionPct: { ja: "CO2排出量の平均削減率 (%)", en: "average CO2 reduction rate (%)" },
  intensityImprovementPct: { ja: "原単位の平均改善率 (%)", en: "average intensity improvement rate (%)" },
} as const;

interface Mismatch {
  found: string;
  expected: string;
  cause: NamedTokyoCause | null;
}

const mismatchJa = (what: string, a: Mismatch, at: string) => {
  const cause = causeText(a.cause, "ja");
  return `${at}（${what}）: シートの値 ${a.found}、正しい値 ${a.expected}。${cause ? `考えられる原因: ${cause}` : ""}`;
};
const mismatchEn = (what: string, a: Mismatch, at: string) => {
  const cause = causeText(a.cause, "en");
  return `${at} (${what}): the sheet holds ${a.found}; it should be ${a.expected}.${cause ? ` Likely cause: ${cause}` : ""}`;
};

export const TOKYO_BUSINESS_MESSAGES = {
  [TOKYO_BUSINESS_CODES.intensityMismatch]: words<Mismatch & { fiscalYear: number }>(
    (a, at) => mismatchJa(`${a.fiscalYear}年度 原単位 (kg-CO2/m²)`, a, at),
    (a, at) => mismatchEn(`FY${a.fiscalYear} intensity (kg-CO2/m²)`, a, at),
  ),
  [TOKYO_BUSINESS_CODES.rateMismatch]: words<Mismatch & { rate: keyof typeof RATE_WORDS }>(
    (a, at) => mismatchJa(RATE_WORDS[a.rate].ja, a, at),
    (a, at) => mismatchEn(RATE_WORDS[a.rate].en, a, at),
  ),
  [TOKYO_BUSINESS_CODES.sitesSumDiffers]: words<{
    fiscalYear: number;
    table: string;
    sites: string;
    siteCount: number;
    scope: "workbook" | "folder";
  }>(
    (a, at) =>
      `${at}（${a.fiscalYear}年度 CO2排出量の合計）は ${a.table} t ですが、${a.scope === "workbook" ? "このブックの" : "同じフォルダの"}（その2）${a.siteCount}事業所の合計は ${a.sites} t です。報告していない事業所や二重計上がないか確認してください。`,
    (a, at) =>
      `${at} (FY${a.fiscalYear} total CO2) is ${a.table} t, but the ${a.siteCount} (その2) site(s) ${a.scope === "workbook" ? "in this workbook" : "in the same folder"} add up to ${a.sites} t. Check for a site missing there or one counted twice.`,
  ),
} satisfies IssueCatalogue<TokyoBusinessCode>;

export const TOKYO_TENANT_MESSAGES = {
  [TOKYO_TENANT_CODES.mismatch]: words<{
    figure: "heatGJ" | "kWh" | "co2T";
    found: string;
    expected: string;
  }>(
    (a, at) => `${at}（${TENANT_WORDS[a.figure].ja}）: シートの値 ${a.found}、正しい値 ${a.expected}。`,
    (a, at) =>
      `${at} (${TENANT_WORDS[a.figure].en}): the sheet holds ${a.found}; it should be ${a.expected}.`,
  ),
} satisfies IssueCatalogue<TokyoTenantCode>;

const TENANT_WORDS = {
  heatGJ: { ja: "⑪ 推計熱量 (GJ)", en: "⑪ estimated heat (GJ)" },
  kWh: { ja: "⑫ 推計電気使用量 (kWh)", en: "⑫ estimated electricity (kWh)" },
  co2T: { ja: "⑬ 推計排出量 (t)", en: "⑬ estimated CO2 (t)" },
} as const;
