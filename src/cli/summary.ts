/**
 * The ward summary workbook: one row per form (file, sheet, site, class, figures, issue counts), sorted by
 * file and sheet, with a filter and a frozen header; unreadable files get a row saying why.
 */
import ExcelJS from "exceljs";
import type { FormAnalysis } from "../app/analyze";
import { BENCHMARK_CATEGORIES } from "../domain/benchmark/categories";
import { WARD_FACTOR, wardBenchmark, type ReportPoint } from "../domain/benchmark/wardBenchmark";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";

type Cell = string | number | null;

interface Column {
  ja: string;
  en: string;
  width: number;
  numFmt?: string;
}

const COLUMNS: Column[] = [
  { ja: "ファイル", en: "File", width: 36 },
  { ja: "シート", en: "Sheet", width: 16 },
  { ja: "様式", en: "Form", width: 10 },
  { ja: "事業所等の名称", en: "Site", width: 28 },
  { ja: "事業所番号", en: "Site no.", width: 12 },
  { ja: "区分", en: "Class", width: 22 },
  { ja: "延床面積(m²)", en: "Floor area (m²)", width: 14, numFmt: "#,##0.00" },
  { ja: "原油換算(kl)", en: "Crude oil eq. (kl)", width: 12, numFmt: "#,##0" },
  { ja: "CO2 燃料等(t)", en: "CO2 energy (t)", width: 12, numFmt: "#,##0" },
  { ja: "CO2 水道等(t)", en: "CO2 water (t)", width: 12, numFmt: "#,##0" },
  { ja: "CO2 総計(t)", en: "CO2 total (t)", width: 12, numFmt: "#,##0" },
  { ja: "原単位(kg-CO2/m²)", en: "Intensity (kg-CO2/m²)", width: 14, numFmt: "#,##0.0" },
  { ja: "ベンチマーク区分", en: "Benchmark category", width: 10 },
  { ja: "ランク", en: "Rank", width: 8 },
  { ja: "エラー", en: "Errors", width: 8 },
  { ja: "警告", en: "Warnings", width: 8 },
  { ja: "情報", en: "Notes", width: 8 },
  { ja: "読み取りの問題", en: "Read problem", width: 40 },
];

const blanks = (n: number): Cell[] => new Array<Cell>(n).fill(null);

export class SummaryBuilder {
  private readonly rows: Cell[][] = [];
  private readonly points: ReportPoint[] = [];
  constructor(
    private readonly lang: "ja" | "en",
    private readonly categoryOverride: number | null = null,
  ) {}

  add(file: string, error: { message: string } | null, forms: readonly FormAnalysis[]): void {
    if (error) {
      this.rows.push([file, ...blanks(COLUMNS.length - 2), error.message]);
      return;
    }
    for (const f of forms) {
      const count = (s: string) => f.issues.filter((i) => i.severity === s).length;
      const tail: Cell[] = [count("error"), count("warning"), count("info"), null];
      if (f.kind === "form7") {
        const site = f.form.input.site;
        const r = f.result.reported;
        this.points.push({
          category: this.categoryOverride ?? site.benchmarkCategory?.value ?? null,
          intensity: r.intensityKgPerM2,
          period: site.period?.value ?? null,
          hasErrors: f.issues.some((i) => i.severity === "error"),
          estimated: /推計|推定|見込/.test(`${site.period?.value ?? ""}`),
        });
        this.rows.push([
          file,
          f.sheet,
          "第7号様式",
          site.name?.value ?? null,
          site.siteNumber?.value ?? null,
          SITE_CLASS_LABEL[f.siteClass][this.lang],
          site.floorAreaM2 ? site.floorAreaM2.value.toNumber() : null,
          r.crudeOilKl.toNumber(),
          r.co2EnergyT.toNumber(),
          r.co2WaterT.toNumber(),
          r.co2TotalT.toNumber(),
          r.intensityKgPerM2 ? r.intensityKgPerM2.toNumber() : null,
          f.benchmark?.category ?? site.benchmarkCategory?.value ?? null,
          f.benchmark?.rank ?? null,
          ...tail,
        ]);
      } else {
        this.rows.push([file, f.sheet, f.kind, ...blanks(COLUMNS.length - 3 - tail.length), ...tail]);
      }
    }
  }

  /** Rows sorted by file, then sheet. */
  sorted(): Cell[][] {
    return [...this.rows].sort(
      (a, b) =>
        String(a[0]).localeCompare(String(b[0])) || String(a[1] ?? "").localeCompare(String(b[1] ?? "")),
    );
  }

  async save(out: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(this.lang === "ja" ? "一覧" : "Summary", {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    ws.columns = COLUMNS.map((c) => ({
      header: c[this.lang],
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of this.sorted()) ws.addRow(r);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
    this.wardSheet(wb);
    await wb.xlsx.writeFile(out);
  }

  /** The ward benchmark derived from these reports, laid out so it can be pasted as a benchmark sheet. */
  private wardSheet(wb: ExcelJS.Workbook): void {
    const ja = this.lang === "ja";
    const ws = wb.addWorksheet(ja ? "区ベンチマーク" : "Ward benchmark");
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
