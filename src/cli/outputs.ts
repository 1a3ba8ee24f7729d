/**
 * Where --write puts each filled copy, decided before any file is read:
 *
 * - one input file, and OUT is not an existing folder (nor ends with a slash): OUT is the copy;
 * - otherwise OUT is a folder (created when missing): a file given by name is written to OUT/<its name>, a
 *   file found in a folder argument to OUT/<its path inside that folder>, so same-named files in different
 *   subfolders do not collide.
 *
 * A copy is never written over any input of the run (not only its own), and two inputs never share one
 * copy: the later one is refused with a message instead.
 */
import fs from "node:fs";
import path from "node:path";
import { ArgsError } from "./args";
import { realish, type InputFile } from "./files";

export interface Refusal {
  code: "writeOverInput" | "outputClash";
  message: string;
}

export type OutputTarget = { path: string } | { refused: Refusal };

const isDir = (p: string): boolean => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Whether OUT names a folder for these inputs (the rule above). */
export function writesToFolder(out: string, inputs: readonly InputFile[]): boolean {
  const single = inputs.length === 1 && inputs[0].root === null;
  return !single || isDir(out) || /[\\/]$/.test(out);
}

/** The identity of a path that may not exist yet (its folder resolved through links). */
function identity(p: string): string {
  return fs.existsSync(p) ? realish(p) : path.join(realish(path.dirname(p)), path.basename(p));
}

export class OutputPlanner {
  private readonly inputs: Set<string>;
  private readonly taken = new Map<string, string>();
  readonly folder: boolean;

  constructor(
    private readonly out: string,
    inputs: readonly InputFile[],
    private readonly lang: "ja" | "en",
  ) {
    this.folder = writesToFolder(out, inputs);
    if (this.folder && fs.existsSync(out) && !isDir(out))
      throw new ArgsError(
        lang === "ja"
          ? `--write ${out}: ファイルが複数のときはフォルダを指定してください（既存のファイルです）`
          : `--write ${out}: with several files OUT must be a folder (it is an existing file)`,
      );
    this.inputs = new Set(inputs.filter((f) => fs.existsSync(f.path)).map((f) => identity(f.path)));
  }

  /** Where the copy of `file` goes, or why it is refused. */
  target(file: InputFile): OutputTarget {
    const ja = this.lang === "ja";
    const p = !this.folder
      ? this.out
      : path.join(
          this.out,
          file.root === null ? path.basename(file.path) : path.relative(file.root, file.path),
        );
    const id = identity(p);
    if (this.inputs.has(id))
      return {
        refused: {
          code: "writeOverInput",
          message: ja
            ? `出力先 ${p} は入力ファイルです。上書きしないため、コピーを保存しませんでした。`
            : `the output ${p} is an input file; it is not overwritten, so no copy was saved.`,
        },
      };
    const other = this.taken.get(id);
    if (other !== undefined)
      return {
        refused: {
          code: "outputClash",
          message: ja
            ? `出力先 ${p} は ${other} のコピーに使われています。コピーを保存しませんでした。`
            : `the output ${p} is already taken by the copy of ${other}; no copy was saved.`,
        },
      };
    this.taken.set(id, file.path);
    return { path: p };
  }
}
