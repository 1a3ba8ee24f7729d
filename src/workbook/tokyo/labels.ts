/**
 * The printed labels of Tokyo's 地球温暖化対策報告書 (その1) and (その2), folded with normLabel (white space
 * removed: 「事 業 所 番 号」 is 事業所番号; NFKC: （その２） is (その2), ① is 1).
 */

export const REPORT_TITLE = "地球温暖化対策報告書";
export const SONO2 = "その2";
export const SONO1 = "その1";

/** Section headings of (その2). */
export const SECTION = {
  overview: "事業所等の概要",
  /** 2 原油換算エネルギー使用量及び二酸化炭素排出量（〇〇年度の状況） */
  summary: "年度の状況",
  breakdown: "二酸化炭素排出量等の内訳",
  renewable: "再生可能エネルギー",
  /** ※2 the tenant-estimate block. */
  tenant: "推計",
} as const;

/** Section 1 labels (the value cells are read by their own rules: boxes, ticks). */
export const TOKYO_SITE_LABELS = [
  { key: "name", has: ["事業所等の名称"] },
  { key: "name", has: ["事業所の名称"] },
  { key: "siteNumber", has: ["事業所番号"] },
  { key: "address", has: ["所在地"] },
  { key: "municipality", has: ["区市町村名"] },
  { key: "ownership", has: ["所有形態"] },
  { key: "mainUse", has: ["主たる用途"] },
  { key: "benchmarkCategory", has: ["ベンチマーク区分"] },
  { key: "floorAreaM2", has: ["延床面積"], not: ["当たり", "原単位"] },
  { key: "floorAreaM2", has: ["延べ床面積"], not: ["当たり", "原単位"] },
  { key: "floorAreaM2", has: ["延べ面積"], not: ["当たり", "原単位"] },
] as const;
export type TokyoSiteField = (typeof TOKYO_SITE_LABELS)[number]["key"];

/** Section 2: circled number → Form 7 summary figure, and the words of its label where no number is printed. */
export const SUMMARY_FIGURES = [
  { n: 1, key: "crudeOilKl", words: ["原油換算エネルギー使用量"] },
  { n: 2, key: "co2EnergyT", words: ["燃料"] },
  { n: 3, key: "co2WaterT", words: ["水道"] },
  { n: 4, key: "co2TotalT", words: ["合計"] },
  { n: 5, key: "intensityKgPerM2", words: ["原単位"] },
] as const;

/** The tenant-estimate block's labels (inputs by words, outputs by circled number ⑪–⑬). */
export const TENANT_LABELS = {
  unitFigure: ["原単位"],
  floorArea: ["面積"],
  hours: ["時間"],
} as const;
