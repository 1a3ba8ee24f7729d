/**
 * Checking one file of the run: read → analyse → (write its copy) → everything the run keeps of it, as
 * plain data (text, JSON, list rows, small facts). Nothing of the workbook survives the call, and the
 * result crosses a worker thread unchanged, so a run with --jobs N gives what a serial run gives.
 */
import { analyzeWorkbook, form7SiteRefs } from "../app/analyze";
import { CLI_WORDS } from "./reportWords";
import type { Form7SiteRef, Form8 } from "../workbook/form8/form8";
import { selectWrites } from "../workbook/writePlan";
import { WorkbookReadError } from "../xlsx/errors";
import { loadExcelJs, readFileBuffer, snapshotOf } from "../xlsx/read";
import { writeCopy } from "../xlsx/write";
import type { CliOptions } from "./args";
import type { InputFile } from "./files";
import { form8SheetJson, formJson, issueJson, type FileJson } from "./json";
import type { OutputTarget } from "./outputs";
import { priceJson, priceLines } from "./prices";
import { publicationRows } from "./publication";
import { form8SheetLines, formLines, issueLine } from "./report";
import { reportFormsOf, type ReportForm } from "./reportFacts";
import { siteFactsOf, type SiteFact } from "./siteFacts";
import { summaryFacts, type SummaryFacts } from "./summary";
import { businessFactsOf, type BusinessFacts } from "./tokyoRun";
import type { Cell } from "./tableWorkbook";

const NO_FORM = {
  ja: "様式が見つかりません（第7号様式の「燃料等の種別」の表、第8号様式、J-クレジット認証量の表、還元額の表2を探しました）。",
  en: "no form found (looked for the Form 7 燃料等の種別 table, Form 8, J-Credit forecast tables and return Table 2).",
};

/** How one file went: checked, not readable (or no form), or checked but its copy not written. */
export type Status = "checked" | "unreadable" | "notWritten";

/** What the run needs of a file besides its text: set by the flags given. */
export interface Wanted {
  summary: boolean;
  publication: boolean;
  /** The one-workbook report's detail (only when the run has one file and --report). */
  reportDetail: boolean;
}

/** Everything the run keeps of one file: plain data only. */
export interface FileResult {
  json: FileJson;
  /** The readable report's block for this file. */
  text: string;
  status: Status;
  /** The file could be read (it may still hold no form). */
  read: boolean;
  errors: number;
  /** Form 8: the file's Form 7 sites and its cover sheets (matched across the folder at the end). */
  form7Sites: Form7SiteRef[];
  form8: Form8[];
  /** Tokyo: its (その2) sites' totals and its (その1) tables (compared across the folder at the end). */
  business: BusinessFacts;
  /** The small facts of its Form 7s (year over year, the report). */
  sites: SiteFact[];
  summary: SummaryFacts | null;
  publication: Cell[][] | null;
  report: ReportForm[] | null;
}

export interface FileJob {
  input: InputFile;
  opts: CliOptions;
  /** --write: where the copy goes (decided before any file is read), or null. */
  target: OutputTarget | null;
  wanted: Wanted;
}

function unreadable(job: FileJob, error: { code: string; message: string }, read = false): FileResult {
  const file = job.input.path;
  return {
    json: { file, error, forms: [] },
    text: `${file}\n  ${CLI_WORDS[job.opts.lang].cannotRead}: ${error.message}\n\n`,
    status: "unreadable",
    read,
    errors: 0,
    form7Sites: [],
    form8: [],
    business: { sites: [], tables: [] },
    sites: [],
    summary: job.wanted.summary ? summaryFacts(file, error, [], job.opts.lang, job.opts.category) : null,
    publication: job.wanted.publication ? [] : null,
    report: job.wanted.reportDetail ? [] : null,
  };
}

export async function checkFile(job: FileJob): Promise<FileResult> {
  const { opts, target } = job;
  const lang = opts.lang;
  const file = job.input.path;
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
      job,
      e instanceof WorkbookReadError
        ? { code: e.code, message: e.messages[lang] }
        : { code: "failed", message: e instanceof Error ? e.message : String(e) },
    );
  }
  const forms = analysis.forms;
  const form8 = analysis.form8 ?? [];
  if (forms.length === 0 && form8.length === 0)
    return unreadable(job, { code: "noForm", message: NO_FORM[lang] }, true);
  const json: FileJson = {
    file,
    error: null,
    forms: forms.map((f) => formJson(f, lang)),
    issues: analysis.issues.map((i) => issueJson(i, lang)),
  };
  if (form8.length > 0) json.form8Sheets = form8.map(form8SheetJson);
  if (analysis.prices) json.referencePrices = analysis.prices.map(priceJson);
  const errors = [...analysis.issues, ...forms.flatMap((f) => f.issues)].filter(
    (i) => i.severity === "error",
  ).length;
  let status: Status = "checked";
  if (target) {
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
  const text = fileText(json, status, analysis, form8, forms, lang);
  return {
    json,
    text,
    status,
    read: true,
    errors,
    form7Sites: form7SiteRefs(forms),
    form8,
    business: businessFactsOf(forms),
    sites: siteFactsOf(file, forms, opts.category),
    summary: job.wanted.summary ? summaryFacts(file, null, forms, lang, opts.category) : null,
    publication: job.wanted.publication ? publicationRows(file, forms, lang) : null,
    report: job.wanted.reportDetail ? reportFormsOf(forms, lang) : null,
  };
}

function fileText(
  json: FileJson,
  status: Status,
  workbook: Pick<ReturnType<typeof analyzeWorkbook>, "issues" | "prices">,
  form8: readonly Form8[],
  forms: Parameters<typeof reportFormsOf>[0],
  lang: "ja" | "en",
): string {
  const ja = lang === "ja";
  const lines = [`${json.file}`];
  if (json.error) lines.push(`  ${CLI_WORDS[lang].copyNotSaved}: ${json.error.message}`);
  for (const i of workbook.issues) lines.push(issueLine(i, lang));
  lines.push(...priceLines(workbook.prices ?? [], lang));
  for (const f of form8) lines.push(...form8SheetLines(f, lang));
  for (const f of forms) lines.push(...formLines(f, lang));
  if (json.output)
    lines.push(
      ja
        ? `  記入したコピー: ${json.output}（${json.written ?? 0} セル）`
        : `  filled copy: ${json.output} (${json.written ?? 0} cells)`,
    );
  return `${lines.join("\n")}\n\n`;
}
