/**
 * The one contract every kind of form implements: locate and read on each sheet, then check and plan over
 * what every sheet holds. `analyzeWorkbook` walks the list in readers.ts; adding a kind is adding an entry.
 *
 * A reader first says, from the sheet's label index alone, whether the sheet can hold its kind at all: a
 * sheet that never mentions the kind's words is passed over without its cells being read again.
 */
import type { BenchmarkEntry } from "../domain/benchmark/table";
import type { Issue } from "../domain/issue";
import type { ReferencePrice } from "../domain/jcredit/referencePrices";
import type { Settings } from "../domain/settings";
import type { FormAnalysis } from "./analysis";
import type { Form8 } from "./form8/form8";
import type { Grid } from "./grid";
import type { HistoryInWorkbook } from "./history/years";
import type { SheetLabels } from "./text";
import type { OwnEarlier } from "./writePlan";

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

/** What the readers listed earlier have established about the workbook, and the run's settings. */
export interface ReaderContext {
  readonly settings: Settings;
  readonly ownEarlier: OwnEarlier;
  readonly options: AnalyzeOptions;
  /** The benchmark table: the built-in one, with the workbook's benchmark sheets taking precedence. */
  readonly benchmark: readonly BenchmarkEntry[];
  /** The history sheets (報告履歴 first): earlier years of the sites. */
  readonly history: readonly HistoryInWorkbook[];
  /** The forms the readers listed earlier analysed, in sheet order. */
  readonly forms: readonly FormAnalysis[];
}

/** What a reader adds to the workbook's analysis (and to the context of the readers after it). */
export interface ReaderOutput {
  forms?: FormAnalysis[];
  /** Problems of the workbook as a whole (a benchmark sheet's bad row, a Form 8 site without its Form 7). */
  issues?: Issue[];
  form8?: Form8[];
  /** J-Credit reference prices the workbook gives (its price sheets): presets, never applied. */
  prices?: ReferencePrice[];
  benchmark?: BenchmarkEntry[];
  history?: HistoryInWorkbook[];
  /** Sheets that are this reader's alone: no reader listed after it looks at them. */
  claims?: Grid[];
}

/** What the readers listed earlier found on the same sheet. */
export interface SheetFinds {
  of<F>(reader: FormReader<F>): readonly F[];
}

export interface FormReader<Found> {
  /** The kind, as the registry names it. */
  readonly name: string;
  /** Whether the sheet mentions what this kind needs, judged from its label index alone. */
  wanted(labels: SheetLabels): boolean;
  /** locate and read on one sheet: what this kind finds there. */
  read(grid: Grid, ctx: ReaderContext, earlier: SheetFinds): Found[];
  /**
   * check and plan over what every sheet holds: each analysis is built here, once. Not called when no
   * sheet was wanted (nothing read, nothing to analyse); `found` may still be empty when sheets were read.
   */
  analyze(found: readonly Found[], ctx: ReaderContext): ReaderOutput;
}

/** A reader whose analyses are complete on each sheet (no workbook-wide step). */
export function sheetReader<A extends FormAnalysis>(
  name: string,
  wanted: (labels: SheetLabels) => boolean,
  read: (grid: Grid, ctx: ReaderContext, earlier: SheetFinds) => A[],
): FormReader<A> {
  return { name, wanted, read, analyze: (found) => ({ forms: [...found] }) };
}
