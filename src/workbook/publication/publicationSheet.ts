import { issueOf } from "../../domain/issue";
import { PUBLICATION_MESSAGES as PM } from "../../domain/publication/messages";
/**
 * The publication sheet of one site (spec form7.md §6; guide 1.8 事業所用公開情報イメージ): what the ward
 * publishes and the business must publish itself — 報告年月日, 事業所番号, 事業所等名称, 所在地, 延べ面積,
 * 主たる用途, CO2 総量 (t-CO2/年), CO2 原単位 (kg-CO2/m²) and the measures taken (取組内容) — filled from a
 * Form 7 result and its site block. Pure: a 2-D array of values (label | value | unit), with number formats,
 * and an issue for every item left blank.
 */
import type { Decimal } from "../../domain/decimal";
import { summaryFigure } from "../../domain/form7/summaryFigures";
import type { Form7Result, Form7Site } from "../../domain/form7/types";
import { type CellRef, type Issue } from "../../domain/issue";
import type { CellValue } from "../grid";
import type { NewSheet } from "../newSheet";

export type PublicationItem =
  | "reportDate"
  | "siteNumber"
  | "siteName"
  | "address"
  | "floorArea"
  | "mainUse"
  | "co2Total"
  | "co2Intensity";

/**
 * The items in the guide's order, with their labels and units: the labels are the publication image's own
 * (not the form's), the CO2 figures' formats those of the one figure table.
 */
export const PUBLICATION_ITEMS: readonly {
  key: PublicationItem;
  ja: string;
  en: string;
  unit: string;
  numberFormat: string | null;
}[] = [
  { key: "reportDate", ja: "報告年月日", en: "Date of report", unit: "", numberFormat: null },
  { key: "siteNumber", ja: "事業所番号", en: "Site number", unit: "", numberFormat: "@" },
  { key: "siteName", ja: "事業所等名称", en: "Site name", unit: "", numberFormat: null },
  { key: "address", ja: "事業所等所在地", en: "Address", unit: "", numberFormat: null },
  { key: "floorArea", ja: "延べ面積", en: "Total floor area", unit: "㎡", numberFormat: "#,##0.00" },
  { key: "mainUse", ja: "事業所の主たる用途", en: "Main use", unit: "", numberFormat: null },
  {
    key: "co2Total",
    ja: "二酸化炭素排出量（総量）",
    en: "CO2 emissions (total)",
    unit: "t-CO2/年",
    numberFormat: summaryFigure("co2TotalT").numberFormat,
  },
  {
    key: "co2Intensity",
    ja: "二酸化炭素排出量（原単位）",
    en: "CO2 emissions (intensity)",
    unit: "kg-CO2/㎡",
    numberFormat: summaryFigure("intensityKgPerM2").numberFormat,
  },
];

export const PUBLICATION_TITLE = "港区地球温暖化対策報告書制度";
export const PUBLICATION_STATEMENT =
  "港区民の生活環境を守る建築物の低炭素化の促進に関する条例第15条に基づき、港区長に次のとおり地球温暖化対策報告書を提出しました。";
export const MEASURES_LABEL = "地球温暖化対策として実施している取組内容";

export interface PublicationInput {
  site: Pick<Form7Site, "name" | "address" | "siteNumber" | "floorAreaM2" | "mainUse">;
  result: Pick<Form7Result, "reported">;
  /** 報告年月日 as it is to be shown (e.g. 「2025年6月30日」); the caller knows it. */
  reportDate: string | null;
  /** 取組内容, one measure a line. */
  measures: readonly string[];
  /** The Form 7's anchor, for issues about items it does not give. */
  anchor?: CellRef | null;
}

export interface PublicationLayout {
  /** Rows: title, statement, blank, the eight items (label | value | unit), blank, measures label, measures. */
  values: CellValue[][];
  numberFormats: (string | null)[][];
  /** Row (0-based, within `values`) of each item. */
  rows: Record<PublicationItem, number>;
  /**
   * The published items the form leaves blank, in the guide's order — not a blank 事業所番号, which the ward
   * assigns after the first report (an info issue says so).
   */
  blank: PublicationItem[];
  issues: Issue[];
}

/**
 * The publication sheet of one site. CO2 figures are the ones the form reports (total t-CO2 a year and
 * kg-CO2/m², as computed by the Form 7 engine), never recomputed here.
 */
export function publicationLayout(input: PublicationInput): PublicationLayout {
  const { site, result } = input;
  const num = (d: Decimal | null | undefined): CellValue =>
    d === null || d === undefined ? null : d.toNumber();
  const value: Record<PublicationItem, CellValue> = {
    reportDate: input.reportDate || null,
    siteNumber: site.siteNumber?.value || null,
    siteName: site.name?.value || null,
    address: site.address?.value || null,
    floorArea: num(site.floorAreaM2?.value),
    mainUse: site.mainUse?.value || null,
    co2Total: num(result.reported.co2TotalT),
    co2Intensity: num(result.reported.intensityKgPerM2),
  };
  const from: Partial<Record<PublicationItem, CellRef | null>> = {
    siteNumber: site.siteNumber?.cell,
    siteName: site.name?.cell,
    address: site.address?.cell,
    floorArea: site.floorAreaM2?.cell,
    mainUse: site.mainUse?.cell,
  };
  const values: CellValue[][] = [
    [PUBLICATION_TITLE, null, null],
    [PUBLICATION_STATEMENT, null, null],
    [null, null, null],
  ];
  const numberFormats: (string | null)[][] = values.map(() => [null, null, null]);
  const rows = {} as Record<PublicationItem, number>;
  const issues: Issue[] = [];
  const blank: PublicationItem[] = [];
  for (const item of PUBLICATION_ITEMS) {
    rows[item.key] = values.length;
    values.push([item.ja, value[item.key], item.unit || null]);
    numberFormats.push([null, item.numberFormat, null]);
    if (value[item.key] !== null) continue;
    const at = from[item.key] ?? input.anchor ?? null;
    if (item.key !== "siteNumber") blank.push(item.key);
    issues.push(
      item.key === "siteNumber"
        ? issueOf(PM, "info", "publication.noSiteNumber", at, {})
        : issueOf(PM, "warning", "publication.missing", at, { item }, { item: item.key }),
    );
  }
  values.push([null, null, null], [MEASURES_LABEL, null, null]);
  numberFormats.push([null, null, null], [null, null, null]);
  const measures = input.measures.map((m) => m.trim()).filter((m) => m);
  for (const m of measures) {
    values.push([`・${m}`, null, null]);
    numberFormats.push([null, null, null]);
  }
  if (measures.length === 0)
    issues.push(issueOf(PM, "info", "publication.noMeasures", input.anchor ?? null, {}));
  return { values, numberFormats, rows, blank, issues };
}

/** The publication sheet as a sheet the add-in creates (title and labels in bold), named after the site. */
export function publicationNewSheet(
  layout: PublicationLayout,
  siteName: string | null,
  sheet: string,
): NewSheet {
  const bold = [
    { row: 0, col: 0 },
    ...PUBLICATION_ITEMS.map((item) => ({ row: layout.rows[item.key], col: 0 })),
    { row: layout.values.findIndex((row) => row[0] === MEASURES_LABEL), col: 0 },
  ];
  return {
    name: `公表_${siteName ?? sheet}`,
    label: { ja: "公表シート", en: "Publication sheet" },
    values: layout.values,
    numberFormats: layout.numberFormats,
    bold,
    columnWidths: [34, 44, 12],
  };
}
