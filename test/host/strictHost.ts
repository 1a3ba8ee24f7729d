/**
 * A strict in-memory Excel host behind Microsoft's own client (officeClient.ts). It answers the RichApi
 * requests the client sends — object paths and actions — following Excel's documented rules, so code
 * that passes here does not merely pass a kind fake:
 *
 * - Excel on the web's 5 MB limit on each request and each response, counted in bytes of the real JSON
 *   (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and 5 million cells per range
 *   read — "Resource limits and performance optimization for Office Add-ins", section Excel add-ins
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization). 5 MB
 *   is taken as 5,000,000 bytes, the stricter reading.
 * - A batch runs its actions in order and stops at the first that fails; what ran before stays (Excel does
 *   not roll a batch back).
 * - Cell-editing mode: while the user edits a cell every batch fails with InvalidOperation, unless it was
 *   run with `delayForCellEdit` (Excel.RunOptions, learn.microsoft.com/javascript/api/excel/excel.runoptions;
 *   the client sends flag 64 only where the DelayForCellEdit set is supported): then it waits until the
 *   edit ends.
 * - Written arrays must have the range's 2-D shape; sheet names follow Excel's rules (sheetNameProblem);
 *   a missing sheet or note is ItemNotFound; a protected sheet refuses every change (AccessDenied).
 * - Notes (ExcelApi 1.18, Excel.NoteCollection.add): one cell, and not where a note or a threaded comment
 *   already is.
 * - Requirement sets: Office.context.requirements answers from `apiSets`, and the client's own per-API
 *   table (`_throwIfApiNotSupported`) refuses anything newer before a request is sent.
 */
import { newStats, type FakeDump, type FakeStats, type FakeWorkbookInit } from "../fakes/excelFake";
import {
  Book,
  HostError,
  MAX_COLS,
  MAX_ROWS,
  cellAt,
  cellCount,
  cellFor,
  intersect,
  key,
  parseAddress,
  sheetAddress,
  areaA1,
  typedInput,
  usedArea,
  type Area,
  type GeneratedCells,
  type Sheet,
} from "./book";
import {
  DELAY_FOR_CELL_EDIT_FLAG,
  loadOfficeClient,
  type OfficeClient,
  type RichApiAction,
  type RichApiObjectPath,
  type RichApiRequestBody,
  type RichApiResponseBody,
} from "./officeClient";

/** The manifest's minimum (manifest.xml) and the newest sets the type definitions know. */
export const MANIFEST_MINIMUM = { ExcelApi: "1.4" } as const;
export const NEWEST = { ExcelApi: "1.21", DelayForCellEdit: "1.1" } as const;

export interface StrictHostOptions {
  /** Requirement sets the host claims (default NEWEST). */
  apiSets?: Record<string, string>;
  /** "web" applies the 5 MB payload limit (default); "windows" / "mac" do not. */
  platform?: "web" | "windows" | "mac";
  /** Bytes per request / response on the web (default 5,000,000). */
  payloadLimitBytes?: number;
  settings?: Record<string, unknown>;
  /** Sheets the user protected. */
  protectedSheets?: string[];
  /** Threaded comments, as "Sheet!A1". */
  comments?: string[];
  /** Large sheets made on demand, added after the workbook's own. */
  generated?: ({ name: string } & GeneratedCells)[];
}

export interface HostStats extends FakeStats {
  /** The options each Excel.run was called with ({} when none). */
  runOptions: Record<string, unknown>[];
  /** The request flags of each batch. */
  flags: number[];
  /** Batches that failed, with their error code. */
  failures: string[];
}

export interface StrictHost {
  Excel: OfficeClient["Excel"];
  Office: OfficeClient["Office"];
  OfficeExtension: OfficeClient["OfficeExtension"];
  book: Book;
  stats: HostStats;
  resetStats(): void;
  dump(): FakeDump;
  /** The user starts / stops editing a cell. */
  setCellEditing(on: boolean): void;
  /** Fail the next batch at its `n`-th state-changing action (1-based), as if Excel refused it there. */
  failAtChange(n: number, code?: string): void;
  install(target?: Record<string, unknown>): () => void;
}

