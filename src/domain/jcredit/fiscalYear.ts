/**
 * Fiscal-year labels: R8 ↔ 令和8年度 ↔ 2026 (FY2026). Reiwa year n is fiscal year 2018 + n; Heisei year n
 * is 1988 + n (H31 = R1 = FY2019, as the subsidy history writes it: 「H31 (R1)」).
 */

const REIWA_OFFSET = 2018;
const HEISEI_OFFSET = 1988;

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
  let m = /^r(\d{1,2})(年度?)?$/i.exec(s);
  if (m) return REIWA_OFFSET + Number(m[1]);
  m = /^令和(\d{1,2}|元)年度?$/.exec(s);
  if (m) return REIWA_OFFSET + (m[1] === "元" ? 1 : Number(m[1]));
  m = /^h(\d{1,2})(年度?)?$/i.exec(s);
  if (m) return HEISEI_OFFSET + Number(m[1]);
  m = /^平成(\d{1,2}|元)年度?$/.exec(s);
  if (m) return HEISEI_OFFSET + (m[1] === "元" ? 1 : Number(m[1]));
  m = /^(?:fy)?(20\d\d)(年度?)?$/i.exec(s);
  if (m) return Number(m[1]);
  return null;
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
