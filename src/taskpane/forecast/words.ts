/** The forecast components' words, key → {ja, en} (domain/catalogue.ts): in the forecast chunk, not the first view. */
import { byLanguage, type Catalogue, type InLanguage } from "../../domain/catalogue";

export const FORECAST_CATALOGUE = {
  insert: {
    ja: "J-クレジット見通しシートを挿入",
    en: "Insert a J-Credit forecast sheet",
  },
  inserted: {
    ja: (name: string, chart: boolean) =>
      `シート「${name}」を作成しました（港区の補助実績を例として入れてあります）。${chart ? "積み上げグラフも作成しました。" : ""}パラメータを書き換えたら「再計算して書き込む」を押してください。`,
    en: (name: string, chart: boolean) =>
      `Created the sheet "${name}" (filled with Minato's subsidy history as an example).${chart ? " A stacked chart is on it too." : ""} After editing the parameters, press "Recompute and write".`,
  },
  card: {
    ja: "J-クレジット認証量の見通し（アドイン作成）",
    en: "J-Credit forecast (made by the add-in)",
  },
  grandTotal: {
    ja: "認証量 合計",
    en: "Credits, total",
  },
  byClass: {
    ja: (r: string, s: string) => `再エネ ${r} t ・ 省エネ ${s} t`,
    en: (r: string, s: string) => `renewable ${r} t · energy saving ${s} t`,
  },
  revenue: {
    ja: "収益",
    en: "Revenue",
  },
  ward: {
    ja: "区への還元",
    en: "Ward's share",
  },
  noPrice: {
    ja: "単価なし（下の比較の B で参考価格を選べます）",
    en: "no price (pick a reference price for B in the comparison below)",
  },
  recompute: {
    ja: "再計算して書き込む",
    en: "Recompute and write",
  },
  recomputed: {
    ja: (n: number) => (n === 0 ? "結果は最新です（書き込みなし）。" : `${n} 個のセルの結果を更新しました。`),
    en: (n: number) =>
      n === 0 ? "The results are up to date (nothing written)." : `Updated ${n} result cells.`,
  },
  needsConsent: {
    ja: "上書きの確認が必要なセルがあります。下の一覧で確かめてから書き込んでください。",
    en: "Some cells need your consent before they are replaced: check them in the list below, then write.",
  },
  notFound: {
    ja: (sheet: string) => `シート「${sheet}」に見通しが見つかりません。`,
    en: (sheet: string) => `No forecast found on sheet "${sheet}".`,
  },
  invalid: {
    ja: "パラメータに誤りがあるため計算できません。チェック結果に示したセルを直してください。",
    en: "The parameters are not valid, so nothing is computed. Fix the cells named in the findings.",
  },
  chart: {
    ja: "年度別・メニュー別の認証量（t-CO2）",
    en: "Credits by fiscal year and menu (t-CO2)",
  },
  year: {
    ja: "年度",
    en: "Year",
  },
  total: {
    ja: "合計",
    en: "Total",
  },
  whatIf: {
    ja: "比較（A＝シートのパラメータ、B＝変更案）",
    en: "Compare (A = the sheet's parameters, B = a variant)",
  },
  whatIfScroll: {
    ja: "比較の表（横にスクロールできます）",
    en: "Comparison table (scrolls sideways)",
  },
  creditingYears: {
    ja: "認証対象期間 L（年）",
    en: "Crediting years L",
  },
  firstYearFraction: {
    ja: "初年度の割合 f",
    en: "First-year fraction f",
  },
  capYear: {
    ja: "上限年度（空欄＝なし）",
    en: "Cap fiscal year (blank = none)",
  },
  priceRenewable: {
    ja: "単価 再エネ（円/t）",
    en: "Price, renewable (yen/t)",
  },
  priceSaving: {
    ja: "単価 省エネ（円/t）",
    en: "Price, energy saving (yen/t)",
  },
  participation: {
    ja: "件数の倍率（参加率の変化）",
    en: "Intake multiplier (participation)",
  },
  colA: {
    ja: "A",
    en: "A",
  },
  colB: {
    ja: "B",
    en: "B",
  },
  diff: {
    ja: "B−A",
    en: "B−A",
  },
  invalidB: {
    ja: "B のパラメータに誤りがあります",
    en: "B's parameters do not validate",
  },
} satisfies Catalogue;

export type ForecastWords = InLanguage<typeof FORECAST_CATALOGUE>;

export const FORECAST_WORDS = byLanguage(FORECAST_CATALOGUE);
