/**
 * Earlier years of a site, for the excellence level: other Form 7 sheets of the same site in the workbook
 * (the fiscal year read from each report's energy-use period) and the add-in's history sheet. The latest
 * report of each site with at least two known years gets its excellence level.
 */
import type { Decimal } from "../../domain/decimal";
import { assessExcellence, type Excellence } from "../../domain/excellence/excellence";
import type { Settings } from "../../domain/settings";
import type { Form7Analysis } from "../analysis";
import { normLabel } from "../text";
import { collectYears, energyIntensityMJ, sameSite, type HistoryRow, type SiteYear } from "./historySheet";

/**
 * The fiscal year (April–March) of an energy-use period: 「2024年4月～2025年3月」 → 2024, 「2025年1月～
 * 2025年12月」 → 2024 (the year of its first month's fiscal year), 「令和5年度」 → 2023, 「2023年度」 → 2023;
 * null when unreadable.
 */
export function fiscalYearOf(period: string | null): number | null {
  if (!period) return null;
  const text = period.normalize("NFKC");
  const m = /(\d{4})\s*[年/.-]\s*(\d{1,2})/.exec(text);
  if (m) return Number(m[2]) >= 4 ? Number(m[1]) : Number(m[1]) - 1;
  const r = /令和\s*(\d{1,2}|元)\s*年度/.exec(text);
  if (r) return 2018 + (r[1] === "元" ? 1 : Number(r[1]));
  const h = /平成\s*(\d{1,2}|元)\s*年度/.exec(text);
  if (h) return 1988 + (h[1] === "元" ? 1 : Number(h[1]));
  const y = /(\d{4})\s*年度/.exec(text);
  return y ? Number(y[1]) : null;
}

/** A Form 7 analysis as one site-year (null without a readable period). */
export function siteYearOf(f: Form7Analysis): SiteYear | null {
  const site = f.form.input.site;
  const year = fiscalYearOf(site.period?.value ?? null);
  if (year === null) return null;
  return {
    fiscalYear: year,
    site: { name: site.name?.value ?? null, siteNumber: site.siteNumber?.value ?? null },
    figures: {
      // Exact GJ, not the reported (truncated) one: the ratio of two years is what counts.
      energyIntensity: energyIntensityMJ(f.result.exact.energyGJ, site.floorAreaM2?.value ?? null),
      co2Intensity: f.result.reported.intensityKgPerM2,
    },
    source: site.period?.cell ?? f.anchor,
  };
}

/**
 * For each site whose years (Form 7 sheets, then history rows) number at least two, the excellence level
 * of its latest report. A C&T site needs its obligation rate; without it the rates are shown, not judged.
 */
export function excellenceByForm(
  forms: readonly Form7Analysis[],
  settings: Settings,
  history: readonly HistoryRow[] = [],
  obligationRatePct: Decimal | null = null,
): Map<Form7Analysis, Excellence> {
  const years = forms.map((f) => ({ f, y: siteYearOf(f) }));
  const all = years.flatMap((x) => (x.y ? [x.y] : []));
  // One group per site (same site number where both have one, else the same name), keeping its latest report.
  const latest: { f: Form7Analysis; y: SiteYear }[] = [];
  for (const { f, y } of years) {
    if (!y || (!normLabel(y.site.name ?? "") && !normLabel(y.site.siteNumber ?? ""))) continue;
    const i = latest.findIndex((g) =>
      sameSite(
        { siteName: g.y.site.name, siteNumber: g.y.site.siteNumber },
        { siteName: y.site.name, siteNumber: y.site.siteNumber },
      ),
    );
    if (i < 0) latest.push({ f, y });
    else if (y.fiscalYear > latest[i].y.fiscalYear) latest[i] = { f, y };
  }
  const out = new Map<Form7Analysis, Excellence>();
  for (const { f, y } of latest) {
    const list = collectYears(y.site, all, history);
    if (list.length < 2) continue;
    out.set(
      f,
      assessExcellence(list, y.fiscalYear, {
        capAndTrade: settings.tokyoCapAndTradeTarget,
        obligationRatePct,
      }),
    );
  }
  return out;
}
