/**
 * The one flow over a whole workbook: snapshot → locate → read → check → plan, for every kind of form in
 * the readers' list (src/workbook/readers.ts) on every sheet. Shared by the task pane and the command line.
 */
import { mergeBenchmarks } from "../domain/benchmark/table";
import type { Issue } from "../domain/issue";
import type { ReferencePrice } from "../domain/jcredit/referencePrices";
import type { Settings } from "../domain/settings";
import type { FormAnalysis } from "../workbook/analysis";
import type { Form8 } from "../workbook/form8/form8";
import type { Grid, WorkbookSnapshot } from "../workbook/grid";
import type { AnalyzeOptions, FormReader, ReaderContext, SheetFinds } from "../workbook/reader";
import { READERS } from "../workbook/readers";
import { sheetLabels } from "../workbook/text";
import { noOwnEarlier, type OwnEarlier } from "../workbook/writePlan";

export type { FormAnalysis } from "../workbook/analysis";
export type { AnalyzeOptions } from "../workbook/reader";
export { form7SiteRefs } from "../workbook/form8/reader";

export interface WorkbookAnalysis {
  forms: FormAnalysis[];
  /** Problems of the workbook as a whole (e.g. a Form 8 site without its Form 7). */
  issues: Issue[];
  /** The Form 8 cover sheets found (their listed sites with cells), whichever way they were matched. */
  form8?: Form8[];
  /** The workbook's own J-Credit reference prices (its price sheet), when it has one: presets, never applied. */
  prices?: ReferencePrice[];
}

export function analyzeWorkbook(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  ownEarlier: OwnEarlier = noOwnEarlier,
  options: AnalyzeOptions = {},
  readers: readonly FormReader<unknown>[] = READERS,
): WorkbookAnalysis {
  const ctx: { -readonly [K in keyof ReaderContext]: ReaderContext[K] } = {
    settings,
    ownEarlier,
    options,
    benchmark: mergeBenchmarks([]),
    history: [],
    forms: [],
  };
  const issues: Issue[] = [];
  const form8: Form8[] = [];
  let prices: ReferencePrice[] | null = null;
  const claimed = new Set<Grid>();
  /** What each reader found on each sheet, for the readers after it (a forecast sheet is no forecast table…). */
  const found = new Map<Grid, Map<FormReader<unknown>, unknown[]>>();
  const order = new Map(snapshot.sheets.map((g, i) => [g.sheet, i]));
  for (const reader of readers) {
    const all: unknown[] = [];
    let readAny = false;
    for (const grid of snapshot.sheets) {
      if (claimed.has(grid) || !reader.wanted(sheetLabels(grid))) continue;
      readAny = true;
      const onSheet = found.get(grid) ?? new Map<FormReader<unknown>, unknown[]>();
      found.set(grid, onSheet);
      const earlier: SheetFinds = { of: <F>(r: FormReader<F>) => (onSheet.get(r) ?? []) as F[] };
      const here = reader.read(grid, ctx, earlier);
      onSheet.set(reader, here);
      all.push(...here);
    }
    // A kind whose words no sheet mentions has nothing to analyse (most kinds, in most workbooks).
    if (!readAny) continue;
    const out = reader.analyze(all, ctx);
    if (out.benchmark) ctx.benchmark = out.benchmark;
    if (out.history) ctx.history = out.history;
    if (out.forms) ctx.forms = inSheetOrder([...ctx.forms, ...out.forms], order);
    issues.push(...(out.issues ?? []));
    form8.push(...(out.form8 ?? []));
    if (out.prices) prices = [...(prices ?? []), ...out.prices];
    for (const g of out.claims ?? []) claimed.add(g);
  }
  const forms = [...ctx.forms];
  return prices ? { forms, issues, form8, prices } : { forms, issues, form8 };
}

/** Forms by sheet, in the order of the workbook's sheets (within a sheet: the readers' order). */
function inSheetOrder(forms: FormAnalysis[], order: ReadonlyMap<string, number>): FormAnalysis[] {
  return forms.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
}
