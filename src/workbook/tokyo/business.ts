/**
 * Tokyo's 地球温暖化対策報告書(その1) on one sheet: locate (the title, 事業者番号 in boxes, the 直近5か年度の状況
 * table with its years across the columns or down the rows, the two average rates) → parse → compute
 * (domain/tokyo/business) → check → plan the computed cells.
 */
import { roundHalfUp, type Decimal } from "../../domain/decimal";
import type { HeldCell } from "../form7/sheet";
import { sortIssues, type CellRef, type Issue, type Sourced } from "../../domain/issue";
import { parseFiscalYear } from "../../domain/fiscalYear";
import { computeBusiness, INTENSITY_PLACES, type BusinessResult } from "../../domain/tokyo/business";
import {
  checkBusiness,
  checkSitesSum,
  type BusinessHeld,
  type SiteTotal,
} from "../../domain/tokyo/businessCheck";
import type { Coord } from "../address";
import type { FormAnalysis, FormAnalysisBase } from "../analysis";
import type { CellValue, Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import { normLabel, readNumber, readText, sheetLabels } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";
import { valueCellRight } from "../form7/locate";
import { readHeld } from "../form7/parse";
import { readBoxes } from "./cells";
import { REPORT_TITLE, SONO1 } from "./labels";

/** One year of the table as read: the business's figures with their cells, and the intensity it typed. */
export interface BusinessYear {
  fiscalYear: number;
  yearCell: CellRef;
  co2T: Sourced<Decimal> | null;
  floorAreaM2: Sourced<Decimal> | null;
  intensity: HeldCell | null;
}

export interface TokyoBusinessAnalysis extends FormAnalysisBase {
  kind: "tokyoBusiness";
  businessNumber: Sourced<string> | null;
  name: Sourced<string> | null;
  years: BusinessYear[];
  rates: { co2ReductionPct: HeldCell | null; intensityImprovementPct: HeldCell | null };
  result: BusinessResult;
}

const METRICS = {
  co2: (t: string) => t.includes("二酸化炭素排出量") && !t.includes("原単位") && !t.includes("率"),
  area: (t: string) => t.includes("床面積") && !t.includes("当たり"),
  intensity: (t: string) => t.includes("原単位") && !t.includes("率"),
} as const;
type Metric = keyof typeof METRICS;

function ref(grid: Grid, at: Coord): CellRef {
  return { sheet: grid.sheet, address: grid.address(at.row, at.col) };
}

function firstLabel(grid: Grid, words: readonly string[], top: number, bottom: number): Coord | null {
  const hit = sheetLabels(grid)
    .containing(words)
    .find((c) => c.row >= top && c.row <= bottom && typeof grid.value(c.row, c.col) === "string");
  return hit ? { row: hit.row, col: hit.col } : null;
}

/** The fiscal-year cells below the heading, on the one row or column holding the most of them (≥ 2). */
function findYears(
  grid: Grid,
  from: number,
  to: number,
): { cells: (Coord & { fy: number })[]; across: boolean } | null {
  const found: (Coord & { fy: number })[] = [];
  for (let r = from; r <= to; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const fy = parseFiscalYear(normLabel(grid.value(r, c)));
      if (fy !== null && fy >= 1990 && fy <= 2100) found.push({ row: r, col: c, fy });
    }
  const best = (key: "row" | "col") => {
    const groups = new Map<number, (Coord & { fy: number })[]>();
    for (const f of found) groups.set(f[key], [...(groups.get(f[key]) ?? []), f]);
    return [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  };
  const across = best("row");
  const down = best("col");
  if (Math.max(across.length, down.length) < 2) return null;
  return across.length >= down.length ? { cells: across, across: true } : { cells: down, across: false };
}

/** Which line (row when the years run across, column when they run down) holds each metric. */
function findMetricLines(
  grid: Grid,
  years: { cells: Coord[]; across: boolean },
): Partial<Record<Metric, number>> {
  const out: Partial<Record<Metric, number>> = {};
  const first = years.cells[0];
  if (years.across) {
    for (let r = first.row + 1; r <= Math.min(grid.bottom, first.row + 8); r++)
      for (let c = grid.left; c < first.col; c++) {
        const t = normLabel(grid.value(r, c));
        for (const m of Object.keys(METRICS) as Metric[])
          if (out[m] === undefined && METRICS[m](t)) out[m] = r;
      }
  } else {
    for (let r = Math.max(grid.top, first.row - 2); r < first.row; r++)
      for (let c = first.col + 1; c <= grid.right; c++) {
        const t = normLabel(grid.value(r, c));
        for (const m of Object.keys(METRICS) as Metric[])
          if (out[m] === undefined && METRICS[m](t)) out[m] = c;
      }
  }
  return out;
}

const RATE_LABELS = {
  co2ReductionPct: ["平均削減率"],
  intensityImprovementPct: ["平均改善率"],
} as const;

/** A held number that prints `v` at `places` decimals (as the checks judge it). */
function shows(v: Decimal, places: number): (old: CellValue) => boolean {
  return (old) => {
    const r = readNumber(old);
    return r.kind === "number" && !r.fromText && roundHalfUp(r.value, places).eq(v);
  };
}

function planBusiness(
  grid: Grid,
  years: readonly BusinessYear[],
  rates: TokyoBusinessAnalysis["rates"],
  result: BusinessResult,
  ownEarlier: OwnEarlier,
): PlannedWrite[] {
  const out: PlannedWrite[] = [];
  for (const y of years) {
    const v = result.years.find((r) => r.fiscalYear === y.fiscalYear)?.intensityKgPerM2;
    if (!y.intensity || !v) continue;
    out.push(
      planWrite(
        grid,
        y.intensity.row,
        y.intensity.col,
        v.toNumber(),
        { ja: `${y.fiscalYear}年度 原単位 (kg-CO2/m²)`, en: `FY${y.fiscalYear} intensity (kg-CO2/m²)` },
        { ownEarlier, numberFormat: "0.00000", same: shows(v, INTENSITY_PLACES) },
      ),
    );
  }
  for (const key of ["co2ReductionPct", "intensityImprovementPct"] as const) {
    const h = rates[key];
    const v = result.averageRates[key];
    if (!h || !v) continue;
    const label =
      key === "co2ReductionPct"
        ? { ja: "CO2排出量の平均削減率 (%)", en: "average CO2 reduction rate (%)" }
        : { ja: "原単位の平均改善率 (%)", en: "average intensity improvement rate (%)" };
    out.push(
      planWrite(grid, h.row, h.col, v.toNumber(), label, {
        ownEarlier,
        numberFormat: "0.00",
        same: shows(v, 2),
      }),
    );
  }
  return out;
}

/** Every (その1) on the sheet (one per sheet: the first title). */
export function analyzeTokyoBusiness(
  grid: Grid,
  ownEarlier: OwnEarlier = noOwnEarlier,
  /** The (その2) sites to compare the table's total with (none: no comparison). */
  sites: readonly SiteTotal[] = [],
): TokyoBusinessAnalysis[] {
  const title = sheetLabels(grid)
    .containing([REPORT_TITLE])
    .find((c) => c.text.includes(SONO1) && typeof grid.value(c.row, c.col) === "string");
  if (!title) return [];
  const heading = firstLabel(grid, ["5か年度", "5か年", "5箇年度", "5ヶ年度"], title.row, grid.bottom);
  const years = findYears(
    grid,
    heading ? heading.row + 1 : title.row + 1,
    Math.min(grid.bottom, (heading?.row ?? title.row) + 20),
  );
  if (!years) return [];
  const issues: Issue[] = [];
  const lines = findMetricLines(grid, years);
  const at = (line: number | undefined, y: Coord): Coord | null =>
    line === undefined ? null : years.across ? { row: line, col: y.col } : { row: y.row, col: line };
  const read = (c: Coord | null, ja: string, en: string) =>
    c ? readSourcedNumber(grid, c.row, c.col, { ja, en }, issues).value : null;
  const list: BusinessYear[] = years.cells.map((y) => {
    const intensityAt = at(lines.intensity, y);
    return {
      fiscalYear: y.fy,
      yearCell: ref(grid, y),
      co2T: read(at(lines.co2, y), `${y.fy}年度 CO2排出量`, `FY${y.fy} CO2`),
      floorAreaM2: read(at(lines.area, y), `${y.fy}年度 延床面積`, `FY${y.fy} floor area`),
      intensity: intensityAt ? readHeld(grid, intensityAt) : null,
    };
  });
  const lastRow = Math.max(...years.cells.map((c) => c.row));
  const rateCell = (words: readonly string[]): HeldCell | null => {
    const label = firstLabel(grid, words, lastRow + 1, grid.bottom);
    return label ? readHeld(grid, valueCellRight(grid, label, grid.right)) : null;
  };
  const rates = {
    co2ReductionPct: rateCell(RATE_LABELS.co2ReductionPct),
    intensityImprovementPct: rateCell(RATE_LABELS.intensityImprovementPct),
  };
  const inputs = list.map((y) => ({
    fiscalYear: y.fiscalYear,
    co2T: y.co2T?.value ?? null,
    floorAreaM2: y.floorAreaM2?.value ?? null,
  }));
  const result = computeBusiness(inputs);
  const held: BusinessHeld = {
    intensity: new Map(list.flatMap((y) => (y.intensity ? [[y.fiscalYear, y.intensity] as const] : []))),
    ...rates,
  };
  const numberLabel = firstLabel(grid, ["事業者番号"], title.row, grid.bottom);
  const boxes = numberLabel ? readBoxes(grid, numberLabel) : null;
  const nameLabel = firstLabel(grid, ["事業者の名称", "事業者名"], title.row, grid.bottom);
  const nameAt = nameLabel ? valueCellRight(grid, nameLabel, grid.right) : null;
  const name = nameAt ? readText(grid.value(nameAt.row, nameAt.col)) : "";
  return [
    {
      kind: "tokyoBusiness",
      sheet: grid.sheet,
      anchor: ref(grid, title),
      issues: sortIssues([
        ...issues,
        ...checkBusiness(inputs, result, held),
        ...sumOfSites(inputs, list, sites),
      ]),
      writes: planBusiness(grid, list, rates, result, ownEarlier),
      businessNumber: boxes ? { value: boxes.text, cell: ref(grid, boxes.first) } : null,
      name: name && nameAt ? { value: name, cell: ref(grid, nameAt) } : null,
      years: list,
      rates,
      result,
    },
  ];
}

/** The (その2) sites among `forms` (the same workbook), as their totals are compared with a (その1)'s. */
export function siteTotalsOf(forms: readonly FormAnalysis[]): SiteTotal[] {
  const sites: SiteTotal[] = [];
  for (const f of forms)
    if (f.kind === "form7" && f.variant === "tokyo" && f.tokyo?.fiscalYear)
      sites.push({
        fiscalYear: f.tokyo.fiscalYear.value,
        co2TotalT: f.result.reported.co2TotalT,
        cell: f.anchor,
      });
  return sites;
}

/** The sites' CO2 totals of the table's latest year summed and compared with the table's total. */
function sumOfSites(
  inputs: Parameters<typeof checkSitesSum>[0],
  years: readonly BusinessYear[],
  sites: readonly SiteTotal[],
): Issue[] {
  if (sites.length === 0) return [];
  const cells = new Map(years.flatMap((y) => (y.co2T ? [[y.fiscalYear, y.co2T.cell] as const] : [])));
  return checkSitesSum(inputs, cells, sites);
}
