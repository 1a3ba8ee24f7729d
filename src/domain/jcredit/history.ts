/**
 * Minato's subsidy counts by menu and holder, H31(R1)–R6 (seed 001_d96fd5efc8e3c629.txt, 対象となる区の助成
 * メニュー及び過去の助成件数) — a built-in example for forecasts. null is 「-」: no programme that year, not zero.
 * The seed has six historical years (FY2019–FY2024), not eight.
 */
import type { CohortParamsInput, CreditClass } from "./cohort";

export const SUBSIDY_HISTORY_SOURCE =
  "港区 J-クレジット連携 募集要項 (seed 001_d96fd5efc8e3c629) ア 対象となる区の助成メニュー及び過去の助成件数";
export const SUBSIDY_HISTORY_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
/** The column labels as the seed prints them. */
export const SUBSIDY_HISTORY_LABELS = ["H31(R1)", "R2", "R3", "R4", "R5", "R6"] as const;

export interface SubsidyHistoryRow {
  menu: string;
  holder: string;
  /** The forecast table's short menu name (太陽光発電 / 燃料電池 / LED照明 / 空調設備). */
  shortMenu: string;
  creditClass: CreditClass;
  /** J-Credit methodology of the equipment (seed 000's list of programme projects by menu). */
  methodology: string;
  counts: (number | null)[];
}

export const MINATO_SUBSIDY_HISTORY: readonly SubsidyHistoryRow[] = [
  {
    menu: "太陽光発電システム",
    holder: "区民",
    shortMenu: "太陽光発電",
    creditClass: "renewable",
    methodology: "EN-R-002",
    counts: [6, 5, 2, 6, 28, 41],
  },
  {
    menu: "太陽光発電システム",
    holder: "管理組合等",
    shortMenu: "太陽光発電",
    creditClass: "renewable",
    methodology: "EN-R-002",
    counts: [0, 0, 0, 0, 0, 0],
  },
  {
    menu: "太陽光発電システム",
    holder: "中小企業者等",
    shortMenu: "太陽光発電",
    creditClass: "renewable",
    methodology: "EN-R-002",
    counts: [1, 1, 3, 1, 1, 2],
  },
  {
    menu: "家庭用燃料電池システム",
    holder: "区民",
    shortMenu: "燃料電池",
    creditClass: "energySaving",
    methodology: "EN-S-007",
    counts: [4, 7, 7, 2, 3, 8],
  },
  {
    menu: "省エネルギー診断に基づく設備改修（LED照明）",
    holder: "中小企業者等",
    shortMenu: "LED照明",
    creditClass: "energySaving",
    methodology: "EN-S-006",
    counts: [2, 7, 13, 5, 6, 17],
  },
  {
    menu: "管理組合等向けLED照明",
    holder: "管理組合等",
    shortMenu: "LED照明",
    creditClass: "energySaving",
    methodology: "EN-S-006",
    counts: [35, 15, 34, 19, 46, 42],
  },
  {
    menu: "管理組合等向け高効率空調機器",
    holder: "管理組合等",
    shortMenu: "空調設備",
    creditClass: "energySaving",
    methodology: "EN-S-004",
    counts: [null, null, null, null, 2, 8],
  },
  {
    menu: "事業所用高効率空調機器",
    holder: "中小企業者等",
    shortMenu: "空調設備",
    creditClass: "energySaving",
    methodology: "EN-S-004",
    counts: [25, 23, 40, 20, 52, 75],
  },
];

/** First-year intake from history: the latest year's count × the participation rate. */
export function intakeFromHistory(row: SubsidyHistoryRow, participationRate: number): number {
  const latest = [...row.counts].reverse().find((c) => c !== null) ?? 0;
  return latest * participationRate;
}

type MenuInput = CohortParamsInput["menus"][number];
type Growth = { rule: "constant" } | { rule: "linear"; step: string } | { rule: "compound"; rate: string };

/**
 * A cohort menu whose intake is derived from a history row (count × participation rate, grown by `growth`),
 * with the given per-unit reduction.
 */
export function menuFromHistory(
  row: SubsidyHistoryRow,
  opts: {
    participationRate: string;
    reduction: MenuInput["reduction"];
    base?: "latest" | "average";
    growth?: Growth;
  },
): MenuInput {
  return {
    name: `${row.shortMenu} / ${row.holder}`,
    creditClass: row.creditClass,
    intake: {
      kind: "history",
      counts: row.counts,
      participationRate: opts.participationRate,
      base: opts.base ?? "latest",
      growth: opts.growth ?? { rule: "constant" },
    },
    reduction: opts.reduction,
  };
}
