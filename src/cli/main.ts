/**
 * co2-check: reads each workbook, finds every form, prints a report (or JSON), optionally writes filled
 * copies and a ward summary. One unreadable file never stops the batch.
 *
 * Files are checked in worker threads (--jobs, pool.ts) or in this one, and handed back in the run's order;
 * nothing of a workbook is kept once its report is out (the JSON document is streamed file by file), so
 * memory does not grow with the number of files. Form 8 lists are matched against the Form 7s of their
 * folder at the end of the run (form8Run.ts), and the year-over-year comparison made, from small per-file
 * facts.
 */
import fs from "node:fs";
import { dec } from "../domain/decimal";
import { ArgsError, parseArgs, USAGE, type CliOptions } from "./args";
import type { FileJob } from "./checkFile";
import { expandInputs, realish, type InputFile } from "./files";
import { Form8Run, type Form8Finding } from "./form8Run";
import { writeHtmlReport } from "./htmlOutput";
import { form8FindingJson, issueJson, JsonStream } from "./json";
import { OutputPlanner } from "./outputs";
import { checkAll } from "./pool";
import { Progress } from "./progress";
import { PublicationBuilder } from "./publication";
import { businessSumLines, form8Lines } from "./report";
import { CLI_WORDS } from "./reportWords";
import type { ReportForm } from "./reportFacts";
import type { SiteFact } from "./siteFacts";
import { SummaryBuilder } from "./summary";
import { TokyoBusinessRun, type TokyoBusinessFinding } from "./tokyoRun";
import { changeWarning } from "./yearOverYearSheets";
import { yearOverYear } from "./yearOverYear";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
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
  const own = [opts.summary, opts.publication, opts.report, opts.write].filter(
    (p): p is string => p !== null && fs.existsSync(p),
  );
  const files = expandInputs(opts.files, own);
  if (files.length === 0) {
    io.stderr.write(CLI_WORDS[opts.lang].noWorkbook);
    return 2;
  }
  let outputs: OutputPlanner | null = null;
  try {
    refuseOverInput("--summary", opts.summary, files, opts.lang);
    refuseOverInput("--publication", opts.publication, files, opts.lang);
    refuseOverInput("--report", opts.report, files, opts.lang);
    // Two outputs of the run on one path would overwrite each other.
    const named: [string, string | null][] = [
      ["--write", opts.write],
      ["--summary", opts.summary],
      ["--publication", opts.publication],
      ["--report", opts.report],
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
  const threshold = dec(opts.changeThresholdPct);
  const summary = opts.summary ? new SummaryBuilder(opts.lang, opts.category, undefined, threshold) : null;
  const publication = opts.publication ? new PublicationBuilder(opts.lang) : null;
  const json = opts.json ? new JsonStream(io.stdout) : null;
  let unreadableFiles = 0;
  let notWritten = 0;
  let errors = 0;
  const form8 = new Form8Run();
  const business = new TokyoBusinessRun();
  // Small facts of every Form 7 (year over year) and, for --report, the unreadable files and the detail.
  const sites: SiteFact[] = [];
  const unreadableList: { file: string; message: string }[] = [];
  let detail: ReportForm[] | null = null;
  // Where each copy goes is decided before any file is read, in the run's order.
  const jobs: FileJob[] = files.map((input) => ({
    input,
    opts,
    target: outputs ? outputs.target(input) : null,
    wanted: {
      summary: summary !== null,
      publication: publication !== null,
      reportDetail: opts.report !== null && files.length === 1,
    },
  }));
  let i = 0;
  for await (const o of checkAll(jobs, opts.jobs)) {
    const file = files[i++];
    progress.tick(file.path);
    if (o.read) {
      form8.add(file.path, o.form7Sites, o.form8);
      business.add(file.path, o.business);
    } else form8.unreadable(file.path);
    if (o.status === "unreadable") {
      unreadableFiles++;
      unreadableList.push({ file: file.path, message: o.json.error?.message ?? "" });
    }
    if (o.status === "notWritten") notWritten++;
    errors += o.errors;
    sites.push(...o.sites);
    if (o.summary) summary?.addFacts(o.summary);
    if (o.publication) publication?.addRows(o.publication);
    if (o.report) detail = o.report;
    if (json) json.file(o.json);
    else {
      progress.clear();
      io.stdout.write(o.text);
    }
  }
  progress.done();
  const lists: {
    builder: { save(out: string): Promise<void> } | null;
    out: string | null;
    what: { ja: string; en: string };
  }[] = [
    { builder: summary, out: opts.summary, what: { ja: "一覧", en: "the summary" } },
    { builder: publication, out: opts.publication, what: { ja: "公表一覧", en: "the publication list" } },
  ];
  const yoy = yearOverYear(sites, threshold);
  if (opts.report)
    lists.push({
      builder: {
        save: (out: string) =>
          writeHtmlReport(out, {
            lang: opts.lang,
            files: files.length,
            unreadable: unreadableList,
            sites,
            yoy,
            thresholdPct: threshold,
            single: files.length === 1 && detail ? { file: files[0].path, forms: detail } : null,
          }),
      },
      out: opts.report,
      what: { ja: "レポート", en: "the report" },
    });
  for (const { builder, out, what } of lists) {
    if (!builder || !out) continue;
    try {
      await builder.save(out);
    } catch (e) {
      io.stderr.write(
        `co2-check: ${out}: ${CLI_WORDS[opts.lang].cannotSave(what)}: ${e instanceof Error ? e.message : String(e)}\n`,
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
    const yearLines = yearOverYearLines(yoy, threshold, opts.lang);
    if (yearLines.length > 0) io.stdout.write(`${yearLines.join("\n")}\n\n`);
    io.stdout.write(totals(files.length, unreadableFiles, notWritten, errors, opts.lang));
  }
  return unreadableFiles + notWritten > 0 ? 2 : errors > 0 ? 1 : 0;
}

/** The run's year section: changes beyond the threshold (naming both files) and missing must-report sites. */
function yearOverYearLines(
  yoy: ReturnType<typeof yearOverYear>,
  threshold: ReturnType<typeof dec>,
  lang: "ja" | "en",
): string[] {
  const ja = lang === "ja";
  const flagged = yoy.changes.filter((c) => c.flagged);
  if (flagged.length === 0 && yoy.missing.length === 0) return [];
  const warn = CLI_WORDS[lang].warning;
  return [
    CLI_WORDS[lang].yearOverYearHead,
    ...flagged.map((c) => `  [${warn}] ${changeWarning(c, threshold, lang)}`),
    ...yoy.missing.map(
      (m) =>
        `  [${warn}] ${
          ja
            ? `${m.name ?? m.siteNumber}: ${m.lastYear}年度は報告あり（${m.file}）、${m.missingYear}年度の報告がありません（報告義務のある事業所）`
            : `${m.name ?? m.siteNumber}: reported for FY${m.lastYear} (${m.file}), no report for FY${m.missingYear} (a must-report site)`
        }`,
    ),
  ];
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
