/**
 * The strict host's workbook: sheets of cells (value, formula, number format, fill, bold), merged areas,
 * notes, threaded comments, protection, charts; Excel's rules for what goes into a cell and for sheet
 * names. No Office.js here — `strictHost.ts` maps the client's requests onto this.
 */
import { columnName, fromA1, toA1 } from "../../src/workbook/address";
import { sheetNameProblem } from "../../src/workbook/newSheet";
import type { FakeCellInit, FakeChartInit, FakeSheetInit, FakeWorkbookInit } from "../fakes/excelFake";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export type Scalar = string | number | boolean;

export interface Cell {
  value: Scalar | null;
  formula: string | null;
  numberFormat: string | null;
  fill: string | null;
  /** "Solid" with a fill; null = no fill. */
  pattern: string | null;
  bold: boolean;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  cells: Map<number, Cell>;
  merges: Area[];
  notes: Map<number, string>;
  /** Cells holding a threaded comment (a note cannot be added there). */
  comments: Set<number>;
  protected: boolean;
  charts: FakeChartInit[];
  columnWidths: Map<number, number>;
  /** Cells made on demand (large test sheets): rows × cols from A1; cells written later override them. */
  generated?: GeneratedCells;
}

export interface GeneratedCells {
  rows: number;
  cols: number;
  value(row: number, col: number): Scalar;
}

/** A host error as Excel reports it (code as in Excel.ErrorCodes). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const key = (row: number, col: number): number => row * MAX_COLS + col;
export const rowOf = (k: number): number => Math.floor(k / MAX_COLS);
export const colOf = (k: number): number => k % MAX_COLS;

export function emptyCell(): Cell {
  return { value: null, formula: null, numberFormat: null, fill: null, pattern: null, bold: false };
}

export function areaA1(a: Area): string {
  const p = toA1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? p : `${p}:${toA1(a.bottom, a.right)}`;
}

/** How Excel writes a sheet name in an address: quoted unless letters, digits, _ and CJK only. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, a: Area): string {
  return `${quoteSheet(sheet)}!${areaA1(a)}`;
}

/** "A1", "$B$2:C3", "Sheet!A1:B2", "A:C", "2:4" → sheet (or null) and area. */
export function parseAddress(address: string): { sheet: string | null; area: Area } {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let ref = address;
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  ref = ref.replace(/\$/g, "").toUpperCase().trim();
  const parts = ref.split(":");
  if (parts.length > 2 || parts.some((p) => p === ""))
    throw new HostError("InvalidArgument", `not a range address: ${address}`);
  const corner = (p: string, end: boolean): { row: number; col: number } => {
    if (/^[A-Z]{1,3}\d+$/.test(p)) return fromA1(p);
    if (/^[A-Z]{1,3}$/.test(p)) return { row: end ? MAX_ROWS - 1 : 0, col: fromA1(`${p}1`).col };
    if (/^\d+$/.test(p)) return { row: Number(p) - 1, col: end ? MAX_COLS - 1 : 0 };
    throw new HostError("InvalidArgument", `not a range address: ${address}`);
  };
  const a = corner(parts[0], false);
  const b =
    parts.length === 2 ? corner(parts[1], true) : /^[A-Z]+\d+$/.test(parts[0]) ? a : corner(parts[0], true);
  const area = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  if (area.top < 0 || area.left < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLS)
    throw new HostError("InvalidArgument", `outside the sheet: ${address}`);
  return { sheet, area };
}

export function intersect(a: Area, b: Area): Area | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export const cellCount = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** What Excel stores for a value written through `Range.values` (text is parsed as a number, a boolean or a formula unless it starts with an apostrophe). */
export function typedInput(v: unknown, cell: Cell): void {
  // null in a written array leaves that cell as it is (Office.js: "null input … is ignored").
  if (v === null || v === undefined) return;
  const earlier = { formula: cell.formula, value: cell.value };
  cell.formula = null;
  if (v === "") {
    cell.value = null;
    return;
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new HostError("InvalidArgument", `not a number Excel can hold: ${v}`);
    cell.value = v;
    return;
  }
  if (typeof v === "boolean") {
    cell.value = v;
    return;
  }
  if (typeof v !== "string")
    throw new HostError("InvalidArgument", `a cell value must be a scalar, not ${typeof v}`);
  if (v.startsWith("'")) cell.value = v.slice(1) === "" ? null : v.slice(1);
  else if (v.startsWith("=") && v.length > 1) {
    cell.formula = v;
    // No calculation engine: a formula written back over itself keeps its earlier result; others give 0.
    cell.value = earlier.formula === v ? earlier.value : 0;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) cell.value = Number(v);
  else if (/^(TRUE|FALSE)$/i.test(v)) cell.value = v.toUpperCase() === "TRUE";
  else cell.value = v;
}

export class Book {
  sheets: Sheet[] = [];
  activeSheet: string | null = null;
  selection: string | null = null;

