/**
 * A sheet the add-in creates (a forecast sheet, the history sheet, a publication sheet): what goes on it,
 * from A1, as pure data. The Excel port creates it in one sync and logs it, so undo can remove it again —
 * but only while it still holds exactly what the add-in put there (its fingerprint), never a user's edits.
 */
import type { Bilingual } from "../domain/issue";
import type { Area, CellValue } from "./grid";

/** A chart over a block of the new sheet (0-based area, header row and label column included). */
export interface NewSheetChart {
  type: "columnStacked";
  area: Area;
  /** Series are the area's rows (one per menu) or its columns. */
  seriesBy: "rows" | "columns";
  title: string;
}

export interface NewSheet {
  /** The wanted name; `uniqueSheetName` adds （2）,（3）… when it is taken. */
  name: string;
  /** Rows from A1; rows may differ in length; null leaves a cell empty. */
  values: CellValue[][];
  /** Same shape as `values` (missing = General). */
  numberFormats?: (string | null)[][];
  /** Cells in bold (headings). */
  bold?: { row: number; col: number }[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  chart?: NewSheetChart;
  /** What the sheet is, for the log and the notice. */
  label: Bilingual;
}

/**
 * Excel's sheet-name rules (Microsoft Support, "Rename a worksheet"; Excel.Worksheet.name): not blank, at
 * most 31 characters — counted by Excel in UTF-16 code units, so 𠮷 counts 2 — none of \ / ? * [ ] :, no
 * apostrophe first or last, not "History" (reserved by Excel), and unique ignoring case.
 */
const MAX_NAME_UNITS = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;
const RESERVED = "history";

/** Why Excel would refuse `name` as a sheet name (uniqueness aside), or null when it is valid. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > MAX_NAME_UNITS) return `${name.length} UTF-16 units (at most ${MAX_NAME_UNITS})`;
  if (name.search(FORBIDDEN) >= 0) return "holds one of \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === RESERVED) return '"History" is reserved';
  return null;
}

/** The longest start of `s` within `units` UTF-16 units that does not split a surrogate pair. */
function cutUnits(s: string, units: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > units) break;
    out += ch;
  }
  return out;
}

/** A valid, unused sheet name: Excel's forbidden characters dropped, ≤ 31 UTF-16 units, case-insensitive. */
export function uniqueSheetName(want: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = (s: string): string => s.replace(/^'+|'+$/g, "").trim();
  let base = clean(want.replace(FORBIDDEN, "")) || "Sheet";
  base = clean(cutUnits(base, MAX_NAME_UNITS)) || "Sheet";
  if (!used.has(base.toLowerCase()) && sheetNameProblem(base) === null) return base;
  for (let i = 2; ; i++) {
    const suffix = `（${i}）`;
    const name = clean(cutUnits(base, MAX_NAME_UNITS - suffix.length)) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

function text(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "number") return String(Number(v.toPrecision(12)));
  return String(v);
}

/**
 * A short fingerprint of a sheet's non-empty cells (position and value, numbers to 12 significant digits),
 * the same whether the values came from the plan (top = left = 0) or were read back from a used range that
 * starts at (top, left).
 */
export function sheetFingerprint(values: readonly (readonly CellValue[])[], top = 0, left = 0): string {
  // FNV-1a over "row,col=value;" of every non-empty cell, row-major.
  let h = 0x811c9dc5;
  let count = 0;
  const eat = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const t = text(v);
      if (t === "") return;
      count++;
      eat(`${r + top},${c + left}=${t};`);
    }),
  );
  return `${count}:${h.toString(16)}`;
}
