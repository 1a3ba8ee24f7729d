/** A CellSink that builds a Grid directly (no exceljs), for fast property tests. */
import type ExcelJS from "exceljs";
import { fromA1 } from "../../src/workbook/address";
import { Grid, type Area, type CellValue } from "../../src/workbook/grid";
import type { CellSink } from "./form7Workbook";

export class GridSink implements CellSink {
  readonly values: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];
  readonly merges: Area[] = [];

  set(address: string, v: ExcelJS.CellValue): void {
    const { row, col } = fromA1(address);
    this.put(row, col, v);
  }

  put(row: number, col: number, v: ExcelJS.CellValue | CellValue): void {
    (this.values[row] ??= [])[col] = null;
    (this.formulas[row] ??= [])[col] = null;
    if (v && typeof v === "object" && "formula" in v) {
      this.formulas[row][col] = `=${(v as ExcelJS.CellFormulaValue).formula}`;
      const r = (v as ExcelJS.CellFormulaValue).result;
      this.values[row][col] = typeof r === "number" || typeof r === "string" ? r : null;
      return;
    }
    this.values[row][col] = v as CellValue;
  }

  merge(range: string): void {
    const [a, b] = range.split(":");
    const p = fromA1(a);
    const q = fromA1(b);
    this.merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }

  grid(sheet = "第7号様式"): Grid {
    const rows = this.values.length;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push(Array.from(this.values[r] ?? [], (v) => (v === undefined ? null : v)));
      formulas.push(Array.from(this.formulas[r] ?? [], (v) => (v === undefined ? null : v)));
    }
    return new Grid({ sheet, values, formulas, merges: this.merges });
  }
}
