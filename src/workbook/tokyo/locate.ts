/**
 * Finds every Tokyo 地球温暖化対策報告書(その2) on a sheet by its own labels: the title, the section headings
 * (2 …年度の状況, 3 二酸化炭素排出量等の内訳), the circled numbers ①–⑯ and the spaced labels, in any position.
 * The result is a Form 7 location (the same table, read by the Form 7 parser) with what (その2) adds.
 */
import type { Coord } from "../address";
import type { Grid } from "../grid";
import {
  findColumns,
  findLabelled,
  findTableRows,
  valueCellRight,
  type Form7Location,
  type LabelledCell,
} from "../form7/locate";
import { classifyColumnHeader } from "../form7/labels";
import { normLabel, sheetLabels } from "../text";
import { findCircled, labelOfCircled } from "./cells";
import {
  REPORT_TITLE,
  SECTION,
  SONO2,
  SUMMARY_FIGURES,
  TENANT_LABELS,
  TOKYO_SITE_LABELS,
  type TokyoSiteField,
} from "./labels";

export interface TenantLocation {
  unitFigure?: LabelledCell;
  floorArea?: LabelledCell;
  hours?: LabelledCell;
  heatGJ?: LabelledCell;
  kWh?: LabelledCell;
  co2T?: LabelledCell;
}

export interface TokyoSiteLocation extends Form7Location {
  /** Section 2's heading (the fiscal year is in it). */
  heading: Coord | null;
  tokyoSite: Partial<Record<TokyoSiteField, LabelledCell>>;
  /** The ※2 block ⑪–⑬ where the sheet has it. */
  tenant: TenantLocation | null;
  /** Rows of the renewable-energy section (its heading excluded), where the sheet has it. */
  renewable: { heading: Coord; top: number; bottom: number } | null;
}

function textCells(grid: Grid, words: readonly string[], top: number, bottom: number): Coord[] {
  return sheetLabels(grid)
    .containing(words)
    .filter((c) => c.row >= top && c.row <= bottom && typeof grid.value(c.row, c.col) === "string")
    .map(({ row, col }) => ({ row, col }));
}

/** The title cells of (その2) (地球温暖化対策報告書 … その2), top to bottom. */
function findTitles(grid: Grid): Coord[] {
  const labels = sheetLabels(grid);
  // Every title says その2: a sheet that never does has none, known from one search of its labels (where
  // listing its 報告書 cells costs much more, and a Form 7 sheet has one: 港区地球温暖化対策報告書).
  if (!labels.mentions(SONO2)) return [];
  return labels
    .containing([REPORT_TITLE])
    .filter((c) => c.text.includes(SONO2) && typeof grid.value(c.row, c.col) === "string")
    .map(({ row, col }) => ({ row, col }));
}

/**
 * The breakdown table's header: in the first row below section 3's heading that names a 使用量 column, the
 * column just left of its first named column (the row labels' column, as Form 7's 燃料等の種別).
 */
function findTableHeader(grid: Grid, heading: Coord, bottom: number): Coord | null {
  for (let r = heading.row + 1; r <= Math.min(bottom, heading.row + 6); r++) {
    let firstNamed: number | null = null;
    let usage = false;
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string") continue;
      const kind = classifyColumnHeader(normLabel(v));
      if (kind === null) continue;
      firstNamed ??= c;
      if (kind === "usage") usage = true;
    }
    if (usage && firstNamed !== null && firstNamed > grid.left) return { row: r, col: firstNamed - 1 };
  }
  return null;
}

/** The value cell of a label found by a circled number (the number alone or inside the label). */
function circledCell(grid: Grid, n: number, top: number, bottom: number): LabelledCell | undefined {
  const at = findCircled(grid, n, top, bottom);
  if (!at) return undefined;
  const label = labelOfCircled(grid, at);
  return { label, value: valueCellRight(grid, label, grid.right) };
}

/** Section 2's figures ①–⑤: by circled number, else by the words of the label. */
function findSummary(grid: Grid, top: number, bottom: number): Form7Location["summary"] {
  const out: Form7Location["summary"] = {};
  for (const f of SUMMARY_FIGURES) {
    let cell = circledCell(grid, f.n, top, bottom);
    if (!cell) {
      const [label] = textCells(grid, f.words, top, bottom);
      if (label) cell = { label, value: valueCellRight(grid, label, grid.right) };
    }
    if (cell) out[f.key] = cell;
  }
  return out;
}

