/**
 * The exceljs side of the workbook port: an .xlsx file → WorkbookSnapshot (one Grid per sheet), for the
 * command line and tests. Formula cells give their cached result and their formula text.
 */
import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { fromA1 } from "../workbook/address";
import { Grid, type Area, type CellValue, type WorkbookSnapshot } from "../workbook/grid";
import { WorkbookReadError } from "./errors";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

type Raw = ExcelJS.CellValue | undefined;

/** A plain cell value from exceljs's value shapes. */
function plain(v: Raw): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
    case "boolean":
      return v;
    case "string":
      return v === "" ? null : v;
    case "object": {
      if (v instanceof Date) return dateToSerial(v);
      const o = v as unknown as Record<string, unknown>;
      if ("formula" in o || "sharedFormula" in o) return plain(o.result as Raw);
      if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("") || null;
      if ("error" in o) return { error: String(o.error) };
      if ("text" in o) return plain(o.text as Raw);
      return null;
    }
    default:
      return null;
  }
}

function formulaOf(v: Raw): string | null {
  if (v === null || v === undefined || typeof v !== "object" || v instanceof Date) return null;
  const o = v as unknown as Record<string, unknown>;
  const f = (o.formula ?? o.sharedFormula) as string | undefined;
  return f ? `=${f}` : null;
}

function merges(ws: ExcelJS.Worksheet): Area[] {
  const list = (ws.model as { merges?: string[] }).merges ?? [];
  const out: Area[] = [];
  for (const m of list) {
    const [a, b] = m.split(":");
    if (!a || !b) continue;
    const p = fromA1(a);
    const q = fromA1(b);
    out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}

/** One worksheet → Grid (values and formulas from row 1, column A). */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const raw = row.values as Raw[];
    const vals: CellValue[] = new Array(Math.max(0, raw.length - 1)).fill(null);
    let fs: (string | null)[] | null = null;
    for (let c = 1; c < raw.length; c++) {
      const v = raw[c];
      if (v === undefined || v === null) continue;
      vals[c - 1] = plain(v);
      const f = formulaOf(v);
      if (f) {
        if (!fs) fs = new Array(raw.length - 1).fill(null);
        fs[c - 1] = f;
        anyFormula = true;
      }
    }
    values[r] = vals;
    if (fs) formulas[r] = fs;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const areas = merges(ws);
  // exceljs repeats a merged area's value in every cell of it; the sheet holds it only top-left.
  for (const m of areas)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && values[r] && c < values[r].length) {
          values[r][c] = null;
          if (formulas[r]) formulas[r][c] = null;
        }
      }
  const hiddenCols: number[] = [];
  ws.columns?.forEach((col, i) => {
    if (col && col.hidden) hiddenCols.push(i);
  });
  return new Grid({
    sheet: ws.name,
    values,
    formulas: anyFormula ? formulas : undefined,
    merges: areas,
    hiddenRows,
    hiddenCols,
  });
}

/** Tells an encrypted OOXML package from a legacy .xls: both are OLE compound files. */
function classifyOle(buf: Buffer): WorkbookReadError {
  const marker = Buffer.from("EncryptionInfo", "utf16le");
  return buf.indexOf(marker) >= 0 ? new WorkbookReadError("encrypted") : new WorkbookReadError("legacyXls");
}

function checkSignature(buf: Buffer): void {
  if (buf.length === 0) throw new WorkbookReadError("empty");
  if (buf.length >= 4 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0)
    throw classifyOle(buf);
  if (!(buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b)) throw new WorkbookReadError("notWorkbook");
}

export async function loadExcelJs(buf: Buffer): Promise<ExcelJS.Workbook> {
  checkSignature(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("unreadable", e instanceof Error ? e.message : String(e));
  }
  return wb;
}

export function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(gridFromWorksheet) };
}

export async function readWorkbookBuffer(buf: Buffer): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadExcelJs(buf));
}

export async function readFileBuffer(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError("missing");
    if (code === "EISDIR") throw new WorkbookReadError("notWorkbook");
    throw new WorkbookReadError("unreadable", code);
  }
}

export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  return readWorkbookBuffer(await readFileBuffer(path));
}
