import { issueOf } from "../../domain/issue";
import { HISTORY_MESSAGES as HM } from "../../domain/history/messages";
/**
 * The add-in's own history sheet (報告履歴): one row per site and fiscal year, so the excellence level can
 * be judged against earlier years even when their Form 7 files are gone. Fixed layout, header in row 1:
 *
 *   年度 | 事業所等の名称 | 事業所番号 | 延床面積 (m²) | エネルギー使用量 (GJ) | CO2排出量 (t-CO2) |
 *   エネルギー原単位 (MJ/m²) | CO2原単位 (kg-CO2/m²) | 記録日時
 *
 * Units: the energy intensity is in MJ/m² = GJ × 1000 ÷ m² (Tokyo's self-evaluation shows MJ/m²; GJ/m²
 * would read 0.85 where people expect 850). It is written half-up at 1 decimal for people to read; when
 * the row has both the energy and the floor area, reading it back recomputes the intensity exactly from
 * them (so a rounded cell never moves a rate truncated at 0.01 %), and a cell that disagrees beyond its
 * rounding is pointed at. CO2 figures are the ones the form reports (t-CO2 total, kg-CO2/m² intensity).
 *
 * Everything here is pure: the layout is a 2-D array, an upsert is a list of PlannedWrites (planWrite)
 * into the existing sheet, or the 2-D array of a new sheet.
 */
