/**
 * The exceljs side of the workbook port: an .xlsx file → WorkbookSnapshot (one Grid per sheet), for the
 * command line and tests. Formula cells give their cached result (null when the file holds none) and their
 * formula text (shared formulas translated to the cell); dates become Excel serial numbers; rich text and
 * hyperlinks their plain text; errors { error }. Merged areas, hidden rows and columns and number formats
 * are kept. This is the command line's hot path: one pass over exceljs's cells, no per-cell objects beyond
 * the values themselves.
 */
import fs from "node:fs";
import type ExcelJS from "exceljs";
import { fromA1 } from "../workbook/address";
import {
  DATE1904_OFFSET,
  EXCEL_EPOCH_MS,
  Grid,
  type Area,
  type CellValue,
  type WorkbookSnapshot,
} from "../workbook/grid";
import { WorkbookReadError } from "./errors";
import { ValueType, Workbook } from "./exceljs";
import { unprefixParts, unprefixXml } from "./namespaces";
import { checkPackage, MAX_UNPACKED_BYTES, type InflatedPart } from "./packageGuard";
import { storedZip } from "./storedZip";

function dateToSerial(d: Date, date1904: boolean): number {
  const serial = (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

type Raw = ExcelJS.CellValue | undefined;

/** A plain cell value from exceljs's value shapes (the result of a formula, the text of a hyperlink …). */
function plain(v: Raw, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "boolean":
      return v;
    case "string":
      return v === "" ? null : v;
    case "object": {
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v, date1904);
      const o = v as unknown as Record<string, unknown>;
      if ("formula" in o || "sharedFormula" in o) return plain(o.result as Raw, date1904);
      if ("richText" in o) {
        const parts = o.richText as { text?: string }[] | undefined;
        const text = Array.isArray(parts) ? parts.map((t) => t.text ?? "").join("") : "";
        return text === "" ? null : text;
      }
      if ("error" in o) return { error: String(o.error) };
      if ("text" in o) return plain(o.text as Raw, date1904);
      return null;
    }
    default:
      return null;
  }
}

/** The part of exceljs's Cell this reader uses (kept narrow: the loaded model, not the editing API). */
interface LoadedCell {
  type: ExcelJS.ValueType;
  value: Raw;
  formula?: string;
  result?: Raw;
  style?: { numFmt?: string };
}

function merges(ws: ExcelJS.Worksheet): Area[] {
  const list = (ws.model as { merges?: string[] }).merges ?? [];
  const out: Area[] = [];
  for (const m of list) {
    const [a, b] = m.split(":");
    if (!a || !b) continue;
    try {
      const p = fromA1(a);
      const q = fromA1(b);
      out.push({
        top: Math.min(p.row, q.row),
        left: Math.min(p.col, q.col),
        bottom: Math.max(p.row, q.row),
        right: Math.max(p.col, q.col),
      });
    } catch {
      // a malformed merge reference is ignored, not fatal
    }
  }
  return out;
}

/** The cells of a row, sparse, 0-based by column; exceljs keeps them in `_cells`. */
function cellsOf(row: ExcelJS.Row): (LoadedCell | undefined)[] {
  const internal = (row as unknown as { _cells?: (LoadedCell | undefined)[] })._cells;
  if (Array.isArray(internal)) return internal;
  const out: (LoadedCell | undefined)[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    out[col - 1] = cell as unknown as LoadedCell;
  });
  return out;
}

const { Null, Merge, Formula } = ValueType;

/** Every row exceljs holds (with values, styles or a hidden flag), 0-based; rows it never made are skipped. */
function forEachRow(ws: ExcelJS.Worksheet, fn: (row: ExcelJS.Row, r: number) => void): void {
  const internal = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (Array.isArray(internal)) {
    for (let i = 0; i < internal.length; i++) {
      const row = internal[i];
      if (row) fn(row, i);
    }
    return;
  }
  ws.eachRow({ includeEmpty: false }, (row, n) => fn(row, n - 1));
}

