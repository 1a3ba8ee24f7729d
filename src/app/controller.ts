/**
 * The pane's state and what the user can do, without React: the task pane subscribes to it (a hook) and
 * renders its state. Every action runs through one queue (busy while a user action runs or waits); after
 * an action the workbook is read again in place (the cards stay, a small indicator shows the re-check);
 * settings are saved at once and re-analysed after a pause; with host events, edits to a form's sheet are
 * re-checked by themselves after a pause, one re-check per burst.
 */
import type { CellRef } from "../domain/issue";
import { DEFAULT_SETTINGS, type Settings } from "../domain/settings";
import { fromA1 } from "../workbook/address";
import {
  categoryWrites,
  clearMarks,
  insertForecast,
  makePublication,
  markIssues,
  recomputeForecast,
  undoLast,
  writeCells,
  writeForm7,
  type PaneServices,
} from "./actions";
import type { WorkbookAnalysis } from "./analyze";
import { errorText, type Notice } from "./notices";
import { formByKey, formKey, type PlannedWrite } from "./paneModel";
import { ActionQueue, type Job } from "./queue";

export type PaneView =
  { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; analysis: WorkbookAnalysis };

export type PanePreview =
  { key: string; kind: "results" } | { key: string; kind: "category"; category: number };

export interface PaneState {
  settings: Settings;
  view: PaneView;
  /** The workbook is being read again while the last analysis stays shown. */
  refreshing: boolean;
  /** A user action runs or waits: action buttons are disabled. */
  busy: boolean;
  /** The last notice; `id` changes with every notice, `focus` asks the pane to move focus to it. */
  notice: { notice: Notice; id: number; focus: boolean } | null;
  /** The open write preview (one at a time), by form key. */
  preview: PanePreview | null;
  /** The cell selected in the workbook (host events), for highlighting its finding. */
  selected: CellRef | null;
  /** Edits are re-checked by themselves (events watched and the setting on). */
  live: boolean;
  /** Whether the add-in's marks are in the workbook (null: not known). */
  marks: boolean | null;
}

export interface ControllerTiming {
  /** Pause after the last settings change before re-analysing (ms). */
  settingsMs?: number;
  /** Pause after the last edit of a burst before re-checking (ms). */
  liveMs?: number;
  now?: () => Date;
}

