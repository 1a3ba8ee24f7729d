/**
 * What the add-in found in a workbook: one entry per form, whatever its kind. Every kind carries its
 * issues (each pointing at a cell) and its proposed writes (a write plan, not yet applied).
 */
import type { Standing } from "../domain/benchmark/rank";
import type { Excellence, YearFigures } from "../domain/excellence/excellence";
import type { Form7Result, SiteClass } from "../domain/form7/types";
import type { Form7Sheet } from "./form7/sheet";
import type { CellRef, Issue } from "../domain/issue";
import type { CategorySlot } from "./form7/category";
import type { HistoryPlan } from "./history/record";
import type { PlannedWrite } from "./writePlan";
import type { CreditForecastAnalysis } from "./jcredit/forecastTable";
import type { ForecastSheetAnalysis } from "./jcredit/forecastSheetAnalysis";
import type { ReturnTableAnalysis } from "./jcredit/returnTableSheet";
import type { TokyoSiteAnalysis } from "./tokyo/analyze";
import type { TokyoBusinessAnalysis } from "./tokyo/business";

export type FormKind = "form7" | "creditForecast" | "returnTable" | "forecastSheet" | "tokyoBusiness";

export interface FormAnalysisBase {
  kind: FormKind;
  sheet: string;
  /** Where the form starts (for navigation). */
  anchor: CellRef;
  issues: Issue[];
  /** Proposed writes into the form's computed cells; apply only through selectWrites. */
  writes: PlannedWrite[];
}

export interface Form7Analysis extends FormAnalysisBase {
  kind: "form7";
  /** "tokyo": Tokyo's 地球温暖化対策報告書(その2), read in place of Form 7 (the same figures); absent for Form 7. */
  variant?: "tokyo";
  /** What (その2) adds: tick boxes, fiscal year, postcode, the tenant estimate, renewable energy. */
  tokyo?: TokyoSiteAnalysis;
  form: Form7Sheet;
  result: Form7Result;
  siteClass: SiteClass;
  /** Benchmark standing; null with an issue saying why (no category, no average, no intensity). */
  benchmark: Standing | null;
  /** Where the form keeps its ベンチマーク区分 (null: no free cell next to 主たる用途). */
  categorySlot: CategorySlot | null;
  /** The excellence level, where the workbook holds reports of earlier years for the same site. */
  excellence?: Excellence;
  /** The site's known fiscal years (Form 7 sheets, then the history sheet), oldest first: the chart's data. */
  years?: YearFigures[];
  /** Recording this report's year in the history sheet (報告履歴) when its results are written. */
  history?: HistoryPlan;
}

/** Every kind of form's analysis. */
export type FormAnalysis =
  | Form7Analysis
  | CreditForecastAnalysis
  | ReturnTableAnalysis
  | ForecastSheetAnalysis
  | TokyoBusinessAnalysis;
