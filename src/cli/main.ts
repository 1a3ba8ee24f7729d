/**
 * co2-check: reads each workbook, finds every form, prints a report (or JSON), optionally writes filled
 * copies and a ward summary. One unreadable file never stops the batch.
 *
 * Files are handled one at a time and nothing of a workbook is kept once its report is out (the JSON
 * document is streamed file by file), so memory does not grow with the number of files. Form 8 lists are
 * matched against the Form 7s of their folder at the end of the run (form8Run.ts), from small per-file facts.
 */
import fs from "node:fs";
import { analyzeWorkbook, type FormAnalysis } from "../app/analyze";
import type { Issue } from "../domain/issue";
import type { Form8 } from "../workbook/form8/form8";
import { selectWrites } from "../workbook/writePlan";
import { WorkbookReadError } from "../xlsx/errors";
import { loadExcelJs, readFileBuffer, snapshotOf } from "../xlsx/read";
import { writeCopy } from "../xlsx/write";
import { ArgsError, parseArgs, USAGE, type CliOptions } from "./args";
import { expandInputs, realish, type InputFile } from "./files";
import { Form8Run, type Form8Finding } from "./form8Run";
import { TokyoBusinessRun, type TokyoBusinessFinding } from "./tokyoRun";
import { form8FindingJson, form8SheetJson, formJson, issueJson, JsonStream, type FileJson } from "./json";
import { OutputPlanner } from "./outputs";
import { Progress } from "./progress";
import { PublicationBuilder } from "./publication";
import { businessSumLines, form8Lines, form8SheetLines, formLines, issueLine } from "./report";
import { SummaryBuilder } from "./summary";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const NO_FORM = {
  ja: "様式が見つかりません（第7号様式の「燃料等の種別」の表、第8号様式、J-クレジット認証量の表、還元額の表2を探しました）。",
  en: "no form found (looked for the Form 7 燃料等の種別 table, Form 8, J-Credit forecast tables and return Table 2).",
};

/** How one file went: checked, not readable (or no form), or checked but its copy not written. */
type Status = "checked" | "unreadable" | "notWritten";

interface FileOutcome {
  json: FileJson;
  forms: FormAnalysis[];
  workbookIssues: Issue[];
  /** Form 8 cover sheets: their lists are matched against the folder at the end of the run. */
  form8: Form8[];
  status: Status;
  /** The file could be read (it may still hold no form). */
  read: boolean;
  errors: number;
}

function unreadable(file: string, error: { code: string; message: string }, read = false): FileOutcome {
  return {
    json: { file, error, forms: [] },
    forms: [],
    workbookIssues: [],
    form8: [],
    status: "unreadable",
    read,
    errors: 0,
  };
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
    // Form 8 lists are matched against the whole folder at the end of the run (Form8Run), not here.
    analysis = analyzeWorkbook(snapshotOf(await loadExcelJs(bytes)), opts.settings, undefined, {
      form8Matching: "caller",
      businessMatching: "caller",
    });
  } catch (e) {
    return unreadable(
      file,
      e instanceof WorkbookReadError
        ? { code: e.code, message: e.messages[lang] }
        : { code: "failed", message: e instanceof Error ? e.message : String(e) },
    );
  }
  const forms = analysis.forms;
  const form8 = analysis.form8 ?? [];
  if (forms.length === 0 && form8.length === 0)
    return unreadable(file, { code: "noForm", message: NO_FORM[lang] }, true);
  const json: FileJson = {
    file,
    error: null,
    forms: forms.map((f) => formJson(f, lang)),
    issues: analysis.issues.map((i) => issueJson(i, lang)),
  };
  if (form8.length > 0) json.form8Sheets = form8.map(form8SheetJson);
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
  return { json, forms, workbookIssues: analysis.issues, form8, status, read: true, errors };
}

