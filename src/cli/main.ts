/**
 * co2-check: reads each workbook, finds every form, prints a report (or JSON), optionally writes filled
 * copies and a ward summary. One unreadable file never stops the batch.
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook, type FormAnalysis } from "../app/analyze";
import type { Issue } from "../domain/issue";
import { selectWrites } from "../workbook/writePlan";
import { WorkbookReadError } from "../xlsx/errors";
import { loadExcelJs, readFileBuffer, snapshotOf } from "../xlsx/read";
import { writeCopy } from "../xlsx/write";
import { ArgsError, parseArgs, USAGE, type CliOptions } from "./args";
import { expandInputs } from "./files";
import { formJson, issueJson, type FileJson } from "./json";
import { Progress } from "./progress";
import { formLines, issueLine } from "./report";
import { SummaryBuilder } from "./summary";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const NO_FORM = {
  ja: "様式が見つかりません（第7号様式の「燃料等の種別」の表、J-クレジット認証量の表、還元額の表2を探しました）。",
  en: "no form found (looked for the Form 7 燃料等の種別 table, J-Credit forecast tables and return Table 2).",
};

function outputFor(opts: CliOptions, file: string, many: boolean): string | null {
  if (!opts.write) return null;
  if (!many && !(fs.existsSync(opts.write) && fs.statSync(opts.write).isDirectory())) return opts.write;
  return path.join(opts.write, path.basename(file));
}

interface FileOutcome {
  json: FileJson;
  forms: FormAnalysis[];
  workbookIssues: Issue[];
  unreadable: boolean;
  errors: number;
}

async function checkFile(file: string, opts: CliOptions, many: boolean): Promise<FileOutcome> {
  const lang = opts.lang;
  try {
    const bytes = await readFileBuffer(file);
    const wb = await loadExcelJs(bytes);
    const analysis = analyzeWorkbook(snapshotOf(wb), opts.settings);
    const forms = analysis.forms;
    if (forms.length === 0) {
      return {
        json: { file, error: { code: "noForm", message: NO_FORM[lang] }, forms: [] },
        forms,
        workbookIssues: [],
        unreadable: true,
        errors: 0,
      };
    }
    const json: FileJson = {
      file,
      error: null,
      forms: forms.map((f) => formJson(f, lang)),
      issues: analysis.issues.map((i) => issueJson(i, lang)),
    };
    const out = outputFor(opts, file, many);
    if (out) {
      await writeCopy(bytes, file, out, selectWrites(forms.flatMap((f) => f.writes)));
      json.output = out;
    }
    const errors = [...analysis.issues, ...forms.flatMap((f) => f.issues)].filter(
      (i) => i.severity === "error",
    ).length;
    return { json, forms, workbookIssues: analysis.issues, unreadable: false, errors };
  } catch (e) {
    const err =
      e instanceof WorkbookReadError
        ? { code: e.code, message: e.messages[lang] }
        : { code: "failed", message: e instanceof Error ? e.message : String(e) };
    return {
      json: { file, error: err, forms: [] },
      forms: [],
      workbookIssues: [],
      unreadable: true,
      errors: 0,
    };
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof ArgsError) {
      io.stderr.write(`co2-check: ${e.message}\n\n${USAGE.ja}\n\n${USAGE.en}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout.write(`${USAGE[opts.lang]}\n`);
    return 0;
  }
  const files = expandInputs(opts.files);
  if (files.length === 0) {
    io.stderr.write(
      opts.lang === "ja" ? "co2-check: ブックが見つかりません。\n" : "co2-check: no workbook found.\n",
    );
    return 2;
  }
  const many = files.length > 1;
  const progress = new Progress(io.stderr, files.length);
  const summary = opts.summary ? new SummaryBuilder(opts.lang, opts.category) : null;
  const results: FileJson[] = [];
  let unreadable = 0;
  let errors = 0;
  for (const file of files) {
    progress.tick(file);
    const o = await checkFile(file, opts, many);
    if (o.unreadable) unreadable++;
    errors += o.errors;
    summary?.add(file, o.json.error, o.forms);
    if (opts.json) results.push(o.json);
    else {
      progress.clear();
      io.stdout.write(fileText(o, opts.lang));
    }
  }
  progress.done();
  if (summary && opts.summary) await summary.save(opts.summary);
  if (opts.json) io.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
  else io.stdout.write(totals(files.length, unreadable, errors, opts.lang));
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}

function fileText(o: FileOutcome, lang: "ja" | "en"): string {
  const lines = [`${o.json.file}`];
  if (o.json.error)
    lines.push(`  ${lang === "ja" ? "読み取れません" : "cannot read"}: ${o.json.error.message}`);
  for (const i of o.workbookIssues) lines.push(issueLine(i, lang));
  for (const f of o.forms) lines.push(...formLines(f, lang));
  if (o.json.output) lines.push(`  ${lang === "ja" ? "記入したコピー" : "filled copy"}: ${o.json.output}`);
  return `${lines.join("\n")}\n\n`;
}

function totals(files: number, unreadable: number, errors: number, lang: "ja" | "en"): string {
  return lang === "ja"
    ? `${files} ファイル: 読めないファイル ${unreadable} 件、エラー ${errors} 件\n`
    : `${files} files: ${unreadable} unreadable, ${errors} errors\n`;
}
