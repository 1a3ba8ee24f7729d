/**
 * Finds credit forecast tables on a sheet by their labels — a header row of fiscal-year columns (R8…,
 * 令和8年度…, 2026…, full-width too) with a 累計 column, menu and holder labels to their left (a menu
 * written once, or merged down, over several holders), a 合計 row — reads every number with its cell,
 * checks the table (domain/jcredit/forecastCheck) and plans the sums into blank 累計 / 合計 cells.
 *
 * A header row counts as a forecast table only with a total to check: a 累計 column or a 合計 row (a
 * subsidy history of counts by year has neither).
 */
import { sum, type Decimal } from "../../domain/decimal";
import { sortIssues, type Issue, type Sourced } from "../../domain/issue";
import { parseFiscalYear, reiwaLabel } from "../../domain/fiscalYear";
import { checkForecastTable, type ForecastRow, type ForecastTable } from "../../domain/jcredit/forecastCheck";
import { holderOf, menuOf } from "../../domain/jcredit/menus";
import { DEFAULT_SETTINGS, type Settings } from "../../domain/settings";
import type { FormAnalysisBase } from "../analysis";
import type { Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import { normLabel, readNumber, readText, sheetLabels } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";

export interface CreditForecastAnalysis extends FormAnalysisBase {
  kind: "creditForecast";
  table: ForecastTable;
  /** Fiscal years of the columns (2026 for R8), in column order. */
  fiscalYears: number[];
}

/** Where a table is: its header row, year columns, 累計 column and label columns (0-based). */
export interface ForecastLayout {
  headerRow: number;
  yearCols: number[];
  fiscalYears: number[];
  totalCol: number | null;
  labelCols: number[];
}

const TOTAL_LABEL = /^(合計|計|総計|合計\(.*\)|total)$/;

function isTotalColumnLabel(f: string): boolean {
  return f.includes("累計") || TOTAL_LABEL.test(f) || f === "8年間計" || f.startsWith("合計");
}

/** Header rows with at least two fiscal-year columns in a run (no label between them). */
export function locateForecastHeaders(grid: Grid): ForecastLayout[] {
  const out: ForecastLayout[] = [];
  const labels = sheetLabels(grid);
  for (let r = grid.top; r <= grid.bottom; r++) {
    const { cols, texts } = labels.row(r);
    if (texts.length < 2) continue; // two year columns at least
    let yearCols: number[] = [];
    let fiscalYears: number[] = [];
    let totalCol: number | null = null;
    for (let i = 0; i < texts.length; i++) {
      const c = cols[i];
      const f = texts[i];
      const fy = parseFiscalYear(f);
      if (fy !== null && totalCol === null) {
        yearCols.push(c);
        fiscalYears.push(fy);
      } else if (yearCols.length >= 2 && totalCol === null && isTotalColumnLabel(f)) totalCol = c;
      else if (yearCols.length >= 2) break;
      else {
        yearCols = [];
        fiscalYears = [];
      }
    }
    if (yearCols.length < 2) continue;
    const first = yearCols[0];
    const labelCols: number[] = [];
    for (let c = Math.max(grid.left, first - 3); c < first; c++) labelCols.push(c);
    out.push({ headerRow: r, yearCols, fiscalYears, totalCol, labelCols });
  }
  return out;
}

function what(label: string, col: string): { ja: string; en: string } {
  return { ja: `${label} ${col}`, en: `${label} ${col === "累計" ? "total" : col}` };
}

interface ReadRow {
  row: ForecastRow;
  sheetRow: number;
}

function readTable(
  grid: Grid,
  loc: ForecastLayout,
  years: string[],
  issues: Issue[],
): { rows: ReadRow[]; total: ReadRow | null; lastRow: number } {
  const rows: ReadRow[] = [];
  let total: ReadRow | null = null;
  const carried: string[] = loc.labelCols.map(() => "");
  let lastRow = loc.headerRow;
  const numberCols = loc.totalCol === null ? loc.yearCols : [...loc.yearCols, loc.totalCol];
  for (let r = loc.headerRow + 1; r <= grid.bottom; r++) {
    const labels = loc.labelCols.map((c) => readText(grid.shownValue(r, c)));
    const anyValue = numberCols.some((c) => !grid.isEmpty(r, c));
    if (!anyValue && labels.every((l) => l === "")) break;
    // Another header row (a second table right below) ends this one.
    if (
      loc.yearCols.some((c) => {
        const v = grid.value(r, c);
        return typeof v === "string" && parseFiscalYear(normLabel(v)) !== null;
      })
    )
      break;
    // A menu written once for several holders applies to the rows below it (merged or not).
    const full = labels.map((l, i) => {
      if (l) carried[i] = l;
      return l || (labels.slice(i + 1).some((x) => x) ? carried[i] : "");
    });
    const label = full.filter((l) => l).join(" / ");
    const isTotal = labels.some((l) => TOTAL_LABEL.test(normLabel(l)));
    // A note under the table (「※単位 t-CO2」) holds no number: not a row.
    if (!isTotal && !numberCols.some((c) => readNumber(grid.value(r, c)).kind !== "blank")) {
      if (rows.length > 0) break;
      continue;
    }
    const menuLabel = full.find((l) => menuOf(l)) ?? null;
    const holderLabel = full.find((l) => holderOf(l)) ?? null;
    const rowLabel = isTotal ? "合計" : label;
    const row: ForecastRow = {
      label: rowLabel,
      menu: isTotal ? null : menuLabel,
      holder: isTotal || !holderLabel ? null : holderOf(holderLabel),
      values: loc.yearCols.map(
        (c, i) => readSourcedNumber(grid, r, c, what(rowLabel, years[i]), issues).value,
      ),
      total:
        loc.totalCol === null
          ? null
          : readSourcedNumber(grid, r, loc.totalCol, what(rowLabel, "累計"), issues).value,
    };
    lastRow = r;
    if (isTotal) {
      total = { row, sheetRow: r };
      break;
    }
    rows.push({ row, sheetRow: r });
  }
  return { rows, total, lastRow };
}

const present = (xs: (Sourced<Decimal> | null)[]): Decimal[] =>
  xs.filter((x): x is Sourced<Decimal> => x !== null).map((x) => x.value);

/** The sums for the blank 累計 and 合計 cells (never over a filled or formula cell). */
function planTotals(
  grid: Grid,
  loc: ForecastLayout,
  years: string[],
  rows: ReadRow[],
  total: ReadRow | null,
  own: OwnEarlier,
): PlannedWrite[] {
  const out: PlannedWrite[] = [];
  const put = (r: number, c: number, v: Decimal, ja: string, en: string) => {
    if (grid.isEmpty(r, c))
      out.push(planWrite(grid, r, c, v.toNumber(), { ja, en }, { ownEarlier: own, numberFormat: "#,##0" }));
  };
  const tc = loc.totalCol;
  if (tc !== null)
    for (const { row, sheetRow } of rows)
      if (!row.total) put(sheetRow, tc, sum(present(row.values)), `${row.label} 累計`, `${row.label} total`);
  if (total) {
    const yearTotals = loc.yearCols.map((c, i) => {
      const printed = total.row.values[i];
      const s = sum(present(rows.map((x) => x.row.values[i] ?? null)));
      if (!printed) put(total.sheetRow, c, s, `合計 ${years[i]}`, `total ${years[i]}`);
      return printed ? printed.value : s;
    });
    if (tc !== null && !total.row.total) put(total.sheetRow, tc, sum(yearTotals), "合計 累計", "grand total");
  }
  return out;
}

/**
 * Every credit forecast table on the sheet, checked, with the sums planned for blank total cells (unless
 * settings.forecastFillBlankTotals is off).
 */
export function analyzeCreditForecasts(
  grid: Grid,
  settings: Settings = DEFAULT_SETTINGS,
  own: OwnEarlier = noOwnEarlier,
): CreditForecastAnalysis[] {
  const out: CreditForecastAnalysis[] = [];
  let after = grid.top - 1;
  // A header without a 累計 column makes a table only with a 合計 row, whose label is a cell of its own.
  const totalLabelled = () => sheetLabels(grid).matching(TOTAL_LABEL).length > 0;
  for (const loc of locateForecastHeaders(grid)) {
    if (loc.headerRow <= after) continue;
    if (loc.totalCol === null && !totalLabelled()) continue;
    const years = loc.fiscalYears.map(reiwaLabel);
    const issues: Issue[] = [];
    const { rows, total, lastRow } = readTable(grid, loc, years, issues);
    if (rows.length === 0 || (loc.totalCol === null && total === null)) continue;
    after = lastRow;
    // The table starts at its first label column that holds anything (the search looks 3 columns left).
    const used = (c: number) => {
      for (let r = loc.headerRow; r <= lastRow; r++) if (!grid.isEmpty(r, c)) return true;
      return false;
    };
    const anchorCol = loc.labelCols.find(used) ?? loc.yearCols[0];
    const table: ForecastTable = { years, rows: rows.map((r) => r.row), totalRow: total?.row ?? null };
    out.push({
      kind: "creditForecast",
      sheet: grid.sheet,
      anchor: {
        sheet: grid.sheet,
        address: grid.address(loc.headerRow, anchorCol),
      },
      issues: sortIssues([...issues, ...checkForecastTable(table)]),
      writes: settings.forecastFillBlankTotals ? planTotals(grid, loc, years, rows, total, own) : [],
      table,
      fiscalYears: loc.fiscalYears,
    });
  }
  return out;
}
