/**
 * The small, plain facts the run keeps of each Form 7 once its workbook is gone: enough for the summary's
 * year-over-year sheet, the ward totals and the HTML report. Decimals travel as strings (exact), so a fact
 * crosses a worker thread unchanged.
 */
import type { FormAnalysis } from "../app/analyze";
import type { Rank } from "../domain/benchmark/rank";
import type { SiteClass } from "../domain/form7/types";
import { fiscalYearOf } from "../domain/fiscalYear";

export interface SiteFact {
  file: string;
  sheet: string;
  name: string | null;
  siteNumber: string | null;
  /** From the form's energy-use period (null when unreadable). */
  fiscalYear: number | null;
  siteClass: SiteClass;
  /** Exact decimal strings, as the form reports them. */
  floorAreaM2: string | null;
  co2TotalT: string;
  intensity: string | null;
  category: number | null;
  /** Benchmark standing, where the category has an average. */
  rank: Rank | null;
  average: string | null;
  errors: number;
  warnings: number;
}

/** The facts of every Form 7 of one file (`category`: --category, which overrides the sheet's). */
export function siteFactsOf(
  file: string,
  forms: readonly FormAnalysis[],
  category: number | null,
): SiteFact[] {
  return forms.flatMap((f): SiteFact[] => {
    if (f.kind !== "form7") return [];
    const site = f.form.input.site;
    const r = f.result.reported;
    return [
      {
        file,
        sheet: f.sheet,
        name: site.name?.value ?? null,
        siteNumber: site.siteNumber?.value ?? null,
        fiscalYear: fiscalYearOf(site.period?.value ?? null),
        siteClass: f.siteClass,
        floorAreaM2: site.floorAreaM2?.value.toString() ?? null,
        co2TotalT: r.co2TotalT.toString(),
        intensity: r.intensityKgPerM2?.toString() ?? null,
        category: f.benchmark?.category ?? category ?? site.benchmarkCategory?.value ?? null,
        rank: f.benchmark?.rank ?? null,
        average: f.benchmark?.average.toString() ?? null,
        errors: f.issues.filter((i) => i.severity === "error").length,
        warnings: f.issues.filter((i) => i.severity === "warning").length,
      },
    ];
  });
}
