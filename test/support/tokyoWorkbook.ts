/**
 * Builds Tokyo 地球温暖化対策報告書 (その2) and (その1) worksheets with exceljs, laid out as the filed examples
 * (江東区 FY2017 (その2), 品川区 FY2022 (その1)) and variations of them (shifted, extra columns, merged boxes,
 * ■ vs ☑, marks in their own cells, circled numbers inside the labels, spaced labels), for tests and the
 * examples.
 */
import ExcelJS from "exceljs";
import { columnName } from "../../src/workbook/address";
import { ROWS, type CellSink, type UsageKey, worksheetSink, writeBreakdownRows } from "./form7Workbook";

export interface TokyoLayout {
  rowOffset?: number;
  colOffset?: number;
  /** A blank column inserted between 使用量 and 単位発熱量, and between the label and the boxes. */
  extraColumns?: boolean;
  /** Each box of 事業所番号 and the postcode a merge of two cells. */
  mergedBoxes?: boolean;
  /** The tick mark (default ■). */
  mark?: string;
  /** The mark in a cell of its own before the option (「■」「自己所有」) instead of inside it. */
  markApart?: boolean;
  /** ① inside the label (「①原油換算…」) instead of in a cell of its own. */
  circledInside?: boolean;
  /** Labels printed with spaces between the characters (default true). */
  spaced?: boolean;
  /** The table's first column header (default 燃料等の種類). */
  tableHeader?: string;
  /** The coefficients shown at 3 decimals (0.014 for 0.0136): a number format, the value kept. */
  roundedDisplay?: boolean;
}

export interface TokyoContent {
  name?: string;
  siteNumber?: string;
  postcode?: string;
  address?: string;
  municipality?: string;
  /** Ticked options by printed name. */
  owner?: "自己所有" | "他者所有" | null;
  extent?: "建物の全部" | "建物の一部（テナント）" | "建物の一部（その他）" | null;
  mainUse?: readonly string[];
  floorArea?: number | null;
  /** The year in section 2's heading, as printed (平成29年度, 令和4年度, 2022年度). */
  year?: string;
  usage?: Partial<Record<UsageKey, number | string | null>>;
  /** Computed cells (figure keys as Form 7's), filled with the given values. */
  computed?: Partial<Record<string, number>>;
  /** The ※2 block: inputs, and ⑪–⑬ as held. */
  tenant?: { unitFigure: number; area: number; hours: number; heatGJ?: number; kWh?: number; co2T?: number };
  renewable?: { label: string; value: number | string; unit?: string }[];
}

export interface TokyoCells {
  usage: Record<UsageKey, string>;
  computed: Record<string, string>;
  siteNumberFirst: string;
  floorArea: string;
  heading: string;
  tenant: Record<string, string>;
  lastRow: number;
}

const OWNER = ["自己所有", "他者所有"];
const EXTENT = ["建物の全部", "建物の一部（テナント）", "建物の一部（その他）"];
const USES = ["事務所", "商業施設（物販）", "商業施設（飲食）", "工場", "複合施設", "その他"];

function spacedOut(s: string): string {
  return [...s].join(" ");
}

