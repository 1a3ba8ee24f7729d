/** Expands the command line's FILE arguments: folders become the workbooks inside them (recursively). */
import fs from "node:fs";
import path from "node:path";

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) out.push(...walk(input));
    else out.push(input); // missing files are reported by the reader, by name
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (WORKBOOK.test(e.name) && !e.name.startsWith("~$")) out.push(p);
  }
  return out;
}
