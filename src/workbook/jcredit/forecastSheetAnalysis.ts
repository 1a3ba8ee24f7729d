/**
 * The add-in's own forecast sheet, analysed: the parameters read back from the cells (after the user edited
 * them), validated, the cohort forecast computed, and the results block planned as writes at the place the
 * layout puts it — so 「再計算」 is analyse + write. Also the sheet to create for a parameter set.
 */
import type { CohortForecast, CohortParamsInput } from "../../domain/jcredit/cohort";
import { issueOf, sortIssues, type Issue } from "../../domain/issue";
import { FORECAST_SHEET_CODES, FORECAST_SHEET_MESSAGES } from "../../domain/jcredit/forecastSheetMessages";
import type { FormAnalysisBase } from "../analysis";
import type { CellValue, Grid } from "../grid";
import type { NewSheet } from "../newSheet";
import { normLabel, sheetLabels } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";
import {
  FORECAST_SHEET_TITLE,
  forecastSheetLayout,
  readForecastSheet,
  type ForecastSheetLayout,
} from "./forecastSheet";

export const FORECAST_SHEET_NAME = "J-クレジット見通し";

export interface ForecastSheetAnalysis extends FormAnalysisBase {
  kind: "forecastSheet";
  /** The parameters as read from the sheet. */
  params: CohortParamsInput;
  /** Null when the parameters do not validate (the issues say why). */
  forecast: CohortForecast | null;
}

/** The sheet to create for a parameter set: the layout, its bold headings and the stacked chart. */
export function forecastNewSheet(params: CohortParamsInput, name = FORECAST_SHEET_NAME): NewSheet {
  const layout = forecastSheetLayout(params);
  const sheet: NewSheet = {
    name,
    label: { ja: "J-クレジット認証量の見通し", en: "J-Credit forecast" },
    values: layout.cells.map((r) => r.map((c) => c.value)),
    numberFormats: layout.cells.map((r) => r.map((c) => c.numberFormat ?? null)),
    bold: layout.cells.flatMap((r, row) => r.flatMap((c, col) => (c.bold ? [{ row, col }] : []))),
    columnWidths: [34, 10, 10, 12, 10, 12, 8, 8, 10, 12, 8, 8, 10, 12, 8],
  };
  const h = layout.resultsHeaderRow;
  if (h !== null && layout.forecast && layout.forecast.menus.length > 0)
    sheet.chart = {
      type: "columnStacked",
      area: {
        top: h,
        left: 0,
        bottom: h + layout.forecast.menus.length,
        right: layout.forecast.fiscalYears.length,
      },
      seriesBy: "rows",
      title: "J-クレジット認証量の見通し（t-CO2）",
    };
  return sheet;
}

function findTitle(grid: Grid): { r: number; c: number } | null {
  const at = sheetLabels(grid).exact(normLabel(FORECAST_SHEET_TITLE));
  return at ? { r: at.row, c: at.col } : null;
}

function blank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * The results block of `layout` placed with its title at (top, left): a write for every cell that differs,
 * and "" for a cell below the block that still holds an earlier result of the add-in (the block shrank).
 */
function planResults(grid: Grid, layout: ForecastSheetLayout, top: number, left: number, own: OwnEarlier) {
  const out: PlannedWrite[] = [];
  const h = layout.resultsHeaderRow;
  if (h === null) return out;
  const label = (row: number) => String(layout.cells[row]?.[0]?.value ?? "");
  const taken = new Set<string>();
  for (let i = h; i < layout.cells.length; i++)
    layout.cells[i].forEach((cell, j) => {
      const r = top + i;
      const c = left + j;
      taken.add(`${r},${c}`);
      if (cell.value === null) {
        const old = grid.value(r, c);
        if (!blank(old) && own(grid.sheet, grid.address(r, c), old))
          out.push(planWrite(grid, r, c, "", { ja: "（空欄に）", en: "(cleared)" }, { ownEarlier: own }));
        return;
      }
      const what = j === 0 ? "" : `${label(i)} ${String(layout.cells[h][j]?.value ?? "")}`.trim();
      out.push(
        planWrite(
          grid,
          r,
          c,
          cell.value,
          { ja: what || "見通しの見出し", en: what || "forecast heading" },
          { ownEarlier: own, numberFormat: cell.numberFormat },
        ),
      );
    });
  // Below the new block: earlier results of the add-in that no longer belong (fewer menus than before).
  for (let r = top + h; r <= grid.bottom; r++)
    for (let c = left; c <= grid.right; c++) {
      if (taken.has(`${r},${c}`)) continue;
      const old = grid.value(r, c);
      if (!blank(old) && grid.formula(r, c) === null && own(grid.sheet, grid.address(r, c), old))
        out.push(planWrite(grid, r, c, "", { ja: "（空欄に）", en: "(cleared)" }, { ownEarlier: own }));
    }
  return out;
}

/** The forecast sheet on this grid (null when it is not one), recomputed and planned. */
export function analyzeForecastSheet(
  grid: Grid,
  own: OwnEarlier = noOwnEarlier,
): ForecastSheetAnalysis | null {
  const read = readForecastSheet(grid);
  if (!read) return null;
  const at = findTitle(grid);
  if (!at) return null;
  const anchor = { sheet: grid.sheet, address: grid.address(at.r, at.c) };
  const layout = forecastSheetLayout(read.params);
  const issues: Issue[] = [...read.issues];
  for (const p of layout.problems)
    issues.push(
      issueOf(FORECAST_SHEET_MESSAGES, "error", FORECAST_SHEET_CODES.invalid, anchor, { problem: p }),
    );
  // A parameter cell that cannot be read leaves the forecast unsure: nothing is written until it is fixed.
  const writes = read.issues.length === 0 ? planResults(grid, layout, at.r, at.c, own) : [];
  return {
    kind: "forecastSheet",
    sheet: grid.sheet,
    anchor,
    issues: sortIssues(issues),
    writes,
    params: read.params,
    forecast: layout.forecast,
  };
}
