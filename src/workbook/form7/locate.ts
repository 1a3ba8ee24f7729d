/**
 * Finds every Form 7 on a sheet by its printed labels, never by fixed addresses: the breakdown table's
 * 燃料等の種別 header and its columns, the row labels, the summary labels and the header block. Tolerates
 * shifted rows and columns, merged cells, extra blank columns and full-width text.
 */
import type { Form7RowKey } from "../../domain/form7/types";
import type { Coord } from "../address";
import type { Grid } from "../grid";
import { normLabel, sheetLabels, type FoldedCell } from "../text";
import {
  classifyColumnHeader,
  SITE_LABELS,
  SUMMARY_LABELS,
  TABLE_HEADER,
  TITLE,
  isKnownLabel,
  isUnitText,
  matchRowLabel,
  type SiteField,
  type TableColumn,
} from "./labels";

export type SummaryKey = (typeof SUMMARY_LABELS)[number]["key"];

/** A label found on the sheet and the cell that holds (or should hold) its value. */
export interface LabelledCell {
  label: Coord;
  value: Coord;
}

export interface Form7Location {
  /** The 燃料等の種別 header cell. */
  header: Coord;
  cols: Partial<Record<TableColumn, number>>;
  rows: { key: Form7RowKey; row: number }[];
  energyTotalRow: number | null;
  waterTotalRow: number | null;
  summary: Partial<Record<SummaryKey, LabelledCell>>;
  site: Partial<Record<SiteField, LabelledCell>>;
  /** The 第7号様式 title, or the table header where the sheet has no title. */
  anchor: Coord;
  /** Rows this form owns on the sheet (its header block starts below the previous form). */
  top: number;
  bottom: number;
}

const MAX_TABLE_ROWS = 40;
const MAX_VALUE_SCAN = 14;

/** Folded label of a cell; a merged cell reads as its top-left value. */
function folded(grid: Grid, row: number, col: number): string {
  return normLabel(grid.shownValue(row, col));
}

/** Right edge of the merged area at (row, col), or col itself. */
function spanRight(grid: Grid, row: number, col: number): number {
  const m = grid.mergeAt(row, col);
  return m ? m.right : col;
}

/**
 * The text cells of rows top…bottom (row by row) whose folded label contains one of `words`, from the
 * sheet's label index.
 */
function textCellsWith(grid: Grid, words: readonly string[], top: number, bottom: number): FoldedCell[] {
  return sheetLabels(grid)
    .containing(words)
    .filter((c) => c.row >= top && c.row <= bottom && typeof grid.value(c.row, c.col) === "string");
}

function findHeaders(grid: Grid): Coord[] {
  return textCellsWith(grid, [TABLE_HEADER], grid.top, grid.bottom).map(({ row, col }) => ({ row, col }));
}

export function findColumns(grid: Grid, header: Coord): Partial<Record<TableColumn, number>> {
  const cols: Partial<Record<TableColumn, number>> = {};
  const taken = new Set<number>();
  const limit = Math.min(grid.right, header.col + 30);
  // The header row first; a two-row header (「熱量」 over 「(GJ)」) may name a column in the row above or below.
  for (const r of [header.row, header.row - 1, header.row + 1]) {
    for (let c = header.col + 1; c <= limit; c++) {
      const m = grid.mergeAt(r, c);
      if (m && m.left !== c) continue;
      const col = classifyColumnHeader(folded(grid, r, c));
      if (col === null || cols[col] !== undefined) continue;
      if (taken.has(c)) continue;
      cols[col] = c;
      taken.add(c);
    }
  }
  return cols;
}

/** The folded text of a table row's label area (from a little left of the header to the unit column). */
function rowLabelText(grid: Grid, row: number, header: Coord, firstDataCol: number): string {
  let text = folded(grid, row, header.col);
  for (let c = Math.max(grid.left, header.col - 3); c < firstDataCol; c++) {
    if (c === header.col) continue;
    const v = grid.value(row, c);
    if (typeof v === "string") text += normLabel(v);
  }
  return text;
}

export function findTableRows(
  grid: Grid,
  header: Coord,
  cols: Partial<Record<TableColumn, number>>,
  stopRow: number,
): Pick<Form7Location, "rows" | "energyTotalRow" | "waterTotalRow"> & { lastRow: number } {
  const firstDataCol = Math.min(
    ...Object.values(cols).filter((c): c is number => c !== undefined),
    header.col + 1,
  );
  const rows: { key: Form7RowKey; row: number }[] = [];
  const seen = new Set<string>();
  let energyTotalRow: number | null = null;
  let waterTotalRow: number | null = null;
  let lastRow = header.row;
  let blank = 0;
  const end = Math.min(grid.bottom, header.row + MAX_TABLE_ROWS, stopRow - 1);
  for (let r = header.row + 1; r <= end; r++) {
    const text = rowLabelText(grid, r, header, firstDataCol);
    const key = matchRowLabel(text);
    if (!key) {
      if (text === "" && ++blank > 3 && rows.length > 0) break;
      continue;
    }
    blank = 0;
    lastRow = r;
    if (key === "energyTotal" || key === "waterTotal") {
      const afterWater = rows.some((x) => x.key === "water" || x.key === "sewer");
      if (afterWater) {
        waterTotalRow = r;
        break;
      }
      if (energyTotalRow === null) energyTotalRow = r;
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ key, row: r });
  }
  return { rows, energyTotalRow, waterTotalRow, lastRow };
}

