/**
 * An in-memory fake of the subset of the Excel JavaScript API that src/excel uses, with Office.js proxy
 * semantics: properties are unavailable until load() + sync(); writes and loads are queued and run in order
 * at sync (so a load queued before a write sees the old value, as in Excel); every sync is counted and the
 * JSON size of what it sends (writes) and returns (loads) is measured against Excel on the web's 5 MB limit.
 *
 * SELF-CONTAINED ON PURPOSE: no imports (not even types), no Node APIs. The browser end-to-end tests
 * transpile this file with `typescript.transpileModule` and inject it in place of office.js. When the page
 * defines `globalThis.__CO2_FAKE_WORKBOOK__` (and optionally `__CO2_FAKE_OPTIONS__`) before this script runs,
 * it installs itself and exposes the fake as `globalThis.__excelFake` (stats, dump()).
 *
 * Events (ExcelApi 1.7): `worksheet.onChanged`, `worksheet.onSelectionChanged` and `worksheets.onAdded`
 * fire after the sync that caused them, as in Excel — for the add-in's own writes too (one event per range
 * written) — and `userEdit` / `userSelect` play a person typing into a cell or clicking one.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

/** One cell of a fake workbook, keyed by its A1 address. */
export interface FakeCellInit {
  value?: string | number | boolean | null;
  /** A formula such as "=SUM(A1:A3)"; `value` is then its cached result. */
  formula?: string;
  numberFormat?: string;
  /** Fill colour "#RRGGBB"; absent means no fill. */
  fill?: string;
  /** A note (ExcelApi 1.18). */
  note?: string;
  /** Bold font. */
  bold?: boolean;
}

/** A chart on a sheet (ExcelApi 1.1), as the fake records it. */
export interface FakeChartInit {
  type: string;
  /** Source range, A1 on the chart's sheet. */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left cell the chart was placed at, if setPosition was called. */
  position?: string;
}

export interface FakeSheetInit {
  name: string;
  cells: { [a1: string]: FakeCellInit };
  /** Merged areas such as "B2:D2". */
  merges?: string[];
  charts?: FakeChartInit[];
  /** Column widths set by the add-in, in points, by column letter. */
  columnWidths?: { [col: string]: number };
}

export interface FakeWorkbookInit {
  sheets: FakeSheetInit[];
}

export interface FakeOptions {
  /** Requirement sets the host claims, e.g. { ExcelApi: "1.18" } (the default). */
  apiSets?: { [name: string]: string };
  /** Largest request or response a sync may carry, in bytes (Excel on the web: 5 MB). 0 disables. */
  payloadLimitBytes?: number;
  /** Document settings present when the workbook opens. */
  settings?: { [key: string]: unknown };
  platform?: string;
  displayLanguage?: string;
  /** `Office.context.officeTheme` (Office's theme: Colorful, Dark Gray, Black, White); absent when not given. */
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
    isDarkTheme?: boolean;
    /** Office.ThemeId: 0 Black, 1 Colorful, 2 DarkGray, 3 White. */
    themeId?: number;
  };
}

export interface FakeSyncRecord {
  /** Bytes of JSON of the values written by the sync. */
  request: number;
  /** Bytes of JSON of the properties loaded by the sync. */
  response: number;
}

export interface FakeStats {
  /** context.sync() calls, including the implicit one at the end of Excel.run when work is pending. */
  syncs: number;
  /** Excel.run calls. */
  runs: number;
  /** Largest request or response of any sync, in bytes. */
  maxPayloadBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  perSync: FakeSyncRecord[];
  settingsSaves: number;
}

export interface FakeDump {
  sheets: FakeSheetInit[];
  settings: { [key: string]: unknown };
  activeSheet: string | null;
  selection: string | null;
}