export class PaneController {
  private state: PaneState = {
    settings: DEFAULT_SETTINGS,
    view: { kind: "loading" },
    refreshing: false,
    busy: false,
    notice: null,
    preview: null,
    selected: null,
    live: false,
    marks: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly queue = new ActionQueue();
  private noticeId = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Sheets edited since the last live re-check; null: the whole workbook is to be read. */
  private dirty: Set<string> | null = new Set();
  private unwatch: (() => Promise<void>) | null = null;
  private disposed = false;
  private starting: Promise<void> | null = null;
  private readonly settingsMs: number;
  private readonly liveMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly services: PaneServices,
    timing: ControllerTiming = {},
  ) {
    this.settingsMs = timing.settingsMs ?? 400;
    this.liveMs = timing.liveMs ?? 700;
    this.now = timing.now ?? (() => new Date());
    this.queue.onBusy((busy) => this.set({ busy }));
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private tell(notice: Notice | null, focus: boolean): void {
    if (notice) this.set({ notice: { notice, id: ++this.noticeId, focus } });
  }

  get forms() {
    return this.state.view.kind === "ready" ? this.state.view.analysis.forms : [];
  }

  /**
   * Reads the stored settings, analyses the workbook, and starts watching it where the host can. Started
   * again after `dispose` (React's StrictMode mounts twice), it reads nothing again and only watches again.
   */
  start(): Promise<void> {
    this.disposed = false;
    if (this.starting) return this.starting.then(() => this.syncWatch());
    this.starting = this.firstStart();
    return this.starting;
  }

  private async firstStart(): Promise<void> {
    let stored = DEFAULT_SETTINGS;
    try {
      stored = await this.services.loadSettings();
    } catch {
      stored = DEFAULT_SETTINGS;
    }
    this.set({ settings: stored });
    try {
      const n = (await this.services.markCount?.()) ?? null;
      this.set({ marks: n === null ? null : n > 0 });
    } catch {
      // Unknown: 色を消す stays offered.
    }
    await this.reanalyze("background");
    await this.syncWatch();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    const stop = this.unwatch;
    this.unwatch = null;
    if (stop) void stop().catch(() => undefined);
  }

  /**
   * Reads the workbook again (or, for a live re-check, only the sheets a person edited, where the host can);
   * the shown analysis stays until the new one is there.
   */
  private async load(only: readonly string[] | null = null): Promise<void> {
    const first = this.state.view.kind !== "ready";
    this.set(first ? { view: { kind: "loading" } } : { refreshing: true });
    try {
      const settings = this.state.settings;
      const analysis =
        only && !first && this.services.recheck
          ? await this.services.recheck(only, settings)
          : await this.services.analyze(settings);
      const preview = this.state.preview;
      // A preview whose form went away closes; one still there shows the fresh plan.
      const keep = preview && formByKey(analysis.forms, preview.key) ? preview : null;
      this.set({ view: { kind: "ready", analysis }, preview: keep });
    } catch (e) {
      if (first) this.set({ view: { kind: "error", message: errorText(e) } });
      else this.tell({ kind: "error", message: errorText(e) }, false);
    } finally {
      this.set({ refreshing: false });
    }
  }

  private reanalyze(job: Job): Promise<void> {
    return this.queue.run(() => this.load(), job);
  }

  /** Runs a user action through the queue; its notice (focused when asked) or its error is shown. */
  private act(f: () => Promise<void>): Promise<void> {
    return this.queue.run(async () => {
      try {
        await f();
      } catch (e) {
        this.tell({ kind: "error", message: errorText(e) }, true);
      }
    });
  }

  refresh = (): Promise<void> => this.reanalyze("action");

  retry = (): Promise<void> => this.reanalyze("action");

  select = (cell: CellRef): Promise<void> => this.act(() => this.services.select(cell));

  /** Saves at once; re-analyses after a pause (an arrow key in a radio group is one change each). */
  changeSettings = async (next: Settings): Promise<void> => {
    const before = this.state.settings;
    this.set({ settings: next });
    try {
      await this.services.saveSettings(next);
    } catch (e) {
      this.tell({ kind: "error", message: errorText(e) }, false);
    }
    if (next.liveRecheck !== before.liveRecheck) await this.syncWatch();
    // Messages carry both languages and the live setting changes no figure: no new analysis for these.
    const same = (s: Settings) => ({ ...s, language: "ja", liveRecheck: true });
    if (JSON.stringify(same(next)) === JSON.stringify(same(before))) return;
    this.schedule(this.settingsMs);
  };

  /**
   * A re-analysis after a pause: of the whole workbook, or (`sheet`, a live re-check) of the sheets edited
   * during the pause. A whole one pending is never narrowed to some sheets.
   */
  private schedule(ms: number, sheet: string | null = null): void {
    if (this.timer) clearTimeout(this.timer);
    if (sheet === null) this.dirty = null;
    else this.dirty?.add(sheet);
    this.timer = setTimeout(() => {
      this.timer = null;
      const only = this.dirty ? [...this.dirty] : null;
      this.dirty = new Set();
      void this.queue.run(() => this.load(only), "background");
    }, ms);
  }

  private async syncWatch(): Promise<void> {
    const want = !this.disposed && this.state.settings.liveRecheck && this.services.watch !== undefined;
    if (want && !this.unwatch) {
      try {
        this.unwatch =
          (await this.services.watch?.({
            changed: (sheet) => this.changed(sheet),
            selected: (cell) => this.set({ selected: cell }),
          })) ?? null;
      } catch {
        this.unwatch = null;
      }
      if (this.disposed) return this.syncWatch();
    } else if (!want && this.unwatch) {
      const stop = this.unwatch;
      this.unwatch = null;
      await stop().catch(() => undefined);
    }
    this.set({ live: this.unwatch !== null });
  }

  /** A sheet changed (not by the add-in): re-check after the burst, if it holds a form (or none was found). */
  private changed(sheet: string): void {
    if (!this.state.settings.liveRecheck || this.state.view.kind === "loading") return;
    const forms = this.forms;
    if (forms.length > 0 && !forms.some((f) => f.sheet === sheet)) return;
    this.schedule(this.liveMs, sheet);
  }

  openResults = (key: string): void => this.set({ preview: { key, kind: "results" } });

  /** The category chosen on a card: its preview opens with the choice shown in the select. */
  chooseCategory = (key: string, category: number): void =>
    this.set({ preview: { key, kind: "category", category } });

  closePreview = (): void => this.set({ preview: null });

  /** The writes of the open category preview. */
  categoryPlan(key: string, category: number): PlannedWrite[] | null {
    const f = formByKey(this.forms, key);
    return f?.kind === "form7" ? categoryWrites(f, category) : null;
  }

  /** Writes what the preview of that form's results shows (ticked cells included). */
  writeResults = (key: string, chosen: PlannedWrite[]): Promise<void> =>
    this.act(async () => {
      const f = formByKey(this.forms, key);
      if (!f) return;
      const notice =
        f.kind === "form7"
          ? await writeForm7(this.services, f, chosen, this.now())
          : await writeCells(this.services, chosen);
      this.set({ preview: null });
      this.tell(notice, true);
      await this.load();
    });

  /** Only the 報告履歴 sheet, when the form itself needs no write. */
  createHistoryOnly = (key: string): Promise<void> => this.writeResults(key, []);

  writeCategory = (chosen: PlannedWrite[]): Promise<void> =>
    this.act(async () => {
      const notice = await writeCells(this.services, chosen);
      this.set({ preview: null });
      this.tell(notice, true);
      await this.load();
    });

  undo = (): Promise<void> =>
    this.act(async () => {
      this.tell(await undoLast(this.services), true);
      await this.load();
    });

  insertForecast = (): Promise<void> =>
    this.act(async () => {
      this.tell(await insertForecast(this.services), true);
      await this.load();
    });

  recompute = (sheet: string): Promise<void> =>
    this.act(async () => {
      this.set({ refreshing: true });
      let wrote = false;
      try {
        const r = await recomputeForecast(this.services, sheet, this.state.settings);
        const forms = r.analysis.forms;
        const i = forms.findIndex((f) => f.kind === "forecastSheet" && f.sheet === sheet);
        this.set({
          view: { kind: "ready", analysis: r.analysis },
          preview: r.askConsent && i >= 0 ? { key: formKey(forms, i), kind: "results" } : this.state.preview,
        });
        this.tell(r.notice, !r.askConsent);
        wrote = r.wrote;
      } finally {
        this.set({ refreshing: false });
      }
      if (wrote) await this.load();
    });

  makePublication = (key: string, reportDate: string, measures: string[]): Promise<void> =>
    this.act(async () => {
      const f = formByKey(this.forms, key);
      if (f?.kind !== "form7") return;
      this.tell(await makePublication(this.services, f, reportDate, measures), true);
      await this.load();
    });

  mark = (): Promise<void> =>
    this.act(async () => {
      const issues = this.forms.flatMap((f) => f.issues);
      const notice = await markIssues(this.services, issues);
      this.set({ marks: notice.kind === "marked" && notice.n > 0 });
      this.tell(notice, false);
    });

  clearMarks = (): Promise<void> =>
    this.act(async () => {
      this.tell(await clearMarks(this.services), false);
      this.set({ marks: false });
    });
}

/** Whether a finding's cell lies in the selected range (its sheet and address). */
export function isSelected(cell: CellRef | null, selected: CellRef | null): boolean {
  if (!cell || !selected || cell.sheet !== selected.sheet) return false;
  try {
    const [a, b = a] = selected.address.replace(/\$/g, "").split(":");
    const from = fromA1(a);
    const to = fromA1(b);
    const at = fromA1(cell.address.replace(/\$/g, ""));
    return at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col;
  } catch {
    return false;
  }
}
