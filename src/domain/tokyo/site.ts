/**
 * (その2) section 1's tick boxes (spec tokyo.md): 所有形態 (自己所有 / 他者所有; 建物の全部 / 建物の一部(テナント) /
 * 建物の一部(その他)) and 主たる用途 (事務所 / 商業施設(物販) / 商業施設(飲食) / 工場 / 複合施設 / その他), and the
 * benchmark category a ticked main use suggests as a starting point.
 */
import type { Bilingual } from "../issue";

export type OwnerType = "self" | "other";
export type BuildingExtent = "whole" | "partTenant" | "partOther";
export type TokyoMainUse = "office" | "retail" | "restaurant" | "factory" | "mixed" | "other";

/** Printed option → what it means; names as printed (folded with brackets of either width). */
export const OWNER_OPTIONS: readonly { label: string; value: OwnerType }[] = [
  { label: "自己所有", value: "self" },
  { label: "他者所有", value: "other" },
];
export const EXTENT_OPTIONS: readonly { label: string; value: BuildingExtent }[] = [
  { label: "建物の一部(テナント)", value: "partTenant" },
  { label: "建物の一部(その他)", value: "partOther" },
  { label: "建物の全部", value: "whole" },
];
export const MAIN_USE_OPTIONS: readonly { label: string; value: TokyoMainUse }[] = [
  { label: "事務所", value: "office" },
  { label: "商業施設(物販)", value: "retail" },
  { label: "商業施設(飲食)", value: "restaurant" },
  { label: "工場", value: "factory" },
  { label: "複合施設", value: "mixed" },
  { label: "その他", value: "other" },
];

export const MAIN_USE_WORDS: Readonly<Record<TokyoMainUse, Bilingual>> = {
  office: { ja: "事務所", en: "Office" },
  retail: { ja: "商業施設(物販)", en: "Retail" },
  restaurant: { ja: "商業施設(飲食)", en: "Restaurant" },
  factory: { ja: "工場", en: "Factory" },
  mixed: { ja: "複合施設", en: "Mixed use" },
  other: { ja: "その他", en: "Other" },
};

export interface TokyoOwnership {
  owner: OwnerType | null;
  extent: BuildingExtent | null;
}

/**
 * The benchmark category (区分番号, 1–30) a main use suggests, or null where the use names no single
 * category (物販 and 飲食 have several; 工場, 複合施設 and その他 none). An office in a tenant part is 1
 * オフィス(テナント専有部); an office owning the whole building is 2 オフィス(自社ビル); an office in a building
 * it does not own, whole, is 3 テナントビル(オフィス系). Only a starting point: the user picks.
 */
export function suggestedCategory(uses: readonly TokyoMainUse[], ownership: TokyoOwnership): number | null {
  if (uses.length !== 1 || uses[0] !== "office") return null;
  if (ownership.extent === "partTenant") return 1;
  if (ownership.extent === "whole")
    return ownership.owner === "other" ? 3 : ownership.owner === "self" ? 2 : null;
  return null;
}
