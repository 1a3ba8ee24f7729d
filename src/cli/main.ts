/**
 * co2-check: reads each workbook, finds every form, prints a report (or JSON), optionally writes filled
 * copies and a ward summary. One unreadable file never stops the batch.
 *
 * Files are handled one at a time and nothing of a workbook is kept once its report is out (the JSON
 * document is streamed file by file), so memory does not grow with the number of files.
 */
import fs from "node:fs";
import { analyzeWorkbook, type FormAnalysis } from "../app/analyze";
import type { Issue } from "../domain/issue";
import { selectWrites } from "../workbook/writePlan";
import { WorkbookReadError } from "../xlsx/errors";
import { loadExcelJs, readFileBuffer, snapshotOf } from "../xlsx/read";
import { writeCopy } from "../xlsx/write";
import { ArgsError, parseArgs, USAGE, type CliOptions } from "./args";
import { expandInputs, realish, type InputFile } from "./files";
import { formJson, issueJson, JsonStream, type FileJson } from "./json";
import { OutputPlanner } from "./outputs";
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

/** How one file went: checked, not readable (or no form), or checked but its copy not written. */
type Status = "checked" | "unreadable" | "notWritten";

interface FileOutcome {
  json: FileJson;
  forms: FormAnalysis[];
  workbookIssues: Issue[];
  status: Status;
  errors: number;
}

function unreadable(file: string, error: { code: string; message: string }): FileOutcome {
  return { json: { file, error, forms: [] }, forms: [], workbookIssues: [], status: "unreadable", errors: 0 };
}

async function checkFile(
  input: InputFile,
  opts: CliOptions,
  outputs: OutputPlanner | null,
): Promise<FileOutcome> {
  const lang = opts.lang;
  const file = input.path;
  let bytes: Buffer;
  let analysis: ReturnType<typeof analyzeWorkbook>;
  try {
    bytes = await readFileBuffer(file);
    // The exceljs workbook and the snapshot live only inside this statement.
    analysis = analyzeWorkbook(snapshotOf(await loadExcelJs(bytes)), opts.settings);
  } catch (e) {
    return unreadable(
      file,
      e instanceof WorkbookReadError
        ? { code: e.code, message: e.messages[lang] }
        : { code: "failed", message: e instanceof Error ? e.message : String(e) },
    );
  }
  const forms = analysis.forms;
  if (forms.length === 0) return unreadable(file, { code: "noForm", message: NO_FORM[lang] });
  const json: FileJson = {
    file,
    error: null,
    forms: forms.map((f) => formJson(f, lang)),
    issues: analysis.issues.map((i) => issueJson(i, lang)),
  };
  const errors = [...analysis.issues, ...forms.flatMap((f) => f.issues)].filter(
    (i) => i.severity === "error",
  ).length;
  let status: Status = "checked";
  if (outputs) {
    const target = outputs.target(input);
    if ("refused" in target) {
      json.error = target.refused;
      status = "notWritten";
    } else {
      try {
        // Without consent: never a formula, never a typed value (selectWrites).
        json.written = await writeCopy(
          bytes,
          file,
          target.path,
          selectWrites(forms.flatMap((f) => f.writes)),
        );
        json.output = target.path;
      } catch (e) {
        json.error = { code: "writeFailed", message: e instanceof Error ? e.message : String(e) };
        status = "notWritten";
      }
    }
  }
  return { json, forms, workbookIssues: analysis.issues, status, errors };
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`co2-check: ${message}\n\n${USAGE.ja}\n\n${USAGE.en}\n`);
  return 2;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof ArgsError) return usageError(io, e.message);
    throw e;
  }
  if (opts.help) {
    io.stdout.write(`${USAGE[opts.lang]}\n`);
    return 0;
  }
  const ja = opts.lang === "ja";
  // This run's own outputs are not inputs, when they sit inside a folder being checked.
  const own = [opts.summary, opts.write].filter((p): p is string => p !== null && fs.existsSync(p));
  const files = expandInputs(opts.files, own);
  if (files.length === 0) {
    io.stderr.write(ja ? "co2-check: ブックが見つかりません。\n" : "co2-check: no workbook found.\n");
    return 2;
  }
  let outputs: OutputPlanner | null = null;
  try {
    if (
      opts.summary &&
      files.some((f) => fs.existsSync(f.path) && realish(f.path) === realish(opts.summary!))
    )
      throw new ArgsError(
        ja
          ? `--summary ${opts.summary}: 入力ファイルには書き込みません`
          : `--summary ${opts.summary}: refusing to write over an input file`,
      );
    if (opts.write) outputs = new OutputPlanner(opts.write, files, opts.lang);
  } catch (e) {
    if (e instanceof ArgsError) return usageError(io, e.message);
    throw e;
  }

  const progress = new Progress(io.stderr, files.length);
  const summary = opts.summary ? new SummaryBuilder(opts.lang, opts.category) : null;
  const json = opts.json ? new JsonStream(io.stdout) : null;
  let unreadableFiles = 0;
  let notWritten = 0;
  let errors = 0;
  for (const file of files) {
    progress.tick(file.path);
    const o = await checkFile(file, opts, outputs);
    if (o.status === "unreadable") unreadableFiles++;
    if (o.status === "notWritten") notWritten++;
    errors += o.errors;
    summary?.add(file.path, o.status === "unreadable" ? o.json.error : null, o.forms);
    if (json) json.file(o.json);
    else {
      progress.clear();
      io.stdout.write(fileText(o, opts.lang));
    }
  }
  progress.done();
  if (summary && opts.summary) {
    try {
      await summary.save(opts.summary);
    } catch (e) {
      io.stderr.write(
        `co2-check: ${opts.summary}: ${ja ? "一覧を保存できません" : "cannot save the summary"}: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      notWritten++;
    }
  }
  if (json) json.end();
  else io.stdout.write(totals(files.length, unreadableFiles, notWritten, errors, opts.lang));
  return unreadableFiles + notWritten > 0 ? 2 : errors > 0 ? 1 : 0;
}

function fileText(o: FileOutcome, lang: "ja" | "en"): string {
  const ja = lang === "ja";
  const lines = [`${o.json.file}`];
  if (o.json.error)
    lines.push(
      `  ${o.status === "unreadable" ? (ja ? "読み取れません" : "cannot read") : ja ? "コピーを保存していません" : "copy not saved"}: ${o.json.error.message}`,
    );
  for (const i of o.workbookIssues) lines.push(issueLine(i, lang));
  for (const f of o.forms) lines.push(...formLines(f, lang));
  if (o.json.output)
    lines.push(
      ja
        ? `  記入したコピー: ${o.json.output}（${o.json.written ?? 0} セル）`
        : `  filled copy: ${o.json.output} (${o.json.written ?? 0} cells)`,
    );
  return `${lines.join("\n")}\n\n`;
}

function totals(
  files: number,
  unreadable: number,
  notWritten: number,
  errors: number,
  lang: "ja" | "en",
): string {
  const unsaved =
    notWritten === 0
      ? ""
      : lang === "ja"
        ? `、保存しなかった出力 ${notWritten} 件`
        : `, ${notWritten} outputs not saved`;
  return lang === "ja"
    ? `${files} ファイル: 読めないファイル ${unreadable} 件、エラー ${errors} 件${unsaved}\n`
    : `${files} files: ${unreadable} unreadable, ${errors} errors${unsaved}\n`;
}
