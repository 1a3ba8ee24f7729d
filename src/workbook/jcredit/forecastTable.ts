/**
 * Finds credit forecast tables on a sheet by their labels — fiscal-year columns (R8…, 令和8年度…, 2026…),
 * a 累計 column, menu and holder labels, a 合計 row — reads them with the cell of every number, checks them
 * and plans the totals into blank total cells.
 */
import { sum, type Decimal } from "../../domain/decimal";
import { checkForecastTable, type ForecastRow, type ForecastTable } from "../../domain/jcredit/forecastCheck";
import { parseFiscalYear, reiwaLabel } from "../../domain/jcredit/fiscalYear";
import { sortIssues, type Issue, type Sourced } from "../../domain/issue";
import type { FormAnalysisBase } from "../analysis";
import type { Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import { normLabel, readText } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";

export interface CreditForecastAnalysis extends FormAnalysisBase {
  kind: "creditForecast";
  table: ForecastTable;
}

interface Located {
  headerRow: number;
  yearCols: number[];
  years: string[];
  totalCol: number | null;
  labelCols: number[];
}

function locateHeaders(grid: Grid): Located[] {
  const out: Located[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const yearCols: number[] = [];
    const years: string[] = [];
    let totalCol: number | null = null;
    for (let c = grid.left; c <= grid.right; c++) {
      const f = normLabel(grid.value(r, c));
      if (!f) continue;
      const fy = parseFiscalYear(f);
      if (fy !== null) {
        yearCols.push(c);
        years.push(reiwaLabel(fy));
      } else if (
        yearCols.length > 0 &&
        totalCol === null &&
        (f.includes("累計") || f === "合計" || f === "計")
      )
        totalCol = c;
    }
    if (yearCols.length < 3) continue;
    const first = yearCols[0];
    const labelCols: number[] = [];
    for (let c = Math.max(grid.left, first - 3); c < first; c++) labelCols.push(c);
    out.push({ headerRow: r, yearCols, years, totalCol, labelCols });
  }
  return out;
}

function readCell(
  grid: Grid,
  row: number,
  col: number,
  what: string,
  issues: Issue[],
): Sourced<Decimal> | null {
  return readSourcedNumber(grid, row, col, { ja: what, en: what }, issues).value;
}

function readTable(grid: Grid, loc: Located, issues: Issue[]): { table: ForecastTable; lastRow: number } {
  const rows: ForecastRow[] = [];
  let totalRow: ForecastRow | null = null;
  const carried: string[] = loc.labelCols.map(() => "");
  let lastRow = loc.headerRow;
  for (let r = loc.headerRow + 1; r <= grid.bottom; r++) {
    const labels = loc.labelCols.map((c) => readText(grid.shownValue(r, c)));
    const anyValue =
      loc.yearCols.some((c) => grid.value(r, c) !== null) ||
      (loc.totalCol !== null && grid.value(r, loc.totalCol) !== null);
    if (!anyValue && labels.every((l) => l === "")) break;
    // A menu label written once for several holders applies to the rows below it.
    const full = labels.map((l, i) => {
      if (l) carried[i] = l;
      return l || (i < labels.length - 1 && labels.slice(i + 1).some((x) => x) ? carried[i] : "");
    });
    const label = full.filter((l) => l).join(" / ");
    const isTotal = labels.some((l) => /^(合計|計|総計)$/.test(normLabel(l)));
    const row: ForecastRow = {
      label: isTotal ? "合計" : label,
      values: loc.yearCols.map((c, i) => readCell(grid, r, c, `${label} ${loc.years[i]}`, issues)),
      total: loc.totalCol === null ? null : readCell(grid, r, loc.totalCol, `${label} 累計`, issues),
    };
    lastRow = r;
    if (isTotal) {
      totalRow = row;
      break;
    }
    rows.push(row);
  }
  return { table: { years: loc.years, rows, totalRow }, lastRow };
}

function planTotals(
  grid: Grid,
  loc: Located,
  table: ForecastTable,
  lastRow: number,
  own: OwnEarlier,
): PlannedWrite[] {
  const out: PlannedWrite[] = [];
  const firstDataRow = loc.headerRow + 1;
  const rowSum = (r: ForecastRow) => sum(r.values.filter((v) => v).map((v) => v!.value));
  if (loc.totalCol !== null) {
    table.rows.forEach((row, i) => {
      const r = firstDataRow + i;
      if (!row.total && grid.isEmpty(r, loc.totalCol!))
        out.push(
          planWrite(
            grid,
            r,
            loc.totalCol!,
            rowSum(row).toNumber(),
            { ja: `${row.label} 累計`, en: `${row.label} total` },
            { ownEarlier: own, numberFormat: "#,##0" },
          ),
        );
    });
  }
  if (table.totalRow) {
    loc.yearCols.forEach((c, i) => {
      if (table.totalRow!.values[i] === null && grid.isEmpty(lastRow, c)) {
        const s = sum(table.rows.map((row) => row.values[i]?.value).filter((v): v is Decimal => !!v));
        out.push(
          planWrite(
            grid,
            lastRow,
            c,
            s.toNumber(),
            { ja: `合計 ${loc.years[i]}`, en: `total ${loc.years[i]}` },
            { ownEarlier: own, numberFormat: "#,##0" },
          ),
        );
      }
    });
  }
  return out;
}

/** Every credit forecast table on the sheet. */
export function analyzeCreditForecasts(grid: Grid, own: OwnEarlier = noOwnEarlier): CreditForecastAnalysis[] {
  const out: CreditForecastAnalysis[] = [];
  let after = grid.top - 1;
  for (const loc of locateHeaders(grid)) {
    if (loc.headerRow <= after) continue;
    const issues: Issue[] = [];
    const { table, lastRow } = readTable(grid, loc, issues);
    if (table.rows.length === 0) continue;
    after = lastRow;
    out.push({
      kind: "creditForecast",
      sheet: grid.sheet,
      anchor: {
        sheet: grid.sheet,
        address: grid.address(loc.headerRow, loc.labelCols[0] ?? loc.yearCols[0]),
      },
      issues: sortIssues([...issues, ...checkForecastTable(table)]),
      writes: planTotals(grid, loc, table, lastRow, own),
      table,
    });
  }
  return out;
}
