/**
 * Writes a copy of a workbook with planned cells set (only those cells' XML changes; see patch.ts). The
 * input file is never opened for writing, and the output may not be the input.
 */
import fs from "node:fs";
import path from "node:path";
import type { PlannedWrite } from "../workbook/writePlan";
import { patchWorkbook } from "./patch";

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

/** Saves `input` (the bytes of `inputPath`) with `writes` applied to `outputPath`; returns the cells written. */
export async function writeCopy(
  input: Buffer,
  inputPath: string,
  outputPath: string,
  writes: readonly PlannedWrite[],
): Promise<number> {
  if (realish(inputPath) === realish(outputPath)) throw new SameFileError(inputPath);
  const out = await patchWorkbook(input, writes);
  fs.mkdirSync(path.dirname(path.resolve(outputPath)), { recursive: true });
  fs.writeFileSync(outputPath, out);
  return writes.length;
}
