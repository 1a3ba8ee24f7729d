/** The public Tokyo cases as workbook content: Shinagawa's (その1) FY2022 and the Koto (その2) FY2017 usage. */
import type { UsageKey } from "./form7Workbook";
import { loadCase } from "./cases";
import type { TokyoBusinessContent } from "./tokyoWorkbook";

export interface Sono1Case {
  businessNumber: string;
  years: { fiscalYear: number; co2T: number; floorAreaM2: number; intensityKgPerM2: string }[];
  expect: { averageCo2ReductionPct: string; averageIntensityImprovementPct: string };
}
export const SHINAGAWA_CASE = loadCase<Sono1Case>("tokyo-sono1-shinagawa-fy2022.json");

/** The years as the filed sheet labels them. */
const ERA = ["平成30年度", "令和元年度", "令和2年度", "令和3年度", "令和4年度"];

export const SHINAGAWA: TokyoBusinessContent = {
  businessNumber: SHINAGAWA_CASE.businessNumber,
  years: SHINAGAWA_CASE.years.map((y, i) => ({
    fiscalYear: ERA[i],
    co2T: y.co2T,
    floorAreaM2: y.floorAreaM2,
    intensity: Number(y.intensityKgPerM2),
  })),
  co2ReductionPct: Number(SHINAGAWA_CASE.expect.averageCo2ReductionPct),
  intensityImprovementPct: Number(SHINAGAWA_CASE.expect.averageIntensityImprovementPct),
};

export interface KotoCase {
  input: { floorAreaM2: string; usage: Record<UsageKey, string> };
  expected: {
    rows: Record<string, { heatGJ: string | null; co2T: string }>;
    exact: Record<string, string>;
    reported: Record<string, number>;
  };
}
export const KOTO_CASE = loadCase<KotoCase>("form7-koto-fy2017.json");
export const KOTO_CASE_USAGE: Partial<Record<UsageKey, number>> = Object.fromEntries(
  Object.entries(KOTO_CASE.input.usage).map(([k, v]) => [k, Number(v)]),
);
