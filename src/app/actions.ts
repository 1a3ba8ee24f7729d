/**
 * The pane's workflows as actions over the host services: each takes what the user chose and returns what
 * to tell them. They know nothing of React; the controller runs them one at a time through its queue.
 */
import type { Issue } from "../domain/issue";
import type { Settings } from "../domain/settings";
import type { Form7Analysis } from "../workbook/analysis";
import { planCategory } from "../workbook/form7/category";
import { historyNewSheet, recordedAtText, stampHistoryWrites } from "../workbook/history/record";
import { exampleForecastParams } from "../workbook/jcredit/forecastSheet";
import { forecastNewSheet } from "../workbook/jcredit/forecastSheetAnalysis";
import {
  publicationLayout,
  publicationNewSheet,
  PUBLICATION_ITEMS,
} from "../workbook/publication/publicationSheet";
import { needsConsent, selectWrites, type PlannedWrite } from "../workbook/writePlan";
import type { WorkbookAnalysis } from "./analyze";
import type { Notice } from "./notices";
import type { HostServices } from "./services";

export type PaneServices = HostServices<WorkbookAnalysis>;

/** The cells a category choice writes (label and number next to 主たる用途), or null without a slot. */
export function categoryWrites(f: Form7Analysis, category: number): PlannedWrite[] | null {
  return f.categorySlot ? planCategory(f.categorySlot, category) : null;
}

export async function writeCells(services: PaneServices, writes: readonly PlannedWrite[]): Promise<Notice> {
  const r = await services.write(writes);
  return { kind: "written", written: r.written };
}

/** A Form 7's writes with its 報告履歴 row (one batch), or, without that sheet, the sheet created after. */
export async function writeForm7(
  services: PaneServices,
  f: Form7Analysis,
  chosen: readonly PlannedWrite[],
  now: Date,
): Promise<Notice | null> {
  const h = f.history;
  const at = recordedAtText(now);
  const r = chosen.length ? await services.write(stampHistoryWrites([...chosen], h, at)) : null;
  if (h?.kind === "create") {
    const c = await services.createSheet(historyNewSheet(h.record, at));
    return { kind: "historyCreated", sheet: c.sheet, fiscalYear: h.fiscalYear, written: r?.written ?? null };
  }
  return r ? { kind: "written", written: r.written } : null;
}

export async function undoLast(services: PaneServices): Promise<Notice> {
  const r = await services.undoLast();
  return r.batch
    ? { kind: "undone", restored: r.restored, skipped: r.skipped?.length ?? 0 }
    : { kind: "nothingToUndo" };
}

export async function insertForecast(services: PaneServices): Promise<Notice> {
  const r = await services.createSheet(forecastNewSheet(exampleForecastParams()));
  return { kind: "forecastInserted", sheet: r.sheet, chart: r.chart };
}

export interface RecomputeOutcome {
  /** The analysis read afresh before writing (the pane shows it). */
  analysis: WorkbookAnalysis;
  notice: Notice;
  /** Some result was typed over: the preview is to open, nothing was written. */
  askConsent: boolean;
  /** Whether cells were written (the workbook is to be read again). */
  wrote: boolean;
}

/** One click: read the edited parameters afresh, compute, and write the results (consent asked if needed). */
export async function recomputeForecast(
  services: PaneServices,
  sheet: string,
  settings: Settings,
): Promise<RecomputeOutcome> {
  const analysis = await services.analyze(settings);
  const f = analysis.forms.find((x) => x.kind === "forecastSheet" && x.sheet === sheet);
  const done = (notice: Notice, askConsent = false, wrote = false) => ({
    analysis,
    notice,
    askConsent,
    wrote,
  });
  if (!f || f.kind !== "forecastSheet") return done({ kind: "forecastNotFound", sheet });
  if (f.forecast === null) return done({ kind: "forecastInvalid" });
  if (f.writes.some((w) => w.state !== "same" && needsConsent(w)))
    return done({ kind: "needsConsent" }, true);
  const r = await services.write(selectWrites(f.writes));
  return done({ kind: "recomputed", written: r.written }, false, true);
}

/** The site's publication sheet, from its Form 7 and what the user typed (date of report, measures). */
export async function makePublication(
  services: PaneServices,
  f: Form7Analysis,
  reportDate: string,
  measures: string[],
): Promise<Notice> {
  const site = f.form.input.site;
  const layout = publicationLayout({ site, result: f.result, reportDate, measures, anchor: f.anchor });
  const r = await services.createSheet(publicationNewSheet(layout, site.name?.value ?? null, f.sheet));
  const blank = PUBLICATION_ITEMS.filter((item) => layout.blank.includes(item.key)).map((item) => ({
    ja: item.ja,
    en: item.en,
  }));
  return { kind: "publication", sheet: r.sheet, blank };
}

export async function markIssues(services: PaneServices, issues: readonly Issue[]): Promise<Notice> {
  await services.clearMarks();
  return { kind: "marked", n: await services.mark(issues) };
}

export async function clearMarks(services: PaneServices): Promise<Notice> {
  return { kind: "cleared", n: await services.clearMarks() };
}
