/**
 * Who must report (spec form7.md section 5): 低炭素化促進事業所 (≥ 10,000 m², or a Tokyo scheme target),
 * 低炭素化協力事業所 (300 m² ≤ area < 10,000 m²), below 300 m² outside the system.
 */
import { dec, type Decimal } from "../decimal";
import type { Bilingual } from "../issue";
import type { SiteClass } from "./types";

export const MUST_REPORT_AREA_M2 = dec(10000);
export const MAY_REPORT_AREA_M2 = dec(300);

export interface TokyoFlags {
  tokyoReportTarget: boolean;
  tokyoCapAndTradeTarget: boolean;
}

export function classifySite(floorAreaM2: Decimal | null, flags: TokyoFlags): SiteClass {
  if (flags.tokyoReportTarget || flags.tokyoCapAndTradeTarget) return "mustReport";
  if (floorAreaM2 === null || !floorAreaM2.isFinite() || floorAreaM2.lte(0)) return "unknown";
  if (floorAreaM2.gte(MUST_REPORT_AREA_M2)) return "mustReport";
  if (floorAreaM2.gte(MAY_REPORT_AREA_M2)) return "mayReport";
  return "outside";
}

export const SITE_CLASS_LABEL: Readonly<Record<SiteClass, Bilingual>> = {
  mustReport: { ja: "低炭素化促進事業所（報告義務あり）", en: "Must report (低炭素化促進事業所)" },
  mayReport: { ja: "低炭素化協力事業所（任意報告）", en: "May report (低炭素化協力事業所)" },
  outside: { ja: "対象外（300m²未満）", en: "Outside the system (under 300 m²)" },
  unknown: { ja: "不明（延床面積がありません）", en: "Unknown (no floor area)" },
};
