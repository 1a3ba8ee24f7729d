/**
 * Recording a Form 7's year in the history sheet (報告履歴) when its results are written from the pane.
 *
 * Planned with the analysis (the only place that holds the sheets): when the history sheet exists, the
 * year's row is a list of PlannedWrites that join the Form 7's own write batch (previewed, consent asked
 * for typed cells like any other write); when it does not, the plan carries the record and the pane
 * creates the sheet after the write (one more batch). The time of recording (記録日時) is stamped at write
 * time, and only when some cell of the row actually changes, so re-analysing never proposes a write of
 * the time alone.
 */
import type { Bilingual } from "../../domain/issue";
import type { Form7Result, Form7Site } from "../../domain/form7/types";
import type { Grid } from "../grid";
import type { NewSheet } from "../newSheet";
import { needsConsent, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";
import {
  HISTORY_COLUMNS,
  HISTORY_SHEET_NAME,
  historyRecordFromForm7,
  historySheetLayout,
  planHistoryUpsert,
  type HistoryRecord,
  type HistorySheet,
} from "./historySheet";

/** What writing a Form 7's results does to the history sheet. */
export type HistoryPlan =
  | { kind: "create"; fiscalYear: number; record: HistoryRecord }
  | {
      kind: "append" | "replace";
      fiscalYear: number;
      record: HistoryRecord;
      sheet: string;
      /** 1-based row number as Excel shows it. */
      rowNumber: number;
      /** The row's cells (記録日時 excluded; see `stamp`). Cells already holding the value are "same". */
      writes: PlannedWrite[];
      /** The 記録日時 cell, its value given at write time (see stampHistoryWrites). */
      stamp: PlannedWrite;
    };

/** The label of a history cell in the write preview: the sheet and the year go first, so it reads apart. */
function historyLabel(sheet: string, fiscalYear: number, label: Bilingual): Bilingual {
  return {
    ja: `${sheet}・${fiscalYear}年度: ${label.ja}`,
    en: `${sheet}, FY${fiscalYear}: ${label.en}`,
  };
}

/**
 * The plan for recording a Form 7's year: into the history sheet when there is one, else a new
 * sheet. null without a fiscal year, or without a site name or number to file the row under.
 */
export function planForm7History(
  fiscalYear: number | null,
  site: Pick<Form7Site, "name" | "siteNumber" | "floorAreaM2">,
  result: Form7Result,
  history: { grid: Grid; sheet: HistorySheet } | null,
  ownEarlier: OwnEarlier,
): HistoryPlan | null {
  if (fiscalYear === null) return null;
  const record = historyRecordFromForm7(fiscalYear, site, result, null);
  if (!record.siteName && !record.siteNumber) return null;
  // Without a history sheet the sheet is created (the plan carries the record; no layout is needed here).
  if (!history) return { kind: "create", fiscalYear, record };
  const upsert = planHistoryUpsert(history.grid, record, ownEarlier);
  if (upsert.kind === "create") return { kind: "create", fiscalYear, record };
  const spec = HISTORY_COLUMNS.find((c) => c.key === "recordedAt")!;
  const stamp = planWrite(
    history.grid,
    upsert.row,
    history.sheet.columns.recordedAt,
    "",
    historyLabel(history.sheet.sheet, fiscalYear, { ja: spec.ja, en: spec.en }),
    { ownEarlier, numberFormat: "@" },
  );
  return {
    kind: upsert.kind,
    fiscalYear,
    record,
    sheet: upsert.sheet,
    rowNumber: upsert.row + 1,
    writes: upsert.writes.map((w) => ({
      ...w,
      label: historyLabel(history.sheet.sheet, fiscalYear, w.label),
    })),
    stamp,
  };
}

/** The writes of a Form 7 and of its history row, as one batch to preview (form cells first). */
export function form7WritesWithHistory(
  writes: readonly PlannedWrite[],
  plan: HistoryPlan | null | undefined,
): PlannedWrite[] {
  return plan && plan.kind !== "create" ? [...writes, ...plan.writes] : [...writes];
}

/**
 * The batch to apply: the chosen writes, plus the history row's 記録日時 when any cell of that row is among
 * them (never over a time someone typed: that cell would need consent, so it is then left).
 */
export function stampHistoryWrites(
  chosen: readonly PlannedWrite[],
  plan: HistoryPlan | null | undefined,
  recordedAt: string,
): PlannedWrite[] {
  if (!plan || plan.kind === "create") return [...chosen];
  const touches = chosen.some((w) => w.sheet === plan.sheet && w.row === plan.stamp.row);
  if (!touches || needsConsent(plan.stamp)) return [...chosen];
  return [...chosen, { ...plan.stamp, value: recordedAt }];
}

/** The new history sheet holding one record (header bold, numbers in the layout's formats). */
export function historyNewSheet(record: HistoryRecord, recordedAt: string): NewSheet {
  const values = historySheetLayout([{ ...record, recordedAt }]);
  return {
    name: HISTORY_SHEET_NAME,
    label: { ja: "報告履歴", en: "Report history" },
    values,
    numberFormats: values.map((row, r) =>
      row.map((_, c) => (r === 0 ? null : (HISTORY_COLUMNS[c]?.numberFormat ?? null))),
    ),
    bold: HISTORY_COLUMNS.map((_, col) => ({ row: 0, col })),
    columnWidths: [8, 24, 12, 14, 18, 16, 22, 20, 26],
  };
}

/** The time of recording as local ISO 8601 with its offset ("2025-06-30T09:00:00+09:00"). */
export function recordedAtText(d: Date): string {
  const p = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return (
    `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}` +
    `T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` +
    `${sign}${p(Math.trunc(Math.abs(off) / 60))}:${p(Math.abs(off) % 60)}`
  );
}
