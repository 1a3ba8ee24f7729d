/** The forecast components' words in Japanese (first) and English. */
import type { Lang } from "../i18n";

const ja = {
  insert: "J-クレジット見通しシートを挿入",
  inserted: (name: string, chart: boolean) =>
    `シート「${name}」を作成しました（港区の補助実績を例として入れてあります）。${chart ? "積み上げグラフも作成しました。" : ""}パラメータを書き換えたら「再計算して書き込む」を押してください。`,
  card: "J-クレジット認証量の見通し（アドイン作成）",
  grandTotal: "認証量 合計",
  byClass: (r: string, s: string) => `再エネ ${r} t ・ 省エネ ${s} t`,
  revenue: "収益",
  ward: "区への還元",
  noPrice: "単価なし（下の比較の B で参考価格を選べます）",
  recompute: "再計算して書き込む",
  recomputed: (n: number) =>
    n === 0 ? "結果は最新です（書き込みなし）。" : `${n} 個のセルの結果を更新しました。`,
  needsConsent: "上書きの確認が必要なセルがあります。下の一覧で確かめてから書き込んでください。",
  notFound: (sheet: string) => `シート「${sheet}」に見通しが見つかりません。`,
  invalid: "パラメータに誤りがあるため計算できません。チェック結果に示したセルを直してください。",
  chart: "年度別・メニュー別の認証量（t-CO2）",
  year: "年度",
  total: "合計",
  whatIf: "比較（A＝シートのパラメータ、B＝変更案）",
  whatIfScroll: "比較の表（横にスクロールできます）",
  creditingYears: "認証対象期間 L（年）",
  firstYearFraction: "初年度の割合 f",
  capYear: "上限年度（空欄＝なし）",
  priceRenewable: "単価 再エネ（円/t）",
  priceSaving: "単価 省エネ（円/t）",
  participation: "件数の倍率（参加率の変化）",
  colA: "A",
  colB: "B",
  diff: "B−A",
  invalidB: "B のパラメータに誤りがあります",
};

export type ForecastWords = typeof ja;

const en: ForecastWords = {
  insert: "Insert a J-Credit forecast sheet",
  inserted: (name, chart) =>
    `Created the sheet "${name}" (filled with Minato's subsidy history as an example).${chart ? " A stacked chart is on it too." : ""} After editing the parameters, press "Recompute and write".`,
  card: "J-Credit forecast (made by the add-in)",
  grandTotal: "Credits, total",
  byClass: (r, s) => `renewable ${r} t · energy saving ${s} t`,
  revenue: "Revenue",
  ward: "Ward's share",
  noPrice: "no price (pick a reference price for B in the comparison below)",
  recompute: "Recompute and write",
  recomputed: (n) =>
    n === 0 ? "The results are up to date (nothing written)." : `Updated ${n} result cells.`,
  needsConsent:
    "Some cells need your consent before they are replaced: check them in the list below, then write.",
  notFound: (sheet) => `No forecast found on sheet "${sheet}".`,
  invalid: "The parameters are not valid, so nothing is computed. Fix the cells named in the findings.",
  chart: "Credits by fiscal year and menu (t-CO2)",
  year: "Year",
  total: "Total",
  whatIf: "Compare (A = the sheet's parameters, B = a variant)",
  whatIfScroll: "Comparison table (scrolls sideways)",
  creditingYears: "Crediting years L",
  firstYearFraction: "First-year fraction f",
  capYear: "Cap fiscal year (blank = none)",
  priceRenewable: "Price, renewable (yen/t)",
  priceSaving: "Price, energy saving (yen/t)",
  participation: "Intake multiplier (participation)",
  colA: "A",
  colB: "B",
  diff: "B−A",
  invalidB: "B's parameters do not validate",
};

export const FORECAST_WORDS: Record<Lang, ForecastWords> = { ja, en };