import { energyIntensityMJ } from "../../domain/intensity";
import type { YearFigures } from "../../domain/excellence/excellence";
import { roundHalfUp, type Decimal } from "../../domain/decimal";
import { figureHeader, summaryFigure, type SummaryFigureKey } from "../../domain/form7/summaryFigures";
import type { Form7Result, Form7Site } from "../../domain/form7/types";
import { type CellRef, type Issue } from "../../domain/issue";
import type { CellValue, Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import { sameSite } from "../sameSite";
import { normLabel, readText, sheetLabels } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";

export const HISTORY_SHEET_NAME = "報告履歴";

export type HistoryColumn =
  | "fiscalYear"
  | "siteName"
  | "siteNumber"
  | "floorAreaM2"
  | "energyGJ"
  | "co2T"
  | "energyIntensity"
  | "co2Intensity"
  | "recordedAt";

/** A history column: its header label (the one the add-in writes), the labels it also reads, its format. */
export interface HistoryColumnSpec {
  key: HistoryColumn;
  ja: string;
  en: string;
  /** Header labels of sheets written before the label changed, still read as this column. */
  formerly?: readonly string[];
  numberFormat: string | null;
}

/** A column of one of the form's reported figures: header and format from the one table. */
function figureColumn(key: HistoryColumn, figure: SummaryFigureKey, formerly?: string[]): HistoryColumnSpec {
  const f = summaryFigure(figure);
  return {
    key,
    ja: figureHeader(f, "ja"),
    en: figureHeader(f, "en"),
    formerly,
    numberFormat: f.numberFormat,
  };
}

/** The columns, in order, with their header labels and number formats. */
export const HISTORY_COLUMNS: readonly HistoryColumnSpec[] = [
  { key: "fiscalYear", ja: "年度", en: "Fiscal year", numberFormat: "0" },
  { key: "siteName", ja: "事業所等の名称", en: "Site", numberFormat: null },
  { key: "siteNumber", ja: "事業所番号", en: "Site number", numberFormat: "@" },
  { key: "floorAreaM2", ja: "延床面積 (m²)", en: "Floor area (m²)", numberFormat: "#,##0.00" },
  figureColumn("energyGJ", "energyGJ"),
  figureColumn("co2T", "co2TotalT", ["CO2排出量 (t-CO2)"]),
  {
    key: "energyIntensity",
    ja: "エネルギー原単位 (MJ/m²)",
    en: "Energy intensity (MJ/m²)",
    numberFormat: "#,##0.0",
  },
  figureColumn("co2Intensity", "intensityKgPerM2"),
  { key: "recordedAt", ja: "記録日時", en: "Recorded at", numberFormat: "@" },
];

/** Every header label of each column: the one written now, then the former ones (made once). */
const HEADER_LABELS: ReadonlyMap<HistoryColumn, readonly string[]> = new Map(
  HISTORY_COLUMNS.map((c) => [c.key, [c.ja, ...(c.formerly ?? [])]]),
);

/** Every header label a column is read by: the one written now, then the former ones. */
export function headerLabels(c: HistoryColumnSpec): readonly string[] {
  return HEADER_LABELS.get(c.key)!;
}

/** One site's figures of one fiscal year. */
export interface HistoryRecord {
  fiscalYear: number;
  siteName: string;
  siteNumber: string | null;
  floorAreaM2: Decimal | null;
  energyGJ: Decimal | null;
  co2T: Decimal | null;
  /** MJ/m²; derived from energyGJ and floorAreaM2 when both are known. */
  energyIntensity: Decimal | null;
  co2Intensity: Decimal | null;
  /** ISO 8601 text given by the caller (the layer that knows the clock). */
  recordedAt: string | null;
}

/** A record read from the sheet, with its row and the cell of its year. */
export interface HistoryRow extends HistoryRecord {
  row: number;
  cell: CellRef;
}

export interface HistorySheet {
  sheet: string;
  headerRow: number;
  /** Sheet column of each field. */
  columns: Record<HistoryColumn, number>;
  rows: HistoryRow[];
  /** First row after the data (where an append goes). */
  nextRow: number;
  issues: Issue[];
}

/** The record of a Form 7 result: the figures as the form reports them, the energy intensity in MJ/m². */
export function historyRecordFromForm7(
  fiscalYear: number,
  site: Pick<Form7Site, "name" | "siteNumber" | "floorAreaM2">,
  result: Form7Result,
  recordedAt: string | null,
): HistoryRecord {
  const area = site.floorAreaM2?.value ?? null;
  return {
    fiscalYear,
    siteName: site.name?.value ?? "",
    siteNumber: site.siteNumber?.value ?? null,
    floorAreaM2: area,
    energyGJ: result.reported.energyGJ,
    co2T: result.reported.co2TotalT,
    energyIntensity: energyIntensityMJ(result.reported.energyGJ, area),
    co2Intensity: result.reported.intensityKgPerM2,
    recordedAt,
  };
}

function cellValueOf(r: HistoryRecord, key: HistoryColumn): CellValue {
  const num = (d: Decimal | null) => (d === null ? null : d.toNumber());
  switch (key) {
    case "fiscalYear":
      return r.fiscalYear;
    case "siteName":
      return r.siteName;
    case "siteNumber":
      return r.siteNumber;
    case "floorAreaM2":
      return num(r.floorAreaM2);
    case "energyGJ":
      return num(r.energyGJ);
    case "co2T":
      return num(r.co2T);
    case "energyIntensity": {
      const e = r.energyIntensity ?? energyIntensityMJ(r.energyGJ, r.floorAreaM2);
      return e === null ? null : roundHalfUp(e, 1).toNumber();
    }
    case "co2Intensity":
      return num(r.co2Intensity);
    case "recordedAt":
      return r.recordedAt;
  }
}

/** A record as a sheet row (the intensity written half-up at 1 decimal). */
export function historyRowValues(r: HistoryRecord): CellValue[] {
  return HISTORY_COLUMNS.map((c) => cellValueOf(r, c.key));
}

/** A whole new history sheet: the header row, then the records sorted by site and year. */
export function historySheetLayout(records: readonly HistoryRecord[]): CellValue[][] {
  const sorted = [...records].sort(
    (a, b) => a.siteName.localeCompare(b.siteName, "ja") || a.fiscalYear - b.fiscalYear,
  );
  return [HISTORY_COLUMNS.map((c) => c.ja), ...sorted.map(historyRowValues)];
}

function findHeader(grid: Grid): { row: number; columns: Record<HistoryColumn, number> } | null {
  const wanted = HISTORY_COLUMNS.map((c) => ({ key: c.key, labels: headerLabels(c).map(normLabel) }));
  const labels = sheetLabels(grid);
  for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + 20); r++) {
    const found: Partial<Record<HistoryColumn, number>> = {};
    const { cols, texts } = labels.row(r);
    for (let i = 0; i < texts.length; i++) {
      const w = wanted.find((x) => x.labels.includes(texts[i]));
      if (w) found[w.key] ??= cols[i];
    }
    if (wanted.every((w) => found[w.key] !== undefined))
      return { row: r, columns: found as Record<HistoryColumn, number> };
  }
  return null;
}

