/** Fiscal-year labels: R8 ↔ 令和8年度 ↔ 2026 (FY2026). Reiwa year n is fiscal year 2018 + n. */

const REIWA_OFFSET = 2018;

/** Reads a fiscal-year column label; null when it is not one. Input is already NFKC-folded. */
export function parseFiscalYear(folded: string): number | null {
  const s = folded.replace(/\s+/g, "");
  let m = /^r(\d{1,2})(年度)?$/i.exec(s);
  if (m) return REIWA_OFFSET + Number(m[1]);
  m = /^令和(\d{1,2}|元)年度?$/.exec(s);
  if (m) return REIWA_OFFSET + (m[1] === "元" ? 1 : Number(m[1]));
  m = /^(?:fy)?(20\d\d)(年度)?$/i.exec(s);
  if (m) return Number(m[1]);
  return null;
}

export function reiwaLabel(fiscalYear: number): string {
  return `R${fiscalYear - REIWA_OFFSET}`;
}
