/**
 * The official Form 7 coefficient set, as data with its source. Rows, units and coefficients are those
 * printed on Minato's Form 7 (guide R3.3 edition, section 2.2.2), identical to the Tokyo
 * 地球温暖化対策報告書(その2) table. Also the conversions every row shares (44/12, 原油換算) and what is
 * plausible for the user's own その他の燃料 coefficients.
 */
import { dec, type Decimal } from "../decimal";
import type { Bilingual } from "../issue";
import type { Form7Group, Form7RowKey } from "./types";

/** How a row's CO2 follows from its usage. */
export type EmissionKind =
  | "tC/GJ" // fuels: heat GJ × coef × 44/12
  | "tCO2/GJ" // heat rows (MJ): on the heat used, or the primary-energy GJ (a setting)
  | "tCO2/千kWh" // electricity: kWh ÷ 1000 × coef (from kWh, not GJ)
  | "tCO2/千m3"; // water and sewer: m³ ÷ 1000 × coef

export interface RowDefinition {
  key: Form7RowKey;
  group: Form7Group;
  label: Bilingual;
  /** The unit printed on the row ("" for その他の燃料, whose unit is the user's). */
  unit: string;
  /** GJ per 1000 units of usage (GJ/千Nm³, GJ/t, GJ/kL, GJ/千kWh; heat rows: GJ per GJ, applied to MJ ÷ 1000). */
  heatCoef: Decimal | null;
  heatCoefUnit: string;
  emissionCoef: Decimal | null;
  emissionKind: EmissionKind;
  emissionCoefUnit: string;
}

export const COEFFICIENT_SOURCE =
  "港区地球温暖化対策報告書制度 手引き (令和3年3月版) 2.2.2 第7号様式; 東京都 地球温暖化対策報告書(その2)";

function row(
  key: Form7RowKey,
  group: Form7Group,
  ja: string,
  en: string,
  unit: string,
  heatCoef: string | null,
  heatCoefUnit: string,
  emissionCoef: string | null,
  emissionKind: EmissionKind,
  emissionCoefUnit: string,
): RowDefinition {
  return {
    key,
    group,
    label: { ja, en },
    unit,
    heatCoef: heatCoef === null ? null : dec(heatCoef),
    heatCoefUnit,
    emissionCoef: emissionCoef === null ? null : dec(emissionCoef),
    emissionKind,
    emissionCoefUnit,
  };
}

export const OFFICIAL_ROWS: Readonly<Record<Form7RowKey, RowDefinition>> = {
  cityGas: row(
    "cityGas",
    "fuelAndHeat",
    "都市ガス",
    "City gas",
    "Nm3",
    "45.00",
    "GJ/千Nm3",
    "0.0136",
    "tC/GJ",
    "t-C/GJ",
  ),
  lpg: row("lpg", "fuelAndHeat", "LPG", "LPG", "kg", "50.80", "GJ/t", "0.0161", "tC/GJ", "t-C/GJ"),
  kerosene: row(
    "kerosene",
    "fuelAndHeat",
    "灯油",
    "Kerosene",
    "L",
    "36.70",
    "GJ/kL",
    "0.0185",
    "tC/GJ",
    "t-C/GJ",
  ),
  industrialSteam: row(
    "industrialSteam",
    "fuelAndHeat",
    "産業用蒸気",
    "Industrial steam",
    "MJ",
    "1.02",
    "GJ/GJ",
    "0.06",
    "tCO2/GJ",
    "t-CO2/GJ",
  ),
  otherSteam: row(
    "otherSteam",
    "fuelAndHeat",
    "産業用以外の蒸気",
    "Other steam",
    "MJ",
    "1.36",
    "GJ/GJ",
    "0.06",
    "tCO2/GJ",
    "t-CO2/GJ",
  ),
  hotWater: row(
    "hotWater",
    "fuelAndHeat",
    "温水",
    "Hot water",
    "MJ",
    "1.36",
    "GJ/GJ",
    "0.06",
    "tCO2/GJ",
    "t-CO2/GJ",
  ),
  coldWater: row(
    "coldWater",
    "fuelAndHeat",
    "冷水",
    "Chilled water",
    "MJ",
    "1.36",
    "GJ/GJ",
    "0.06",
    "tCO2/GJ",
    "t-CO2/GJ",
  ),
  otherFuel: row(
    "otherFuel",
    "fuelAndHeat",
    "その他の燃料",
    "Other fuel",
    "",
    null,
    "GJ/千単位",
    null,
    "tC/GJ",
    "t-C/GJ",
  ),
  electricityDay: row(
    "electricityDay",
    "electricity",
    "昼間",
    "Electricity (day)",
    "kWh",
    "9.97",
    "GJ/千kWh",
    "0.489",
    "tCO2/千kWh",
    "t-CO2/千kWh",
  ),
  electricityNight: row(
    "electricityNight",
    "electricity",
    "夜間",
    "Electricity (night)",
    "kWh",
    "9.28",
    "GJ/千kWh",
    "0.489",
    "tCO2/千kWh",
    "t-CO2/千kWh",
  ),
  electricityOther: row(
    "electricityOther",
    "electricity",
    "その他の買電",
    "Other purchased electricity",
    "kWh",
    "9.76",
    "GJ/千kWh",
    "0.489",
    "tCO2/千kWh",
    "t-CO2/千kWh",
  ),
  water: row(
    "water",
    "water",
    "水道、工業用水道",
    "Water supply",
    "m3",
    null,
    "",
    "0.251",
    "tCO2/千m3",
    "t-CO2/千m3",
  ),
  sewer: row("sewer", "water", "公共下水道", "Sewerage", "m3", null, "", "0.439", "tCO2/千m3", "t-CO2/千m3"),
};