type Obj =
  | { t: "workbook" }
  | { t: "worksheets" }
  | { t: "worksheet"; sheet: Sheet }
  | { t: "range"; sheet: Sheet; area: Area }
  | { t: "areas"; sheet: Sheet; areas: Area[] }
  | { t: "format" | "fill" | "font"; sheet: Sheet; area: Area }
  | { t: "notes"; sheet: Sheet | null }
  | { t: "note"; sheet: Sheet; k: number }
  | { t: "charts"; sheet: Sheet }
  | { t: "chart"; sheet: Sheet; index: number }
  | { t: "chartTitle"; sheet: Sheet; index: number }
  | { t: "protection"; sheet: Sheet }
  | null;

const CELL_READ_LIMIT = 5_000_000;

/** An argument that is an object path the client resolved to a range of ours. */
function isRange(x: unknown): x is { t: "range"; sheet: Sheet; area: Area } {
  return typeof x === "object" && x !== null && (x as { t?: unknown }).t === "range";
}

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = [have, want].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Each cell of `area` mapped by `f` as a 2-D array. */
function grid<T>(area: Area, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

export function createStrictHost(init: FakeWorkbookInit, options: StrictHostOptions = {}): StrictHost {
  const book = new Book(init);
  for (const g of options.generated ?? []) book.addGenerated(g.name, g);
  for (const name of options.protectedSheets ?? []) book.get(name).protected = true;
  for (const c of options.comments ?? []) {
    const { sheet, area } = parseAddress(c);
    book.get(sheet ?? "").comments.add(key(area.top, area.left));
  }
  const apiSets = options.apiSets ?? { ...NEWEST };
  const limit = (options.platform ?? "web") === "web" ? (options.payloadLimitBytes ?? 5_000_000) : 0;
  const settings = new Map<string, unknown>(Object.entries(options.settings ?? {}));
  const saved = new Map(settings);
  const fresh = (): HostStats => ({ ...newStats(), runOptions: [], flags: [], failures: [] });
  let stats = fresh();
  let editing = false;
  let waiting: (() => void)[] = [];
  let failAt: { n: number; code: string } | null = null;
  // Objects the client asked to keep (`_KeepReference`, e.g. ranges): handed out as reference ids, so the
  // client can use them in a later sync of the same run; released by its `_RemoveReference` clean-up.
  const references = new Map<string, Obj>();
  let nextReference = 1;

  const supported = (name: string, version?: string): boolean => {
    const have = Object.entries(apiSets).find(([n]) => n.toLowerCase() === String(name).toLowerCase())?.[1];
    return have !== undefined && versionAtLeast(have, version ? String(version) : "1.1");
  };

  // ---- one batch ----
  function runBatch(body: RichApiRequestBody): RichApiResponseBody {
    const memo = new Map<number, Obj>();
    const kept = new Set(body.Actions.filter((a) => a.Name === "_KeepReference").map((a) => a.ObjectPathId));
    const referenceOf = new Map<number, string>();
    /** What an Instantiate or Query result carries for object path `id`: its reference id when kept. */
    const idResult = (id: number, o: Obj): Record<string, unknown> => {
      if (!kept.has(id) || o === null) return {};
      let ref = referenceOf.get(id);
      if (!ref) {
        ref = `strict-${nextReference++}`;
        referenceOf.set(id, ref);
        references.set(ref, o);
      }
      return { _ReferenceId: ref };
    };
    let changes = 0;
    const change = (sheet: Sheet | null): void => {
      changes++;
      if (failAt && changes === failAt.n) {
        const code = failAt.code;
        failAt = null;
        throw new HostError(code, `the host refused change ${changes} of the batch`);
      }
      if (sheet?.protected)
        throw new HostError(
          "AccessDenied",
          `The sheet ${sheet.name} is protected: the change was refused.`,
          403,
        );
    };
    const arg = (info: RichApiObjectPath["ArgumentInfo"], i: number): unknown => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      return ref ? path(ref) : info?.Arguments?.[i];
    };
    const rangeOf = (sheet: Sheet, a: unknown): Area => {
      if (isRange(a)) return a.area;
      const p = parseAddress(String(a));
      if (p.sheet !== null && p.sheet.toLowerCase() !== sheet.name.toLowerCase())
        throw new HostError("InvalidArgument", `${a} is not on ${sheet.name}`);
      return p.area;
    };

    function path(id: number): Obj {
      if (memo.has(id)) return memo.get(id) ?? null;
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new HostError("InvalidObjectPath", `no object path ${id}`);
      const parent = p.ParentObjectPathId ? path(p.ParentObjectPathId) : null;
      const o = evaluate(p, parent);
      memo.set(id, o);
      return o;
    }

    function evaluate(p: RichApiObjectPath, parent: Obj): Obj {
      const a = (i: number) => arg(p.ArgumentInfo, i);
      if (p.ObjectPathType === 1) return { t: "workbook" };
      if (p.ObjectPathType === 7) return null;
      if (p.ObjectPathType === 6) {
        if (!references.has(p.Name))
          throw new HostError("InvalidObjectPath", `reference ${p.Name} was released`);
        return references.get(p.Name) ?? null;
      }
      if (parent === null) return null; // anything reached through a null object is null
      const name = p.ObjectPathType === 5 ? "GetItem" : p.Name;
      switch (parent.t) {
        case "workbook":
          if (name === "Worksheets") return { t: "worksheets" };
          if (name === "Notes") return { t: "notes", sheet: null };
          break;
        case "worksheets": {
          if (name === "GetItem") return { t: "worksheet", sheet: book.get(String(a(0))) };
          if (name === "GetItemOrNullObject") {
            const s = book.find(String(a(0)));
            return s ? { t: "worksheet", sheet: s } : null;
          }
          if (name === "Add") {
            change(null);
            return { t: "worksheet", sheet: book.add(String(a(0))) };
          }
          if (name === "GetActiveWorksheet")
            return { t: "worksheet", sheet: book.get(book.activeSheet ?? "") };
          break;
        }
        case "worksheet": {
          const sheet = parent.sheet;
          if (name === "GetRange") {
            const x = a(0);
            const area =
              x === undefined || x === null || x === ""
                ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }
                : rangeOf(sheet, x);
            return { t: "range", sheet, area };
          }
          if (name === "GetUsedRange" || name === "GetUsedRangeOrNullObject") {
            const used = usedArea(sheet, a(0) === true);
            if (used) return { t: "range", sheet, area: used };
            return name === "GetUsedRange"
              ? { t: "range", sheet, area: { top: 0, left: 0, bottom: 0, right: 0 } }
              : null;
          }
          if (name === "Notes") return { t: "notes", sheet };
          if (name === "Charts") return { t: "charts", sheet };
          if (name === "Protection") return { t: "protection", sheet };
          break;
        }
        case "range": {
          const { sheet, area } = parent;
          if (name === "Format") return { t: "format", sheet, area };
          if (name === "GetIntersectionOrNullObject" || name === "GetIntersection") {
            const hit = intersect(area, rangeOf(sheet, a(0)));
            if (hit) return { t: "range", sheet, area: hit };
            if (name === "GetIntersection")
              throw new HostError("ItemNotFound", "the ranges do not intersect", 404);
            return null;
          }
          if (name === "GetMergedAreasOrNullObject") {
            const areas = sheet.merges.filter((m) => intersect(m, area));
            return areas.length > 0 ? { t: "areas", sheet, areas } : null;
          }
          if (name === "GetBoundingRect") {
            const b = rangeOf(sheet, a(0));
            return {
              t: "range",
              sheet,
              area: {
                top: Math.min(area.top, b.top),
                left: Math.min(area.left, b.left),
                bottom: Math.max(area.bottom, b.bottom),
                right: Math.max(area.right, b.right),
              },
            };
          }
          if (name === "GetCell") {
            const r = area.top + Number(a(0));
            const c = area.left + Number(a(1));
            if (r >= MAX_ROWS || c >= MAX_COLS)
              throw new HostError("InvalidArgument", "the cell is outside the sheet");
            return { t: "range", sheet, area: { top: r, left: c, bottom: r, right: c } };
          }
          break;
        }
        case "format":
          if (name === "Fill") return { t: "fill", sheet: parent.sheet, area: parent.area };
          if (name === "Font") return { t: "font", sheet: parent.sheet, area: parent.area };
          break;
        case "notes": {
          const noteKey = (x: unknown): { sheet: Sheet; k: number } => {
            let sheet = parent.sheet;
            let area: Area;
            if (isRange(x)) {
              sheet = x.sheet;
              area = x.area;
            } else {
              const pa = parseAddress(String(x));
              if (pa.sheet !== null) sheet = book.get(pa.sheet);
              area = pa.area;
            }
            if (!sheet) throw new HostError("InvalidArgument", "a note needs a sheet");
            if (cellCount(area) !== 1) throw new HostError("InvalidArgument", "a note belongs to one cell");
            return { sheet, k: key(area.top, area.left) };
          };
          if (name === "GetItem" || name === "GetItemOrNullObject") {
            const { sheet, k } = noteKey(a(0));
            if (sheet.notes.has(k)) return { t: "note", sheet, k };
            if (name === "GetItem") throw new HostError("ItemNotFound", "no note there", 404);
            return null;
          }
          if (name === "Add") {
            const { sheet, k } = noteKey(a(0));
            change(sheet);
            if (sheet.notes.has(k) || sheet.comments.has(k))
              throw new HostError("InvalidOperation", "the cell already has a note or a threaded comment");
            sheet.notes.set(k, String(a(1)));
            return { t: "note", sheet, k };
          }
          break;
        }
        case "charts":
          if (name === "Add") {
            const sheet = parent.sheet;
            change(sheet);
            const src = a(1) as Obj;
            if (!src || src.t !== "range")
              throw new HostError("InvalidArgument", "a chart needs a source range");
            sheet.charts.push({
              type: String(a(0)),
              source: areaA1(src.area),
              seriesBy: String(a(2) ?? "Auto"),
              title: "",
            });
            return { t: "chart", sheet, index: sheet.charts.length - 1 };
          }
          break;
        case "chart":
          if (name === "Title") return { t: "chartTitle", sheet: parent.sheet, index: parent.index };
          break;
        default:
          break;
      }
      throw new HostError("InvalidArgument", `the strict host does not know ${parent.t}.${name}`);
    }

    function query(o: Obj, select: string[] | undefined): unknown {
      if (o === null) return null;
      const pick = (all: Record<string, () => unknown>): Record<string, unknown> => {
        const names = select && select.length > 0 ? select : Object.keys(all);
        const out: Record<string, unknown> = {};
        for (const n of names) {
          const f = all[n];
          if (!f) throw new HostError("InvalidArgument", `the strict host cannot load ${o.t}.${n}`);
          out[cap(n)] = f();
        }
        return out;
      };
      switch (o.t) {
        case "worksheets":
          return { _Items: book.sheets.map((s) => query({ t: "worksheet", sheet: s }, select)) };
        case "worksheet":
          return pick({
            name: () => o.sheet.name,
            position: () => book.sheets.indexOf(o.sheet),
            visibility: () => "Visible",
          });
        case "protection":
          return pick({ protected: () => o.sheet.protected });
        case "range": {
          const { sheet, area } = o;
          const cells = (): void => {
            if (cellCount(area) > CELL_READ_LIMIT)
              throw new HostError(
                "InvalidOperation",
                `a range read is limited to 5,000,000 cells (${cellCount(area)})`,
              );
          };
          return pick({
            address: () => sheetAddress(sheet.name, area),
            rowIndex: () => area.top,
            columnIndex: () => area.left,
            rowCount: () => area.bottom - area.top + 1,
            columnCount: () => area.right - area.left + 1,
            cellCount: () => cellCount(area),
            values: () => (cells(), grid(area, (r, c) => cellAt(sheet, r, c)?.value ?? "")),
            formulas: () => (
              cells(),
              grid(area, (r, c) => {
                const x = cellAt(sheet, r, c);
                return x?.formula ?? x?.value ?? "";
              })
            ),
            numberFormat: () => (
              cells(),
              grid(area, (r, c) => cellAt(sheet, r, c)?.numberFormat ?? "General")
            ),
          });
        }
        case "areas":
          return pick({
            address: () => o.areas.map((x) => sheetAddress(o.sheet.name, x)).join(","),
            areaCount: () => o.areas.length,
          });
        case "fill": {
          const c = cellAt(o.sheet, o.area.top, o.area.left);
          return pick({
            color: () => c?.fill ?? "#FFFFFF",
            pattern: () => (c?.fill ? (c.pattern ?? "Solid") : "None"),
          });
        }
        case "note":
          return pick({ content: () => o.sheet.notes.get(o.k) ?? "", authorName: () => "" });
        default:
          throw new HostError("InvalidArgument", `the strict host cannot load ${o.t}`);
      }
    }

    /** Writes a 2-D array (or one scalar for every cell) into the area's cells. */
    function write2D(
      o: { sheet: Sheet; area: Area },
      v: unknown,
      set: (row: number, col: number, x: unknown) => void,
    ): void {
      const rows = o.area.bottom - o.area.top + 1;
      const cols = o.area.right - o.area.left + 1;
      if (Array.isArray(v)) {
        if (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))
          throw new HostError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
          );
      }
      change(o.sheet);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
          set(o.area.top + r, o.area.left + c, Array.isArray(v) ? (v[r] as unknown[])[c] : v);
    }

    function setProperty(o: Obj, name: string, v: unknown): void {
      if (o === null) return;
      const each = (area: Area, f: (row: number, col: number) => void): void => {
        for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) f(r, c);
      };
      if (o.t === "range" && name === "Values")
        return write2D(o, v, (r, c, x) => typedInput(x, cellFor(o.sheet, r, c)));
      if (o.t === "range" && name === "Formulas")
        return write2D(o, v, (r, c, x) => typedInput(x, cellFor(o.sheet, r, c)));
      if (o.t === "range" && name === "NumberFormat")
        return write2D(o, v, (r, c, x) => {
          cellFor(o.sheet, r, c).numberFormat = x === "General" || x === "" || x === null ? null : String(x);
        });
      if (o.t === "fill" && (name === "Color" || name === "Pattern")) {
        change(o.sheet);
        return each(o.area, (r, c) => {
          const cell = cellFor(o.sheet, r, c);
          if (name === "Color") {
            cell.fill = String(v).toUpperCase();
            cell.pattern ??= "Solid";
          } else cell.pattern = v === "None" ? null : String(v);
        });
      }
      if (o.t === "font" && name === "Bold") {
        change(o.sheet);
        return each(o.area, (r, c) => void (cellFor(o.sheet, r, c).bold = v === true));
      }
      if (o.t === "format" && name === "ColumnWidth") {
        change(o.sheet);
        for (let c = o.area.left; c <= o.area.right; c++) o.sheet.columnWidths.set(c, Number(v));
        return;
      }
      if (o.t === "chartTitle" && name === "Text") {
        change(o.sheet);
        o.sheet.charts[o.index].title = String(v);
        return;
      }
      throw new HostError("InvalidArgument", `the strict host cannot set ${o.t}.${name}`);
    }

    function method(o: Obj, name: string, info: RichApiAction["ArgumentInfo"]): unknown {
      if (name === "_KeepReference" || o === null) return null;
      if (name === "_RemoveReference") {
        for (const [ref, x] of references) if (x === o) references.delete(ref);
        return null;
      }
      const a = (i: number) => arg(info, i);
      if (o.t === "worksheet" && name === "Activate") return void (book.activeSheet = o.sheet.name);
      if (o.t === "worksheet" && name === "Delete") {
        change(null);
        return void book.remove(o.sheet.name);
      }
      if (o.t === "range" && name === "Select") {
        book.activeSheet = o.sheet.name;
        return void (book.selection = sheetAddress(o.sheet.name, o.area).replace(/'/g, ""));
      }
      if (o.t === "fill" && name === "Clear") {
        change(o.sheet);
        for (let r = o.area.top; r <= o.area.bottom; r++)
          for (let c = o.area.left; c <= o.area.right; c++) {
            const cell = cellAt(o.sheet, r, c);
            if (cell) {
              cell.fill = null;
              cell.pattern = null;
            }
          }
        return null;
      }
      if (o.t === "note" && name === "Delete") {
        change(o.sheet);
        return void o.sheet.notes.delete(o.k);
      }
      if (o.t === "chart" && name === "SetPosition") {
        change(o.sheet);
        o.sheet.charts[o.index].position = String(a(0));
        return null;
      }
      throw new HostError("InvalidArgument", `the strict host does not know ${o.t}.${name}()`);
    }

    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const act = body.Actions[i];
      try {
        if (act.ActionType === 5) continue; // trace
        const o = path(act.ObjectPathId);
        if (act.ActionType === 1)
          results.push({ ActionId: act.Id, Value: o === null ? null : idResult(act.ObjectPathId, o) });
        else if (act.ActionType === 2) {
          const v = query(o, act.QueryInfo?.Select);
          const value = v === null ? null : { ...idResult(act.ObjectPathId, o), ...(v as object) };
          results.push({ ActionId: act.Id, Value: value });
        } else if (act.ActionType === 3)
          results.push({ ActionId: act.Id, Value: method(o, act.Name, act.ArgumentInfo) });
        else if (act.ActionType === 4) setProperty(o, act.Name, act.ArgumentInfo?.Arguments?.[0]);
        else
          throw new HostError(
            "InvalidArgument",
            `the strict host does not run action type ${act.ActionType}`,
          );
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        stats.failures.push(e.code);
        return { Error: { Code: e.code, Message: e.message, HttpStatusCode: e.status, ActionIndex: i } };
      }
    }
    return { Results: results };
  }

  const refuse = (code: string, message: string): RichApiResponseBody => {
    stats.failures.push(code);
    return { Error: { Code: code, Message: message, HttpStatusCode: 413 } };
  };

  async function execute(flags: number, body: RichApiRequestBody): Promise<RichApiResponseBody> {
    // The client's own clean-up at the end of Excel.run (releasing kept references) is no sync of the
    // code under test and is not delayed by cell editing: answered, not counted.
    const cleanup =
      body.Actions.some((a) => a.Name === "_RemoveReference") &&
      body.Actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference");
    if (cleanup) return runBatch(body);
    stats.syncs++;
    stats.flags.push(flags);
    const request = Buffer.byteLength(JSON.stringify(body));
    if (editing) {
      if ((flags & DELAY_FOR_CELL_EDIT_FLAG) === 0) {
        stats.perSync.push({ request, response: 0 });
        stats.failures.push("InvalidOperation");
        return {
          Error: { Code: "InvalidOperation", Message: "Excel is in cell-editing mode.", HttpStatusCode: 400 },
        };
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    let response: RichApiResponseBody;
    if (limit > 0 && request > limit)
      response = refuse(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${request} bytes) has exceeded the limit.`,
      );
    else {
      response = runBatch(body);
      const bytes = Buffer.byteLength(JSON.stringify(response));
      if (limit > 0 && bytes > limit)
        response = refuse(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${bytes} bytes) has exceeded the limit.`,
        );
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(response));
    stats.perSync.push({ request, response: responseBytes });
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    stats.maxPayloadBytes = Math.max(stats.maxRequestBytes, stats.maxResponseBytes);
    // Settle asynchronously, as a host round trip does.
    await new Promise((r) => setImmediate(r));
    return response;
  }

  const documentSettings = {
    get: (name: string) => (settings.has(name) ? settings.get(name) : null),
    set: (name: string, value: unknown) => void settings.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void settings.delete(name),
    saveAsync(callback?: (r: { status: string }) => void) {
      stats.settingsSaves++;
      saved.clear();
      for (const [k, v] of settings) saved.set(k, v);
      setImmediate(() => callback?.({ status: "succeeded" }));
    },
  };
  const client = loadOfficeClient(execute, {
    context: {
      requirements: { isSetSupported: supported },
      document: { settings: documentSettings },
      displayLanguage: "ja-JP",
      platform:
        (options.platform ?? "web") === "web" ? "OfficeOnline" : options.platform === "mac" ? "Mac" : "PC",
    },
  });
  // Excel.run as the client defines it, counted (runs, and the options each was given).
  const clientRun = client.Excel.run.bind(client.Excel);
  client.Excel.run = (...args: unknown[]) => {
    stats.runs++;
    const first = args[0];
    stats.runOptions.push(typeof first === "object" && first !== null ? { ...(first as object) } : {});
    return clientRun(...args);
  };

  return {
    ...client,
    book,
    get stats() {
      return stats;
    },
    resetStats() {
      stats = fresh();
    },
    dump: () => ({
      sheets: book.dump(),
      settings: Object.fromEntries(saved),
      activeSheet: book.activeSheet,
      selection: book.selection,
    }),
    setCellEditing(on: boolean) {
      editing = on;
      if (!on) {
        const go = waiting;
        waiting = [];
        for (const f of go) f();
      }
    },
    failAtChange(n: number, code = "GeneralException") {
      failAt = { n, code };
    },
    install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>) {
      const names = ["Excel", "Office", "OfficeExtension"] as const;
      const before = names.map((n) => [n, target[n]] as const);
      for (const n of names) target[n] = client[n];
      return () => {
        for (const [n, v] of before) target[n] = v;
      };
    },
  };
}