export interface FakeExcel {
  /** A person types into a cell (text as typed, numbers as numbers): onChanged fires after a moment. */
  userEdit(sheet: string, address: string, value: string | number | null): void;
  /** A person selects a cell or range: onSelectionChanged fires after a moment. */
  userSelect(sheet: string, address: string): void;
  Excel: any;
  Office: any;
  OfficeExtension: any;
  stats: FakeStats;
  /** Resets the counters (not the workbook). */
  resetStats(): void;
  /** The workbook now, in the same shape as the input (plus fills and notes), and the saved settings. */
  dump(): FakeDump;
  /** Puts Excel, Office and OfficeExtension on `target` (default globalThis); returns a function that undoes it. */
  install(target?: any): () => void;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const DEFAULT_LIMIT = 5 * 1024 * 1024;

type Scalar = string | number | boolean | null;

interface CellModel {
  value: Scalar;
  formula: string | null;
  numberFormat: string | null;
  fill: string | null;
  pattern: string | null;
  bold?: boolean;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SheetModel {
  name: string;
  cells: Map<number, CellModel>;
  merges: Area[];
  notes: Map<number, string>;
  charts?: FakeChartInit[];
  columnWidths?: Map<number, number>;
}

type FakeHandler = (args: any) => unknown;

interface BookModel {
  sheets: SheetModel[];
  activeSheet: string | null;
  selection: string | null;
  /** Registered event handlers (ExcelApi 1.7), by sheet for the worksheet events. */
  handlers: {
    changed: Map<SheetModel, FakeHandler[]>;
    selection: Map<SheetModel, FakeHandler[]>;
    added: FakeHandler[];
  };
}

/** Calls the handlers after the current sync has returned to the add-in, as Excel delivers events. */
function fire(handlers: readonly FakeHandler[] | undefined, args: unknown): void {
  for (const h of [...(handlers ?? [])]) setTimeout(() => void h(args), 0);
}

const sheetId = (s: SheetModel) => `{sheet-${s.name}}`;

interface Resolved {
  sheet: SheetModel;
  area: Area;
}

class FakeOfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

function areaA1(a: Area): string {
  return a.top === a.bottom && a.left === a.right
    ? a1(a.top, a.left)
    : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function parseColumn(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** Splits "'My Sheet'!A1:B2" into sheet name and the cell part. */
function splitSheet(address: string): { sheet: string | null; ref: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: null, ref: address.trim() };
  let s = address.slice(0, i).trim();
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return { sheet: s, ref: address.slice(i + 1).trim() };
}

function parseRef(ref: string): Area {
  const parts = ref.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length < 1 || parts.length > 2)
    throw new FakeOfficeError("InvalidArgument", `bad address ${ref}`);
  const one = (p: string): { row: number | null; col: number | null } => {
    let m = /^([A-Z]{1,3})(\d{1,7})$/.exec(p);
    if (m) return { row: Number(m[2]) - 1, col: parseColumn(m[1]) };
    m = /^([A-Z]{1,3})$/.exec(p);
    if (m) return { row: null, col: parseColumn(m[1]) };
    m = /^(\d{1,7})$/.exec(p);
    if (m) return { row: Number(m[1]) - 1, col: null };
    throw new FakeOfficeError("InvalidArgument", `bad address ${ref}`);
  };
  const a = one(parts[0]);
  const b = parts.length === 2 ? one(parts[1]) : a;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === null || b.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = a.col === null || b.col === null ? MAX_COLS - 1 : Math.max(a.col, b.col);
  if (bottom >= MAX_ROWS || right >= MAX_COLS)
    throw new FakeOfficeError("InvalidArgument", `bad address ${ref}`);
  return { top, left, bottom, right };
}

function intersect(a: Area, b: Area): Area | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** UTF-8 bytes of the JSON of `v`. */
function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  const s = JSON.stringify(v) ?? "";
  if (typeof TextEncoder !== "undefined") return new TextEncoder().encode(s).length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function emptyCell(): CellModel {
  return { value: null, formula: null, numberFormat: null, fill: null, pattern: null };
}

function isBlank(c: CellModel | undefined): boolean {
  return !c || ((c.value === null || c.value === "") && c.formula === null);
}

function isUnused(c: CellModel | undefined): boolean {
  return isBlank(c) && !c?.numberFormat && !c?.fill;
}

function buildBook(init: FakeWorkbookInit): BookModel {
  const sheets: SheetModel[] = init.sheets.map((s) => {
    const sheet: SheetModel = { name: s.name, cells: new Map(), merges: [], notes: new Map() };
    for (const [addr, c] of Object.entries(s.cells)) {
      const area = parseRef(addr);
      const cell: CellModel = {
        value: c.value === undefined || c.value === "" ? null : c.value,
        formula: c.formula ?? null,
        numberFormat: c.numberFormat ?? null,
        fill: c.fill ? c.fill.toUpperCase() : null,
        pattern: c.fill ? "Solid" : null,
      };
      if (c.bold) cell.bold = true;
      sheet.cells.set(key(area.top, area.left), cell);
      if (c.note !== undefined) sheet.notes.set(key(area.top, area.left), c.note);
    }
    for (const m of s.merges ?? []) sheet.merges.push(parseRef(m));
    if (s.charts) sheet.charts = s.charts.map((c) => ({ ...c }));
    return sheet;
  });
  return {
    sheets,
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
    handlers: { changed: new Map(), selection: new Map(), added: [] },
  };
}

/** What a value/formula write puts into a cell, the way typing it would ("'" keeps text as text). */
function typedInput(v: unknown, cell: CellModel): void {
  if (typeof v === "string") {
    if (v.startsWith("=") && v.length > 1) {
      cell.formula = v;
      cell.value = null; // the fake does not calculate
      return;
    }
    cell.formula = null;
    if (v.startsWith("'")) cell.value = v.slice(1);
    else if (v === "") cell.value = null;
    else if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v.trim())) cell.value = Number(v);
    else if (/^(TRUE|FALSE)$/i.test(v)) cell.value = v.toUpperCase() === "TRUE";
    else cell.value = v;
    return;
  }
  cell.formula = null;
  cell.value = typeof v === "number" || typeof v === "boolean" ? v : null;
}

type Op = () => void;

interface FakeState {
  stats: FakeStats;
  limit: number;
  supports(name: string, version: string): boolean;
}

class Ctx {
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  private queue: { op: Op; request: number }[] = [];
  private response = 0;
  private readonly commits: (() => void)[] = [];

  constructor(
    readonly book: BookModel,
    readonly fake: FakeState,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op, requestValue?: unknown): void {
    this.queue.push({ op, request: jsonBytes(requestValue) });
  }