/** A list workbook (--summary, --publication) is never written over an input of the run. */
function refuseOverInput(flag: string, out: string | null, files: readonly InputFile[], lang: "ja" | "en") {
  if (out && files.some((f) => fs.existsSync(f.path) && realish(f.path) === realish(out)))
    throw new ArgsError(
      lang === "ja"
        ? `${flag} ${out}: 入力ファイルには書き込みません`
        : `${flag} ${out}: refusing to write over an input file`,
    );
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
  const own = [opts.summary, opts.publication, opts.write].filter(
    (p): p is string => p !== null && fs.existsSync(p),
  );
  const files = expandInputs(opts.files, own);
  if (files.length === 0) {
    io.stderr.write(ja ? "co2-check: ブックが見つかりません。\n" : "co2-check: no workbook found.\n");
    return 2;
  }
  let outputs: OutputPlanner | null = null;
  try {
    refuseOverInput("--summary", opts.summary, files, opts.lang);
    refuseOverInput("--publication", opts.publication, files, opts.lang);
    // Two outputs of the run on one path would overwrite each other.
    const named: [string, string | null][] = [
      ["--write", opts.write],
      ["--summary", opts.summary],
      ["--publication", opts.publication],
    ];
    const outs = named.flatMap(([flag, p]) => (p ? [{ flag, p, id: realish(p) }] : []));
    for (const [i, o] of outs.entries()) {
      const same = outs.slice(0, i).find((e) => e.id === o.id);
      if (same)
        throw new ArgsError(
          ja
            ? `${o.flag} ${o.p}: ${same.flag} と同じファイルです`
            : `${o.flag} ${o.p}: the same file as ${same.flag}`,
        );
    }
    if (opts.write) outputs = new OutputPlanner(opts.write, files, opts.lang);
  } catch (e) {
    if (e instanceof ArgsError) return usageError(io, e.message);
    throw e;
  }

  const progress = new Progress(io.stderr, files.length);
  const summary = opts.summary ? new SummaryBuilder(opts.lang, opts.category) : null;
  const publication = opts.publication ? new PublicationBuilder(opts.lang) : null;
  const json = opts.json ? new JsonStream(io.stdout) : null;
  let unreadableFiles = 0;
  let notWritten = 0;
  let errors = 0;
  const form8 = new Form8Run();
  const business = new TokyoBusinessRun();
  for (const file of files) {
    progress.tick(file.path);
    const o = await checkFile(file, opts, outputs);
    if (o.read) {
      form8.add(file.path, o.forms, o.form8);
      business.add(file.path, o.forms);
    } else form8.unreadable(file.path);
    if (o.status === "unreadable") unreadableFiles++;
    if (o.status === "notWritten") notWritten++;
    errors += o.errors;
    summary?.add(file.path, o.status === "unreadable" ? o.json.error : null, o.forms);
    publication?.add(file.path, o.forms);
    if (json) json.file(o.json);
    else {
      progress.clear();
      io.stdout.write(fileText(o, opts.lang));
    }
  }
  progress.done();
  const lists = [
    { builder: summary, out: opts.summary, what: { ja: "一覧", en: "the summary" } },
    { builder: publication, out: opts.publication, what: { ja: "公表一覧", en: "the publication list" } },
  ];
  for (const { builder, out, what } of lists) {
    if (!builder || !out) continue;
    try {
      await builder.save(out);
    } catch (e) {
      io.stderr.write(
        `co2-check: ${out}: ${ja ? `${what.ja}を保存できません` : `cannot save ${what.en}`}: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      notWritten++;
    }
  }
  // Form 8 across the folder: the run-level findings, counted like the in-workbook Form 8 issues.
  const findings: Form8Finding[] = form8.findings();
  errors += findings.filter((f) => f.issue.severity === "error").length;
  // Tokyo (その1) against the (その2) sites of its folder (warnings).
  const sums: TokyoBusinessFinding[] = business.findings();
  errors += sums.filter((f) => f.issue.severity === "error").length;
  if (json)
    json.end({
      form8: findings.map((f) => form8FindingJson(f, opts.lang)),
      ...(business.tableCount > 0
        ? {
            tokyoBusiness: sums.map((f) => ({
              file: f.file,
              folder: f.folder,
              ...issueJson(f.issue, opts.lang),
            })),
          }
        : {}),
    });
  else {
    if (form8.listed.sheets > 0)
      io.stdout.write(`${form8Lines(findings, form8.listed.sites, opts.lang).join("\n")}\n\n`);
    if (sums.length > 0) io.stdout.write(`${businessSumLines(sums, opts.lang).join("\n")}\n\n`);
    io.stdout.write(totals(files.length, unreadableFiles, notWritten, errors, opts.lang));
  }
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
  for (const f of o.form8) lines.push(...form8SheetLines(f, lang));
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