/** One worksheet → Grid (values, formulas and number formats from row 1, column A). */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, date1904 = false): Grid {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  let numberFormats: (string | null)[][] | undefined;
  const hiddenRows: number[] = [];
  forEachRow(ws, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const cells = cellsOf(row);
    const n = cells.length;
    const vals: CellValue[] = new Array<CellValue>(n).fill(null);
    for (let c = 0; c < n; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const fmt = cell.style?.numFmt;
      if (fmt && fmt !== "General") {
        numberFormats ??= [];
        (numberFormats[r] ??= new Array<string | null>(n).fill(null))[c] = fmt;
      }
      const type = cell.type;
      if (type === Null || type === Merge) continue;
      if (type === Formula) {
        vals[c] = plain(cell.result, date1904);
        // Shared formulas: exceljs translates the master's formula to this cell.
        let f: string | undefined;
        try {
          f = cell.formula;
        } catch {
          f = undefined;
        }
        formulas ??= [];
        (formulas[r] ??= new Array<string | null>(n).fill(null))[c] = `=${f ?? ""}`;
        continue;
      }
      vals[c] = plain(cell.value, date1904);
    }
    values[r] = vals;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const areas = merges(ws);
  // A merged area holds its value top-left only (exceljs repeats it in every cell of the area).
  for (const m of areas)
    for (let r = m.top; r <= m.bottom; r++) {
      const vr = values[r];
      if (!vr) continue;
      for (let c = m.left; c <= m.right && c < vr.length; c++) {
        if (r === m.top && c === m.left) continue;
        vr[c] = null;
        const fr = formulas?.[r];
        if (fr && c < fr.length) fr[c] = null;
      }
    }
  const hiddenCols: number[] = [];
  const cols = (ws as unknown as { _columns?: ({ hidden?: boolean } | undefined)[] })._columns;
  if (Array.isArray(cols)) cols.forEach((col, i) => col?.hidden && hiddenCols.push(i));
  return new Grid({
    sheet: ws.name,
    values,
    formulas,
    numberFormats,
    merges: areas,
    hiddenRows,
    hiddenCols,
    date1904,
  });
}

/** Tells an encrypted OOXML package from a legacy .xls: both are OLE compound files. */
function classifyOle(buf: Buffer): WorkbookReadError {
  const marker = Buffer.from("EncryptionInfo", "utf16le");
  return buf.indexOf(marker) >= 0 ? new WorkbookReadError("encrypted") : new WorkbookReadError("legacyXls");
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_PART = Buffer.from("xl/workbook.xml");
const END_OF_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Throws WorkbookReadError unless the bytes look like an .xlsx / .xlsm package. */
export function checkSignature(buf: Buffer): void {
  if (buf.length === 0) throw new WorkbookReadError("empty");
  if (buf.length >= 8 && OLE.every((b, i) => buf[i] === b)) throw classifyOle(buf);
  if (!(buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04))
    throw new WorkbookReadError("notWorkbook");
  // Part names are stored uncompressed in the zip headers: a whole zip (its end record present) without
  // xl/workbook.xml is an .ods, .docx or .xlsb, not a damaged workbook.
  const tail = buf.subarray(Math.max(0, buf.length - 65557));
  if (tail.lastIndexOf(END_OF_ZIP) >= 0 && buf.indexOf(WORKBOOK_PART) < 0)
    throw new WorkbookReadError("notWorkbook", "no xl/workbook.xml");
}

/**
 * Loads the bytes of an .xlsx with exceljs, with WorkbookReadError for anything that is not one. The
 * package is checked first (packageGuard.ts: nothing expands past 200 MB, no part past its declared size),
 * and parts in prefixed SpreadsheetML are given to exceljs unprefixed (namespaces.ts).
 */
export async function loadExcelJs(buf: Buffer): Promise<ExcelJS.Workbook> {
  checkSignature(buf);
  const { prefixedParts, parts } = checkPackage(buf, MAX_UNPACKED_BYTES, true);
  const wb = new Workbook();
  try {
    const bytes = packageForExcelJs(buf, parts, prefixedParts) ?? (await unprefixParts(buf, prefixedParts));
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("unreadable", e instanceof Error ? e.message : String(e));
  }
  return wb;
}

/**
 * Parts exceljs would read (each through its own stream and parser, a good part of reading a small
 * workbook) that nothing of the snapshot comes from: the document properties (docProps/), the theme, and
 * everything outside xl/ ([Content_Types].xml, the package's _rels/.rels, customXml/), which exceljs reads
 * and drops. The workbook's own relationships, sheets, strings, styles, drawings, comments and tables stay.
 */
const NOT_IN_SNAPSHOT = /^(?!xl\/)|^xl\/theme\//;

/**
 * What exceljs is given: the parts the guard inflated, stored (storedZip.ts: not inflated twice), the
 * prefixed ones unprefixed, without those nothing of the snapshot comes from; the package as it is when the
 * guard could not inflate every part (exceljs reports it) and none is prefixed; null when the prefixed
 * parts must be rewritten from the package.
 */
function packageForExcelJs(
  buf: Buffer,
  inflated: InflatedPart[] | null,
  prefixedParts: readonly string[],
): Buffer | null {
  if (!inflated || inflated.length > 0xffff) return prefixedParts.length > 0 ? null : buf;
  const parts = inflated.filter((p) => !NOT_IN_SNAPSHOT.test(p.name.replace(/^\//, "")));
  const prefixed = new Set(prefixedParts);
  return storedZip(
    prefixed.size === 0
      ? parts
      : parts.map((p) =>
          prefixed.has(p.name)
            ? { name: p.name, data: Buffer.from(unprefixXml(p.data.toString("utf8")), "utf8") }
            : p,
        ),
  );
}

/** Every worksheet of a loaded workbook as a Grid, in tab order. */
export function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return { sheets: wb.worksheets.map((ws) => gridFromWorksheet(ws, date1904)) };
}

export async function readWorkbookBuffer(buf: Buffer): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadExcelJs(buf));
}

/** The bytes of a file, with WorkbookReadError for a missing file or a folder. */
/**
 * The file's bytes. Read in one synchronous call: a workbook is checked right after it is read, and the
 * promise API's open / stat / read / close each wait for a thread-pool thread — with every core checking
 * files (--jobs), those waits left the checking thread idle for about a third of the run.
 */
export async function readFileBuffer(path: string): Promise<Buffer> {
  try {
    return fs.readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("missing");
    if (code === "EISDIR") throw new WorkbookReadError("notWorkbook");
    throw new WorkbookReadError("unreadable", code);
  }
}

export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  return readWorkbookBuffer(await readFileBuffer(path));
}