/** The history sheet on a grid (its header row must hold all nine labels), validated row by row. */
export function readHistorySheet(grid: Grid): HistorySheet | null {
  const h = findHeader(grid);
  if (!h) return null;
  const { columns } = h;
  const issues: Issue[] = [];
  const rows: HistoryRow[] = [];
  const cols = Object.values(columns);
  let nextRow = h.row + 1;
  for (let r = h.row + 1; r <= grid.bottom; r++) {
    if (cols.every((c) => grid.isEmpty(r, c))) continue;
    nextRow = r + 1;
    const cell = (k: HistoryColumn): CellRef => ({ sheet: grid.sheet, address: grid.address(r, columns[k]) });
    const rowIssues: Issue[] = [];
    const num = (k: HistoryColumn) => {
      const spec = HISTORY_COLUMNS.find((c) => c.key === k)!;
      return (
        readSourcedNumber(grid, r, columns[k], { ja: spec.ja, en: spec.en }, rowIssues).value?.value ?? null
      );
    };
    const year = num("fiscalYear");
    const siteName = readText(grid.value(r, columns.siteName));
    const siteNumber = readText(grid.value(r, columns.siteNumber)) || null;
    const floorAreaM2 = num("floorAreaM2");
    const energyGJ = num("energyGJ");
    const co2T = num("co2T");
    const storedEnergyIntensity = num("energyIntensity");
    const co2Intensity = num("co2Intensity");
    const recordedAt = readText(grid.value(r, columns.recordedAt)) || null;
    issues.push(...rowIssues);
    if (year === null || !year.isInteger() || year.lt(1990) || year.gt(2100)) {
      issues.push(issueOf(HM, "error", "history.badYear", cell("fiscalYear"), {}));
      continue;
    }
    if (!siteName && !siteNumber) {
      issues.push(issueOf(HM, "error", "history.noSite", cell("siteName"), {}));
      continue;
    }
    for (const [k, v] of [
      ["floorAreaM2", floorAreaM2],
      ["energyGJ", energyGJ],
      ["co2T", co2T],
      ["energyIntensity", storedEnergyIntensity],
      ["co2Intensity", co2Intensity],
    ] as const)
      if (v !== null && (k === "floorAreaM2" ? !v.gt(0) : v.isNegative()))
        issues.push(
          issueOf(
            HM,
            "error",
            "history.badFigure",
            cell(k),
            {
              column: HISTORY_COLUMNS.find((c) => c.key === k)!,
              value: v.toFixed(),
              floorArea: k === "floorAreaM2",
            },
            { value: v.toFixed() },
          ),
        );
    const derived = energyIntensityMJ(energyGJ, floorAreaM2);
    if (
      derived !== null &&
      storedEnergyIntensity !== null &&
      derived.minus(storedEnergyIntensity).abs().gt("0.05")
    )
      issues.push(
        issueOf(
          HM,
          "warning",
          "history.intensityDiffers",
          cell("energyIntensity"),
          { found: storedEnergyIntensity.toFixed(), expected: roundHalfUp(derived, 1).toFixed(1) },
          { found: storedEnergyIntensity.toFixed(), expected: roundHalfUp(derived, 1).toFixed(1) },
        ),
      );
    const fiscalYear = year.toNumber();
    const dup = rows.find((x) => x.fiscalYear === fiscalYear && sameSite(x, { siteName, siteNumber }));
    if (dup)
      issues.push(
        issueOf(HM, "warning", "history.duplicate", cell("fiscalYear"), {
          site: String(siteName || siteNumber),
          fiscalYear,
          first: dup.cell.address,
          firstRow: dup.row + 1,
        }),
      );
    rows.push({
      fiscalYear,
      siteName,
      siteNumber,
      floorAreaM2,
      energyGJ,
      co2T,
      energyIntensity: derived ?? storedEnergyIntensity,
      co2Intensity,
      recordedAt,
      row: r,
      cell: cell("fiscalYear"),
    });
  }
  return { sheet: grid.sheet, headerRow: h.row, columns, rows, nextRow, issues };
}

