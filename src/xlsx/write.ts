/**
 * Writes a copy of a workbook with planned cells set (only those cells' XML, and the cell formats their
 * number formats need, change; see patch.ts). The input file is never opened for writing, and the output
 * may not be the input (same real path, or the same file under another name).
 */
import fs from "node:fs";
import path from "node:path";
import type { PlannedWrite } from "../workbook/writePlan";
import { patchWorkbook } from "./patch";
import { readFileBuffer } from "./read";

export class SameFileError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`refusing to write over the input file: ${file}`);
    this.name = "SameFileError";
    this.file = file;
  }
}

/** The real path of `p`; for a file not there yet, its folder's real path joined with its name. */
function realish(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** True when the two paths name one file (same real path, or a hard link to the same inode). */
export function sameFile(a: string, b: string): boolean {
  if (realish(a) === realish(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Saves a copy of the workbook at `inputPath` with `writes` applied (value and number format) to
 * `outputPath`; returns the number of cells written. Refuses (SameFileError) when the output is the input.
 * `writes` should come from selectWrites: formula cells are refused here whatever the plan says.
 */
export async function writeCopy(
  inputPath: string,
  outputPath: string,
  writes: readonly PlannedWrite[],
): Promise<number>;
/** The same, from the bytes already read from `inputPath` (the command line reads each file once). */
export async function writeCopy(
  input: Buffer,
  inputPath: string,
  outputPath: string,
  writes: readonly PlannedWrite[],
): Promise<number>;
export async function writeCopy(
  a: Buffer | string,
  b: string,
  c: string | readonly PlannedWrite[],
  d?: readonly PlannedWrite[],
): Promise<number> {
  const [inputPath, outputPath, writes] =
    typeof a === "string" ? [a, b, c as readonly PlannedWrite[]] : [b, c as string, d ?? []];
  if (sameFile(inputPath, outputPath)) throw new SameFileError(inputPath);
  const input = typeof a === "string" ? await readFileBuffer(inputPath) : a;
  const out = await patchWorkbook(input, writes);
  const target = path.resolve(outputPath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written beside the target and renamed: a failed write never leaves half a workbook behind.
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, out);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return writes.length;
}
