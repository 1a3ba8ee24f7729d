/**
 * Grid: a snapshot of one sheet (values, formulas, number formats, merged areas), with absolute 0-based
 * coordinates. Both ports (exceljs for files, Office.js in Excel) produce Grids; locators and parsers only
 * ever read Grids.
 */
import { toA1 } from "./address";

/** An Excel error value such as "#REF!" or "#DIV/0!". */
export interface CellError {
  error: string;
}

/** What a cell holds. Dates arrive as Excel serial numbers; blank is null (never 0 or ""). */
export type CellValue = string | number | boolean | CellError | null;

/** Date serial 0 of the 1900 date system, as Excel counts it (1899-12-30). */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days between the 1900 and 1904 date systems: a 1904 workbook's serial is this much lower. */
export const DATE1904_OFFSET = 1462;

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** 0-based inclusive rectangle. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridInit {
  sheet: string;
  /** Row and column of values[0][0] on the sheet (0-based). */
  top?: number;
  left?: number;
  values: CellValue[][];
  /** Same shape as values; null where the cell holds no formula. Formulas start with "=". */
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  merges?: Area[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** The workbook counts date serials from 1904 (Mac's old default), not 1900. */
  date1904?: boolean;
}

export class Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly Area[];
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenCols: ReadonlySet<number>;
  /** Date serials count from 1904-01-01 (serial 0), not from 1900; 1,462 days less for the same date. */
  readonly date1904: boolean;
  private readonly values: CellValue[][];
  private readonly formulas?: (string | null)[][];
  private readonly numberFormats?: (string | null)[][];
  private mergeIndex?: Map<number, Area>;

  constructor(init: GridInit) {
    this.date1904 = init.date1904 ?? false;
    this.sheet = init.sheet;
    this.top = init.top ?? 0;
    this.left = init.left ?? 0;
    this.values = init.values;
    this.formulas = init.formulas;
    this.numberFormats = init.numberFormats;
    this.rowCount = init.values.length;
    this.colCount = init.values.reduce((m, r) => Math.max(m, r.length), 0);
    this.merges = init.merges ?? [];
    this.hiddenRows = new Set(init.hiddenRows ?? []);
    this.hiddenCols = new Set(init.hiddenCols ?? []);
  }

  /** Last row / column index covered by the snapshot (inclusive); top-1 / left-1 when empty. */
  get bottom(): number {
    return this.top + this.rowCount - 1;
  }
  get right(): number {
    return this.left + this.colCount - 1;
  }

  /** The value at an absolute (row, col); null outside the snapshot. */
  value(row: number, col: number): CellValue {
    const r = this.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** Calls `fn` for every non-null value, row by row, left to right (absolute coordinates). */
  forEachValue(fn: (row: number, col: number, v: CellValue) => void): void {
    for (let i = 0; i < this.values.length; i++) {
      const r = this.values[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v !== null && v !== undefined) fn(this.top + i, this.left + j, v);
      }
    }
  }

  /** The formula at (row, col) ("=SUM(E10:E20)"), or null. */
  formula(row: number, col: number): string | null {
    const f = this.formulas?.[row - this.top]?.[col - this.left];
    return f ? f : null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** The merged area containing (row, col), if any. */
  mergeAt(row: number, col: number): Area | undefined {
    if (this.merges.length === 0) return undefined;
    if (!this.mergeIndex) {
      this.mergeIndex = new Map();
      for (const m of this.merges)
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r * 16384 + c, m);
    }
    return this.mergeIndex.get(row * 16384 + col);
  }

  /** The value shown at (row, col): a merged area's value is its top-left cell's. */
  shownValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.value(m.top, m.left) : this.value(row, col);
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return (v === null || (typeof v === "string" && v.trim() === "")) && this.formula(row, col) === null;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }
}

/** Every sheet of a workbook, in tab order. */
export interface WorkbookSnapshot {
  sheets: Grid[];
}
