/**
 * Form 7 (第7号様式): the shapes shared by the sheet parser, the engine and the checks.
 * Row keys follow ../shared/spec/form7.md section 1.
 */
import type { Decimal } from "../decimal";
import type { CellRef, Sourced } from "../issue";

export const FORM7_ROW_KEYS = [
  "cityGas",
  "lpg",
  "kerosene",
  "industrialSteam",
  "otherSteam",
  "hotWater",
  "coldWater",
  "otherFuel",
  "electricityDay",
  "electricityNight",
  "electricityOther",
  "water",
  "sewer",
] as const;
export type Form7RowKey = (typeof FORM7_ROW_KEYS)[number];

export type Form7Group = "fuelAndHeat" | "electricity" | "water";

/** One row of the breakdown table as read from the sheet. Blank usage is null (not used), never 0. */
export interface Form7RowInput {
  key: Form7RowKey;
  usage: Sourced<Decimal> | null;
  /** The unit printed on the row (Nm3, kg, L, MJ, kWh, m3, or the user's for その他の燃料). */
  unit: Sourced<string> | null;
  /** Coefficients printed on the sheet (heat coef in the 係数 column, emission coef in 排出係数). */
  heatCoef: Sourced<Decimal> | null;
  emissionCoef: Sourced<Decimal> | null;
}

export interface Form7Site {
  name: Sourced<string> | null;
  address: Sourced<string> | null;
  siteNumber: Sourced<string> | null;
  floorAreaM2: Sourced<Decimal> | null;
  completion: Sourced<string> | null;
  industryCode: Sourced<string> | null;
  mainUse: Sourced<string> | null;
  period: Sourced<string> | null;
  /** ベンチマーク区分 (category 1–30) kept next to 主たる用途, if present. */
  benchmarkCategory: Sourced<number> | null;
  /** 報告年月日 as the form shows it (the dated line above the site block), where it is filled in. */
  reportDate?: Sourced<string> | null;
}

export interface Form7Input {
  sheet: string;
  site: Form7Site;
  /** Rows present on the sheet, in table order. */
  rows: Form7RowInput[];
}

/** Computed cells of the form: per-row heat and CO2, the 合計 rows, and the summary block. */
export type Form7FigureKey =
  | `${Form7RowKey}.heatGJ`
  | `${Form7RowKey}.co2T`
  | "energyGJ" // 合計 row of 燃料及び熱 + 電気, 熱量 column
  | "co2Energy.subtotal" // the same 合計 row, 排出量 column
  | "co2Water.subtotal" // 合計 row of その他 (water, sewer), 排出量 column
  | "crudeOilKl" // summary: 原油換算エネルギー使用量
  | "co2EnergyT" // summary: 燃料等の使用に伴い…
  | "co2WaterT" // summary: 水道及び工業用水道…
  | "co2TotalT" // summary: 総計
  | "intensityKgPerM2"; // summary: 原単位

/** The figure keys of each row, made once (a key built per use is a new string to look up each time). */
const ROW_FIGURE_KEYS = Object.fromEntries(
  FORM7_ROW_KEYS.map((k) => [k, { heatGJ: `${k}.heatGJ`, co2T: `${k}.co2T` }]),
) as { [K in Form7RowKey]: { heatGJ: `${K}.heatGJ`; co2T: `${K}.co2T` } };

/** "cityGas.heatGJ" for cityGas. */
export function heatKey(row: Form7RowKey): `${Form7RowKey}.heatGJ` {
  return ROW_FIGURE_KEYS[row].heatGJ;
}

/** "cityGas.co2T" for cityGas. */
export function co2Key(row: Form7RowKey): `${Form7RowKey}.co2T` {
  return ROW_FIGURE_KEYS[row].co2T;
}

/**
 * A figure the form holds in one of its computed cells, as the checks need it: where it is (a reference the
 * domain passes on and never interprets), the number (a text number read leniently; null when blank or
 * unreadable), and whether the cell is a formula with no saved result.
 */
export interface HeldFigure {
  cell: CellRef;
  value: Decimal | null;
  formulaWithoutValue: boolean;
}

/** What the checks compute from: the form's inputs, the figures it holds by key, and where it starts. */
export interface Form7Held {
  input: Form7Input;
  /** The computed figures the form holds (absent where the layout has no such cell). */
  computed: Partial<Record<Form7FigureKey, HeldFigure>>;
  /** The top-left cell of the form, where an issue about the form as a whole points. */
  anchor: CellRef;
}

/** Per-row result: full precision. heatGJ is null for water rows (no heat). */
export interface Form7RowResult {
  key: Form7RowKey;
  usage: Decimal | null;
  heatGJ: Decimal | null;
  co2T: Decimal;
  heatCoef: Decimal | null;
  emissionCoef: Decimal | null;
}

export interface Form7Result {
  rows: Partial<Record<Form7RowKey, Form7RowResult>>;
  /** Full precision. */
  exact: {
    energyGJ: Decimal;
    co2EnergyT: Decimal;
    co2WaterT: Decimal;
    crudeOilKl: Decimal;
  };
  /** As the form reports them (spec section 3). intensity is null without a floor area. */
  reported: {
    energyGJ: Decimal;
    crudeOilKl: Decimal;
    co2EnergyT: Decimal;
    co2WaterT: Decimal;
    co2TotalT: Decimal;
    intensityKgPerM2: Decimal | null;
  };
  /** The value each computed cell should hold (rows and 合計 at full precision, summary as reported). */
  cells: Partial<Record<Form7FigureKey, Decimal>>;
}

/**
 * 低炭素化促進事業所 (must report), 低炭素化協力事業所 (may report), outside the system, or unknown (no floor
 * area).
 */
export type SiteClass = "mustReport" | "mayReport" | "outside" | "unknown";
