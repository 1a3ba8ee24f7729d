/**
 * The printed labels of Form 7, folded with normLabel, and how a row label maps to a row key.
 */
import type { Form7RowKey } from "../../domain/form7/types";
import { normLabel } from "../text";

export const TABLE_HEADER = "燃料等の種別";
export const TITLE = "第7号様式";

/** Header columns of the breakdown table (what each column's printed header says). */
export const COLUMN_LABELS = {
  unit: ["単位"],
  usage: ["使用量"],
  heatCoef: ["係数", "単位発熱量", "発熱量"],
  heat: ["熱量"],
  co2Coef: ["排出係数"],
  co2: ["排出量"],
} as const;
export type TableColumn = keyof typeof COLUMN_LABELS;

/**
 * Which column a folded header cell names. Order matters where labels contain each other: 排出係数 before
 * 排出量 and 係数; 単位発熱量 (a heat coefficient, as Tokyo's forms print it) before 熱量 and 単位.
 */
export function classifyColumnHeader(folded: string): TableColumn | null {
  if (!folded) return null;
  if (folded.includes("排出係数")) return "co2Coef";
  if (folded.includes("排出量")) return "co2";
  if (folded.includes("発熱量") || folded.includes("係数")) return "heatCoef";
  if (folded.includes("熱量")) return "heat";
  if (folded.includes("使用量")) return "usage";
  if (folded.includes("単位")) return "unit";
  return null;
}

/** Row label → key; the first match wins, so longer labels come before the labels they contain. */
const ROW_PATTERNS: ReadonlyArray<[string, Form7RowKey | "energyTotal" | "waterTotal"]> = [
  ["産業用以外の蒸気", "otherSteam"],
  ["産業用蒸気", "industrialSteam"],
  ["その他の燃料", "otherFuel"],
  ["その他の買電", "electricityOther"],
  ["買電", "electricityOther"],
  ["都市ガス", "cityGas"],
  ["lpg", "lpg"],
  ["液化石油ガス", "lpg"],
  ["灯油", "kerosene"],
  ["温水", "hotWater"],
  ["冷水", "coldWater"],
  ["昼間", "electricityDay"],
  ["夜間", "electricityNight"],
  ["下水道", "sewer"],
  ["水道", "water"],
  ["合計", "energyTotal"],
];

/** Maps a folded row label to its row key ("energyTotal" stands for any 合計 row). */
export function matchRowLabel(folded: string): Form7RowKey | "energyTotal" | "waterTotal" | null {
  if (!folded) return null;
  for (const [pattern, key] of ROW_PATTERNS) if (folded.includes(pattern)) return key;
  return null;
}

/** Summary block labels (outputs) → figure keys. */
export const SUMMARY_LABELS = [
  { key: "crudeOilKl", has: ["原油換算エネルギー使用量"], not: ["内訳"] },
  { key: "co2EnergyT", has: ["燃料等の使用に伴い"], not: [] },
  { key: "co2WaterT", has: ["水道及び工業用水道"], not: [] },
  { key: "co2TotalT", has: ["総計"], not: [] },
  { key: "intensityKgPerM2", has: ["原単位"], not: [] },
] as const;

/** Header block labels → site fields. */
export const SITE_LABELS = [
  { key: "name", has: ["事業所等の名称"] },
  { key: "address", has: ["事業所等の所在地"] },
  { key: "siteNumber", has: ["事業所番号"] },
  // not the intensity's 「（延床面積当たりの排出量）」
  { key: "floorAreaM2", has: ["延床面積"], not: ["当たり", "原単位"] },
  { key: "floorAreaM2", has: ["延べ面積"], not: ["当たり", "原単位"] },
  { key: "floorAreaM2", has: ["延べ床面積"], not: ["当たり", "原単位"] },
  { key: "completion", has: ["竣工年月"] },
  { key: "industryCode", has: ["細分類番号"] },
  { key: "mainUse", has: ["主たる用途"] },
  { key: "period", has: ["エネルギー使用期間"] },
  { key: "benchmarkCategory", has: ["ベンチマーク区分"] },
] as const;
export type SiteField = (typeof SITE_LABELS)[number]["key"];

/** The `has` parts of every site and summary label, folded. */
const KNOWN_LABELS: readonly string[][] = [...SITE_LABELS, ...SUMMARY_LABELS].map((l) =>
  l.has.map((h) => normLabel(h)),
);

/** Any text that is one of the form's labels (so a value search stops there). */
export function isKnownLabel(folded: string): boolean {
  if (!folded) return false;
  return KNOWN_LABELS.some((has) => has.every((h) => folded.includes(h)));
}

/** Unit text printed after a summary value or a floor area. */
export function isUnitText(folded: string): boolean {
  return /^(kl|t|t-co2|kg-co2\/m2|kg-co2\/㎡|m2|㎡|t-co2\/年|kg)$/.test(folded);
}