  constructor(init: FakeWorkbookInit) {
    for (const s of init.sheets) this.sheets.push(sheetFromInit(s));
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  find(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get(name: string): Sheet {
    const s = this.find(name);
    if (!s)
      throw new HostError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}`, 404);
    return s;
  }

  /** Worksheets.add: Excel's naming rules (sheetNameProblem), unique ignoring case. */
  /** A large sheet whose cells are made on demand (tests of size). */
  addGenerated(name: string, generated: GeneratedCells): Sheet {
    const s = this.add(name);
    s.generated = generated;
    return s;
  }

  add(name: string): Sheet {
    const problem = sheetNameProblem(name);
    if (problem) throw new HostError("InvalidArgument", `invalid sheet name "${name}": ${problem}`);
    if (this.find(name)) throw new HostError("ItemAlreadyExists", `a sheet named ${name} exists`, 409);
    const s = sheetFromInit({ name, cells: {} });
    this.sheets.push(s);
    return s;
  }

  remove(name: string): void {
    const s = this.get(name);
    if (this.sheets.length === 1)
      throw new HostError("InvalidOperation", "a workbook keeps at least one sheet");
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.activeSheet === s.name) this.activeSheet = this.sheets[0].name;
  }

  dump(): FakeSheetInit[] {
    return this.sheets.map((s) => {
      const cells: { [a1: string]: FakeCellInit } = {};
      const keys = [...new Set([...s.cells.keys(), ...s.notes.keys()])].sort((x, y) => x - y);
      for (const k of keys) {
        const c = s.cells.get(k);
        const out: FakeCellInit = {};
        if (c?.value !== null && c?.value !== undefined) out.value = c.value;
        if (c?.formula) out.formula = c.formula;
        if (c?.numberFormat) out.numberFormat = c.numberFormat;
        if (c?.fill) out.fill = c.fill;
        if (c?.bold) out.bold = true;
        const note = s.notes.get(k);
        if (note !== undefined) out.note = note;
        if (Object.keys(out).length > 0) cells[toA1(rowOf(k), colOf(k))] = out;
      }
      const out: FakeSheetInit = { name: s.name, cells };
      if (s.merges.length > 0) out.merges = s.merges.map(areaA1);
      if (s.charts.length > 0) out.charts = s.charts.map((c) => ({ ...c }));
      if (s.columnWidths.size > 0)
        out.columnWidths = Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnName(c), w]));
      return out;
    });
  }
}

function sheetFromInit(s: FakeSheetInit & { protected?: boolean; comments?: string[] }): Sheet {
  const sheet: Sheet = {
    name: s.name,
    cells: new Map(),
    merges: (s.merges ?? []).map((m) => parseAddress(m).area),
    notes: new Map(),
    comments: new Set((s.comments ?? []).map((a) => key(fromA1(a).row, fromA1(a).col))),
    protected: s.protected ?? false,
    charts: (s.charts ?? []).map((c) => ({ ...c })),
    columnWidths: new Map(),
  };
  for (const [a1, init] of Object.entries(s.cells)) {
    const { row, col } = fromA1(a1);
    const k = key(row, col);
    if (init.note !== undefined) sheet.notes.set(k, init.note);
    sheet.cells.set(k, {
      value: init.value ?? null,
      formula: init.formula ?? null,
      numberFormat: init.numberFormat ?? null,
      fill: init.fill ?? null,
      pattern: init.fill ? "Solid" : null,
      bold: init.bold ?? false,
    });
  }
  return sheet;
}

/** The used range: cells with a value or formula (valuesOnly), or also with a format; null when none. */
export function usedArea(s: Sheet, valuesOnly: boolean): Area | null {
  let a: Area | null = s.generated
    ? { top: 0, left: 0, bottom: s.generated.rows - 1, right: s.generated.cols - 1 }
    : null;
  for (const [k, c] of s.cells) {
    const used =
      c.value !== null ||
      c.formula !== null ||
      (!valuesOnly && (c.numberFormat !== null || c.fill !== null || c.bold));
    if (!used) continue;
    const r = rowOf(k);
    const col = colOf(k);
    if (!a) a = { top: r, left: col, bottom: r, right: col };
    else {
      a.top = Math.min(a.top, r);
      a.left = Math.min(a.left, col);
      a.bottom = Math.max(a.bottom, r);
      a.right = Math.max(a.right, col);
    }
  }
  return a;
}

export function cellAt(s: Sheet, row: number, col: number): Cell | undefined {
  const c = s.cells.get(key(row, col));
  if (c || !s.generated || row >= s.generated.rows || col >= s.generated.cols) return c;
  return { ...emptyCell(), value: s.generated.value(row, col) };
}

export function cellFor(s: Sheet, row: number, col: number): Cell {
  const k = key(row, col);
  let c = s.cells.get(k);
  if (!c) {
    c = cellAt(s, row, col) ?? emptyCell();
    s.cells.set(k, c);
  }
  return c;
}