const FORTY_FOUR = dec(44);
const TWELVE = dec(12);

/** CO2 per carbon: 44/12 (as a ratio; multiply by 44 first, then divide by 12, to stay exact). */
export const CO2_PER_C = FORTY_FOUR.div(TWELVE);

/** t-C → t-CO2: × 44 ÷ 12, in that order so that terminating results stay exact (13.9585776, not …7599…). */
export function carbonToCo2(tC: Decimal): Decimal {
  return tC.mul(FORTY_FOUR).div(TWELVE);
}

/** 原油換算: kl of crude oil per GJ. */
export const CRUDE_OIL_KL_PER_GJ = dec("0.0258");

/** A fuel's coefficients as the national rules print them (GJ per 1000 units, t-C/GJ). */
export interface FuelReference {
  name: Bilingual;
  /** The unit the usage is entered in on Form 7 (the heat coefficient is per 1000 of it). */
  unit: string;
  heatCoef: Decimal;
  heatCoefUnit: string;
  emissionCoef: Decimal;
}

function fuel(
  ja: string,
  en: string,
  unit: string,
  heat: string,
  heatUnit: string,
  em: string,
): FuelReference {
  return { name: { ja, en }, unit, heatCoef: dec(heat), heatCoefUnit: heatUnit, emissionCoef: dec(em) };
}

/**
 * Fuels a site may enter as その他の燃料, with the coefficients of the national calculation rules (温対法
 * 算定省令 別表第1, the edition in force for this form; the same values the Tokyo table uses for its
 * printed fuels). For messages and the pane; the engine uses whatever the sheet holds.
 */
export const OTHER_FUEL_REFERENCE: readonly FuelReference[] = [
  fuel("A重油", "Heavy oil A", "L", "39.1", "GJ/kL", "0.0189"),
  fuel("B・C重油", "Heavy oil B/C", "L", "41.9", "GJ/kL", "0.0195"),
  fuel("軽油", "Diesel", "L", "37.7", "GJ/kL", "0.0187"),
  fuel("揮発油（ガソリン）", "Gasoline", "L", "34.6", "GJ/kL", "0.0183"),
  fuel("液化天然ガス（LNG）", "LNG", "kg", "54.6", "GJ/t", "0.0135"),
  fuel("一般炭", "Steam coal", "kg", "25.7", "GJ/t", "0.0247"),
  fuel("コークス", "Coke", "kg", "29.4", "GJ/t", "0.0294"),
  fuel("その他可燃性天然ガス", "Other natural gas", "Nm3", "43.5", "GJ/千Nm3", "0.0139"),
];

/**
 * Plausible ranges for その他の燃料 (heat coef in GJ per 1000 units of the row's unit, emission coef in
 * t-C/GJ). The national table runs from 3.41 GJ/千Nm³ (blast-furnace gas) to 54.6 GJ/t (LNG), and from
 * 0.0110 (coke-oven gas) to 0.0384 t-C/GJ (converter gas). Outside these, the coefficient is almost surely
 * in another unit: GJ per single unit (0.0391), MJ (39,100), t-CO2/GJ (0.0693 = 0.0189 × 44/12) or kg-C/GJ.
 */
export const OTHER_FUEL_PLAUSIBLE = {
  heatCoef: { min: dec(1), max: dec(80) },
  emissionCoef: { min: dec("0.010"), max: dec("0.040") },
  example: OTHER_FUEL_REFERENCE[0],
};

export function rowLabel(key: Form7RowKey): Bilingual {
  return OFFICIAL_ROWS[key].label;
}
