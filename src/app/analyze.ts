/**
 * The one flow over a whole workbook: snapshot → locate → parse → compute → check → plan, for every
 * form kind on every sheet. Shared by the task pane and the command line.
 */
import type { Issue } from "../domain/issue";
import type { ReferencePrice } from "../domain/jcredit/referencePrices";
import type { Settings } from "../domain/settings";
import type { Form7Analysis } from "../workbook/analysis";
import { mergedBenchmark, readBenchmarkSheet } from "../workbook/benchmark/benchmarkSheet";
import { analyzeForm7Sheets } from "../workbook/form7/analyze";
import { locateForm8, matchForm8, type Form7SiteRef, type Form8 } from "../workbook/form8/form8";
import { attachHistory, readHistorySheets } from "../workbook/history/years";
import type { WorkbookSnapshot } from "../workbook/grid";
import { analyzeCreditForecasts, type CreditForecastAnalysis } from "../workbook/jcredit/forecastTable";
import { analyzeForecastSheet, type ForecastSheetAnalysis } from "../workbook/jcredit/forecastSheetAnalysis";
import { analyzeReturnTables, type ReturnTableAnalysis } from "../workbook/jcredit/returnTableSheet";
import { readWorkbookPrices } from "../workbook/jcredit/workbookPrices";
import { noOwnEarlier, type OwnEarlier } from "../workbook/writePlan";
import { analyzeTokyoSites } from "../workbook/tokyo/analyze";
import { insideTokyo, locateTokyoSites } from "../workbook/tokyo/locate";
import {
  analyzeTokyoBusiness,
  compareBusinessWithSites,
  type TokyoBusinessAnalysis,
} from "../workbook/tokyo/business";

export type FormAnalysis =
  | Form7Analysis
  | CreditForecastAnalysis
  | ReturnTableAnalysis
  | ForecastSheetAnalysis
  | TokyoBusinessAnalysis;

export interface WorkbookAnalysis {
  forms: FormAnalysis[];
  /** Problems of the workbook as a whole (e.g. a Form 8 site without its Form 7). */
  issues: Issue[];
  /** The Form 8 cover sheets found (their listed sites with cells), whichever way they were matched. */
  form8?: Form8[];
  /** The workbook's own J-Credit reference prices (its price sheet), when it has one: presets, never applied. */
  prices?: ReferencePrice[];
}

export interface AnalyzeOptions {
  /**
   * Where a Form 8's listed sites look for their Form 7: `"workbook"` (the default, the task pane) matches
   * them against this workbook's Form 7 sheets and adds an issue for each site without one; `"caller"`
   * leaves the matching to the caller (the command line matches across the files of a folder), which
   * finds the lists in `form8` and the sites in `form7SiteRefs(forms)`.
   */
  form8Matching?: "workbook" | "caller";
  /**
   * Where a Tokyo (その1)'s total is compared with its (その2) sites: `"workbook"` (the default) with the
   * sites of this workbook; `"caller"` leaves it to the caller (the command line compares over a folder).
   */
  businessMatching?: "workbook" | "caller";
}

/** The Form 7 sites of these forms, as Form 8 is matched against them. */
export function form7SiteRefs(forms: readonly FormAnalysis[]): Form7SiteRef[] {
  return forms.flatMap((f) =>
    f.kind === "form7"
      ? [
          {
            sheet: f.sheet,
            name: f.form.input.site.name?.value ?? null,
            siteNumber: f.form.input.site.siteNumber?.value ?? null,
          },
        ]
      : [],
  );
}

export function analyzeWorkbook(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  ownEarlier: OwnEarlier = noOwnEarlier,
  options: AnalyzeOptions = {},
): WorkbookAnalysis {
  const forms: FormAnalysis[] = [];
  const issues: Issue[] = [];
  // A benchmark table in the workbook (filled or pasted by staff) takes precedence over the built-in one.
  const sheetEntries = snapshot.sheets.flatMap((g) => {
    const b = readBenchmarkSheet(g);
    if (b) issues.push(...b.issues);
    return b ? b.entries : [];
  });
  const table = mergedBenchmark(sheetEntries);
  const prices = readWorkbookPrices(snapshot.sheets);
  if (prices) issues.push(...prices.issues);
  const history = readHistorySheets(snapshot.sheets);
  for (const grid of snapshot.sheets) {
    if (history.some((h) => h.grid === grid)) continue; // the add-in's 報告履歴 is no form
    // Tokyo's (その2) prints Form 7's table: read as (その2) there, as Form 7 elsewhere on the sheet.
    const tokyo = locateTokyoSites(grid);
    forms.push(...analyzeTokyoSites(grid, settings, ownEarlier, table, tokyo));
    forms.push(
      ...analyzeForm7Sheets(grid, settings, ownEarlier, table, (l) => insideTokyo(tokyo, l.header.row)),
    );
    // The add-in's own forecast sheet: its results block is itself a forecast table, checked as part of it.
    const own = analyzeForecastSheet(grid, ownEarlier);
    if (own) forms.push(own);
    else forms.push(...analyzeCreditForecasts(grid, settings, ownEarlier));
    forms.push(...analyzeReturnTables(grid, settings, ownEarlier));
    forms.push(...analyzeTokyoBusiness(grid, ownEarlier));
  }
  if ((options.businessMatching ?? "workbook") === "workbook") compareBusinessWithSites(forms);
  // Years (other Form 7 sheets, the 報告履歴 sheet) → the excellence level, the chart, the history row to write.
  issues.push(
    ...attachHistory(
      forms.filter((f): f is Form7Analysis => f.kind === "form7"),
      settings,
      history,
      ownEarlier,
    ),
  );
  const form8 = snapshot.sheets.flatMap((grid) => locateForm8(grid) ?? []);
  if ((options.form8Matching ?? "workbook") === "workbook") {
    const sites = form7SiteRefs(forms);
    for (const f of form8) issues.push(...matchForm8(f.sites, sites));
  }
  return prices ? { forms, issues, form8, prices: prices.prices } : { forms, issues, form8 };
}
