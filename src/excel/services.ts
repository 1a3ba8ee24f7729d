/**
 * HostServices over Office.js: what the task pane calls. Each method is one job of the runner (run.ts):
 * jobs run one at a time, every batch with delayForCellEdit. The sync counts are the modules' (snapshot 2
 * for a workbook whose sheets fit their window, 3+ only for large form sheets; write 1, undo 2, mark 1–2,
 * clear 1–2, select 1). State kept between calls: where the next log row goes (from the last snapshot,
 * then advanced by each write) and which sheets are protected; in the document settings: the marks record
 * and the last batch's cells (the undo hint).
 */
import type { CreateReceipt, HostServices, UndoReceipt, WriteReceipt } from "../app/services";
import type { CellRef, Issue } from "../domain/issue";
import type { Settings } from "../domain/settings";
import type { WorkbookSnapshot } from "../workbook/grid";
import { uniqueSheetName, type NewSheet } from "../workbook/newSheet";
import type { OwnEarlier, PlannedWrite } from "../workbook/writePlan";
import { applyWrites, settleFailedWrite, undoLast } from "./apply";
import {
  LOG_SHEET,
  logGridOf,
  logStateOf,
  ownEarlierFromLog,
  undoHintOf,
  withoutLogSheet,
  type LogState,
  type UndoHint,
} from "../workbook/auditLog";
import { createSheet, removeFailedCreate } from "./createSheet";
import { OwnWrites, watchWorkbook } from "./events";
import { MARKS_KEY, clearMarks, markIssues, type MarkRecord } from "./marks";
import { createRunner } from "./run";
import { apiSupported, snapshotWorkbook, type ExcelSnapshot, type PayloadBudget } from "./snapshot";
import {
  documentSettings,
  loadSettings,
  readStored,
  saveSettings,
  writeStored,
  type DocumentSettings,
} from "./settingsStore";

export const LAST_BATCH_KEY = "co2check.lastBatch";

/** Refused before anything is written: the target sheets the user protected. */
export class ProtectedSheetError extends Error {
  readonly code = "SheetProtected";
  constructor(readonly sheets: readonly string[]) {
    const names = sheets.map((n) => `「${n}」`).join("");
    super(
      `シート${names}は保護されているため、何も書き込んでいません。保護を解除してからもう一度お試しください。` +
        ` / Sheet ${sheets.map((n) => `"${n}"`).join(", ")} is protected: nothing was written. Unprotect it and try again.`,
    );
    this.name = "ProtectedSheetError";
  }
}

