/**
 * Reads the open workbook as a WorkbookSnapshot (values, formulas, number formats, merged areas) in two
 * steps, so that no request or response ever exceeds Excel on the web's 5 MB and no read exceeds 5 million
 * cells ("Resource limits and performance optimization for Office Add-ins", section Excel add-ins:
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization), however
 * large or text-heavy the other sheets are:
 *
 *  1. the sheet list (a worksheet proxy only exists once the list is loaded);
 *  2. for every sheet at once: its used range's address (valuesOnly: formatted-but-empty template cells
 *     do not count), its merged areas (ExcelApi 1.13, where supported), whether it is protected, and a
 *     small window — WINDOW rows × columns from the used range's top-left — of values, formulas and
 *     number formats. A sheet inside its window is complete (every Form 7 sheet is: a plain check is 2
 *     syncs);
 *  3. only sheets larger than their window whose window holds a form's labels, or that the add-in owns
 *     (formSheets.ts), are read in full, in row blocks sized by the bytes their window actually returned
 *     (text-heavy sheets get smaller blocks), several blocks to a sync while they fit the budget. Should a
 *     sync still be refused for its size, its blocks are halved and read again — reading never fails on
 *     size. Any other large sheet stays at its window (it holds no form).
 */
import { rangeA1 } from "../workbook/address";
import { Grid, type Area, type CellValue, type WorkbookSnapshot } from "../workbook/grid";
import { needsFullRead } from "./formSheets";

/** How much the snapshot lets one sync carry. */
export interface PayloadBudget {
  /** Bytes of response one sync may carry (kept well under the web's 5 MB, as estimates are estimates). */
  maxBytes: number;
  /** Cells one block may read (Excel reads at most 5 million cells of a range). */
  maxCells: number;
  /** Measured bytes per cell are multiplied by this to plan later blocks (later rows may be heavier). */
  safety: number;
}

export const DEFAULT_BUDGET: PayloadBudget = { maxBytes: 3_000_000, maxCells: 1_000_000, safety: 1.5 };

/** The first look at every sheet: rows × columns from the used range's top-left corner. */
export const WINDOW = { rows: 100, cols: 32 } as const;

/** A rectangle on one sheet to read (0-based, like Grid). */
export interface ReadBlock {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A range to read in full and what one of its rows is expected to cost in JSON bytes. */
export interface FullRead extends ReadBlock {
  bytesPerRow: number;
}

/**
 * Splits ranges into row blocks and groups them into batches (one sync each) so that no batch's expected
 * bytes exceed the budget and no block exceeds the cell limit. Pure; blocks keep the order of the input.
 */
export function planReadBatches(
  ranges: readonly FullRead[],
  budget: PayloadBudget = DEFAULT_BUDGET,
): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    used = 0;
  };
  for (const range of ranges) {
    if (range.rows <= 0 || range.cols <= 0) continue;
    const rowBytes = Math.max(1, range.bytesPerRow * budget.safety);
    const maxRows = Math.max(1, Math.floor(budget.maxCells / range.cols));
    let top = range.top;
    let left = range.rows;
    while (left > 0) {
      const fit = Math.min(maxRows, Math.floor((budget.maxBytes - used) / rowBytes));
      if (fit < 1) {
        if (current.length === 0) {
          // One row over the budget: read it alone; the host is the judge (and a refusal halves nothing
          // further, so the error then names the row).
          current.push({ sheet: range.sheet, top, left: range.left, rows: 1, cols: range.cols });
          flush();
          top += 1;
          left -= 1;
        } else flush();
        continue;
      }
      const rows = Math.min(fit, left);
      current.push({ sheet: range.sheet, top, left: range.left, rows, cols: range.cols });
      used += rows * rowBytes;
      top += rows;
      left -= rows;
    }
  }
  flush();
  return batches;
}

/** Excel's error values as they arrive in `values`. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

/** One value from `Range.values` as a CellValue: "" → null, "#REF!" → { error }, dates stay serials. */
export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return ERROR_VALUES.has(v) ? { error: v } : v;
  return String(v);
}

/**
 * One entry of `Range.formulas`: the formula, or null for a constant or blank. `formulas` repeats a
 * constant, so text that merely starts with "=" (typed with an apostrophe) equals its value: not a formula.
 */
