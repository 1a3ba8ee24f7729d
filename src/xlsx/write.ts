/**
 * Writes a copy of a workbook with planned cells set. The input file is never opened for writing; the
 * output may not be the input.
 */
import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { PlannedWrite } from "../workbook/writePlan";

export class SameFileError extends Error {
  constructor(file: string) {
    super(`refusing to write over the input file: ${file}`);
  }
}

function realish(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Sets the planned cells in a loaded workbook (values and number formats only). */
export function setCells(wb: ExcelJS.Workbook, writes: readonly PlannedWrite[]): number {
  let n = 0;
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(w.address);
    cell.value = w.value;
    if (w.numberFormat) cell.numFmt = w.numberFormat;
    n++;
  }
  return n;
}

/** Saves `wb` (loaded from `inputPath`) with `writes` applied to `outputPath`. */
export async function writeCopy(
  wb: ExcelJS.Workbook,
  inputPath: string,
  outputPath: string,
  writes: readonly PlannedWrite[],
): Promise<number> {
  if (realish(inputPath) === realish(outputPath)) throw new SameFileError(inputPath);
  const n = setCells(wb, writes);
  fs.mkdirSync(path.dirname(path.resolve(outputPath)), { recursive: true });
  await wb.xlsx.writeFile(outputPath);
  return n;
}
