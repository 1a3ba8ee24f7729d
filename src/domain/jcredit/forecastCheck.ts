/**
 * Checks a credit forecast table someone made (spec jcredit.md §2): every row total against the sum of its
 * years, every year's 合計 against the sum of its rows, and the grand total both ways.
 */
import { sum, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issueOf, type Issue, type Sourced } from "../issue";
import { FORECAST_CODES, FORECAST_MESSAGES as M } from "./forecastMessages";

export { FORECAST_CODES } from "./forecastMessages";

export interface ForecastRow {
  /** "太陽光発電 / 区民" */
  label: string;
  /** The menu and holder the label names, where recognised (menus.ts). */
  menu?: string | null;
  holder?: string | null;
  /** One entry per year column; null where the cell is blank. */
  values: (Sourced<Decimal> | null)[];
  /** The row's 累計, where the table has that column. */
  total: Sourced<Decimal> | null;
}

export interface ForecastTable {
  years: string[];
  rows: ForecastRow[];
  /** The 合計 row, if any. */
  totalRow: ForecastRow | null;
}

const present = (xs: (Sourced<Decimal> | null)[]): Decimal[] =>
  xs.filter((x): x is Sourced<Decimal> => x !== null).map((x) => x.value);

export function checkForecastTable(t: ForecastTable): Issue[] {
  const out: Issue[] = [];
  for (const row of t.rows) {
    if (!row.total) continue;
    const s = sum(present(row.values));
    if (!s.eq(row.total.value))
      out.push(
        issueOf(
          M,
          "error",
          FORECAST_CODES.rowTotal,
          row.total.cell,
          { label: row.label, printed: formatDecimal(row.total.value), sum: formatDecimal(s) },
          { printed: row.total.value.toFixed(), sumOfYears: s.toFixed() },
        ),
      );
  }
  const tr = t.totalRow;
  if (!tr) return out;
  t.years.forEach((year, i) => {
    const printed = tr.values[i];
    if (!printed) return;
    const s = sum(present(t.rows.map((r) => r.values[i] ?? null)));
    if (!s.eq(printed.value))
      out.push(
        issueOf(
          M,
          "error",
          FORECAST_CODES.columnTotal,
          printed.cell,
          { year, printed: formatDecimal(printed.value), sum: formatDecimal(s) },
          { printed: printed.value.toFixed(), sumOfRows: s.toFixed() },
        ),
      );
  });
  if (tr.total) {
    const byYears = sum(present(tr.values));
    const byRows = sum(t.rows.map((r) => (r.total ? r.total.value : sum(present(r.values)))));
    const g = tr.total.value;
    if (!byYears.eq(g) || !byRows.eq(g)) {
      out.push(
        issueOf(
          M,
          "error",
          FORECAST_CODES.grandTotal,
          tr.total.cell,
          {
            printed: formatDecimal(g),
            byYears: formatDecimal(byYears),
            byRows: formatDecimal(byRows),
            rowsAgree: byRows.eq(g),
          },
          { printed: g.toFixed(), sumOfYearTotals: byYears.toFixed(), sumOfRowTotals: byRows.toFixed() },
        ),
      );
    }
  }
  return out;
}