/** The cell holding a label's value: the first number or formula to its right, else the cell before a unit. */
export function valueCellRight(grid: Grid, label: Coord, limitCol: number): Coord {
  const start = spanRight(grid, label.row, label.col) + 1;
  const end = Math.min(limitCol, start + MAX_VALUE_SCAN);
  let firstEmpty: Coord | null = null;
  let lastEmptyBeforeUnit: Coord | null = null;
  for (let c = start; c <= end; c++) {
    const m = grid.mergeAt(label.row, c);
    if (m && (m.left !== c || m.top !== label.row)) continue;
    const v = grid.value(label.row, c);
    const f = grid.formula(label.row, c);
    if (f !== null || typeof v === "number" || (typeof v === "object" && v !== null))
      return { row: label.row, col: c };
    if (v === null || (typeof v === "string" && v.trim() === "")) {
      if (!firstEmpty) firstEmpty = { row: label.row, col: c };
      lastEmptyBeforeUnit = { row: label.row, col: c };
      continue;
    }
    const t = normLabel(v);
    if (isUnitText(t)) return lastEmptyBeforeUnit ?? firstEmpty ?? { row: label.row, col: c };
    if (isKnownLabel(t)) break;
    // other text: the value typed as text (e.g. 「1,412.36」) or a name
    return { row: label.row, col: c };
  }
  return firstEmpty ?? { row: label.row, col: start };
}

export type LabelSpec<K extends string> = { key: K; has: readonly string[]; not?: readonly string[] };

/** A spec list with its labels folded, and the words a cell must hold to match any spec (its first `has`). */
interface FoldedSpecs<K extends string> {
  specs: { key: K; has: string[]; not: string[] }[];
  firstWords: string[];
}
const FOLDED_SPECS = new WeakMap<readonly LabelSpec<string>[], FoldedSpecs<string>>();

function foldSpecs<K extends string>(specs: readonly LabelSpec<K>[]): FoldedSpecs<K> {
  let f = FOLDED_SPECS.get(specs) as FoldedSpecs<K> | undefined;
  if (!f) {
    const folded = specs.map((s) => ({
      key: s.key,
      has: s.has.map((h) => normLabel(h)),
      not: (s.not ?? []).map((n) => normLabel(n)),
    }));
    f = { specs: folded, firstWords: [...new Set(folded.map((s) => s.has[0] ?? ""))] };
    FOLDED_SPECS.set(specs, f as FoldedSpecs<string>);
  }
  return f;
}

export function findLabelled<K extends string>(
  grid: Grid,
  top: number,
  bottom: number,
  labelSpecs: readonly LabelSpec<K>[],
): Partial<Record<K, LabelledCell>> {
  const out: Partial<Record<K, LabelledCell>> = {};
  const { specs, firstWords } = foldSpecs(labelSpecs);
  // Only a cell holding some spec's first word can match it.
  for (const { row: r, col: c, text: f } of textCellsWith(grid, firstWords, top, bottom))
    for (const s of specs) {
      if (out[s.key]) continue;
      if (!s.has.every((h) => f.includes(h))) continue;
      if (s.not.some((n) => f.includes(n))) continue;
      out[s.key] = {
        label: { row: r, col: c },
        value: valueCellRight(grid, { row: r, col: c }, grid.right),
      };
      break;
    }
  return out;
}

function findTitle(grid: Grid, top: number, bottom: number): Coord | null {
  const [first] = textCellsWith(grid, [TITLE], top, bottom);
  return first ? { row: first.row, col: first.col } : null;
}

/** Every Form 7 on the sheet, top to bottom. A sheet without the breakdown table has none. */
export function locateForm7(grid: Grid): Form7Location[] {
  const headers = findHeaders(grid).sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Form7Location[] = [];
  let top = grid.top;
  headers.forEach((header, i) => {
    const next = headers[i + 1]?.row ?? grid.bottom + 1;
    const cols = findColumns(grid, header);
    if (cols.usage === undefined) return; // a 燃料等の種別 label without the table's columns
    const t = findTableRows(grid, header, cols, next);
    if (t.rows.length === 0) return;
    const bottom = i + 1 < headers.length ? t.lastRow : grid.bottom;
    const summary = findLabelled(grid, top, header.row - 1, SUMMARY_LABELS);
    const site = findLabelled(grid, top, header.row - 1, SITE_LABELS);
    // Labels belong to the table below them; only the last form may also have them under its table.
    if (i + 1 === headers.length) {
      const below = t.lastRow + 1;
      for (const [k, v] of Object.entries(findLabelled(grid, below, grid.bottom, SUMMARY_LABELS)))
        summary[k as SummaryKey] ??= v;
      for (const [k, v] of Object.entries(findLabelled(grid, below, grid.bottom, SITE_LABELS)))
        site[k as SiteField] ??= v;
    }
    const anchor = findTitle(grid, top, header.row - 1) ?? header;
    out.push({
      header,
      cols,
      rows: t.rows,
      energyTotalRow: t.energyTotalRow,
      waterTotalRow: t.waterTotalRow,
      summary,
      site,
      anchor,
      top,
      bottom,
    });
    top = t.lastRow + 1;
  });
  return out;
}
