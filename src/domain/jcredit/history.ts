/**
 * Minato's subsidy counts by menu and holder, H31(R1)–R6 (seed 001_d96fd5efc8e3c629.txt, 対象となる区の助成
 * メニュー及び過去の助成件数) — a built-in example for forecasts. null is 「-」: no programme that year, not zero.
 * The seed has six historical years (FY2019–FY2024), not eight.
 */
export const SUBSIDY_HISTORY_SOURCE =
  "港区 J-クレジット連携 募集要項 (seed 001) ア 対象となる区の助成メニュー及び過去の助成件数";
export const SUBSIDY_HISTORY_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

export interface SubsidyHistoryRow {
  menu: string;
  holder: string;
  counts: (number | null)[];
}

export const MINATO_SUBSIDY_HISTORY: readonly SubsidyHistoryRow[] = [
  { menu: "太陽光発電システム", holder: "区民", counts: [6, 5, 2, 6, 28, 41] },
  { menu: "太陽光発電システム", holder: "管理組合等", counts: [0, 0, 0, 0, 0, 0] },
  { menu: "太陽光発電システム", holder: "中小企業者等", counts: [1, 1, 3, 1, 1, 2] },
  { menu: "家庭用燃料電池システム", holder: "区民", counts: [4, 7, 7, 2, 3, 8] },
  {
    menu: "省エネルギー診断に基づく設備改修（LED照明）",
    holder: "中小企業者等",
    counts: [2, 7, 13, 5, 6, 17],
  },
  { menu: "管理組合等向けLED照明", holder: "管理組合等", counts: [35, 15, 34, 19, 46, 42] },
  { menu: "管理組合等向け高効率空調機器", holder: "管理組合等", counts: [null, null, null, null, 2, 8] },
  { menu: "事業所用高効率空調機器", holder: "中小企業者等", counts: [25, 23, 40, 20, 52, 75] },
];

/** First-year intake from history: the latest year's count × the participation rate. */
export function intakeFromHistory(row: SubsidyHistoryRow, participationRate: number): number {
  const latest = [...row.counts].reverse().find((c) => c !== null) ?? 0;
  return latest * participationRate;
}
