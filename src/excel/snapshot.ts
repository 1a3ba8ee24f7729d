/**
 * Reads every sheet of the open workbook as a WorkbookSnapshot (values, formulas, number formats, merged
 * areas), in as few round trips as the API allows and with every response under Excel on the web's 5 MB
 * limit.
 *
 * Syncs:
 *  1. the sheet list (a worksheet proxy only exists once the list is loaded, so this cannot be folded
 *     into the next sync);
 *  2. for every sheet at once: the used range's address (valuesOnly = true: formatted-but-empty template
 *     cells do not inflate the read), its merged areas (ExcelApi 1.13, where supported), and the values,
 *     formulas and number formats of the used range clipped to a window anchored at A1 whose size is the
 *     payload budget shared among the sheets.
 *  Most workbooks (every Form 7 sheet) are complete after sync 2. A used range outside its window is read
 *  again whole, in row blocks planned by `planReadBatches`: one sync per batch of blocks, each batch under
 *  the budget. The batches are planned before the first of those syncs; nothing is synced per cell or
 *  per sheet.
 */
import { columnName, fromA1 } from "../workbook/address";
import { Grid, type Area, type CellValue, type WorkbookSnapshot } from "../workbook/grid";

/** How much one sync may carry, and how many bytes of JSON a cell is assumed to cost. */
export interface PayloadBudget {
  /** Bytes a single sync may return (kept under Excel on the web's 5 MB request/response limit). */
  maxBytes: number;
  /**
   * Assumed JSON bytes per cell for values + formulas + number format together. Conservative: a number
   * costs ~20 bytes in values and again in formulas, "General" 10, separators 3; text cells cost more.
   */
  bytesPerCell: number;
  /** Fixed cost assumed per range read (address, brackets, property names). */
  bytesPerRange: number;
}

export const DEFAULT_BUDGET: PayloadBudget = {
  maxBytes: 4 * 1024 * 1024,
  bytesPerCell: 64,
  bytesPerRange: 512,
};

/** Columns of the first-read window (A:BL); rows follow from the budget. */
export const WINDOW_COLUMNS = 64;

