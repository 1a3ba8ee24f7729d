import { issueOf } from "../../domain/issue";
import { BENCHMARK_SHEET_MESSAGES as BM } from "../../domain/benchmark/sheetMessages";
/**
 * A benchmark sheet staff fill or paste into the workbook from Tokyo's official table (or the ward
 * benchmark the command line derives): a header row with 区分番号 / ベンチマーク区分 / 平均 (kg-CO2/m²) /
 * 電気の排出係数 / 出典 (and optionally 事業所数), anywhere on any sheet, then one row per category until a
 * blank row. Every row is validated (benchmarkEntrySchema: number 1–30 with its table 3-1 name, positive
 * average and factor) with issues pointing at cells; valid rows take precedence over the built-in averages.
 *
 * `benchmarkSheetLayout` lays entries out in the same shape, so what the add-in or the command line emits
 * can be pasted back as a benchmark sheet.
 */
import { categoryByName, categoryByNumber, foldCategoryName } from "../../domain/benchmark/categories";
import {
  FORM7_ELECTRICITY_FACTOR,
  mergeBenchmarks,
  validateBenchmarkEntry,
  type BenchmarkEntry,
  type EntryProblem,
} from "../../domain/benchmark/table";
import type { Decimal } from "../../domain/decimal";
import { type CellRef, type Issue } from "../../domain/issue";
import type { CellValue, Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import { unusedRowIssue } from "../rowIssue";
import { readText, sheetLabels } from "../text";

export interface BenchmarkSheet {
  sheet: string;
  /** The header row's 区分番号 cell. */
  anchor: CellRef;
  entries: BenchmarkEntry[];
  issues: Issue[];
}

type Column = "number" | "name" | "average" | "factor" | "source" | "sites";

/** Which column a header label names (区分番号 is tested before ベンチマーク区分, which also holds 区分). */
function columnOf(label: string): Column | null {
  if (!label) return null;
  if (label.includes("区分番号") || label === "区分no." || label === "no.") return "number";
  if (label.includes("平均")) return "average";
  if (label.includes("排出係数")) return "factor";
  if (label.includes("出典")) return "source";
  if (label.includes("事業所数")) return "sites";
  if (label.includes("ベンチマーク区分") || label.includes("区分名")) return "name";
  return null;
}

function header(grid: Grid): { row: number; cols: Partial<Record<Column, number>> } | null {
  const labels = sheetLabels(grid);
  // The header needs its 平均 column: a sheet that never says 平均 holds no benchmark table.
  if (!labels.mentions("平均")) return null;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const cols: Partial<Record<Column, number>> = {};
    const { cols: at, texts } = labels.row(r);
    for (let i = 0; i < texts.length; i++) {
      const k = columnOf(texts[i]);
      if (k) cols[k] ??= at[i];
    }
    if (cols.number !== undefined && cols.average !== undefined) return { row: r, cols };
  }
  return null;
}

const FIELD_COLUMN: Record<EntryProblem["field"], Column> = {
  category: "number",
  name: "name",
  average: "average",
  electricityFactor: "factor",
  source: "source",
  sitesCount: "sites",
  bandShares: "average",
};

const FIELD_CODE: Record<EntryProblem["field"], string> = {
  category: "benchmarkSheet.badCategory",
  name: "benchmarkSheet.nameOfOther",
  average: "benchmarkSheet.badAverage",
  electricityFactor: "benchmarkSheet.badFactor",
  source: "benchmarkSheet.noSource",
  sitesCount: "benchmarkSheet.badSitesCount",
  bandShares: "benchmarkSheet.badShares",
};

