/**
 * Earlier years of a site, for the excellence level: other Form 7 sheets of the same site in the workbook
 * (the fiscal year read from each report's energy-use period) and the add-in's history sheet. The latest
 * report of each site with at least two known years gets its excellence level.
 */
import { dec } from "../../domain/decimal";
import { assessExcellence, type Excellence } from "../../domain/excellence/excellence";
import { fiscalYearOf } from "../../domain/fiscalYear";
import { energyIntensityMJ } from "../../domain/intensity";
import type { Form7Result, Form7Site } from "../../domain/form7/types";
import type { CellRef } from "../../domain/issue";
import type { YearFigures } from "../../domain/excellence/excellence";
import type { Settings } from "../../domain/settings";
import type { Grid } from "../grid";
import { normLabel } from "../text";
import { noOwnEarlier, type OwnEarlier } from "../writePlan";
import { collectYears, type HistoryRow, type HistorySheet, type SiteYear } from "./historySheet";
import { sameSite } from "../sameSite";
import { planForm7History, type HistoryPlan } from "./record";

/** A read Form 7 (its site, its figures and where it starts), as the history needs it. */
export interface Form7Report {
  form: { input: { site: Form7Site }; anchor: CellRef };
  result: Form7Result;
}

/** What the history gives one Form 7: its known years, its excellence level and the plan to record it. */
export interface HistoryFacts {
  years?: YearFigures[];
  excellence?: Excellence;
  history?: HistoryPlan;
}

/** A Form 7 as one site-year (null without a readable period). */
export function siteYearOf(f: Form7Report): SiteYear | null {
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
    source: site.period?.cell ?? f.form.anchor,
  };
}

/**
 * For each site whose years (Form 7 sheets, then history rows) number at least two, the excellence level
 * of its latest report. A C&T site needs its obligation rate; without it the rates are shown, not judged.
 */
export function excellenceByForm<F extends Form7Report>(
  forms: readonly F[],
  settings: Settings,
  history: readonly HistoryRow[] = [],
): Map<F, Excellence> {
  return excellenceOf(
    forms.map((f) => ({ f, y: siteYearOf(f) })),
    settings,
    history,
  );
}

/** excellenceByForm over the forms' site-years, already read. */
function excellenceOf<F>(
  years: readonly { f: F; y: SiteYear | null }[],
  settings: Settings,
  history: readonly HistoryRow[],
): Map<F, Excellence> {
  const rate = settings.capAndTradeObligationRatePct;
  const obligationRatePct = rate === null ? null : dec(rate);
  const all = years.flatMap((x) => (x.y ? [x.y] : []));
  // One group per site (same site number where both have one, else the same name), keeping its latest report.
  const latest: { f: F; y: SiteYear }[] = [];
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
  const out = new Map<F, Excellence>();
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
 * What the history gives each Form 7, before its analysis is built: its known years (the chart's data),
 * the plan for recording its year in the history sheet, and — the latest report of each site — its
 * excellence level, the earlier years coming from the other Form 7 sheets and the history sheets.
 */
export function historyFacts<F extends Form7Report>(
  forms: readonly F[],
  settings: Settings,
  history: readonly HistoryInWorkbook[],
  ownEarlier: OwnEarlier = noOwnEarlier,
): Map<F, HistoryFacts> {
  const rows = history.flatMap((h) => h.sheet.rows);
  const siteYears = forms.map((f) => ({ f, y: siteYearOf(f) }));
  const all = siteYears.flatMap(({ y }) => (y ? [y] : []));
  const target = history[0] ?? null;
  const out = new Map<F, HistoryFacts>();
  for (const { f, y } of siteYears) {
    const site = f.form.input.site;
    const facts: HistoryFacts = {};
    const years = collectYears(
      { name: site.name?.value ?? null, siteNumber: site.siteNumber?.value ?? null },
      y ? [y, ...all] : all,
      rows,
    );
    if (normLabel(site.name?.value ?? "") || normLabel(site.siteNumber?.value ?? "")) facts.years = years;
    const plan = planForm7History(y?.fiscalYear ?? null, site, f.result, target, ownEarlier);
    if (plan) facts.history = plan;
    out.set(f, facts);
  }
  for (const [f, e] of excellenceOf(siteYears, settings, rows)) out.get(f)!.excellence = e;
  return out;
}
