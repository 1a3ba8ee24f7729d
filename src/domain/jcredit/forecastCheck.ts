/**
 * Checks a credit forecast table someone made (spec jcredit.md §2): every row total against the sum of its
 * years, every year's 合計 against the sum of its rows, and the grand total both ways.
 */
import { sum, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issue, type Issue, type Sourced } from "../issue";

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

export const FORECAST_CODES = {
  rowTotal: "forecast.rowTotalMismatch",
  columnTotal: "forecast.columnTotalMismatch",
  grandTotal: "forecast.grandTotalMismatch",
} as const;

const present = (xs: (Sourced<Decimal> | null)[]): Decimal[] =>
  xs.filter((x): x is Sourced<Decimal> => x !== null).map((x) => x.value);

export function checkForecastTable(t: ForecastTable): Issue[] {
  const out: Issue[] = [];
  for (const row of t.rows) {
    if (!row.total) continue;
    const s = sum(present(row.values));
    if (!s.eq(row.total.value))
      out.push(
        issue(
          "error",
          FORECAST_CODES.rowTotal,
          row.total.cell,
          `${row.total.cell.address}（${row.label} の累計）${formatDecimal(row.total.value)} が各年度の合計 ${formatDecimal(s)} と一致しません。`,
          `${row.total.cell.address} (${row.label}, 累計) says ${formatDecimal(row.total.value)} but its years add up to ${formatDecimal(s)}.`,
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
        issue(
          "error",
          FORECAST_CODES.columnTotal,
          printed.cell,
          `${printed.cell.address}（${year} の合計）${formatDecimal(printed.value)} が各行の合計 ${formatDecimal(s)} と一致しません。`,
          `${printed.cell.address} (${year}, 合計) says ${formatDecimal(printed.value)} but the rows add up to ${formatDecimal(s)}.`,
          { printed: printed.value.toFixed(), sumOfRows: s.toFixed() },
        ),
      );
  });
  if (tr.total) {
    const byYears = sum(present(tr.values));
    const byRows = sum(t.rows.map((r) => (r.total ? r.total.value : sum(present(r.values)))));
    const g = tr.total.value;
    if (!byYears.eq(g) || !byRows.eq(g)) {
      const noteJa = byRows.eq(g)
        ? `（${formatDecimal(g)} は各行の累計の合計とは一致しますが、その累計の中に誤りがあります）`
        : "";
      const noteEn = byRows.eq(g)
        ? ` (${formatDecimal(g)} is the sum of the row totals, which include a wrong one)`
        : "";
      out.push(
        issue(
          "error",
          FORECAST_CODES.grandTotal,
          tr.total.cell,
          `${tr.total.cell.address}（合計の累計）${formatDecimal(g)}: 年度別合計の和は ${formatDecimal(byYears)}、各行の累計の和は ${formatDecimal(byRows)} です${noteJa}。`,
          `${tr.total.cell.address} (grand total) says ${formatDecimal(g)}: the year totals add up to ${formatDecimal(byYears)}, the row totals to ${formatDecimal(byRows)}${noteEn}.`,
          { printed: g.toFixed(), sumOfYearTotals: byYears.toFixed(), sumOfRowTotals: byRows.toFixed() },
        ),
      );
    }
  }
  return out;
}
