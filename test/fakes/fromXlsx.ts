/**
 * Node only: an .xlsx file (or buffer) → the Excel fake's workbook JSON, so tests and the browser end-to-end
 * runs can open the same example workbooks in the fake as the command line reads with exceljs.
 * Formula cells keep their formula and cached result; dates become serial numbers; merged areas keep their
 * value in the top-left cell only (as Excel does).
 */
import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import type { FakeCellInit, FakeSheetInit, FakeWorkbookInit } from "./excelFake";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function scalar(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) return scalar(o.result);
    if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("") || null;
    if ("error" in o) return String(o.error);
    if ("text" in o) return scalar(o.text);
  }
  return null;
}

function formulaOf(v: unknown): string | null {
  if (v === null || typeof v !== "object" || v instanceof Date) return null;
  const o = v as Record<string, unknown>;
  const f = (o.formula ?? o.sharedFormula) as string | undefined;
  return f ? `=${f}` : null;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export function fakeSheetFromWorksheet(ws: ExcelJS.Worksheet): FakeSheetInit {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).filter((m) => m.includes(":"));
  const mergedNotTopLeft = new Set<string>();
  for (const m of merges) {
    const [a, b] = m.split(":");
    const p = ws.getCell(a);
    const q = ws.getCell(b);
    for (let r = p.row as unknown as number; r <= (q.row as unknown as number); r++)
      for (let c = p.col as unknown as number; c <= (q.col as unknown as number); c++)
        if (r !== Number(p.row) || c !== Number(p.col)) mergedNotTopLeft.add(`${r},${c}`);
  }
  const cells: Record<string, FakeCellInit> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (mergedNotTopLeft.has(`${cell.row},${cell.col}`)) return;
      const out: FakeCellInit = {};
      const value = scalar(cell.value);
      const formula = formulaOf(cell.value);
      if (value !== null) out.value = value;
      if (formula) out.formula = formula;
      if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
      const fill = fillOf(cell);
      if (fill) out.fill = fill;
      if (Object.keys(out).length > 0) cells[cell.address] = out;
    });
  });
  const sheet: FakeSheetInit = { name: ws.name, cells };
  if (merges.length > 0) sheet.merges = merges;
  return sheet;
}

export async function fakeWorkbookFromBuffer(buf: Buffer): Promise<FakeWorkbookInit> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return { sheets: wb.worksheets.map(fakeSheetFromWorksheet) };
}

export async function fakeWorkbookFromXlsx(path: string): Promise<FakeWorkbookInit> {
  return fakeWorkbookFromBuffer(await fs.readFile(path));
}
