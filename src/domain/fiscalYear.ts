/**
 * Fiscal years (April–March), the one parser for every form: column labels (R8 ↔ 令和8年度 ↔ 2026) and
 * energy-use periods (「2024年4月～2025年3月」). Reiwa year n is 2018 + n; Heisei year n is 1988 + n (H31 = R1
 * = FY2019, as the subsidy history writes it: 「H31 (R1)」).
 */

import { keptAnswers } from "./kept";

const REIWA_OFFSET = 2018;
const HEISEI_OFFSET = 1988;

/** The western year of an era year: 令和/R n → 2018 + n, 平成/H n → 1988 + n (元 = 1). */
export function eraYear(era: string, n: string | number): number {
  const y = n === "元" ? 1 : Number(n);
  return (/^(令和|r)$/i.test(era) ? REIWA_OFFSET : HEISEI_OFFSET) + y;
}

const MAY_BE_FISCAL_YEAR = /^\s*[rhf2令平]/i;

/** How a fiscal year is written: "R8", "令和8年度" or "2026". */
export type FiscalYearStyle = "reiwa" | "reiwaJa" | "western";

/**
 * Reads a fiscal-year column label; null when it is not one. Input is already NFKC-folded (normLabel):
 * 「r8」「r8年度」「令和8年度」「令和元年度」「h31(r1)」「平成31年度」「2026」「2026年度」「fy2026」.
 */
export function parseFiscalYear(folded: string): number | null {
  // Every form below starts with r, h, fy, 20…, 令和 or 平成: anything else is no fiscal year (the quick
  // answer for the many numbers and labels a sheet scan meets).
  if (!MAY_BE_FISCAL_YEAR.test(folded)) return null;
  // 「H31 (R1)」: the bracketed Reiwa year names the same fiscal year; read the first.
  const s = folded.replace(/\s+/g, "").replace(/[(（][^)）]*[)）]$/, "");
  const m = /^(r|h)(\d{1,2})(年度?)?$/i.exec(s) ?? /^(令和|平成)(\d{1,2}|元)年度?$/.exec(s);
  if (m) return eraYear(m[1], m[2]);
  const w = /^(?:fy)?(20\d\d)(年度?)?$/i.exec(s);
  return w ? Number(w[1]) : null;
}

/** fiscalYearOf's answers by period text: workbooks print the same few periods again and again. */
const periodYear = keptAnswers(1000, (period: string): number | null => {
  const text = period.normalize("NFKC");
  const m = /(\d{4})\s*[年/.-]\s*(\d{1,2})/.exec(text);
  if (m) return Number(m[2]) >= 4 ? Number(m[1]) : Number(m[1]) - 1;
  const e = /(令和|平成)\s*(\d{1,2}|元)\s*年度/.exec(text);
  if (e) return eraYear(e[1], e[2]);
  const y = /(\d{4})\s*年度/.exec(text);
  return y ? Number(y[1]) : null;
});

/**
 * The fiscal year of an energy-use period: 「2024年4月～2025年3月」 → 2024, 「2025年1月～2025年12月」 → 2024
 * (the fiscal year of its first month), 「令和5年度」 → 2023, 「2023年度」 → 2023; null when unreadable.
 */
export function fiscalYearOf(period: string | null): number | null {
  return period ? periodYear(period) : null;
}

/** "R8" for 2026. */
export function reiwaLabel(fiscalYear: number): string {
  return `R${fiscalYear - REIWA_OFFSET}`;
}

/** "令和8年度" for 2026 (令和元年度 for 2019). */
export function reiwaJaLabel(fiscalYear: number): string {
  const n = fiscalYear - REIWA_OFFSET;
  return `令和${n === 1 ? "元" : n}年度`;
}

export function fiscalYearLabel(fiscalYear: number, style: FiscalYearStyle = "reiwa"): string {
  if (style === "reiwaJa") return reiwaJaLabel(fiscalYear);
  if (style === "western") return String(fiscalYear);
  return reiwaLabel(fiscalYear);
}
