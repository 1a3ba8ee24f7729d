/**
 * The README's table of issue codes, made from the lists (src/app/issueCodes.ts) and the doc comment of each
 * code in its list's file: area, code, severity, meaning.
 */
import fs from "node:fs";
import path from "node:path";
import { ISSUE_AREAS } from "../../src/app/issueCodes";

const ROOT = path.join(__dirname, "..", "..");

export interface CodeDoc {
  area: string;
  code: string;
  severity: "error" | "warning" | "info" | null;
  meaning: string;
}

/** The doc comment of every code of a list, by code, read from the list's source. */
function docsOf(file: string, list: string): Map<string, string> {
  const src = fs.readFileSync(path.join(ROOT, file), "utf8");
  const start = src.indexOf(`export const ${list} = {`);
  if (start < 0) throw new Error(`${list} not found in ${file}`);
  const body = src.slice(start, src.indexOf("} as const;", start));
  const out = new Map<string, string>();
  for (const m of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n\s*\w+:\s*"([^"]+)"/g))
    out.set(m[2], m[1].replace(/\s*\n\s*\*\s*/g, " ").trim());
  return out;
}

/** Every listed code with its severity and meaning, in the lists' order. */
export function codeDocs(): CodeDoc[] {
  return ISSUE_AREAS.flatMap((a) => {
    const docs = docsOf(a.file, a.list);
    return Object.values(a.codes).map((code) => {
      const doc = docs.get(code) ?? "";
      // "… (error)." or "… (error; a unit slip)." — the severity leaves the meaning, any note stays.
      const sev = /\((error|warning|info)(?:; ([^()]*))?\)\.?$/.exec(doc);
      const meaning = sev ? `${doc.slice(0, sev.index).trimEnd()}${sev[2] ? ` (${sev[2]})` : ""}.` : doc;
      return { area: a.area, code, severity: (sev?.[1] as CodeDoc["severity"]) ?? null, meaning };
    });
  });
}

export const BEGIN =
  "<!-- issue-codes:begin (generated from the code lists: UPDATE_README=1 npx jest test/domain/issueCatalogue.test.ts) -->";
export const END = "<!-- issue-codes:end -->";

/** The table as Markdown. */
export function codeTable(): string {
  const rows = codeDocs().map(
    (d) => `| ${d.area} | \`${d.code}\` | ${d.severity} | ${d.meaning.replace(/\|/g, "\\|")} |`,
  );
  return [BEGIN, "| Area | Code | Severity | Meaning |", "| --- | --- | --- | --- |", ...rows, END].join(
    "\n",
  );
}

export const README = path.join(ROOT, "README.md");
