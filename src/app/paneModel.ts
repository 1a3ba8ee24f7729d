/**
 * What the task pane may know of the workbook layer, in one place: the analysis types it renders, the write
 * plan's consent rule, and small readings of a form (its key, a write's display precision). The pane
 * imports these from here, never from src/workbook (ESLint enforces it).
 */
import type { FormAnalysis } from "./analyze";
import type { Form7Analysis } from "../workbook/analysis";
import { form7WritesWithHistory } from "../workbook/history/record";
import type { PlannedWrite } from "../workbook/writePlan";

export type { FormAnalysis, WorkbookAnalysis } from "./analyze";
export type { Form7Analysis } from "../workbook/analysis";
export type { ForecastSheetAnalysis } from "../workbook/jcredit/forecastSheetAnalysis";
export type { TokyoSiteAnalysis } from "../workbook/tokyo/analyze";
export type { TokyoBusinessAnalysis } from "../workbook/tokyo/business";
export type { CellState, PlannedWrite } from "../workbook/writePlan";
export { needsConsent, selectWrites, writeKey } from "../workbook/writePlan";
export { HISTORY_SHEET_NAME } from "../workbook/history/historySheet";

/**
 * A form's key that survives a new analysis: kind, sheet, and its place among forms of that kind on that
 * sheet (a sheet may hold two Form 7 tables). Cards are keyed by it, so nothing is remounted on a re-check.
 */
export function formKey(forms: readonly FormAnalysis[], i: number): string {
  const f = forms[i];
  let n = 0;
  for (let k = 0; k < i; k++) if (forms[k].kind === f.kind && forms[k].sheet === f.sheet) n++;
  return `${f.kind}|${f.sheet}|${n}`;
}

/** The form of that key in this analysis, if it is still there. */
export function formByKey(forms: readonly FormAnalysis[], key: string): FormAnalysis | undefined {
  const i = forms.findIndex((_, k) => formKey(forms, k) === key);
  return i < 0 ? undefined : forms[i];
}

/** The writes the form's 「結果を書き込む」 previews: a Form 7's with its 報告履歴 row. */
export function resultWrites(f: FormAnalysis): PlannedWrite[] {
  return f.kind === "form7" ? form7WritesWithHistory(f.writes, f.history) : [...f.writes];
}

/**
 * Decimal places a write shows at: those of its number format's first section ("#,##0.0" → 1), so the
 * preview says what the finding says (14.0, not 13.9585776); null when the format says nothing.
 */
export function displayPlaces(w: Pick<PlannedWrite, "numberFormat" | "value">): number | null {
  if (typeof w.value !== "number" || !w.numberFormat || w.numberFormat === "@") return null;
  const section = w.numberFormat.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!/[0#?]/.test(section)) return null;
  const dot = /\.([0#?]+)/.exec(section);
  return dot ? dot[1].length : 0;
}

/** The form's open errors when a write would put zeros into it (a blank form's figures are zeros). */
export function zerosOverOpenErrors(f: Form7Analysis | FormAnalysis, writes: readonly PlannedWrite[]) {
  const zeros = writes.filter((w) => w.value === 0 && w.sheet === f.sheet);
  const errors = f.issues.filter((i) => i.severity === "error");
  return zeros.length > 0 && errors.length > 0 ? { zeros: zeros.length, errors } : null;
}