/** A rectangle on one sheet to read (0-based, like Grid). */
export interface ReadBlock {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Estimated response bytes for reading `block`'s values, formulas and number formats. */
export function estimateBytes(
  block: { rows: number; cols: number },
  budget: PayloadBudget = DEFAULT_BUDGET,
): number {
  return block.rows * block.cols * budget.bytesPerCell + budget.bytesPerRange;
}

/**
 * Splits ranges into row blocks and groups them into batches (one sync each) so that no batch's estimated
 * payload exceeds the budget. Pure; blocks keep the order of the input, top to bottom.
 */
export function planReadBatches(
  ranges: readonly ReadBlock[],
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
    const rowBytes = range.cols * budget.bytesPerCell;
    let top = range.top;
    let left = range.rows;
    while (left > 0) {
      let fit = Math.floor((budget.maxBytes - used - budget.bytesPerRange) / rowBytes);
      if (fit < 1) {
        if (current.length === 0)
          throw new Error(
            `one row of ${range.cols} columns exceeds the payload budget of ${budget.maxBytes} bytes`,
          );
        flush();
        continue;
      }
      const rows = Math.min(fit, left);
      current.push({ sheet: range.sheet, top, left: range.left, rows, cols: range.cols });
      used += rows * rowBytes + budget.bytesPerRange;
      top += rows;
      left -= rows;
      fit = 0;
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
  const ref = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = ref.split(":");
  const p = fromA1(a);
  const q = b ? fromA1(b) : p;
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
}

/** Whether the host supports an API set; false where Office is not there (tests without the fake). */
export function apiSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

interface SheetRead {
  name: string;
  used: Excel.Range;
  window: Excel.Range | null;
  merges: Excel.RangeAreas | null;
}

interface Block2D {
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

function toGrid(sheet: string, block: Block2D, merges: Area[]): Grid {
  return new Grid({
    sheet,
    top: block.top,
    left: block.left,
    values: block.values.map((r) => r.map(toCellValue)),
    formulas: block.formulas.map((r, i) => r.map((f, j) => toFormula(f, block.values[i]?.[j]))),
    numberFormats: block.numberFormat.map((r) => r.map(toNumberFormat)),
    merges,
  });
}

/** Reads every sheet of the workbook (see the module comment for the syncs). */
export async function snapshotWorkbook(
  context: Excel.RequestContext,
  options: SnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const withMerges = options.merges ?? apiSupported("ExcelApi", "1.13");

  // Sync 1: the sheet list.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  if (names.length === 0) return { sheets: [] };

  // Sync 2: used ranges, merged areas and the windowed data of every sheet.
  const cellsPerSheet = Math.floor(
    (budget.maxBytes / names.length - budget.bytesPerRange * 3) / budget.bytesPerCell,
  );
  const windowRows = Math.floor(cellsPerSheet / WINDOW_COLUMNS);
  const windowAddress = windowRows >= 1 ? `A1:${columnName(WINDOW_COLUMNS - 1)}${windowRows}` : null;
  const reads: SheetRead[] = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRange(true);
    used.load("address");
    let window: Excel.Range | null = null;
    if (windowAddress) {
      window = used.getIntersectionOrNullObject(windowAddress);
      window.load("address,values,formulas,numberFormat");
    }
    let merges: Excel.RangeAreas | null = null;
    if (withMerges) {
      merges = ws.getRange().getMergedAreasOrNullObject();
      merges.load("address");
    }
    return { name, used, window, merges };
  });
  await context.sync();

  const grids = new Map<string, Grid>();
  const mergesOf = new Map<string, Area[]>();
  const rest: ReadBlock[] = [];
  for (const r of reads) {
    const merges = r.merges && !r.merges.isNullObject ? parseAreasAddress(r.merges.address) : [];
    mergesOf.set(r.name, merges);
    const used = parseRangeAddress(r.used.address);
    const win = r.window && !r.window.isNullObject ? parseRangeAddress(r.window.address) : null;
    if (
      r.window &&
      win &&
      win.top === used.top &&
      win.left === used.left &&
      win.bottom === used.bottom &&
      win.right === used.right
    ) {
      grids.set(
        r.name,
        toGrid(
          r.name,
          {
            top: used.top,
            left: used.left,
            values: r.window.values,
            formulas: r.window.formulas,
            numberFormat: r.window.numberFormat,
          },
          merges,
        ),
      );
    } else {
      rest.push({
        sheet: r.name,
        top: used.top,
        left: used.left,
        rows: used.bottom - used.top + 1,
        cols: used.right - used.left + 1,
      });
    }
  }

  // Syncs 3+: only for used ranges larger than their window, in planned batches under the budget.
  if (rest.length > 0) {
    const parts = new Map<string, Block2D[]>();
    for (const batch of planReadBatches(rest, budget)) {
      const queued = batch.map((b) => {
        const range = context.workbook.worksheets
          .getItem(b.sheet)
          .getRange(`${columnName(b.left)}${b.top + 1}:${columnName(b.left + b.cols - 1)}${b.top + b.rows}`);
        range.load("values,formulas,numberFormat");
        return { b, range };
      });
      await context.sync();
      for (const { b, range } of queued) {
        const list = parts.get(b.sheet) ?? [];
        list.push({
          top: b.top,
          left: b.left,
          values: range.values,
          formulas: range.formulas,
          numberFormat: range.numberFormat,
        });
        parts.set(b.sheet, list);
      }
    }
    for (const [sheet, list] of parts) {
      grids.set(
        sheet,
        toGrid(
          sheet,
          {
            top: list[0].top,
            left: list[0].left,
            values: list.flatMap((p) => p.values),
            formulas: list.flatMap((p) => p.formulas),
            numberFormat: list.flatMap((p) => p.numberFormat),
          },
          mergesOf.get(sheet) ?? [],
        ),
      );
    }
  }

  return { sheets: names.map((n) => grids.get(n)).filter((g): g is Grid => g !== undefined) };
}