function codeOf(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

/** The log or a target sheet went or came since the snapshot: the batch failed before changing anything. */
function sheetsMoved(e: unknown): boolean {
  const code = codeOf(e);
  return code === "ItemNotFound" || code === "ItemAlreadyExists";
}

export type AnalyzeSnapshot<TAnalysis> = (
  snapshot: WorkbookSnapshot,
  settings: Settings,
  ownEarlier: OwnEarlier,
) => TAnalysis;

export interface ExcelServicesOptions {
  /** Clock for log times and batch ids (tests pin it). */
  now?: () => Date;
  budget?: PayloadBudget;
  /** Document settings (default Office.context.document.settings). */
  store?: () => DocumentSettings;
}

/** The Excel implementation of HostServices; `analyzeSnapshot` is usually analyzeWorkbook. */
export function createExcelServices<TAnalysis>(
  analyzeSnapshot: AnalyzeSnapshot<TAnalysis>,
  options: ExcelServicesOptions = {},
): HostServices<TAnalysis> {
  const now = options.now ?? (() => new Date());
  const store = options.store ?? documentSettings;
  let logState: LogState | null = null;
  let sheetNames: Set<string> | null = null;
  let lastSnapshot: ExcelSnapshot | null = null;
  let protectedSheets = new Set<string>();
  let counter = 0;
  const runner = createRunner();
  // The cells the add-in writes: their change events are its own, not the user's (live re-check).
  const own = new OwnWrites();
  const run = runner.read;
  const refuseProtected = (sheets: Iterable<string>): void => {
    const hit = [...new Set(sheets)].filter((n) => protectedSheets.has(n));
    if (hit.length > 0) throw new ProtectedSheetError(hit);
  };

  const readLogState = (): Promise<LogState> =>
    run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
      ws.load("name");
      await ctx.sync();
      if (ws.isNullObject) return { exists: false, nextRow: 0 };
      const used = ws.getUsedRange(true);
      used.load("address,rowIndex,rowCount,values");
      await ctx.sync();
      const blank = used.rowCount === 1 && (used.values as unknown[][])[0].every((v) => v === "");
      return { exists: true, nextRow: blank ? 0 : used.rowIndex + used.rowCount };
    });

  const nextBatch = (at: Date) =>
    `B${at.getTime().toString(36).toUpperCase()}${(counter++ % 36).toString(36).toUpperCase()}`;

  const readSheetNames = (): Promise<Set<string>> =>
    run(async (ctx) => {
      const list = ctx.workbook.worksheets;
      list.load("items/name");
      await ctx.sync();
      return new Set(list.items.map((w) => w.name));
    });

  /** Reads every sheet and analyses the workbook (inside a job of the runner). */
  const analyzeAll = async (settings: Settings): Promise<TAnalysis> => {
    const snapshot = await run((ctx) => snapshotWorkbook(ctx, { budget: options.budget }));
    const logGrid = logGridOf(snapshot);
    logState = logStateOf(logGrid);
    sheetNames = new Set(snapshot.sheets.map((g) => g.sheet));
    protectedSheets = new Set(snapshot.protectedSheets);
    lastSnapshot = snapshot;
    return analyzeSnapshot(withoutLogSheet(snapshot), settings, ownEarlierFromLog(logGrid));
  };

  const services: HostServices<TAnalysis> = {
    analyze: (settings: Settings): Promise<TAnalysis> => runner.exclusive(() => analyzeAll(settings)),

    recheck: (sheets: readonly string[], settings: Settings): Promise<TAnalysis> =>
      runner.exclusive(async () => {
        const last = lastSnapshot;
        const wanted = [...new Set(sheets)].filter((n) => n !== LOG_SHEET);
        if (!last || wanted.some((n) => !sheetNames?.has(n))) return analyzeAll(settings);
        let part: Awaited<ReturnType<typeof snapshotWorkbook>>;
        try {
          part = await run((ctx) => snapshotWorkbook(ctx, { budget: options.budget, only: wanted }));
        } catch (e) {
          // A sheet was renamed or deleted since: read the whole workbook.
          if ((e as { code?: string }).code !== "ItemNotFound") throw e;
          return analyzeAll(settings);
        }
        const fresh = new Map(part.sheets.map((g) => [g.sheet, g]));
        const snapshot = {
          ...last,
          sheets: last.sheets.map((g) => fresh.get(g.sheet) ?? g),
          protectedSheets: [
            ...last.protectedSheets.filter((n) => !wanted.includes(n)),
            ...part.protectedSheets,
          ],
          partialSheets: [...last.partialSheets.filter((n) => !wanted.includes(n)), ...part.partialSheets],
        };
        protectedSheets = new Set(snapshot.protectedSheets);
        lastSnapshot = snapshot;
        const logGrid = logGridOf(snapshot);
        return analyzeSnapshot(withoutLogSheet(snapshot), settings, ownEarlierFromLog(logGrid));
      }),

    select: (cell: CellRef): Promise<void> =>
      runner.exclusive(() =>
        run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(cell.sheet);
          ws.activate();
          ws.getRange(cell.address).select();
          await ctx.sync();
        }),
      ),

    write: (writes: readonly PlannedWrite[]): Promise<WriteReceipt> =>
      runner.exclusive(async () => {
        const at = now();
        const batch = nextBatch(at);
        if (writes.length === 0) return { batch, written: 0 };
        refuseProtected([...writes.map((w) => w.sheet), LOG_SHEET]);
        own.expect(writes);
        const snap = lastSnapshot;
        const numberFormatOf = (sheet: string, row: number, col: number): string | null =>
          snap?.sheets.find((g) => g.sheet === sheet)?.numberFormat(row, col) ?? null;
        const applyOptions = (state: LogState) => ({
          log: state,
          batch,
          time: at.toISOString(),
          numberFormatOf,
        });
        const apply = async (state: LogState) => {
          try {
            return await runner.change((ctx) => applyWrites(ctx, writes, applyOptions(state)));
          } catch (e) {
            // Excel kept what ran before the failing action: make the log say which cells were written.
            if (!sheetsMoved(e)) {
              logState = null;
              await run((ctx) => settleFailedWrite(ctx, writes, applyOptions(state))).catch(() => undefined);
            }
            throw e;
          }
        };
        let result: Awaited<ReturnType<typeof apply>>;
        try {
          result = await apply(logState ?? (await readLogState()));
        } catch (e) {
          // The log sheet was deleted or created since the snapshot: nothing was written (the batch checks
          // the sheets first); read where the log stands and try once more.
          if (!sheetsMoved(e)) throw e;
          result = await apply(await readLogState());
        }
        logState = result.log;
        sheetNames?.add(LOG_SHEET);
        await writeStored(LAST_BATCH_KEY, undoHintOf(batch, writes), store());
        return result.receipt;
      }),

    createSheet: (sheet: NewSheet): Promise<CreateReceipt> =>
      runner.exclusive(async () => {
        const at = now();
        const batch = nextBatch(at);
        refuseProtected([LOG_SHEET]);
        const charts = apiSupported("ExcelApi", "1.1");
        const attempt = async (names: Set<string>, log: LogState) => {
          const name = uniqueSheetName(sheet.name, [...names, LOG_SHEET]);
          const create = { name, log, batch, time: at.toISOString(), charts };
          try {
            const r = await runner.change((ctx) => createSheet(ctx, sheet, create));
            return { name, ...r };
          } catch (e) {
            // Part of the batch ran: take away the sheet it began (and a log sheet it created).
            if (!sheetsMoved(e)) {
              logState = null;
              await run((ctx) => removeFailedCreate(ctx, create)).catch(() => undefined);
            }
            throw e;
          }
        };
        let result: Awaited<ReturnType<typeof attempt>>;
        try {
          result = await attempt(sheetNames ?? (await readSheetNames()), logState ?? (await readLogState()));
        } catch (e) {
          // A sheet of that name (or the log) appeared or went since the snapshot: nothing was created;
          // read the names and the log again and try once more.
          if (!sheetsMoved(e)) throw e;
          result = await attempt(await readSheetNames(), await readLogState());
        }
        logState = result.log;
        sheetNames?.add(LOG_SHEET);
        sheetNames?.add(result.name);
        // Undo reads the log for this batch (a created sheet is checked as a whole, not cell by cell).
        await writeStored(LAST_BATCH_KEY, null, store());
        return { batch, written: result.written, sheet: result.name, chart: result.chart };
      }),

    undoLast: (): Promise<UndoReceipt> =>
      runner.exclusive(async () => {
        const hint = readStored<UndoHint | null>(LAST_BATCH_KEY, null, store());
        // The cells undo restores are its own; without the hint (an older batch) every sheet is muted briefly.
        if (hint) own.expect(hint.cells);
        else own.mute(["*"], 1500);
        const result = await runner.change((ctx) => undoLast(ctx, { time: now().toISOString(), hint }));
        if (result.batch !== null) await writeStored(LAST_BATCH_KEY, null, store());
        return { batch: result.batch, restored: result.restored, skipped: result.skipped };
      }),

    mark: (issues: readonly Issue[]): Promise<number> =>
      runner.exclusive(async () => {
        const existing = readStored<MarkRecord[]>(MARKS_KEY, [], store());
        const language = loadSettings(store()).language;
        const known = sheetNames;
        // A protected sheet refuses fills: its issues stay in the pane, unmarked.
        const marked = issues.filter(
          (i) =>
            i.cell !== null &&
            (known === null || known.has(i.cell.sheet)) &&
            !protectedSheets.has(i.cell.sheet),
        );
        const result = await runner.change((ctx) =>
          markIssues(ctx, marked, {
            existing,
            language,
            notes: apiSupported("ExcelApi", "1.18"),
            patterns: apiSupported("ExcelApi", "1.9"),
          }),
        );
        await writeStored(MARKS_KEY, result.records, store());
        return result.marked;
      }),

    clearMarks: (): Promise<number> =>
      runner.exclusive(async () => {
        const records = readStored<MarkRecord[]>(MARKS_KEY, [], store());
        if (records.length === 0) return 0;
        const existingSheets = sheetNames ?? undefined;
        const n = await runner.change((ctx) => clearMarks(ctx, records, { existingSheets }));
        await writeStored(MARKS_KEY, null, store());
        return n;
      }),

    watch: (events) => watchWorkbook(events, own, [LOG_SHEET]),

    markCount: async (): Promise<number> => readStored<MarkRecord[]>(MARKS_KEY, [], store()).length,

    loadSettings: async (): Promise<Settings> => loadSettings(store()),

    saveSettings: (settings: Settings): Promise<void> =>
      runner.exclusive(() => saveSettings(settings, store())),
  };
  return services;
}
