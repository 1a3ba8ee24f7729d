/**
 * The ward summary workbook: one row per form (file, sheet, site, class, fiscal year, figures, excellence,
 * issue counts), sorted by file and sheet, with a filter and a frozen header; unreadable files get a row
 * saying why. Further sheets: the year-over-year changes of the sites matched across the run, the
 * must-report sites missing this year, the ward's totals per category and fiscal year, and the ward
 * benchmark.
 *
 * A file's rows are made where the file is checked (possibly a worker thread: `summaryFacts`), as plain
 * cells; the builder only collects them.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../xlsx/exceljs";
import type { FormAnalysis } from "../app/analyze";
import { BENCHMARK_CATEGORIES } from "../domain/benchmark/categories";
import { WARD_FACTOR, wardBenchmark, type ReportPoint } from "../domain/benchmark/wardBenchmark";
import { dec, type Decimal } from "../domain/decimal";
import type { Excellence } from "../domain/excellence/excellence";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";
import { figureHeader, SUMMARY_FIGURES, type SummaryFigure } from "../domain/form7/summaryFigures";
import type { Bilingual, Issue } from "../domain/issue";
import type { Form7Analysis } from "../workbook/analysis";
import { fiscalYearOf } from "../domain/fiscalYear";
import { CLI_WORDS } from "./reportWords";
import { siteFactsOf, type SiteFact } from "./siteFacts";
import { RowTable, saveWorkbook, type Cell, type Column } from "./tableWorkbook";
import { yearOverYearSheets } from "./yearOverYearSheets";

export type { Cell } from "./tableWorkbook";

/** What one summary row is made from: a form of a file, or a file that could not be read. */
export interface SummaryItem {
  file: string;
  form: FormAnalysis | null;
  /** Why the file could not be read (then form is null). */
  error: { message: string } | null;
  lang: "ja" | "en";
  /** --category, when given. */
  category: number | null;
}

/**
 * A column of the summary: its header, width and format, and how a row's cell is taken from the item.
 * Add a column by adding an entry (the rows are built from this list only).
 */
export type SummaryColumn = Column<SummaryItem>;

const form7 = (i: SummaryItem): Form7Analysis | null => (i.form?.kind === "form7" ? i.form : null);
const num = (d: Decimal | null | undefined): Cell => (d ? d.toNumber() : null);
const count = (severity: Issue["severity"]) => (i: SummaryItem) =>
  i.form ? i.form.issues.filter((x) => x.severity === severity).length : null;
const excellence = (i: SummaryItem): Excellence | null => form7(i)?.excellence ?? null;
/** A column of one of the form's reported figures: its header, decimals and format from the one table. */
function figureColumn(f: SummaryFigure): SummaryColumn {
  return {
    key: f.key,
    ja: figureHeader(f, "ja"),
    en: figureHeader(f, "en"),
    width: f.key === "intensityKgPerM2" ? 14 : 12,
    numFmt: f.numberFormat,
    value: (i) => num(form7(i)?.result.reported[f.key]),
  };
}

/** A column of the excellence level, blank where the site has no base year. */
function excellenceColumn(
  key: string,
  ja: string,
  en: string,
  width: number,
  value: (e: Excellence, lang: "ja" | "en") => Cell,
): SummaryColumn {
  return {
    key,
    ja,
    en,
    width,
    value: (i) => {
      const e = excellence(i);
      return e?.base ? value(e, i.lang) : null;
    },
  };
}

const FORM_NAME: Record<string, Bilingual> = {
  form7: { ja: "第7号様式", en: "Form 7" },
  creditForecast: { ja: "J-クレジット認証量", en: "J-Credit forecast" },
  returnTable: { ja: "還元額の表", en: "Return table" },
  tokyoSite: { ja: "都報告書(その2)", en: "Tokyo report (その2)" },
  tokyoBusiness: { ja: "都報告書(その1)", en: "Tokyo report (その1)" },
};
/** The name of a form's kind in the summary (a Tokyo (その2) is a Form 7 of variant tokyo). */
const formName = (f: FormAnalysis): string =>
  f.kind === "form7" && f.variant === "tokyo" ? "tokyoSite" : f.kind;