function findTenant(grid: Grid, top: number, bottom: number): TenantLocation | null {
  const heading = textCells(grid, [SECTION.tenant], top, bottom)[0];
  const heatGJ = circledCell(grid, 11, top, bottom);
  if (!heading && !heatGJ) return null;
  const from = heading ? heading.row + 1 : heatGJ!.label.row - 4;
  const out: TenantLocation = {
    heatGJ,
    kWh: circledCell(grid, 12, top, bottom),
    co2T: circledCell(grid, 13, top, bottom),
  };
  for (const key of ["unitFigure", "floorArea", "hours"] as const) {
    const [label] = textCells(grid, TENANT_LABELS[key], Math.max(top, from), bottom).filter(
      (c) => !/[⑪⑫⑬]/.test(String(grid.value(c.row, c.col))),
    );
    if (label) out[key] = { label, value: valueCellRight(grid, label, grid.right) };
  }
  return out;
}

/** The last non-blank cell of a label's row (the label itself where the row holds nothing else). */
function lastFilled(grid: Grid, label: Coord): Coord {
  for (let c = grid.right; c > label.col; c--) {
    const m = grid.mergeAt(label.row, c);
    const left = m ? m.left : c;
    if (!grid.isEmpty(label.row, left)) return { row: label.row, col: left };
    c = left;
  }
  return label;
}

/** Every (その2) on the sheet, top to bottom; each owns the rows from its title to the next. */
export function locateTokyoSites(grid: Grid): TokyoSiteLocation[] {
  const titles = findTitles(grid);
  if (titles.length === 0) return [];
  const out: TokyoSiteLocation[] = [];
  titles.forEach((title, i) => {
    const top = i === 0 ? grid.top : title.row;
    const bottom = i + 1 < titles.length ? titles[i + 1].row - 1 : grid.bottom;
    const [breakdown] = textCells(grid, [SECTION.breakdown], top, bottom);
    if (!breakdown) return;
    const header = findTableHeader(grid, breakdown, bottom);
    if (!header) return;
    const cols = findColumns(grid, header);
    if (cols.usage === undefined) return;
    const table = findTableRows(grid, header, cols, bottom + 1);
    if (table.rows.length === 0) return;
    const [heading] = textCells(grid, [SECTION.summary], top, breakdown.row - 1);
    const summaryTop = heading ? heading.row + 1 : top;
    const siteBottom = (heading?.row ?? breakdown.row) - 1;
    const tokyoSite = findLabelled(grid, top, siteBottom, TOKYO_SITE_LABELS);
    const site: Form7Location["site"] = {};
    if (tokyoSite.name) site.name = tokyoSite.name;
    if (tokyoSite.floorAreaM2) site.floorAreaM2 = tokyoSite.floorAreaM2;
    if (tokyoSite.benchmarkCategory) site.benchmarkCategory = tokyoSite.benchmarkCategory;
    // The category is kept right of the last printed option of 主たる用途 (its tick boxes fill the row).
    if (tokyoSite.mainUse)
      site.mainUse = { label: tokyoSite.mainUse.label, value: lastFilled(grid, tokyoSite.mainUse.label) };
    const [renewableHeading] = textCells(grid, [SECTION.renewable], table.lastRow + 1, bottom);
    const tenantBottom = renewableHeading ? renewableHeading.row - 1 : bottom;
    out.push({
      header,
      cols,
      rows: table.rows,
      energyTotalRow: table.energyTotalRow,
      waterTotalRow: table.waterTotalRow,
      summary: findSummary(grid, summaryTop, breakdown.row - 1),
      site,
      anchor: title,
      top,
      bottom,
      heading: heading ?? null,
      tokyoSite,
      tenant: findTenant(grid, table.lastRow + 1, tenantBottom),
      renewable: renewableHeading
        ? {
            heading: renewableHeading,
            top: renewableHeading.row + 1,
            bottom: Math.min(bottom, renewableHeading.row + 12),
          }
        : null,
    });
  });
  return out;
}

/** True when a Form 7 table header lies inside a (その2) found on the sheet (that table is read as Tokyo's). */
export function insideTokyo(locations: readonly TokyoSiteLocation[], row: number): boolean {
  return locations.some((l) => row >= l.top && row <= l.bottom);
}