export function toFormula(f: unknown, value?: unknown): string | null {
  return typeof f === "string" && f.length > 1 && f.startsWith("=") && f !== value ? f : null;
}

/** One entry of `Range.numberFormat`: null for General (as the exceljs port reports it). */
export function toNumberFormat(f: unknown): string | null {
  return typeof f === "string" && f !== "" && f !== "General" ? f : null;
}

/** "'My Sheet'!B2:D4" or "B2" → 0-based rectangle. */
export function parseRangeAddress(address: string): Area {
  const bang = address.lastIndexOf("!");
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
  const [a, b] = ref.split(":");
  const corner = (s: string): { row: number; col: number } => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`not a cell address: ${s}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const p = corner(a);
  const q = b ? corner(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** "Sheet1!A1:B2,Sheet1!D4" (RangeAreas.address) → rectangles. */
export function parseAreasAddress(address: string | null | undefined): Area[] {
  if (!address) return [];
  return address
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(parseRangeAddress);
}

export interface SnapshotOptions {
  budget?: PayloadBudget;
  /** Read merged areas (needs ExcelApi 1.13). Default: Office.context.requirements says. */
  merges?: boolean;
  /** Which sheets larger than their window to read in full (default: formSheets.needsFullRead). */
  fullRead?: (window: Grid) => boolean;
  /** Read only these sheets (their names known from an earlier snapshot): no sync to list the sheets. */
  only?: readonly string[];
}

/** The snapshot, and what else the port learns while reading it. */
export interface ExcelSnapshot extends WorkbookSnapshot {
  /** Sheets the user protected (worksheet.protection.protected): the add-in writes nothing there. */
  protectedSheets: string[];
  /** Sheets left at their window (larger than it, and holding no form). */
  partialSheets: string[];
}

/** Whether the host supports an API set; false where Office is not there (tests without a host). */
export function apiSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

interface Block2D {
  sheet: string;
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

function toGrid(sheet: string, blocks: readonly Block2D[], merges: Area[]): Grid {
  const values = blocks.flatMap((b) => b.values);
  return new Grid({
    sheet,
    top: blocks[0]?.top ?? 0,
    left: blocks[0]?.left ?? 0,
    values: values.map((r) => r.map(toCellValue)),
    formulas: blocks.flatMap((b) => b.formulas).map((r, i) => r.map((f, j) => toFormula(f, values[i]?.[j]))),
    numberFormats: blocks.flatMap((b) => b.numberFormat).map((r) => r.map(toNumberFormat)),
    merges,
  });
}

/** JSON bytes of a block as the host sends it (UTF-8). */
function jsonBytes(b: Pick<Block2D, "values" | "formulas" | "numberFormat">): number {
  const json = JSON.stringify([b.values, b.formulas, b.numberFormat]);
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3; // a surrogate pair is 4
  }
  return bytes;
}

function isSizeRefusal(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? "";
  // Only the size codes: an InvalidOperation (a cell being edited where DelayForCellEdit is missing) is
  // not made better by smaller reads.
  return /PayloadSizeLimitExceeded|ResponseTooLarge/i.test(code);
}

/** Reads `blocks` in one sync; when the host refuses it for its size, in halves (recursively). */
async function readBlocks(context: Excel.RequestContext, blocks: readonly ReadBlock[]): Promise<Block2D[]> {
  const queued = blocks.map((b) => {
    const range = context.workbook.worksheets
      .getItem(b.sheet)
      .getRange(rangeA1(b.top, b.left, b.top + b.rows - 1, b.left + b.cols - 1));
    range.load("values,formulas,numberFormat");
    return { b, range };
  });
  try {
    await context.sync();
  } catch (e) {
    const splittable = blocks.some((b) => b.rows > 1) || blocks.length > 1;
    if (!isSizeRefusal(e) || !splittable) throw e;
    const halves = blocks.flatMap((b) =>
      b.rows > 1
        ? [
            { ...b, rows: Math.ceil(b.rows / 2) },
            { ...b, top: b.top + Math.ceil(b.rows / 2), rows: Math.floor(b.rows / 2) },
          ]
        : [b],
    );
    const mid = Math.ceil(halves.length / 2);
    return [
      ...(await readBlocks(context, halves.slice(0, mid))),
      ...(await readBlocks(context, halves.slice(mid))),
    ];
  }
  return queued.map(({ b, range }) => ({
    sheet: b.sheet,
    top: b.top,
    left: b.left,
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
  }));
}

/** Reads the workbook (see the module comment for the syncs). */
export async function snapshotWorkbook(
  context: Excel.RequestContext,
  options: SnapshotOptions = {},
): Promise<ExcelSnapshot> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const withMerges = options.merges ?? apiSupported("ExcelApi", "1.13");
  const fullRead = options.fullRead ?? needsFullRead;

  // Sync 1: the sheet list (known already when only some sheets are read again).
  let names: string[];
  if (options.only) names = [...options.only];
  else {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    names = sheets.items.map((s) => s.name);
  }
  if (names.length === 0) return { sheets: [], protectedSheets: [], partialSheets: [] };

  // Sync 2: used range, merged areas, protection and the window of every sheet. Should the host refuse
  // it for its size (sheets of very long texts), the windows get a quarter of the rows and it is asked again.
  const look = (windowRows: number) =>
    names.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const used = ws.getUsedRange(true);
      used.load("address");
      // getCell may lie outside its range (within the sheet): the window is the used range's top-left block.
      const window = used
        .getCell(0, 0)
        .getBoundingRect(used.getCell(windowRows - 1, WINDOW.cols - 1))
        .getIntersectionOrNullObject(used);
      window.load("address,values,formulas,numberFormat");
      const merges = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
      merges?.load("address");
      const protection = ws.protection;
      protection.load("protected");
      return { name, used, window, merges, protection };
    });
  let windowRows: number = WINDOW.rows;
  let reads = look(windowRows);
  for (;;) {
    try {
      await context.sync();
      break;
    } catch (e) {
      if (!isSizeRefusal(e) || windowRows === 1) throw e;
      windowRows = Math.max(1, Math.floor(windowRows / 4));
      reads = look(windowRows);
    }
  }

  const grids = new Map<string, Grid>();
  const mergesOf = new Map<string, Area[]>();
  const full: FullRead[] = [];
  const partialSheets: string[] = [];
  const protectedSheets = reads.filter((r) => r.protection.protected).map((r) => r.name);
  for (const r of reads) {
    const merges = r.merges && !r.merges.isNullObject ? parseAreasAddress(r.merges.address) : [];
    mergesOf.set(r.name, merges);
    const used = parseRangeAddress(r.used.address);
    if (r.window.isNullObject) continue; // cannot happen: the window starts at the used range's corner
    const win = parseRangeAddress(r.window.address);
    const block: Block2D = {
      sheet: r.name,
      top: win.top,
      left: win.left,
      values: r.window.values,
      formulas: r.window.formulas,
      numberFormat: r.window.numberFormat,
    };
    const grid = toGrid(r.name, [block], merges);
    grids.set(r.name, grid);
    if (win.bottom >= used.bottom && win.right >= used.right) continue; // complete
    if (!fullRead(grid)) {
      partialSheets.push(r.name);
      continue;
    }
    const winCols = win.right - win.left + 1;
    const cols = used.right - used.left + 1;
    const measured = jsonBytes(block) / (win.bottom - win.top + 1);
    full.push({
      sheet: r.name,
      top: used.top,
      left: used.left,
      rows: used.bottom - used.top + 1,
      cols,
      bytesPerRow: (measured * cols) / winCols,
    });
  }

  // Syncs 3+: the form sheets (and the add-in's own) larger than their window, in planned batches.
  const parts = new Map<string, Block2D[]>();
  for (const batch of planReadBatches(full, budget)) {
    for (const block of await readBlocks(context, batch))
      parts.set(block.sheet, [...(parts.get(block.sheet) ?? []), block]);
  }
  for (const [sheet, list] of parts)
    grids.set(
      sheet,
      toGrid(
        sheet,
        [...list].sort((a, b) => a.top - b.top),
        mergesOf.get(sheet) ?? [],
      ),
    );

  return {
    sheets: names.map((n) => grids.get(n)).filter((g): g is Grid => g !== undefined),
    protectedSheets,
    partialSheets,
  };
}
