/**
 * Builds Form 7 worksheets with exceljs in the seed's layout and variations of it (shifted, extra blank
 * columns, merged labels, full-width labels, Nm³, no title, two forms on a sheet), for tests, examples and
 * benchmarks.
 */
import ExcelJS from "exceljs";
import { columnName } from "../../src/workbook/address";

export type UsageKey =
  | "cityGas"
  | "lpg"
  | "kerosene"
  | "industrialSteam"
  | "otherSteam"
  | "hotWater"
  | "coldWater"
  | "otherFuel"
  | "electricityDay"
  | "electricityNight"
  | "electricityOther"
  | "water"
  | "sewer";

export interface Form7Layout {
  /** Rows and columns added before the form. */
  rowOffset?: number;
  colOffset?: number;
  /** A blank column inserted between 使用量 and 係数. */
  blankColumn?: boolean;
  /** Labels typed in full-width characters where they have ASCII (ＬＰＧ, Ｎｍ３). */
  fullWidth?: boolean;
  unitStyle?: "Nm3" | "Nm³";
  title?: boolean;
  merged?: boolean;
}

export interface Form7Content {
  name?: string;
  address?: string;
  /** 事業所番号 (blank when not given). */
  siteNumber?: string;
  /** The dated line top right (報告年月日); the blank form's 「年 月 日」 when not given. */
  reportDate?: string | Date;
  floorArea?: number | string | null;
  mainUse?: string;
  period?: string;
  usage?: Partial<Record<UsageKey, number | string | null>>;
  /** Computed cells: left empty, filled with the given values, or filled with formulas (with cached results). */
  computed?: Partial<Record<string, number | { formula: string; result?: number }>>;
  otherFuel?: { name: string; unit: string; heatCoef: number; emissionCoef: number };
  coefficientOverrides?: Partial<Record<UsageKey, { heatCoef?: number; emissionCoef?: number }>>;
}

export interface Form7Cells {
  /** A1 addresses of the usage cell of each row, and of computed cells by figure key. */
  usage: Record<UsageKey, string>;
  computed: Record<string, string>;
  floorArea: string;
  header: string;
  /** Last row used (0-based). */
  lastRow: number;
}

export const ROWS: {
  key: UsageKey;
  group: string;
  label: string;
  unit: string;
  heat: number | null;
  em: number;
}[] = [
  { key: "cityGas", group: "燃料及び熱", label: "都市ガス", unit: "Nm3", heat: 45.0, em: 0.0136 },
  { key: "lpg", group: "", label: "LPG", unit: "kg", heat: 50.8, em: 0.0161 },
  { key: "kerosene", group: "", label: "灯油", unit: "L", heat: 36.7, em: 0.0185 },
  { key: "industrialSteam", group: "", label: "産業用蒸気", unit: "MJ", heat: 1.02, em: 0.06 },
  { key: "otherSteam", group: "", label: "産業用以外の蒸気", unit: "MJ", heat: 1.36, em: 0.06 },
  { key: "hotWater", group: "", label: "温水", unit: "MJ", heat: 1.36, em: 0.06 },
  { key: "coldWater", group: "", label: "冷水", unit: "MJ", heat: 1.36, em: 0.06 },
  { key: "otherFuel", group: "", label: "その他の燃料", unit: "", heat: null, em: 0 },
  { key: "electricityDay", group: "電気", label: "昼間", unit: "kWh", heat: 9.97, em: 0.489 },
  { key: "electricityNight", group: "", label: "夜間", unit: "kWh", heat: 9.28, em: 0.489 },
  { key: "electricityOther", group: "", label: "その他の買電", unit: "kWh", heat: 9.76, em: 0.489 },
];
export const WATER: { key: UsageKey; label: string; em: number }[] = [
  { key: "water", label: "水道、工業用水道", em: 0.251 },
  { key: "sewer", label: "公共下水道", em: 0.439 },
];

