/** Expands the command line's FILE arguments: folders become the workbooks inside them (recursively). */
import fs from "node:fs";
import path from "node:path";

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** One file to check. */
export interface InputFile {
  /** The path as given, or joined onto the folder that was given. */
  path: string;
  /** The folder argument it was found in (null when the file itself was given), to mirror it on --write. */
  root: string | null;
}

/** A path's identity on disk (resolved through links where it exists). */
export function realish(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Files in argument order; a folder gives its .xlsx/.xlsm/.xls files in name order, recursively, without
 * Excel's lock files (~$…) and without `exclude` (this run's own outputs: the --write folder, the summary).
 */
export function expandInputs(inputs: readonly string[], exclude: readonly string[] = []): InputFile[] {
  const skip = new Set(exclude.map(realish));
  const out: InputFile[] = [];
  for (const input of inputs) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) for (const p of walk(input, skip)) out.push({ path: p, root: input });
    else out.push({ path: input, root: null }); // missing files are reported by the reader, by name
  }
  return out;
}

function walk(dir: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out; // an unreadable subfolder: nothing to check in it
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (skip.size > 0 && skip.has(realish(p))) continue;
    if (e.isDirectory()) out.push(...walk(p, skip));
    else if ((e.isFile() || e.isSymbolicLink()) && WORKBOOK.test(e.name) && !e.name.startsWith("~$"))
      out.push(p);
  }
  return out;
}