export function writeTokyoSite(
  target: ExcelJS.Worksheet | CellSink,
  layout: TokyoLayout = {},
  content: TokyoContent = {},
): TokyoCells {
  const sink: CellSink = "getCell" in target ? worksheetSink(target) : target;
  const ws = "getCell" in target ? target : null;
  const r0 = layout.rowOffset ?? 0;
  const c0 = layout.colOffset ?? 0;
  const x = layout.extraColumns ? 1 : 0;
  const mark = layout.mark ?? "■";
  const sp = (s: string) => (layout.spaced === false ? s : spacedOut(s));
  // logical columns: 0 group, 1 label, 2 unit, 3 usage, (extra), 4 heat coef, 5 heat, 6 em coef, 7 co2
  const col = (logical: number) => c0 + logical + (logical >= 4 ? x : 0);
  const addr = (row: number, logical: number) => `${columnName(col(logical))}${r0 + row + 1}`;
  const set = (row: number, logical: number, v: ExcelJS.CellValue) => sink.set(addr(row, logical), v);
  const merge = (row: number, l1: number, row2: number, l2: number) =>
    sink.merge(`${addr(row, l1)}:${addr(row2, l2)}`);
  const boxCol = (i: number) => 2 + (layout.mergedBoxes ? 2 * i : i);
  const boxes = (row: number, text: string, from = 0) => {
    [...text].forEach((ch, i) => {
      set(row, boxCol(from + i), ch);
      if (layout.mergedBoxes) merge(row, boxCol(from + i), row, boxCol(from + i) + 1);
    });
    return boxCol(from + text.length);
  };
  const ticks = (row: number, options: string[], ticked: (o: string) => boolean, from = 2) => {
    let c = from;
    for (const o of options) {
      const m = ticked(o) ? mark : "□";
      if (layout.markApart) {
        set(row, c++, m);
        set(row, c++, o);
      } else set(row, c++, `${m}${o}`);
    }
  };
  const label = (row: number, text: string) => {
    set(row, 0, sp(text));
    merge(row, 0, row, 1);
  };

  set(0, 0, "地球温暖化対策報告書（その２）");
  set(2, 0, "1　事業所等の概要");
  label(3, "事業所等の名称");
  set(3, 2, content.name ?? "江東区立サンプル小学校");
  label(4, "事業所番号");
  const siteNumber = content.siteNumber ?? "A1000123";
  boxes(4, siteNumber);
  label(5, "事業所等の所在地");
  set(5, 2, "〒");
  const afterPost = boxes(5, content.postcode ?? "135-8383", 1);
  set(5, afterPost, content.address ?? "江東区東陽四丁目11番28号");
  label(6, "区市町村名");
  set(6, 2, content.municipality ?? "江東区");
  label(7, "所有形態");
  const owner = content.owner === undefined ? "自己所有" : content.owner;
  const extent = content.extent === undefined ? "建物の全部" : content.extent;
  ticks(7, OWNER, (o) => o === owner);
  ticks(8, EXTENT, (o) => o === extent);
  label(9, "主たる用途");
  const uses = content.mainUse ?? ["その他"];
  ticks(9, USES, (o) => uses.includes(o));
  label(10, "事業所等の延床面積");
  const area = content.floorArea === undefined ? 1412.36 : content.floorArea;
  if (area !== null) set(10, 2, area);
  set(10, 3, "m²");

  const computedAddr: Record<string, string> = {};
  set(12, 0, `2\u3000原油換算エネルギー使用量及び二酸化炭素排出量（${content.year ?? "平成29年度"}の状況）`);
  const summary: [string, string, string, string][] = [
    ["①", "原油換算エネルギー使用量", "crudeOilKl", "kl"],
    ["②", "二酸化炭素排出量（燃料等の使用）", "co2EnergyT", "t"],
    ["③", "二酸化炭素排出量（上水・下水）", "co2WaterT", "t"],
    ["④", "二酸化炭素排出量（合計）", "co2TotalT", "t"],
    ["⑤", "二酸化炭素排出量原単位", "intensityKgPerM2", "kg-CO2/m²"],
  ];
  summary.forEach(([n, text, key, unit], i) => {
    const row = 13 + i;
    if (layout.circledInside) set(row, 1, `${n}${text}`);
    else {
      set(row, 0, n);
      set(row, 1, text);
    }
    merge(row, 1, row, 4);
    computedAddr[key] = addr(row, 5);
    set(row, 6, unit);
  });

  set(19, 0, "3　二酸化炭素排出量等の内訳");
  const h = 20;
  set(h, 0, layout.tableHeader ?? "燃料等の種類");
  merge(h, 0, h, 1);
  set(h, 2, "単位");
  set(h, 3, "⑥ 使用量");
  set(h, 4, "⑦ 単位発熱量");
  set(h, 5, "⑧ 熱量 (GJ)");
  set(h, 6, "⑨ 排出係数");
  set(h, 7, "⑩ 排出量 (t)");
  const table = writeBreakdownRows({ set, addr, merge }, h + 1, content.usage ?? {}, {
    row: (r) => ({
      label: r.label,
      unit: r.unit,
      heat: r.heat,
      em: r.key === "otherFuel" ? undefined : r.em,
    }),
    waterUnit: "m3",
    totals: ["合計（⑭・⑮）", "合計（⑯）"],
  });
  Object.assign(computedAddr, table.computed);
  const usageAddr = table.usage;
  // The coefficients shown at 3 decimals (0.014 for 0.0136), the value kept.
  if (ws && layout.roundedDisplay)
    for (const r of ROWS) if (r.key !== "otherFuel") ws.getCell(addr(table.rows[r.key], 6)).numFmt = "0.000";
  let row = table.lastRow;
  row += 2;
  set(row++, 0, "※1 電気、上水及び下水の⑩は、（⑥÷1,000）×⑨");

  const tenantAddr: Record<string, string> = {};
  if (content.tenant) {
    const t = content.tenant;
    set(row++, 0, "※2 テナント等の電気使用量の推計（計量器がない場合）");
    const line = (text: string, value: number | undefined, unit: string, key: string) => {
      set(row, 1, text);
      merge(row, 1, row, 4);
      if (value !== undefined) set(row, 5, value);
      set(row, 6, unit);
      tenantAddr[key] = addr(row, 5);
      row++;
    };
    line("東京都の原単位", t.unitFigure, "MJ/m²・h", "unitFigure");
    line("床面積", t.area, "m²", "area");
    line("年間の稼働時間", t.hours, "h", "hours");
    line("⑪ 推計熱量", t.heatGJ, "GJ", "heatGJ");
    line("⑫ 推計電気使用量", t.kWh, "kWh", "kWh");
    line("⑬ 推計排出量", t.co2T, "t", "co2T");
  }
  if (content.renewable) {
    row++;
    set(row++, 0, "4　再生可能エネルギーの利用状況");
    for (const r of content.renewable) {
      set(row, 1, r.label);
      merge(row, 1, row, 4);
      set(row, 5, r.value);
      if (r.unit) set(row, 6, r.unit);
      row++;
    }
  }

  for (const [key, v] of Object.entries(content.computed ?? {})) {
    const a = computedAddr[key];
    if (a && v !== undefined) sink.set(a, v);
  }
  return {
    usage: usageAddr,
    computed: computedAddr,
    siteNumberFirst: addr(4, boxCol(0)),
    floorArea: addr(10, 2),
    heading: addr(12, 0),
    tenant: tenantAddr,
    lastRow: r0 + row,
  };
}

