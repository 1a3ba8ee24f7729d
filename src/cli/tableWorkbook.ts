/**
 * The command line's list workbooks (--summary, --publication): a sheet of one row per item, its columns
 * defined as data (header, width, number format, how a cell is taken from the item), sorted by file and
 * sheet, with a bold frozen header and a filter; saved beside the target and renamed into place.
 */
import fs from "node:fs";
import type ExcelJS from "exceljs";

export type Cell = string | number | null;

/** A column of a list sheet. Add a column by adding an entry (rows are built from the list only). */
export interface Column<T> {
  key: string;
  ja: string;
  en: string;
  width: number;
  numFmt?: string;
  value(item: T): Cell;
}

/** Rows built as items come in (so no workbook's analysis is kept), written as one sheet at the end. */
export class RowTable<T> {
  private readonly rows: Cell[][] = [];
  constructor(
    readonly columns: readonly Column<T>[],
    private readonly lang: "ja" | "en",
  ) {}

  add(item: T): void {
    this.rows.push(this.columns.map((c) => c.value(item)));
  }

  /** A row already made (e.g. in a worker thread) from these columns. */
  addRow(cells: Cell[]): void {
    this.rows.push(cells);
  }

  get size(): number {
    return this.rows.length;
  }

  /** Rows sorted by the `file` column, then the `sheet` column (where the columns have them). */
  sorted(): Cell[][] {
    const file = this.columns.findIndex((c) => c.key === "file");
    const sheet = this.columns.findIndex((c) => c.key === "sheet");
    const text = (r: Cell[], i: number) => (i < 0 ? "" : String(r[i] ?? ""));
    return [...this.rows].sort(
      (a, b) => text(a, file).localeCompare(text(b, file)) || text(a, sheet).localeCompare(text(b, sheet)),
    );
  }

  /** The sheet: header row (bold, frozen, filtered), then the sorted rows with the columns' formats. */
  addSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = this.columns.map((c) => ({
      header: c[this.lang],
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of this.sorted()) ws.addRow(r);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: this.columns.length } };
    return ws;
  }
}

/** Writes the workbook beside `out` and renames it into place: a failed save leaves no half workbook. */
export async function saveWorkbook(wb: ExcelJS.Workbook, out: string): Promise<void> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