export const SUMMARY_COLUMNS: SummaryColumn[] = [
  { key: "file", ja: "ファイル", en: "File", width: 36, value: (i) => i.file },
  { key: "sheet", ja: "シート", en: "Sheet", width: 16, value: (i) => i.form?.sheet ?? null },
  {
    key: "form",
    ja: "様式",
    en: "Form",
    width: 10,
    value: (i) => (i.form ? (FORM_NAME[formName(i.form)]?.[i.lang] ?? i.form.kind) : null),
  },
  {
    key: "site",
    ja: "事業所等の名称",
    en: "Site",
    width: 28,
    value: (i) => form7(i)?.form.input.site.name?.value ?? null,
  },
  {
    key: "siteNumber",
    ja: "事業所番号",
    en: "Site no.",
    width: 12,
    value: (i) => form7(i)?.form.input.site.siteNumber?.value ?? null,
  },
  {
    key: "fiscalYear",
    ja: "年度",
    en: "Fiscal year",
    width: 8,
    // From the energy-use period; a form without a readable one has no year.
    value: (i) => (form7(i) ? fiscalYearOf(form7(i)!.form.input.site.period?.value ?? null) : null),
  },
  {
    key: "class",
    ja: "区分",
    en: "Class",
    width: 22,
    value: (i) => {
      const f = form7(i);
      return f ? SITE_CLASS_LABEL[f.siteClass][i.lang] : null;
    },
  },
  {
    key: "floorAreaM2",
    ja: "延床面積(m²)",
    en: "Floor area (m²)",
    width: 14,
    numFmt: "#,##0.00",
    value: (i) => num(form7(i)?.form.input.site.floorAreaM2?.value),
  },
  ...SUMMARY_FIGURES.map(figureColumn),
  {
    key: "benchmarkCategory",
    ja: "ベンチマーク区分",
    en: "Benchmark category",
    width: 10,
    value: (i) => {
      const f = form7(i);
      return f
        ? (f.benchmark?.category ?? i.category ?? f.form.input.site.benchmarkCategory?.value ?? null)
        : null;
    },
  },
  { key: "rank", ja: "ランク", en: "Rank", width: 8, value: (i) => form7(i)?.benchmark?.rank ?? null },
  {
    key: "energyReductionPct",
    ja: "エネルギー原単位 年平均削減率(%)",
    en: "Energy intensity, avg. annual reduction (%)",
    width: 14,
    numFmt: "0.00",
    value: (i) => num(excellence(i)?.energy.ratePct),
  },
  {
    key: "co2ReductionPct",
    ja: "CO2原単位 年平均削減率(%)",
    en: "CO2 intensity, avg. annual reduction (%)",
    width: 14,
    numFmt: "0.00",
    value: (i) => num(excellence(i)?.co2.ratePct),
  },
  excellenceColumn("excellenceBase", "基準年度", "Base year", 14, (e, lang) =>
    e.base!.kind === "fy2013"
      ? String(e.base!.fiscalYear)
      : e.base!.averagedYears.join(CLI_WORDS[lang].yearsJoin),
  ),
  excellenceColumn("excellent", "優秀水準", "Excellence level", 10, (e, lang) => {
    const words = CLI_WORDS[lang].excellentVerdict;
    return e.excellent === true ? words[0] : e.excellent === false ? words[1] : words[2];
  }),
  excellenceColumn("excellenceJudged", "判定", "Judged", 8, (e, lang) => {
    return CLI_WORDS[lang].judged[e.excellent !== null ? 0 : 1];
  }),
  { key: "errors", ja: "エラー", en: "Errors", width: 8, value: count("error") },
  { key: "warnings", ja: "警告", en: "Warnings", width: 8, value: count("warning") },
  { key: "notes", ja: "情報", en: "Notes", width: 8, value: count("info") },
  {
    key: "readProblem",
    ja: "読み取りの問題",
    en: "Read problem",
    width: 40,
    value: (i) => i.error?.message ?? null,
  },
];

/** A report point with its intensity as an exact string, so it crosses a worker thread. */
export type PointFact = Omit<ReportPoint, "intensity"> & { intensity: string | null };

