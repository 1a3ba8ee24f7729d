/**
 * Earlier years of a site, for the excellence level: other Form 7 sheets of the same site in the workbook
 * (the fiscal year read from each report's energy-use period) and the add-in's history sheet. The latest
 * report of each site with at least two known years gets its excellence level.
 */
import { dec } from "../../domain/decimal";
import { assessExcellence, type Excellence } from "../../domain/excellence/excellence";
import type { Issue } from "../../domain/issue";
import type { Settings } from "../../domain/settings";
import type { Form7Analysis } from "../analysis";
import type { Grid } from "../grid";
import { normLabel } from "../text";
import { noOwnEarlier, type OwnEarlier } from "../writePlan";
import {
  collectYears,
  energyIntensityMJ,
  HISTORY_SHEET_NAME,
  readHistorySheet,
  sameSite,
  type HistoryRow,
  type HistorySheet,
  type SiteYear,
} from "./historySheet";
import { planForm7History } from "./record";

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
): Map<Form7Analysis, Excellence> {
  return excellenceOf(
    forms.map((f) => ({ f, y: siteYearOf(f) })),
    settings,
    history,
  );
}

/** excellenceByForm over the forms' site-years, already read. */
function excellenceOf(
  years: readonly { f: Form7Analysis; y: SiteYear | null }[],
  settings: Settings,
  history: readonly HistoryRow[],
): Map<Form7Analysis, Excellence> {
  const rate = settings.capAndTradeObligationRatePct;
  const obligationRatePct = rate === null ? null : dec(rate);
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

/** A history sheet found in the workbook. */
export interface HistoryInWorkbook {
  grid: Grid;
  sheet: HistorySheet;
}

/**
 * Every sheet whose header reads as the history sheet (typed or written by the add-in), the one named
 * 報告履歴 first: that one is written to; the rows of all of them count as earlier years. These sheets are
 * the add-in's own and are not analysed as any other form.
 */
export function readHistorySheets(sheets: readonly Grid[]): HistoryInWorkbook[] {
  const found = sheets.flatMap((grid) => {
    const sheet = readHistorySheet(grid);
    return sheet ? [{ grid, sheet }] : [];
  });
  const i = found.findIndex((h) => h.grid.sheet === HISTORY_SHEET_NAME);
  return i > 0 ? [found[i], ...found.slice(0, i), ...found.slice(i + 1)] : found;
}

/**
 * Gives every Form 7 its known years (the chart's data), the plan for recording its year in the history
 * sheet, and — the latest report of each site — its excellence level, the earlier years coming from the
 * other Form 7 sheets and the history sheets. Returns the history sheets' own issues (bad rows).
 */
export function attachHistory(
  forms: readonly Form7Analysis[],
  settings: Settings,
  history: readonly HistoryInWorkbook[],
  ownEarlier: OwnEarlier = noOwnEarlier,
): Issue[] {
  const rows = history.flatMap((h) => h.sheet.rows);
  const siteYears = forms.map((f) => ({ f, y: siteYearOf(f) }));
  const all = siteYears.flatMap(({ y }) => (y ? [y] : []));
  const target = history[0] ?? null;
  for (const { f, y } of siteYears) {
    const site = f.form.input.site;
    const years = collectYears(
      { name: site.name?.value ?? null, siteNumber: site.siteNumber?.value ?? null },
      y ? [y, ...all] : all,
      rows,
    );
    if (normLabel(site.name?.value ?? "") || normLabel(site.siteNumber?.value ?? "")) f.years = years;
    const plan = planForm7History(y?.fiscalYear ?? null, site, f.result, target, ownEarlier);
    if (plan) f.history = plan;
  }
  for (const [f, e] of excellenceOf(siteYears, settings, rows)) f.excellence = e;
  return history.flatMap((h) => h.sheet.issues);
}