/** (その1) content: the business and its five years, with the computed cells as the business filled them. */
export interface TokyoBusinessContent {
  businessNumber?: string;
  name?: string;
  years: { fiscalYear: string; co2T: number; floorAreaM2: number; intensity?: number | string }[];
  co2ReductionPct?: number | string;
  intensityImprovementPct?: number | string;
}

export interface TokyoBusinessLayout {
  rowOffset?: number;
  colOffset?: number;
  /** Years down the rows instead of across the columns. */
  yearsDown?: boolean;
  spaced?: boolean;
}

export function writeTokyoBusiness(
  target: ExcelJS.Worksheet | CellSink,
  layout: TokyoBusinessLayout = {},
  content: TokyoBusinessContent,
): { intensity: string[]; co2: string[]; rates: { co2: string; intensity: string }; lastRow: number } {
  const sink: CellSink = "getCell" in target ? worksheetSink(target) : target;
  const r0 = layout.rowOffset ?? 0;
  const c0 = layout.colOffset ?? 0;
  const sp = (s: string) => (layout.spaced === false ? s : spacedOut(s));
  const addr = (row: number, c: number) => `${columnName(c0 + c)}${r0 + row + 1}`;
  const set = (row: number, c: number, v: ExcelJS.CellValue) => sink.set(addr(row, c), v);
  set(0, 0, "地球温暖化対策報告書（その１）");
  set(2, 0, sp("事業者の名称"));
  set(2, 2, content.name ?? "品川区教育委員会");
  set(3, 0, sp("事業者番号"));
  [...(content.businessNumber ?? "A0973")].forEach((ch, i) => set(3, 2 + i, ch));
  set(5, 0, "直近5か年度の状況");
  const labels = [
    "二酸化炭素排出量の合計 (t-CO2)",
    "延床面積の合計 (m²)",
    "二酸化炭素排出量原単位の合計 (kg-CO2/m²)",
  ];
  const co2: string[] = [];
  const intensity: string[] = [];
  const n = content.years.length;
  if (layout.yearsDown) {
    set(6, 0, "年度");
    labels.forEach((l, j) => set(6, 1 + j, l));
    content.years.forEach((y, i) => {
      set(7 + i, 0, y.fiscalYear);
      set(7 + i, 1, y.co2T);
      set(7 + i, 2, y.floorAreaM2);
      if (y.intensity !== undefined) set(7 + i, 3, y.intensity);
      co2.push(addr(7 + i, 1));
      intensity.push(addr(7 + i, 3));
    });
  } else {
    set(6, 0, "年度");
    content.years.forEach((y, i) => set(6, 1 + i, y.fiscalYear));
    labels.forEach((l, j) => set(7 + j, 0, l));
    content.years.forEach((y, i) => {
      set(7, 1 + i, y.co2T);
      set(8, 1 + i, y.floorAreaM2);
      if (y.intensity !== undefined) set(9, 1 + i, y.intensity);
      co2.push(addr(7, 1 + i));
      intensity.push(addr(9, 1 + i));
    });
  }
  const rateRow = 7 + Math.max(n, 3) + 1;
  set(rateRow, 0, "二酸化炭素排出量の平均削減率 (%)");
  sink.merge(`${addr(rateRow, 0)}:${addr(rateRow, 1)}`);
  sink.merge(`${addr(rateRow + 1, 0)}:${addr(rateRow + 1, 1)}`);
  if (content.co2ReductionPct !== undefined) set(rateRow, 2, content.co2ReductionPct);
  set(rateRow + 1, 0, "原単位の平均改善率 (%)");
  if (content.intensityImprovementPct !== undefined) set(rateRow + 1, 2, content.intensityImprovementPct);
  return {
    intensity,
    co2,
    rates: { co2: addr(rateRow, 2), intensity: addr(rateRow + 1, 2) },
    lastRow: r0 + rateRow + 1,
  };
}

/** The public case (江東区 FY2017) as printed on the filed (その2): the same figures as Form 7's. */
export { KOTO_PRINTED as KOTO_TOKYO_PRINTED } from "./form7Workbook";

export async function tokyoBuffer(
  sheets: {
    name: string;
    site?: { layout?: TokyoLayout; content?: TokyoContent }[];
    business?: { layout?: TokyoBusinessLayout; content: TokyoBusinessContent };
  }[],
): Promise<{ buffer: Buffer; cells: TokyoCells[][] }> {
  const wb = new ExcelJS.Workbook();
  const cells: TokyoCells[][] = [];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const list: TokyoCells[] = [];
    let offset = 0;
    for (const f of s.site ?? []) {
      const c = writeTokyoSite(
        ws,
        { ...f.layout, rowOffset: (f.layout?.rowOffset ?? 0) + offset },
        f.content,
      );
      list.push(c);
      offset = c.lastRow + 3;
    }
    if (s.business) writeTokyoBusiness(ws, s.business.layout, s.business.content);
    cells.push(list);
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), cells };
}