  /** Called by load ops while a sync runs: adds to the response size and schedules the cache commit. */
  loaded(bytes: number, commit: () => void): void {
    this.response += bytes;
    this.commits.push(commit);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.response = 0;
    this.commits.length = 0;
    const stats = this.fake.stats;
    stats.syncs++;
    const request = queue.reduce((n, q) => n + q.request + 16, 0);
    const limit = this.fake.limit;
    const record: FakeSyncRecord = { request, response: 0 };
    stats.perSync.push(record);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    stats.maxPayloadBytes = Math.max(stats.maxPayloadBytes, request);
    await Promise.resolve();
    if (limit > 0 && request > limit)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    for (const q of queue) q.op();
    record.response = this.response;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this.response);
    stats.maxPayloadBytes = Math.max(stats.maxPayloadBytes, this.response);
    if (limit > 0 && this.response > limit)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.response} bytes`);
    for (const c of this.commits) c();
  }
}

/** The base of every proxy: loaded properties, null-object state, load(). */
abstract class ProxyBase {
  protected loadedProps: { [name: string]: unknown } = {};
  protected nullState: boolean | undefined;

  constructor(readonly context: Ctx) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "isNullObject is not available before load() and sync()",
      );
    return this.nullState;
  }

  /** The properties load() with no argument brings. */
  protected abstract defaultProps(): string[];
  /** Reads a property from the model while a sync runs. */
  protected abstract readProp(name: string): unknown;
  /** Whether the target exists now (false for a null object); throws for a missing non-null target. */
  protected abstract exists(): boolean;

  protected get<T>(name: string): T {
    if (!(name in this.loadedProps))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loadedProps[name] as T;
  }

  /** Sub-objects that can be loaded with an "a/b" path. */
  protected child(_name: string): ProxyBase | null {
    return null;
  }

  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    let names: string[];
    if (spec === undefined) names = this.defaultProps();
    else if (typeof spec === "string") names = spec.split(",");
    else if (Array.isArray(spec)) names = spec;
    else names = (spec.select ?? "").split(",");
    names = names.map((n) => n.trim()).filter((n) => n.length > 0);
    const own: string[] = [];
    for (const n of names) {
      const slash = n.indexOf("/");
      if (slash > 0) {
        const sub = this.child(n.slice(0, slash));
        if (!sub) throw new Error(`fake: cannot load ${n}`);
        sub.load(n.slice(slash + 1));
      } else own.push(n);
    }
    this.context.enqueue(() => {
      const exists = this.exists();
      const got: { [name: string]: unknown } = {};
      if (exists) for (const n of own) got[n] = this.readProp(n);
      this.context.loaded(jsonBytes(got) + 16, () => {
        this.nullState = !exists;
        if (exists) Object.assign(this.loadedProps, got);
        else for (const n of own) this.loadedProps[n] = null;
      });
    });
    return this;
  }

  toJSON(): unknown {
    return { ...this.loadedProps };
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly context: Ctx) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
  getActiveWorksheet(): FakeWorksheet {
    const book = this.context.book;
    return new FakeWorksheet(
      this.context,
      () => book.sheets.find((s) => s.name === book.activeSheet) ?? null,
      false,
    );
  }
}

function findSheet(book: BookModel, name: string): SheetModel | null {
  const lower = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === lower || sheetId(s) === name) ?? null;
}

function worksheetProp(s: SheetModel, index: number, p: string): unknown {
  switch (p) {
    case "name":
      return s.name;
    case "position":
      return index;
    case "visibility":
      return "Visible";
    case "id":
      return sheetId(s);
    default:
      throw new Error(`fake: worksheet has no property ${p}`);
  }
}

class FakeWorksheetCollection extends ProxyBase {
  private itemsCache: FakeWorksheet[] | null = null;

  protected defaultProps(): string[] {
    return ["items"];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProp(name: string): unknown {
    throw new Error(`fake: worksheets has no property ${name}`);
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsCache)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "worksheets.items is not available before load() and sync()",
      );
    return this.itemsCache;
  }

  override load(spec?: string | string[] | { select?: string; expand?: string }): this {
    let names: string[] = [];
    if (typeof spec === "string") names = spec.split(",");
    else if (Array.isArray(spec)) names = spec;
    else if (spec && spec.select) names = spec.select.split(",");
    const props = names
      .map((n) => n.trim().replace(/^items\//, ""))
      .filter((n) => n.length > 0 && n !== "items");
    const wanted = props.length > 0 ? props : ["name", "position", "visibility"];
    this.context.enqueue(() => {
      const sheets = [...this.context.book.sheets];
      const rows = sheets.map((s, i) => {
        const o: { [k: string]: unknown } = {};
        for (const p of wanted) o[p] = worksheetProp(s, i, p);
        return o;
      });
      this.context.loaded(jsonBytes(rows) + 16, () => {
        this.itemsCache = sheets.map((s, i) => {
          const ws = new FakeWorksheet(
            this.context,
            () => (this.context.book.sheets.includes(s) ? s : null),
            false,
          );
          ws.setLoaded(rows[i]);
          return ws;
        });
      });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.book, name), false, name);
  }

  get onAdded(): FakeEventSource {
    return new FakeEventSource(this.context, "1.7", () => this.context.book.handlers.added);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.book, name), true, name);
  }

  add(name?: string): FakeWorksheet {
    const book = this.context.book;
    let created: SheetModel | null = null;
    this.context.enqueue(() => {
      let n = name;
      if (n === undefined) {
        let i = book.sheets.length + 1;
        while (findSheet(book, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (findSheet(book, n)) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${n} exists`);
      created = { name: n, cells: new Map(), merges: [], notes: new Map() };
      book.sheets.push(created);
      fire(book.handlers.added, { type: "WorksheetAdded", source: "Local", worksheetId: sheetId(created) });
    }, name);
    return new FakeWorksheet(this.context, () => created, false, name);
  }

  getCount(): { value: number } {
    let value = 0;
    let loaded = false;
    this.context.enqueue(() => {
      const n = this.context.book.sheets.length;
      this.context.loaded(8, () => {
        value = n;
        loaded = true;
      });
    });
    return {
      get value(): number {
        if (!loaded) throw new FakeOfficeError("PropertyNotLoaded", "value is not available before sync()");
        return value;
      },
    };
  }
}