/** The benchmark table on a sheet, validated, or null when the sheet holds none. */
export function readBenchmarkSheet(grid: Grid): BenchmarkSheet | null {
  const h = header(grid);
  if (!h) return null;
  const { cols } = h;
  const numberCol = cols.number!;
  const averageCol = cols.average!;
  const cell = (row: number, col: number): CellRef => ({
    sheet: grid.sheet,
    address: grid.address(row, col),
  });
  const entries: BenchmarkEntry[] = [];
  const issues: Issue[] = [];
  const seen = new Map<number, string>();
  const dataCols = Object.values(cols);
  for (let r = h.row + 1; r <= grid.bottom; r++) {
    if (dataCols.every((c) => grid.isEmpty(r, c))) break;
    const at = (k: Column): CellRef => cell(r, cols[k] ?? numberCol);
    const rowIssues: Issue[] = [];
    const n = readSourcedNumber(
      grid,
      r,
      numberCol,
      { ja: "区分番号", en: "category number" },
      rowIssues,
    ).value;
    const avg = readSourcedNumber(grid, r, averageCol, { ja: "平均", en: "average" }, rowIssues).value;
    const factor =
      cols.factor === undefined
        ? null
        : readSourcedNumber(
            grid,
            r,
            cols.factor,
            { ja: "電気の排出係数", en: "electricity factor" },
            rowIssues,
          ).value;
    const sites =
      cols.sites === undefined
        ? null
        : readSourcedNumber(grid, r, cols.sites, { ja: "事業所数", en: "number of sites" }, rowIssues).value;
    issues.push(...rowIssues);
    if (rowIssues.some((i) => i.severity === "error")) continue;
    if (!n) {
      issues.push(issueOf(BM, "error", "benchmarkSheet.noCategory", at("number"), {}));
      continue;
    }
    const category = n.value.toNumber();
    const official = categoryByNumber(category);
    // The name: blank → table 3-1's; another category's name → error; unknown wording → warning, table's name.
    const written = cols.name === undefined ? "" : readText(grid.value(r, cols.name));
    let name = official?.ja ?? written;
    if (official && written && foldCategoryName(written) !== foldCategoryName(official.ja)) {
      const other = categoryByName(written);
      if (other && other.number !== category) name = written;
      else if (!other)
        issues.push(
          issueOf(
            BM,
            "warning",
            "benchmarkSheet.nameDiffers",
            at("name"),
            { category, official: official.ja, written },
            { category: String(category), expected: official.ja, found: written },
          ),
        );
    }
    const source = cols.source === undefined ? "" : readText(grid.value(r, cols.source));
    let usedFactor: Decimal | null = factor?.value ?? null;
    if (official && avg && factor === null) {
      usedFactor = FORM7_ELECTRICITY_FACTOR;
      issues.push(
        issueOf(BM, "warning", "benchmarkSheet.noFactor", at("factor"), {
          category,
          form7Factor: FORM7_ELECTRICITY_FACTOR.toFixed(),
        }),
      );
    }
    const raw: Record<string, unknown> = {
      category,
      name,
      average: avg?.value ?? null,
      electricityFactor: usedFactor,
      source: source || `${grid.sheet}!${avg?.cell.address ?? at("average").address}`,
    };
    if (sites) raw.sitesCount = sites.value.toNumber();
    const { entry, problems } = validateBenchmarkEntry(raw);
    for (const p of problems) {
      issues.push(
        unusedRowIssue(FIELD_CODE[p.field], at(FIELD_COLUMN[p.field]), p.message, {
          category: String(category),
        }),
      );
    }
    if (!entry) continue;
    const first = seen.get(entry.category);
    if (first !== undefined) {
      issues.push(
        issueOf(
          BM,
          "warning",
          "benchmarkSheet.duplicate",
          n.cell,
          { category: entry.category, first },
          { category: String(entry.category), first },
        ),
      );
      continue;
    }
    seen.set(entry.category, n.cell.address);
    if (!entry.electricityFactor.eq(FORM7_ELECTRICITY_FACTOR) && factor)
      issues.push(
        issueOf(
          BM,
          "info",
          "benchmarkSheet.factorDiffers",
          factor.cell,
          { category, factor: factor.value.toFixed(), form7Factor: FORM7_ELECTRICITY_FACTOR.toFixed() },
          { factor: factor.value.toFixed() },
        ),
      );
    entries.push(entry);
  }
  return { sheet: grid.sheet, anchor: cell(h.row, numberCol), entries, issues };
}

/** The workbook's benchmark rows first, then the built-in ones for the categories it does not give. */
export function mergedBenchmark(sheetEntries: readonly BenchmarkEntry[]): BenchmarkEntry[] {
  return mergeBenchmarks(sheetEntries);
}

/** A row of a benchmark sheet to lay out: an entry, with how many reports were left out where known. */
export type BenchmarkLayoutRow = BenchmarkEntry & { excluded?: number };

export interface BenchmarkLayoutOptions {
  /** A title row above the header (omitted when absent). */
  title?: string;
  /** "en" adds English in brackets to each header label (the Japanese label stays, so it reads back). */
  lang?: "ja" | "en";
}

const HEADERS: { ja: string; en: string }[] = [
  { ja: "区分番号", en: "Category no." },
  { ja: "ベンチマーク区分", en: "Category" },
  { ja: "平均 (kg-CO2/m²)", en: "Average (kg-CO2/m²)" },
  { ja: "電気の排出係数 (t-CO2/千kWh)", en: "Electricity factor (t-CO2/MWh)" },
  { ja: "出典", en: "Source" },
  { ja: "事業所数", en: "Sites" },
  { ja: "除外数", en: "Left out" },
];

/**
 * A benchmark sheet as a 2-D array (row 0 the title if given, then the header, then one row per entry in
 * category order): numbers as numbers, ready to write or paste. 事業所数 / 除外数 columns only when some
 * entry has them. `readBenchmarkSheet` reads it back.
 */
export function benchmarkSheetLayout(
  entries: readonly BenchmarkLayoutRow[],
  options: BenchmarkLayoutOptions = {},
): CellValue[][] {
  const withSites = entries.some((e) => e.sitesCount !== undefined);
  const withExcluded = entries.some((e) => e.excluded !== undefined);
  const width = 5 + (withSites ? 1 : 0) + (withExcluded ? 1 : 0);
  const label = (h: { ja: string; en: string }) => (options.lang === "en" ? `${h.ja} (${h.en})` : h.ja);
  const head = HEADERS.slice(0, 5).map(label);
  if (withSites) head.push(label(HEADERS[5]));
  if (withExcluded) head.push(label(HEADERS[6]));
  const rows: CellValue[][] = [];
  if (options.title) rows.push([options.title, ...Array<CellValue>(width - 1).fill(null)]);
  rows.push(head);
  for (const e of [...entries].sort((a, b) => a.category - b.category)) {
    const row: CellValue[] = [
      e.category,
      categoryByNumber(e.category)?.ja ?? e.name,
      e.average.toNumber(),
      e.electricityFactor.toNumber(),
      e.source,
    ];
    if (withSites) row.push(e.sitesCount ?? null);
    if (withExcluded) row.push(e.excluded ?? null);
    rows.push(row);
  }
  return rows;
}