function toFullWidth(s: string): string {
  return s.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/**
 * Writes one Form 7 onto `ws` starting at the layout's offset (row 1 + rowOffset); returns where things are.
 * In the plain layout the table header is row 21 and 都市ガス is row 22 (usage D22, CO2 H22).
 */
/** Where a layout is written: an exceljs worksheet, or a plain grid for property tests. */
export interface CellSink {
  set(address: string, value: ExcelJS.CellValue): void;
  merge(range: string): void;
}

export function worksheetSink(ws: ExcelJS.Worksheet): CellSink {
  return {
    set: (a, v) => {
      ws.getCell(a).value = v;
    },
    merge: (r) => ws.mergeCells(r),
  };
}

export function writeForm7(
  target: ExcelJS.Worksheet | CellSink,
  layout: Form7Layout = {},
  content: Form7Content = {},
): Form7Cells {
  const sink: CellSink = "getCell" in target ? worksheetSink(target) : target;
  const r0 = layout.rowOffset ?? 0;
  const c0 = layout.colOffset ?? 0;
  const blank = layout.blankColumn ? 1 : 0;
  const fw = (s: string) => (layout.fullWidth ? toFullWidth(s) : s);
  const merged = layout.merged ?? true;
  // logical columns: A group, B label, C unit, D usage, (blank), E coef, F heat, G em coef, H co2
  const col = (logical: number) => c0 + logical + (logical >= 4 ? blank : 0);
  const addr = (row: number, logical: number) => `${columnName(col(logical))}${r0 + row + 1}`;
  const set = (row: number, logical: number, v: ExcelJS.CellValue) => sink.set(addr(row, logical), v);
  const merge = (row: number, l1: number, row2: number, l2: number) => {
    if (merged) sink.merge(`${addr(row, l1)}:${addr(row2, l2)}`);
  };

  if (layout.title ?? true) set(0, 0, "第7号様式（第8条関係）");
  set(1, 0, "（宛先） 港区長");
  set(1, 6, content.reportDate ?? "年　月　日");
  set(2, 4, "提出者");
  set(3, 4, "住所");
  set(3, 5, "東京都港区芝公園一丁目5番25号");
  set(4, 4, "氏名");
  set(4, 5, "株式会社サンプル　代表取締役　見本太郎");
  set(6, 0, "港区地球温暖化対策報告書");
  set(
    7,
    0,
    "港区民の生活環境を守る建築物の低炭素化の促進に関する条例第15条第1項の規定に基づき、下記のとおり提出します。",
  );
  set(8, 3, "記");
  const header = (row: number, label: string, value: ExcelJS.CellValue | undefined) => {
    set(row, 0, label);
    merge(row, 0, row, 1);
    if (value !== undefined && value !== null) set(row, 2, value);
  };
  header(9, "事業所等の名称", content.name ?? "サンプルビル");
  header(10, "事業所等の所在地", content.address ?? "港区芝公園一丁目1番1号");
  header(11, "事業所番号", content.siteNumber ?? null);
  header(12, "延床面積", content.floorArea === undefined ? 1412.36 : content.floorArea);
  set(12, 3, "m²");
  set(12, 4, "竣工年月");
  set(12, 5, "2005年4月");
  header(13, "日本標準産業分類における細分類番号", "6941");
  set(13, 4, "主たる用途");
  set(13, 5, content.mainUse ?? "事務所");
  header(14, "事業所等の実績年度のエネルギー使用期間", content.period ?? "2024年4月～2025年3月");

  const computedAddr: Record<string, string> = {};
  const summary = (row: number, label: string, key: string, unit: string, l0 = 0) => {
    set(row, l0, label);
    merge(row, l0, row, 4);
    computedAddr[key] = addr(row, 5);
    set(row, 6, unit);
  };
  summary(15, "原油換算エネルギー使用量", "crudeOilKl", "kl");
  set(16, 0, "二酸化炭素排出量");
  merge(16, 0, 18, 0);
  summary(16, "燃料等の使用に伴い排出される二酸化炭素排出量", "co2EnergyT", "t", 1);
  summary(17, "水道及び工業用水道の使用、公共下水道への排水に伴う二酸化炭素排出量", "co2WaterT", "t", 1);
  summary(18, "総計", "co2TotalT", "t", 1);
  summary(19, "二酸化炭素排出量原単位（延床面積当たりの排出量）", "intensityKgPerM2", "kg-CO2/m²");

  const h = 20;
  set(h, 0, "原油換算エネルギー使用量及び二酸化炭素排出量の内訳");
  set(h, 1, "燃料等の種別");
  set(h, 2, "単位");
  set(h, 3, "使用量");
  set(h, 4, "係数");
  set(h, 5, "熱量 (GJ)");
  set(h, 6, "排出係数");
  set(h, 7, "排出量 (t)");
  const table = writeBreakdownRows({ set, addr, merge }, h + 1, content.usage ?? {}, {
    row: (r) => {
      const isOther = r.key === "otherFuel";
      const ov = content.coefficientOverrides?.[r.key];
      const em = isOther ? content.otherFuel?.emissionCoef : (ov?.emissionCoef ?? r.em);
      return {
        label: isOther && content.otherFuel ? `その他の燃料（${content.otherFuel.name}）` : fw(r.label),
        unit: fw(
          isOther ? (content.otherFuel?.unit ?? "") : r.unit === "Nm3" ? (layout.unitStyle ?? "Nm3") : r.unit,
        ),
        heat: isOther ? content.otherFuel?.heatCoef : (ov?.heatCoef ?? r.heat),
        em: em !== undefined && em !== null && (em !== 0 || !isOther) ? em : undefined,
      };
    },
    waterUnit: fw("m3"),
    totals: ["合計", "合計"],
  });
  const usageAddr = table.usage;
  Object.assign(computedAddr, table.computed);
  const row = table.lastRow;

  for (const [key, v] of Object.entries(content.computed ?? {})) {
    const a = computedAddr[key];
    if (!a || v === undefined) continue;
    sink.set(
      a,
      typeof v === "number" ? v : ({ formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue),
    );
  }
  return {
    usage: usageAddr,
    computed: computedAddr,
    floorArea: addr(12, 2),
    header: addr(h, 1),
    lastRow: r0 + row,
  };
}

/** How the builder writes into logical (row, column) cells of one form. */
export interface LogicalWriter {
  set(row: number, logical: number, v: ExcelJS.CellValue): void;
  addr(row: number, logical: number): string;
  merge(row: number, l1: number, row2: number, l2: number): void;
}

/** What one table row prints (label, unit, the coefficients; undefined: left blank). */
export interface PrintedRow {
  label: string;
  unit: string;
  heat: number | null | undefined;
  em: number | null | undefined;
}

/**
 * The breakdown table's rows from `first` on (logical columns: A group, B label, C unit, D usage, E heat
 * coef, F heat, G emission coef, H CO2), the 合計 rows and the water rows, as Form 7 and Tokyo's (その2) print
 * them: the usage given, the computed cells' addresses by figure key, each row key's (logical) row.
 * `lastRow` is the water 合計 row.
 */
export function writeBreakdownRows(
  w: LogicalWriter,
  first: number,
  usage: Partial<Record<UsageKey, number | string | null>>,
  print: { row: (r: (typeof ROWS)[number]) => PrintedRow; waterUnit: string; totals: [string, string] },
): {
  usage: Record<UsageKey, string>;
  computed: Record<string, string>;
  rows: Record<UsageKey, number>;
  lastRow: number;
} {
  const usageAddr = {} as Record<UsageKey, string>;
  const rows = {} as Record<UsageKey, number>;
  const computed: Record<string, string> = {};
  const groupStart: Record<string, number> = {};
  let row = first;
  const put = (key: UsageKey) => {
    const u = usage[key];
    if (u !== undefined && u !== null) w.set(row, 3, u);
    usageAddr[key] = w.addr(row, 3);
    rows[key] = row;
  };
  for (const r of ROWS) {
    if (r.group) groupStart[r.group] = row;
    if (r.group) w.set(row, 0, r.group);
    const p = print.row(r);
    w.set(row, 1, p.label);
    if (p.unit) w.set(row, 2, p.unit);
    put(r.key);
    if (p.heat !== undefined && p.heat !== null) w.set(row, 4, p.heat);
    if (p.em !== undefined && p.em !== null) w.set(row, 6, p.em);
    computed[`${r.key}.heatGJ`] = w.addr(row, 5);
    computed[`${r.key}.co2T`] = w.addr(row, 7);
    row++;
  }
  w.set(row, 1, print.totals[0]);
  computed.energyGJ = w.addr(row, 5);
  computed["co2Energy.subtotal"] = w.addr(row, 7);
  w.merge(groupStart["燃料及び熱"], 0, groupStart["電気"] - 1, 0);
  w.merge(groupStart["電気"], 0, row, 0);
  row++;
  const waterStart = row;
  w.set(row, 0, "その他");
  for (const x of WATER) {
    w.set(row, 1, x.label);
    w.set(row, 2, print.waterUnit);
    put(x.key);
    w.set(row, 6, x.em);
    computed[`${x.key}.co2T`] = w.addr(row, 7);
    row++;
  }
  w.set(row, 1, print.totals[1]);
  computed["co2Water.subtotal"] = w.addr(row, 7);
  w.merge(waterStart, 0, row, 0);
  return { usage: usageAddr, computed, rows, lastRow: row };
}

/** The public case (Tokyo その2, 江東区 FY2017) as Form 7 content. */
export const KOTO_USAGE: Partial<Record<UsageKey, number>> = {
  cityGas: 6220.4,
  lpg: 0,
  kerosene: 0,
  electricityDay: 77471.1,
  electricityNight: 16747.9,
  electricityOther: 0,
  water: 1056.0,
  sewer: 1070.0,
};

/** The published form's printed figures for the public case (what a filled sheet shows). */
export const KOTO_PRINTED: Record<string, number> = {
  "cityGas.heatGJ": 279.9,
  "cityGas.co2T": 14.0,
  "lpg.heatGJ": 0,
  "lpg.co2T": 0,
  "kerosene.heatGJ": 0,
  "kerosene.co2T": 0,
  "electricityDay.heatGJ": 772.4,
  "electricityDay.co2T": 37.9,
  "electricityNight.heatGJ": 155.4,
  "electricityNight.co2T": 8.2,
  "electricityOther.heatGJ": 0,
  "electricityOther.co2T": 0,
  "water.co2T": 0.3,
  "sewer.co2T": 0.5,
  energyGJ: 1207.7,
  "co2Energy.subtotal": 60.0,
  "co2Water.subtotal": 0.7,
  crudeOilKl: 31,
  co2EnergyT: 60,
  co2WaterT: 0,
  co2TotalT: 60,
  intensityKgPerM2: 42.4,
};

export async function form7Buffer(
  sheets: { name: string; forms: { layout?: Form7Layout; content?: Form7Content }[] }[],
): Promise<{ buffer: Buffer; cells: Form7Cells[][] }> {
  const wb = new ExcelJS.Workbook();
  const cells: Form7Cells[][] = [];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const list: Form7Cells[] = [];
    let offset = 0;
    for (const f of s.forms) {
      const layout = { ...f.layout, rowOffset: (f.layout?.rowOffset ?? 0) + offset };
      const c = writeForm7(ws, layout, f.content);
      list.push(c);
      offset = c.lastRow + 3;
    }
    cells.push(list);
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, cells };
}