class FakeWorksheet extends ProxyBase {
  private notesCache: FakeNoteCollection | null = null;

  constructor(
    context: Ctx,
    readonly resolveSheet: () => SheetModel | null,
    private readonly nullable: boolean,
    private readonly label = "?",
  ) {
    super(context);
  }

  setLoaded(props: { [k: string]: unknown }): void {
    Object.assign(this.loadedProps, props);
    this.nullState = false;
  }

  /** The sheet now; throws ItemNotFound for a missing sheet unless this is an OrNullObject proxy. */
  sheetOrThrow(): SheetModel | null {
    const s = this.resolveSheet();
    if (!s && !this.nullable) throw new FakeOfficeError("ItemNotFound", `no sheet named ${this.label}`);
    return s;
  }

  protected defaultProps(): string[] {
    return ["name", "position", "visibility"];
  }
  protected exists(): boolean {
    return this.sheetOrThrow() !== null;
  }
  protected readProp(name: string): unknown {
    const s = this.sheetOrThrow();
    if (!s) return null;
    return worksheetProp(s, this.context.book.sheets.indexOf(s), name);
  }

  get name(): string {
    return this.get("name");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): string {
    return this.get("visibility");
  }

  /** worksheet.protection (ExcelApi 1.2): the fake's sheets are never protected. */
  get protection(): FakeProtection {
    return new FakeProtection(this.context);
  }

  mustSheet(): SheetModel {
    const s = this.sheetOrThrow();
    if (!s) throw new FakeOfficeError("InvalidOperation", "the worksheet is a null object");
    return s;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.mustSheet();
        if (address === undefined || address === "")
          return { sheet, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
        const { sheet: named, ref } = splitSheet(address);
        if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
          throw new FakeOfficeError("InvalidArgument", `address ${address} is on another sheet`);
        return { sheet, area: parseRef(ref) };
      },
      false,
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.context,
      () => ({
        sheet: this.mustSheet(),
        area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 },
      }),
      false,
    );
  }

  private used(valuesOnly: boolean): Area | null {
    const sheet = this.mustSheet();
    let area: Area | null = null;
    for (const [k, c] of sheet.cells) {
      if (valuesOnly ? isBlank(c) : isUnused(c)) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (!area) area = { top: row, left: col, bottom: row, right: col };
      else {
        area.top = Math.min(area.top, row);
        area.bottom = Math.max(area.bottom, row);
        area.left = Math.min(area.left, col);
        area.right = Math.max(area.right, col);
      }
    }
    return area;
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => ({
        sheet: this.mustSheet(),
        area: this.used(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      }),
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        if (!this.sheetOrThrow()) return null;
        const area = this.used(valuesOnly);
        return area ? { sheet: this.mustSheet(), area } : null;
      },
      true,
    );
  }

  activate(): void {
    this.context.enqueue(() => {
      this.context.book.activeSheet = this.mustSheet().name;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const sheet = this.mustSheet();
      const book = this.context.book;
      book.sheets = book.sheets.filter((s) => s !== sheet);
      if (book.activeSheet === sheet.name) book.activeSheet = book.sheets[0]?.name ?? null;
    });
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.mustSheet());
  }

  get onChanged(): FakeEventSource {
    return new FakeEventSource(this.context, "1.7", () =>
      listFor(this.context.book.handlers.changed, this.mustSheet()),
    );
  }

  get onSelectionChanged(): FakeEventSource {
    return new FakeEventSource(this.context, "1.7", () =>
      listFor(this.context.book.handlers.selection, this.mustSheet()),
    );
  }

  get notes(): FakeNoteCollection {
    if (!this.context.fake.supports("ExcelApi", "1.18"))
      throw new FakeOfficeError("ApiNotFound", "worksheet.notes needs ExcelApi 1.18");
    if (!this.notesCache) this.notesCache = new FakeNoteCollection(this.context, () => this.mustSheet());
    return this.notesCache;
  }
}

class FakeRange extends ProxyBase {
  readonly format: FakeRangeFormat;

  constructor(
    context: Ctx,
    /** Where the range is now; null for a null object. */
    readonly resolve: () => Resolved | null,
    private readonly nullable: boolean,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
  }

  protected override child(name: string): ProxyBase | null {
    return name === "format" ? this.format.fill : null;
  }

  protected defaultProps(): string[] {
    return [
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "values",
      "formulas",
      "numberFormat",
    ];
  }

  target(): Resolved | null {
    const r = this.resolve();
    if (!r && !this.nullable) throw new FakeOfficeError("ItemNotFound", "range not found");
    return r;
  }

  mustTarget(): Resolved {
    const r = this.target();
    if (!r) throw new FakeOfficeError("InvalidOperation", "the range is a null object");
    return r;
  }

  protected exists(): boolean {
    return this.target() !== null;
  }