/** What one file adds to the summary: its rows (plain cells), ward-benchmark points and site facts. */
export interface SummaryFacts {
  rows: Cell[][];
  points: PointFact[];
  sites: SiteFact[];
}

/** A file's summary rows and facts (an unreadable file: one row saying why). */
export function summaryFacts(
  file: string,
  error: { message: string } | null,
  forms: readonly FormAnalysis[],
  lang: "ja" | "en",
  category: number | null,
  columns: readonly SummaryColumn[] = SUMMARY_COLUMNS,
): SummaryFacts {
  const item = (form: FormAnalysis | null): SummaryItem => ({ file, form, error, lang, category });
  const rowOf = (i: SummaryItem) => columns.map((c) => c.value(i));
  if (error) return { rows: [rowOf(item(null))], points: [], sites: [] };
  const points: PointFact[] = [];
  for (const f of forms) {
    if (f.kind !== "form7") continue;
    const site = f.form.input.site;
    points.push({
      category: category ?? site.benchmarkCategory?.value ?? null,
      intensity: f.result.reported.intensityKgPerM2?.toString() ?? null,
      period: site.period?.value ?? null,
      hasErrors: f.issues.some((i) => i.severity === "error"),
      estimated: /推計|推定|見込/.test(`${site.period?.value ?? ""}`),
    });
  }
  return { rows: forms.map((f) => rowOf(item(f))), points, sites: siteFactsOf(file, forms, category) };
}

export class SummaryBuilder {
  /** Rows are built as files come in, so no workbook's analysis is kept. */
  private readonly table: RowTable<SummaryItem>;
  private readonly points: ReportPoint[] = [];
  private readonly sites: SiteFact[] = [];
  constructor(
    private readonly lang: "ja" | "en",
    private readonly categoryOverride: number | null = null,
    private readonly columns: readonly SummaryColumn[] = SUMMARY_COLUMNS,
    /** Changes beyond ± this % are flagged (the year-over-year sheet). */
    private readonly thresholdPct: Decimal = dec(30),
  ) {
    this.table = new RowTable(columns, lang);
  }

  add(file: string, error: { message: string } | null, forms: readonly FormAnalysis[]): void {
    this.addFacts(summaryFacts(file, error, forms, this.lang, this.categoryOverride, this.columns));
  }

  /** A file's facts, made where it was checked. */
  addFacts(f: SummaryFacts): void {
    for (const r of f.rows) this.table.addRow(r);
    for (const p of f.points)
      this.points.push({ ...p, intensity: p.intensity === null ? null : dec(p.intensity) });
    this.sites.push(...f.sites);
  }

  /** Rows sorted by file, then sheet. */
  sorted(): Cell[][] {
    return this.table.sorted();
  }

  async save(out: string): Promise<void> {
    const wb = new Workbook();
    this.table.addSheet(wb, CLI_WORDS[this.lang].summarySheet);
    this.wardSheet(wb);
    yearOverYearSheets(wb, this.sites, this.thresholdPct, this.lang);
    await saveWorkbook(wb, out);
  }

  /** The ward benchmark derived from these reports, laid out so it can be pasted as a benchmark sheet. */
  private wardSheet(wb: ExcelJS.Workbook): void {
    const ja = this.lang === "ja";
    const ws = wb.addWorksheet(CLI_WORDS[this.lang].wardSheet);
    ws.addRow([
      "区分番号",
      "ベンチマーク区分",
      "平均 (kg-CO2/m²)",
      "電気の排出係数",
      "出典",
      "事業所数",
      "除外数",
    ]);
    ws.getRow(1).font = { bold: true };
    const source = ja
      ? "区への報告から算出（期間が1年でないもの・推計・エラーのあるもの・外れ値を除く）"
      : "derived from the reports (non-annual, estimated, erroneous and outlying ones left out)";
    for (const w of wardBenchmark(this.points))
      ws.addRow([
        w.category,
        BENCHMARK_CATEGORIES[w.category]?.ja ?? "",
        w.average.toNumber(),
        WARD_FACTOR.toNumber(),
        source,
        w.sites,
        w.excluded,
      ]);
    ws.columns.forEach((c, i) => (c.width = [10, 28, 16, 14, 60, 10, 10][i]));
  }
}