/** What to do to record a year: create the sheet, or write one row into it (append or replace). */
export type HistoryUpsert =
  | { kind: "create"; sheet: string; values: CellValue[][] }
  | { kind: "append" | "replace"; sheet: string; row: number; writes: PlannedWrite[] };

/**
 * Plans recording `record` (a site's year) in the history sheet: a new sheet when there is none; else the
 * row of the same site and year is replaced, or a row is appended after the last one. The writes are
 * planned with planWrite (cells that already hold the value come out as "same"; the caller passes
 * ownEarlier so the add-in's own earlier values are replaced without asking).
 */
export function planHistoryUpsert(
  grid: Grid | null,
  record: HistoryRecord,
  ownEarlier: OwnEarlier = noOwnEarlier,
): HistoryUpsert {
  const sheet = grid ? readHistorySheet(grid) : null;
  if (!grid || !sheet)
    return { kind: "create", sheet: grid?.sheet ?? HISTORY_SHEET_NAME, values: historySheetLayout([record]) };
  const existing = sheet.rows.find((x) => x.fiscalYear === record.fiscalYear && sameSite(x, record));
  const row = existing ? existing.row : sheet.nextRow;
  const writes: PlannedWrite[] = [];
  HISTORY_COLUMNS.forEach((c) => {
    const v = cellValueOf(record, c.key);
    if (v === null || typeof v === "boolean" || typeof v === "object") return;
    writes.push(
      planWrite(
        grid,
        row,
        sheet.columns[c.key],
        v,
        { ja: c.ja, en: c.en },
        {
          ownEarlier,
          ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
        },
      ),
    );
  });
  return { kind: existing ? "replace" : "append", sheet: grid.sheet, row, writes };
}

/** A site's year as another Form 7 of the workbook gives it (e.g. last year's sheet). */
export interface SiteYear {
  fiscalYear: number;
  site: { name: string | null; siteNumber: string | null };
  figures: { energyIntensity: Decimal | null; co2Intensity: Decimal | null };
  /** The sheet's cell the year comes from (its period), for issues. */
  source?: CellRef | null;
}

/**
 * The years of one site for the excellence level: the Form 7 sheets in the workbook first (they are the
 * figures as reported), then the history rows for the years no sheet gives.
 */
export function collectYears(
  site: { name: string | null; siteNumber: string | null },
  fromForms: readonly SiteYear[],
  fromHistory: readonly HistoryRow[] = [],
): YearFigures[] {
  const key = { siteName: site.name, siteNumber: site.siteNumber };
  const out = new Map<number, YearFigures>();
  for (const f of fromForms)
    if (sameSite(key, { siteName: f.site.name, siteNumber: f.site.siteNumber }) && !out.has(f.fiscalYear))
      out.set(f.fiscalYear, {
        fiscalYear: f.fiscalYear,
        energyIntensity: f.figures.energyIntensity,
        co2Intensity: f.figures.co2Intensity,
        source: f.source ?? null,
      });
  for (const h of fromHistory)
    if (sameSite(key, h) && !out.has(h.fiscalYear))
      out.set(h.fiscalYear, {
        fiscalYear: h.fiscalYear,
        energyIntensity: h.energyIntensity,
        co2Intensity: h.co2Intensity,
        source: h.cell,
      });
  return [...out.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}