  private cells<T>(f: (c: CellModel | undefined) => T): T[][] {
    const { sheet, area } = this.mustTarget();
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    if (rows * cols > 5_000_000) throw new FakeOfficeError("RangeExceedsLimit", "range too large to read");
    const out: T[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: T[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(f(sheet.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }

  protected readProp(name: string): unknown {
    const { sheet, area } = this.mustTarget();
    switch (name) {
      case "address":
      case "addressLocal":
        return `${quoteSheet(sheet.name)}!${areaA1(area)}`;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "cellCount":
        return (area.bottom - area.top + 1) * (area.right - area.left + 1);
      case "values":
        return this.cells((c) => (!c || c.value === null ? "" : c.value));
      case "text":
        return this.cells((c) => (!c || c.value === null ? "" : String(c.value)));
      case "formulas":
        return this.cells((c) =>
          !c ? "" : c.formula !== null ? c.formula : c.value === null ? "" : c.value,
        );
      case "numberFormat":
        return this.cells((c) => c?.numberFormat ?? "General");
      default:
        throw new Error(`fake: range has no property ${name}`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get values(): any[][] {
    return this.get("values");
  }
  set values(v: any[][]) {
    this.write(v, (cell, x) => typedInput(x, cell));
  }
  get formulas(): any[][] {
    return this.get("formulas");
  }
  set formulas(v: any[][]) {
    this.write(v, (cell, x) => typedInput(x, cell));
  }
  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.write(v, (cell, x) => {
      cell.numberFormat = x === "General" || x === "" ? null : String(x);
    });
  }

  /** Queues a 2-D write; null entries leave their cell alone; a shape mismatch fails the sync. */
  private write(v: any[][], apply: (cell: CellModel, x: unknown) => void): void {
    if (!Array.isArray(v) || v.some((r) => !Array.isArray(r)))
      throw new FakeOfficeError("InvalidArgument", "expected a 2-D array");
    const copy = v.map((r) => [...r]);
    this.context.enqueue(() => {
      const { sheet, area } = this.mustTarget();
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (copy.length !== rows || copy.some((r) => r.length !== cols))
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
        );
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const x = copy[r][c];
          if (x === null || x === undefined) continue;
          const k = key(area.top + r, area.left + c);
          const cell = sheet.cells.get(k) ?? emptyCell();
          apply(cell, x);
          sheet.cells.set(k, cell);
        }
      fire(this.context.book.handlers.changed.get(sheet), changedArgs(sheet, areaA1(area), "Local"));
    }, copy);
  }

  private derived(f: (t: Resolved) => Area | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        const area = f(t);
        if (!area) {
          if (nullable) return null;
          throw new FakeOfficeError("InvalidArgument", "range outside the sheet");
        }
        if (area.top < 0 || area.left < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLS)
          throw new FakeOfficeError("InvalidArgument", "range outside the sheet");
        return { sheet: t.sheet, area };
      },
      nullable,
    );
  }

  /** The smallest range holding this one and `other` (ExcelApi 1.1). */
  getBoundingRect(other: FakeRange): FakeRange {
    return this.derived(({ area }) => {
      const b = other.target()?.area;
      if (!b) return null;
      return {
        top: Math.min(area.top, b.top),
        left: Math.min(area.left, b.left),
        bottom: Math.max(area.bottom, b.bottom),
        right: Math.max(area.right, b.right),
      };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + row,
      left: area.left + column,
      bottom: area.top + row,
      right: area.left + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + rowOffset,
      left: area.left + columnOffset,
      bottom: area.bottom + rowOffset,
      right: area.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top,
      left: area.left,
      bottom: area.bottom + deltaRows,
      right: area.right + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top,
      left: area.left,
      bottom: area.top + numRows - 1,
      right: area.left + numColumns - 1,
    }));
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derived(({ area, sheet }) => {
      let b: Area;
      if (typeof other === "string") b = parseRef(splitSheet(other).ref);
      else {
        const o = other.target();
        if (!o || o.sheet !== sheet) return null;
        b = o.area;
      }
      return intersect(area, b);
    }, true);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.context.fake.supports("ExcelApi", "1.13"))
      throw new FakeOfficeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    return new FakeRangeAreas(this.context, () => {
      const t = this.target();
      if (!t) return null;
      const found = t.sheet.merges.filter((m) => intersect(m, t.area));
      return found.length > 0 ? { sheet: t.sheet, areas: found } : null;
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.mustTarget();
      this.context.book.activeSheet = sheet.name;
      this.context.book.selection = `${quoteSheet(sheet.name)}!${areaA1(area)}`;
      fire(this.context.book.handlers.selection.get(sheet), {
        type: "WorksheetSelectionChanged",
        worksheetId: sheetId(sheet),
        address: areaA1(area),
      });
    });
  }

  forEachCell(f: (cell: CellModel) => void): void {
    const { sheet, area } = this.mustTarget();
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const k = key(r, c);
        const cell = sheet.cells.get(k) ?? emptyCell();
        f(cell);
        sheet.cells.set(k, cell);
      }
  }
}

