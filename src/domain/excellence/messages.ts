/** Issues of judging the Tokyo excellence level (優秀水準) from a site's years: codes and words. */
import { words, type IssueCatalogue } from "../catalogue";
import type { CellRef } from "../issue";

export const EXCELLENCE_CODES = {
  /** A fiscal year given more than once; the first is used (warning). */
  duplicateYear: "excellence.duplicateYear",
  /** No base to compare with (no figures for now, now not after 2013, or neither 2013 nor the three years before) (info). */
  noBase: "excellence.noBase",
  /** The base's or this year's intensity is not known, so no rate for it (info). */
  noIntensity: "excellence.noIntensity",
  /** A base intensity of zero or below, or a negative one this year, so no rate for it (error). */
  badIntensity: "excellence.badIntensity",
  /** A Tokyo cap-and-trade site without its obligation rate: the rates are shown, nothing is judged (info). */
  noObligationRate: "excellence.noObligationRate",
} as const;

export type ExcellenceCode = (typeof EXCELLENCE_CODES)[keyof typeof EXCELLENCE_CODES];

/** Why there is no base: no figures for now, now not after the base year, or years lacking. */
export type NoBase =
  | { why: "noNow"; nowYear: number }
  | { why: "notAfterBase"; nowYear: number; baseYear: number }
  | { why: "lacking"; baseYear: number; averagedYears: number[]; lacking: number[] };

/** The year an intensity belongs to: the base (FY2013, or the average of three years) or now. */
export type Period =
  | { base: true; fy2013: boolean; baseYear: number; averagedYears: number[] }
  | { base: false; nowYear: number };

const MEASURE = {
  energy: { ja: "エネルギー原単位", en: "energy intensity" },
  co2: { ja: "CO2原単位", en: "CO2 intensity" },
} as const;

const periodJa = (p: Period) =>
  p.base ? (p.fy2013 ? `${p.baseYear}年度` : `${p.averagedYears.join("・")}年度の平均`) : `${p.nowYear}年度`;
const periodEn = (p: Period) =>
  p.base
    ? p.fy2013
      ? `FY${p.baseYear}`
      : `the average of FY${p.averagedYears.join(", ")}`
    : `FY${p.nowYear}`;

export const EXCELLENCE_MESSAGES = {
  [EXCELLENCE_CODES.duplicateYear]: words<{ fiscalYear: number; first: CellRef | null }>(
    (a) =>
      `${a.fiscalYear}年度の数値が複数あります。最初のもの${a.first ? `（${a.first.sheet}!${a.first.address}）` : ""}を使います。`,
    (a) =>
      `FY${a.fiscalYear} is given more than once; the first${a.first ? ` (${a.first.sheet}!${a.first.address})` : ""} is used.`,
  ),
  [EXCELLENCE_CODES.noBase]: words<NoBase>(
    (a) =>
      a.why === "noNow"
        ? `${a.nowYear}年度の数値がないため、優秀水準は判定できません。`
        : a.why === "notAfterBase"
          ? `${a.nowYear}年度は基準年度（${a.baseYear}年度）より後ではないため、年平均削減率は求められません。`
          : `基準年度（${a.baseYear}年度）の数値も、直近3か年（${a.averagedYears.join("・")}年度）の数値もそろっていないため、優秀水準は判定できません（${a.lacking.join("・")}年度がありません）。履歴シートに過去の年度を記録してください。`,
    (a) =>
      a.why === "noNow"
        ? `There are no figures for FY${a.nowYear}, so the excellence level cannot be judged.`
        : a.why === "notAfterBase"
          ? `FY${a.nowYear} is not after the base year FY${a.baseYear}, so there is no average annual reduction.`
          : `Neither FY${a.baseYear} nor the latest three years (FY${a.averagedYears.join(", ")}) are all known (FY${a.lacking.join(", FY")} missing), so the excellence level cannot be judged. Record earlier years in the history sheet.`,
  ),
  [EXCELLENCE_CODES.noIntensity]: words<{ measure: keyof typeof MEASURE; period: Period }>(
    (a) =>
      `${periodJa(a.period)}の${MEASURE[a.measure].ja}がないため、${MEASURE[a.measure].ja}の年平均削減率は求められません。`,
    (a) =>
      `The ${MEASURE[a.measure].en} of ${periodEn(a.period)} is not known, so its average annual reduction cannot be computed.`,
  ),
  [EXCELLENCE_CODES.badIntensity]: words<{ measure: keyof typeof MEASURE; period: Period; value: string }>(
    (a) =>
      `${periodJa(a.period)}の${MEASURE[a.measure].ja} ${a.value} は${a.period.base ? "正の数" : "0 以上"}である必要があるため、年平均削減率は求められません。`,
    (a) =>
      `The ${MEASURE[a.measure].en} ${a.value} of ${periodEn(a.period)} must be ${a.period.base ? "positive" : "zero or more"}, so no average annual reduction can be computed.`,
  ),
  [EXCELLENCE_CODES.noObligationRate]: words(
    "都 C&T 制度対象事業所の優秀水準は「削減義務率 + 年率 1%」です。削減義務率が指定されていないため、判定していません（削減率のみ表示）。",
    "For a Tokyo C&T site the excellence level is its reduction-obligation rate + 1 % a year. No obligation rate is given, so nothing is judged (the rates are shown).",
  ),
} satisfies IssueCatalogue<ExcellenceCode>;