class FakeProtection extends ProxyBase {
  protected defaultProps(): string[] {
    return ["protected"];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProp(name: string): unknown {
    if (name !== "protected") throw new Error(`fake: protection has no property ${name}`);
    return false;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: { bold: boolean };
  constructor(
    readonly context: Ctx,
    private readonly range: FakeRange,
  ) {
    this.fill = new FakeRangeFill(context, range);
    const ctx = context;
    this.font = {
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "font.bold is write-only in the fake");
      },
      set bold(v: boolean) {
        ctx.enqueue(() => range.forEachCell((c) => (c.bold = v === true ? true : undefined)), v);
      },
    };
  }
  /** Width of the range's columns, in points. */
  set columnWidth(w: number) {
    this.context.enqueue(() => {
      const { sheet, area } = this.range.mustTarget();
      sheet.columnWidths ??= new Map();
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, w);
    }, w);
  }
  autofitColumns(): void {
    this.context.enqueue(() => void this.range.mustTarget());
  }
  load(spec?: string): this {
    if (spec && spec.startsWith("fill/")) this.fill.load(spec.slice(5));
    return this;
  }
}

class FakeRangeFill extends ProxyBase {
  constructor(
    context: Ctx,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  override load(spec?: string | string[] | { select?: string; expand?: string }): this {
    // "format/fill/color" arrives here as "fill/color".
    if (typeof spec === "string") return super.load(spec.replace(/(^|,)\s*fill\//g, "$1"));
    return super.load(spec);
  }
  protected defaultProps(): string[] {
    return ["color"];
  }
  protected exists(): boolean {
    return this.range.target() !== null;
  }
  private uniform(f: (c: CellModel | undefined) => string | null): string | null {
    const { sheet, area } = this.range.mustTarget();
    let first: string | null | undefined;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const v = f(sheet.cells.get(key(r, c)));
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
    return first ?? null;
  }
  protected readProp(name: string): unknown {
    switch (name) {
      case "color":
        // Excel reports "#FFFFFF" for a cell with no fill.
        return this.uniform((c) => c?.fill ?? "#FFFFFF");
      case "pattern":
        if (!this.context.fake.supports("ExcelApi", "1.9"))
          throw new FakeOfficeError("ApiNotFound", "fill.pattern needs ExcelApi 1.9");
        return this.uniform((c) => (c?.fill ? (c.pattern ?? "Solid") : "None"));
      default:
        throw new Error(`fake: fill has no property ${name}`);
    }
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.context.enqueue(() => {
      this.range.forEachCell((cell) => {
        cell.fill = v.toUpperCase();
        cell.pattern = "Solid";
      });
    }, v);
  }
  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(v: string) {
    this.context.enqueue(() => {
      this.range.forEachCell((cell) => {
        cell.pattern = v === "None" ? null : v;
        if (v === "None") cell.fill = null;
      });
    }, v);
  }
  clear(): void {
    this.context.enqueue(() => {
      this.range.forEachCell((cell) => {
        cell.fill = null;
        cell.pattern = null;
      });
    });
  }
}

class FakeRangeAreas extends ProxyBase {
  constructor(
    context: Ctx,
    private readonly resolveAreas: () => { sheet: SheetModel; areas: Area[] } | null,
  ) {
    super(context);
  }
  protected defaultProps(): string[] {
    return ["address", "areaCount"];
  }
  protected exists(): boolean {
    return this.resolveAreas() !== null;
  }
  protected readProp(name: string): unknown {
    const t = this.resolveAreas();
    if (!t) return null;
    if (name === "address") return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${areaA1(a)}`).join(",");
    if (name === "areaCount") return t.areas.length;
    throw new Error(`fake: range areas have no property ${name}`);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

class FakeChartCollection {
  constructor(
    readonly context: Ctx,
    private readonly sheet: () => SheetModel,
  ) {}
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    const record: FakeChartInit = { type, source: "", seriesBy, title: "" };
    this.context.enqueue(
      () => {
        const sheet = this.sheet();
        const t = source.mustTarget();
        if (t.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "chart source on another sheet");
        record.source = areaA1(t.area);
        sheet.charts ??= [];
        sheet.charts.push(record);
      },
      { type, seriesBy },
    );
    return new FakeChart(this.context, record);
  }
}

class FakeChart {
  readonly title: { text: string };
  constructor(
    readonly context: Ctx,
    private readonly record: FakeChartInit,
  ) {
    const ctx = context;
    this.title = {
      get text(): string {
        return record.title;
      },
      set text(v: string) {
        ctx.enqueue(() => (record.title = v), v);
      },
    };
  }
  setPosition(start: string | FakeRange): void {
    this.context.enqueue(() => {
      this.record.position =
        typeof start === "string" ? splitSheet(start).ref : areaA1(start.mustTarget().area).split(":")[0];
    });
  }
}

class FakeNoteCollection extends ProxyBase {
  private itemsCache: FakeNote[] | null = null;
  constructor(
    context: Ctx,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected defaultProps(): string[] {
    return [];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProp(name: string): unknown {
    throw new Error(`fake: notes have no property ${name}`);
  }
  get items(): FakeNote[] {
    if (!this.itemsCache) throw new FakeOfficeError("PropertyNotLoaded", "notes.items is not loaded");
    return this.itemsCache;
  }
  override load(): this {
    this.context.enqueue(() => {
      const entries = [...this.sheet().notes.entries()];
      this.context.loaded(jsonBytes(entries) + 16, () => {
        this.itemsCache = entries.map(([k, content]) => {
          const n = new FakeNote(this.context, this.sheet, k, false);
          n.setLoaded({ content });
          return n;
        });
      });
    });
    return this;
  }
  private keyOf(cellAddress: string | FakeRange): number {
    if (typeof cellAddress === "string") {
      const area = parseRef(splitSheet(cellAddress).ref);
      if (area.top !== area.bottom || area.left !== area.right)
        throw new FakeOfficeError("InvalidCellAddress", `${cellAddress} is not one cell`);
      return key(area.top, area.left);
    }
    const { area } = cellAddress.mustTarget();
    return key(area.top, area.left);
  }
  add(cellAddress: string | FakeRange, content: string): FakeNote {
    let k = -1;
    this.context.enqueue(() => {
      k = this.keyOf(cellAddress);
      const sheet = this.sheet();
      if (sheet.notes.has(k)) throw new FakeOfficeError("InvalidArgument", "the cell already has a note");
      sheet.notes.set(k, String(content));
    }, content);
    return new FakeNote(this.context, this.sheet, () => k, false);
  }
  getItem(cellAddress: string): FakeNote {
    return new FakeNote(this.context, this.sheet, () => this.keyOf(cellAddress), false);
  }
  getItemOrNullObject(cellAddress: string): FakeNote {
    return new FakeNote(this.context, this.sheet, () => this.keyOf(cellAddress), true);
  }
}

class FakeNote extends ProxyBase {
  constructor(
    context: Ctx,
    private readonly sheet: () => SheetModel,
    private readonly keyAt: number | (() => number),
    private readonly nullable: boolean,
  ) {
    super(context);
  }
  setLoaded(props: { [k: string]: unknown }): void {
    Object.assign(this.loadedProps, props);
    this.nullState = false;
  }
  private k(): number {
    return typeof this.keyAt === "number" ? this.keyAt : this.keyAt();
  }
  protected defaultProps(): string[] {
    return ["content"];
  }
  protected exists(): boolean {
    const has = this.sheet().notes.has(this.k());
    if (!has && !this.nullable) throw new FakeOfficeError("ItemNotFound", "no note on that cell");
    return has;
  }
  protected readProp(name: string): unknown {
    if (name === "content") return this.sheet().notes.get(this.k()) ?? null;
    if (name === "authorName") return "Fake User";
    throw new Error(`fake: note has no property ${name}`);
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.context.enqueue(() => {
      if (!this.exists()) throw new FakeOfficeError("InvalidOperation", "the note is a null object");
      this.sheet().notes.set(this.k(), v);
    }, v);
  }
  delete(): void {
    this.context.enqueue(() => {
      if (!this.exists()) throw new FakeOfficeError("InvalidOperation", "the note is a null object");
      this.sheet().notes.delete(this.k());
    });
  }
}

export function newStats(): FakeStats {
  return {
    syncs: 0,
    runs: 0,
    maxPayloadBytes: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    perSync: [],
    settingsSaves: 0,
  };
}

function listFor(map: Map<SheetModel, FakeHandler[]>, sheet: SheetModel): FakeHandler[] {
  let list = map.get(sheet);
  if (!list) map.set(sheet, (list = []));
  return list;
}

function changedArgs(sheet: SheetModel, address: string, source: string) {
  return {
    type: "WorksheetChanged",
    changeType: "RangeEdited",
    source,
    worksheetId: sheetId(sheet),
    address,
  };
}

/** An event of the API: `add` registers at the next sync and returns a result whose `remove` unregisters. */
class FakeEventSource {
  constructor(
    private readonly context: Ctx,
    version: string,
    private readonly list: () => FakeHandler[],
  ) {
    if (!context.fake.supports("ExcelApi", version))
      throw new FakeOfficeError("ApiNotFound", `events need ExcelApi ${version}`);
  }

  add(handler: FakeHandler): { context: Ctx; remove(): void } {
    const context = this.context;
    let list: FakeHandler[] | null = null;
    context.enqueue(() => {
      list = this.list();
      list.push(handler);
    });
    return {
      context,
      remove: () =>
        context.enqueue(() => {
          const i = list ? list.indexOf(handler) : -1;
          if (list && i >= 0) list.splice(i, 1);
        }),
    };
  }
}

/** Builds a fake Excel host over an in-memory workbook. */
export function createFakeExcel(init: FakeWorkbookInit, options: FakeOptions = {}): FakeExcel {
  const book = buildBook(init);
  const apiSets = options.apiSets ?? { ExcelApi: "1.18" };
  const supports = (name: string, version: string): boolean =>
    apiSets[name] !== undefined && compareVersions(apiSets[name], version) >= 0;
  const state: FakeState = { stats: newStats(), limit: options.payloadLimitBytes ?? DEFAULT_LIMIT, supports };
  const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  const saved: { [key: string]: unknown } = clone(options.settings ?? {});
  const live: { [key: string]: unknown } = clone(saved);

  const settings = {
    get(name: string): unknown {
      return name in live ? clone(live[name]) : null;
    },
    set(name: string, value: unknown): void {
      live[name] = clone(value);
    },
    remove(name: string): void {
      delete live[name];
    },
    saveAsync(a?: unknown, b?: unknown): void {
      const cb = (typeof a === "function" ? a : b) as ((r: unknown) => void) | undefined;
      for (const k of Object.keys(saved)) delete saved[k];
      Object.assign(saved, clone(live));
      state.stats.settingsSaves++;
      setTimeout(() => cb?.({ status: "succeeded", value: undefined, error: null }), 0);
    },
    refreshAsync(cb?: (r: unknown) => void): void {
      setTimeout(() => cb?.({ status: "succeeded", value: settings, error: null }), 0);
    },
    addHandlerAsync(): void {},
    removeHandlerAsync(): void {},
  };

  const Excel = {
    async run(a: unknown, b?: unknown): Promise<unknown> {
      const batch = (typeof a === "function" ? a : b) as (ctx: Ctx) => Promise<unknown>;
      state.stats.runs++;
      // Excel.run(context, batch) continues in that context (as removing an event handler needs).
      const ctx = a instanceof Ctx ? a : new Ctx(book, state);
      const result = await batch(ctx);
      if (ctx.pending) await ctx.sync();
      return result;
    },
    RequestContext: Ctx,
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      invalidArgument: "InvalidArgument",
      apiNotFound: "ApiNotFound",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };

  const platform = options.platform ?? "OfficeOnline";
  const info = { host: "Excel", platform };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      host: "Excel",
      platform,
      displayLanguage: options.displayLanguage ?? "ja-JP",
      contentLanguage: options.displayLanguage ?? "ja-JP",
      officeTheme: options.officeTheme,
      document: { settings },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          return supports(name, minVersion === undefined ? "1.1" : String(minVersion));
        },
      },
      diagnostics: { host: "Excel", platform, version: "16.0.fake" },
    },
    onReady(cb?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        cb?.(info);
        return info;
      });
    },
  };

  const OfficeExtension = { Error: FakeOfficeError, ClientRequestContext: Ctx };

  const sheetNamed = (name: string): SheetModel => {
    const sheet = findSheet(book, name);
    if (!sheet) throw new Error(`fake: no sheet named ${name}`);
    return sheet;
  };

  return {
    userEdit(sheetName: string, address: string, value: string | number | null): void {
      const sheet = sheetNamed(sheetName);
      const area = parseRef(address);
      const k = key(area.top, area.left);
      const cell = sheet.cells.get(k) ?? emptyCell();
      if (value === null) {
        cell.value = null;
        cell.formula = null;
      } else typedInput(value, cell);
      sheet.cells.set(k, cell);
      fire(book.handlers.changed.get(sheet), changedArgs(sheet, areaA1(area), "Local"));
    },
    userSelect(sheetName: string, address: string): void {
      const sheet = sheetNamed(sheetName);
      const area = parseRef(address);
      book.activeSheet = sheet.name;
      book.selection = `${quoteSheet(sheet.name)}!${areaA1(area)}`;
      fire(book.handlers.selection.get(sheet), {
        type: "WorksheetSelectionChanged",
        worksheetId: sheetId(sheet),
        address: areaA1(area),
      });
    },
    Excel,
    Office,
    OfficeExtension,
    stats: state.stats,
    resetStats(): void {
      Object.assign(state.stats, newStats());
    },
    dump(): FakeDump {
      return {
        sheets: book.sheets.map((s) => {
          const cells: { [a1: string]: FakeCellInit } = {};
          const keys = new Set<number>([...s.cells.keys(), ...s.notes.keys()]);
          for (const k of [...keys].sort((x, y) => x - y)) {
            const c = s.cells.get(k);
            const out: FakeCellInit = {};
            if (c && c.value !== null) out.value = c.value;
            if (c && c.formula !== null) out.formula = c.formula;
            if (c && c.numberFormat) out.numberFormat = c.numberFormat;
            if (c && c.fill) out.fill = c.fill;
            if (c && c.bold) out.bold = true;
            const note = s.notes.get(k);
            if (note !== undefined) out.note = note;
            if (Object.keys(out).length > 0) cells[a1(Math.floor(k / MAX_COLS), k % MAX_COLS)] = out;
          }
          const sheet: FakeSheetInit = { name: s.name, cells };
          if (s.merges.length > 0) sheet.merges = s.merges.map(areaA1);
          if (s.charts && s.charts.length > 0) sheet.charts = s.charts.map((c) => ({ ...c }));
          if (s.columnWidths && s.columnWidths.size > 0)
            sheet.columnWidths = Object.fromEntries(
              [...s.columnWidths].sort((x, y) => x[0] - y[0]).map(([c, w]) => [colName(c), w]),
            );
          return sheet;
        }),
        settings: clone(saved),
        activeSheet: book.activeSheet,
        selection: book.selection,
      };
    },
    install(target: any = globalThis): () => void {
      const before = { Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
      target.Excel = Excel;
      target.Office = Office;
      target.OfficeExtension = OfficeExtension;
      return () => {
        target.Excel = before.Excel;
        target.Office = before.Office;
        target.OfficeExtension = before.OfficeExtension;
      };
    },
  };
}

/** Creates a fake and installs it on globalThis in one step (browser shim, tests); also sets __excelFake. */
export function installFakeExcel(init: FakeWorkbookInit, options?: FakeOptions): FakeExcel {
  const fake = createFakeExcel(init, options);
  fake.install(globalThis);
  (globalThis as any).__excelFake = fake;
  return fake;
}

// Browser shim: install from a workbook the page put on globalThis before this script.
if (typeof globalThis !== "undefined" && (globalThis as any).__CO2_FAKE_WORKBOOK__ !== undefined) {
  installFakeExcel((globalThis as any).__CO2_FAKE_WORKBOOK__, (globalThis as any).__CO2_FAKE_OPTIONS__);
}
