/**
 * The task pane's first-view words, one catalogue entry per key with its Japanese (first) and English
 * (domain/catalogue.ts); the lazy chunks keep their own (forecast/words.ts, site/words.ts). Components read
 * them in one language (`useT().t.key`). Also number formatting for Japan.
 */
import { createContext, useContext } from "react";
import { byLanguage, type Catalogue, type InLanguage, type Lang } from "../domain/catalogue";
import { dec, roundHalfUp, type Decimal } from "../domain/decimal";
import { figureHeader, summaryFigure } from "../domain/form7/summaryFigures";

export type { Lang } from "../domain/catalogue";

export const PANE_WORDS = {
  title: {
    ja: "CO2報告チェック",
    en: "CO2 report check",
  },
  refresh: {
    ja: "再読み込み",
    en: "Refresh",
  },
  language: {
    ja: "表示言語",
    en: "Language",
  },
  loading: {
    ja: "ブックを読み取っています…",
    en: "Reading the workbook…",
  },
  errorTitle: {
    ja: "Excelとのやりとりでエラーが起きました",
    en: "Something went wrong talking to Excel",
  },
  retry: {
    ja: "もう一度試す",
    en: "Try again",
  },
  emptyTitle: {
    ja: "様式が見つかりません",
    en: "No form found",
  },
  emptyBody: {
    ja: "このブックには、アドインが読み取れる様式がありません。探しているもの: 第7号様式（「燃料等の種別」の表）、J-クレジット認証量の想定表（R8…R15・累計・合計）、還元額の表2（想定されるCO2削減量・J-クレジット単価・還元率）。",
    en: "This workbook holds no form the add-in can read. It looks for: Form 7 (第7号様式, the 燃料等の種別 table), J-Credit forecast tables (R8…R15, 累計, 合計) and return Table 2 (reduction, price per t, return rate).",
  },
  formsFound: {
    ja: (n: number) => `${n} 件の様式が見つかりました`,
    en: (n: number) => `${n} form${n === 1 ? "" : "s"} found`,
  },
  form7: {
    ja: "第7号様式",
    en: "Form 7",
  },
  sheet: {
    ja: "シート",
    en: "Sheet",
  },
  floorArea: {
    ja: "延床面積",
    en: "Floor area",
  },
  noName: {
    ja: "（名称なし）",
    en: "(no name)",
  },
  noFloorArea: {
    ja: "延床面積が必要です",
    en: "needs a floor area",
  },
  issues: {
    ja: "チェック結果",
    en: "Findings",
  },
  noIssues: {
    ja: "問題は見つかりませんでした。",
    en: "No problems found.",
  },
  severity: {
    ja: { error: "エラー", warning: "警告", info: "情報" },
    en: { error: "Error", warning: "Warning", info: "Note" },
  },
  selectCell: {
    ja: (a: string) => `セル ${a} を選択`,
    en: (a: string) => `Select cell ${a}`,
  },
  mark: {
    ja: "問題のセルに色を付ける",
    en: "Colour the cells with findings",
  },
  clearMarks: {
    ja: "色を消す",
    en: "Remove colours",
  },
  marked: {
    ja: (n: number) => `${n} 個のセルに色を付けました（値は変えていません）。`,
    en: (n: number) => `Coloured ${n} cells (values unchanged).`,
  },
  cleared: {
    ja: (n: number) => `${n} 個のセルの色を元に戻しました。`,
    en: (n: number) => `Restored the fill of ${n} cells.`,
  },
  write: {
    ja: "結果を書き込む",
    en: "Write results",
  },
  previewTitle: {
    ja: "書き込む内容の確認",
    en: "What will be written",
  },
  previewIntro: {
    ja: "次のセルに計算結果を書き込みます。数式や入力済みの値は、チェックを付けたものだけ上書きします。",
    en: "The computed figures go into these cells. Formulas and typed values are overwritten only where you tick them.",
  },
  nothingToWrite: {
    ja: "書き込む必要のあるセルはありません（すべて計算結果と一致しています）。",
    en: "Nothing to write: every cell already matches.",
  },
  cell: {
    ja: "セル",
    en: "Cell",
  },
  item: {
    ja: "項目",
    en: "Item",
  },
  oldToNew: {
    ja: "現在 → 書き込む値",
    en: "Now → new",
  },
  empty: {
    ja: "（空欄）",
    en: "(blank)",
  },
  state: {
    ja: { empty: "空欄", same: "一致", ownEarlier: "前回の書込み", formula: "数式", input: "入力値" },
    en: {
      empty: "blank",
      same: "matches",
      ownEarlier: "earlier write",
      formula: "formula",
      input: "typed value",
    },
  },
  overwriteFormula: {
    ja: "数式を上書きする",
    en: "Overwrite the formula",
  },
  overwriteInput: {
    ja: "入力値を上書きする",
    en: "Overwrite the typed value",
  },
  confirmWrite: {
    ja: (n: number) => `${n} 個のセルに書き込む`,
    en: (n: number) => `Write ${n} cells`,
  },
  cancel: {
    ja: "キャンセル",
    en: "Cancel",
  },
  written: {
    ja: (n: number) => `${n} 個のセルに書き込みました。「CO2チェック記録」シートに記録してあります。`,
    en: (n: number) => `Wrote ${n} cells; logged on the sheet 「CO2チェック記録」.`,
  },
  undo: {
    ja: "元に戻す",
    en: "Undo",
  },
  undone: {
    ja: (n: number, s: number) =>
      `${n} 個のセルを元に戻しました。${s ? `${s} 個はその後に変更されていたため、そのままにしました。` : ""}`,
    en: (n: number, s: number) =>
      `Restored ${n} cells.${s ? ` ${s} changed since were left as they are.` : ""}`,
  },
  nothingToUndo: {
    ja: "元に戻す書き込みはありません。",
    en: "There is no write to undo.",
  },
  settings: {
    ja: "設定",
    en: "Settings",
  },
  settingsNote: {
    ja: "設定はこのブックに保存されます。次にこのブックを開いた人にも同じ設定で結果が表示されます。",
    en: "Settings are saved in this workbook, so the next person sees the same results.",
  },
  coefficientSet: {
    ja: "計算に使う係数",
    en: "Coefficients used",
  },
  coefOfficial: {
    ja: "公式の係数（港区 令和3年3月版）",
    en: "Official (Minato, R3.3 edition)",
  },
  coefSheet: {
    ja: "シートに書かれている係数",
    en: "As printed on the sheet",
  },
  heatRowCo2: {
    ja: "熱（蒸気・温水・冷水）のCO2の計算基準",
    en: "CO2 of heat rows (steam, hot and chilled water)",
  },
  heatUsed: {
    ja: "使用した熱量ベース（MJ÷1000×0.06）",
    en: "On the heat used (MJ ÷ 1000 × 0.06)",
  },
  primaryEnergy: {
    ja: "一次エネルギー換算ベース（GJ×0.06）",
    en: "On the primary-energy GJ (GJ × 0.06)",
  },
  heatRowNote: {
    ja: "熱（蒸気・温水・冷水）の行のCO2をどちらの基準で計算するかは、記入済みの様式で確認できていないため、選べるようにしています。",
    en: "No filled form with a heat row confirms which rule the ward uses, so both are offered.",
  },
  tokyoReport: {
    ja: "都の報告書制度の対象事業所",
    en: "Tokyo reporting-scheme site",
  },
  tokyoCap: {
    ja: "都のキャップ＆トレード制度の対象事業所",
    en: "Tokyo cap-and-trade site",
  },
  obligationRate: {
    ja: "キャップ＆トレードの削減義務率（%）",
    en: "Cap-and-trade reduction-obligation rate (%)",
  },
  obligationRateHint: {
    ja: "優秀水準の基準は「削減義務率＋年1%」です。空欄のままでは削減率を表示するだけで、判定はしません。",
    en: "The excellence threshold is the obligation rate + 1 % a year. Left blank, the rates are shown, not judged.",
  },
  obligationRateBad: {
    ja: "数値（例: 27 または 25.5）で入力してください。",
    en: "Enter a number (e.g. 27 or 25.5).",
  },
  rounding: {
    ja: "還元額表の削減量の丸め",
    en: "Return table reduction rounding",
  },
  roundDown10: {
    ja: "10t単位で切り捨て（福岡市の表と同じ）",
    en: "Down to 10 t (as Fukuoka's table)",
  },
  roundDown1: {
    ja: "1t単位で切り捨て",
    en: "Down to 1 t",
  },
  roundNone: {
    ja: "丸めない",
    en: "None",
  },
  tokyoTenant: {
    ja: "都の報告書（その2）※2 テナントの推計電気使用量（⑫）",
    en: "Tokyo report (その2) ※2: a tenant's estimated electricity (⑫)",
  },
  tokyoTenantSeparate: {
    ja: "その他の買電とは別に合計へ加える（様式の説明どおり）",
    en: "Added to the totals beside その他の買電 (as the form's notes read)",
  },
  tokyoTenantIncluded: {
    ja: "その他の買電に含めて記入されているとみなす（合計に二重に加えない）",
    en: "Already typed into その他の買電 (not added twice)",
  },
  tokyoTenantNote: {
    ja: "記入済みの様式で確認できていないため、選べるようにしています。",
    en: "No filled form confirms either, so it is a setting.",
  },
  tokyoTenantRounding: {
    ja: "※2 の⑪〜⑬を比べるときの丸め",
    en: "Rounding when ※2's ⑪–⑬ are compared",
  },
  tokyoRoundHalfUp: {
    ja: "四捨五入（表の行と同じ）",
    en: "Half up (as the table's rows)",
  },
  tokyoTruncate: {
    ja: "切り捨て",
    en: "Truncate",
  },
  fillForecastTotals: {
    ja: "J-クレジット想定表の空欄の累計・合計に合計値を提案する（記入済みのセルは変えません）",
    en: "Propose the sums for blank 累計 / 合計 cells of J-Credit forecast tables (filled cells are never changed)",
  },
  otherForm: {
    ja: "様式",
    en: "Form",
  },
  benchmarkCategory: {
    ja: "ベンチマーク区分",
    en: "Benchmark category",
  },
  benchmarkCategoryHint: {
    ja: "シートの「ベンチマーク区分」より優先します。平均値の出典が確認できた区分（2, 5）だけランクを出します。",
    en: "Overrides the sheet's ベンチマーク区分. Ranks are given only where a sourced average exists (2, 5).",
  },
  benchmarkFromSheet: {
    ja: "シートの記入に従う",
    en: "As written on the sheet",
  },
  // History sheet (報告履歴) and the year-by-year chart
  yearChartTitle: {
    ja: "原単位の推移（年度別）",
    en: "Intensities by fiscal year",
  },
  yearChartSummary: {
    ja: (first: number, last: number, base: string) =>
      `${first}年度から${last}年度までのエネルギー原単位とCO2原単位の推移。${base}`,
    en: (first: number, last: number, base: string) =>
      `Energy and CO2 intensity from FY${first} to FY${last}. ${base}`,
  },
  yearChartBase: {
    ja: (years: string) => `基準: ${years}`,
    en: (years: string) => `Base: ${years}`,
  },
  yearChartNoBase: {
    ja: "基準年度なし",
    en: "No base year",
  },
  fiscalYearHead: {
    ja: "年度",
    en: "Fiscal year",
  },
  fy: {
    ja: (y: number) => `${y}年度`,
    en: (y: number) => `FY${y}`,
  },
  baseMark: {
    ja: "基準",
    en: "base",
  },
  baseSuffix: {
    ja: "（基準）",
    en: " (base)",
  },
  energyIntensityUnit: {
    ja: "エネルギー原単位 (MJ/m²)",
    en: "Energy intensity (MJ/m²)",
  },
  co2IntensityUnit: {
    ja: figureHeader(summaryFigure("intensityKgPerM2"), "ja"),
    en: figureHeader(summaryFigure("intensityKgPerM2"), "en"),
  },
  historyRow: {
    ja: (sheet: string, fy: number, row: number, replace: boolean) =>
      `あわせて「${sheet}」シートの ${row} 行目に${fy}年度の数値を${replace ? "上書き" : "追記"}します（下の「${sheet}・${fy}年度」の行）。`,
    en: (sheet: string, fy: number, row: number, replace: boolean) =>
      `FY${fy} is also ${replace ? "updated in" : "added to"} row ${row} of the sheet "${sheet}" (the "${sheet}, FY${fy}" rows below).`,
  },
  historyCreate: {
    ja: (sheet: string, fy: number) =>
      `「${sheet}」シートはまだありません。書き込みの後に作成し、${fy}年度の数値を記録します（別の操作になります）。`,
    en: (sheet: string, fy: number) =>
      `There is no "${sheet}" sheet yet: after the write it is created with FY${fy} (a separate step).`,
  },
  historyCreateOnly: {
    ja: (sheet: string) => `「${sheet}」シートだけを作成して記録する`,
    en: (sheet: string) => `Only create "${sheet}" and record the year`,
  },
  historyCreated: {
    ja: (sheet: string, fy: number, afterWrite: boolean) =>
      `「${sheet}」シートを作成して${fy}年度の数値を記録しました${afterWrite ? "（書き込みとは別の操作です。「元に戻す」はシートの作成から取り消します）" : ""}。`,
    en: (sheet: string, fy: number, afterWrite: boolean) =>
      `The sheet "${sheet}" was created with FY${fy}${afterWrite ? " (a separate step from the write: Undo removes the sheet first)" : ""}.`,
  },
} satisfies Catalogue;

type Strings = InLanguage<typeof PANE_WORDS>;

export const STRINGS: Record<Lang, Strings> = byLanguage(PANE_WORDS);

export const LangContext = createContext<Lang>("ja");

export function useT(): { lang: Lang; t: Strings } {
  const lang = useContext(LangContext);
  return { lang, t: STRINGS[lang] };
}

/**
 * A number with thousands separators and `places` decimals (-1: up to 7, trailing zeros dropped), exactly
 * as Intl.NumberFormat writes it in ja-JP and en-US (both "1,234.5"): ICU rounds the number's shortest
 * decimal form (String(n), so 0.045 → 0.05) half away from zero, as the app's Decimal does. Creating the
 * first Intl.NumberFormat loads the locale's data, which cost more than the rest of the first figures'
 * render; Intl is kept for ∞ and NaN only.
 */
export function groupedFixed(n: number, places: number, lang: Lang): string {
  if (!Number.isFinite(n)) return new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US").format(n);
  const rounded = roundHalfUp(dec(Math.abs(n)), places < 0 ? 7 : places);
  const [whole, fraction] = (places < 0 ? rounded.toFixed() : rounded.toFixed(places)).split(".");
  // The sign as Intl shows it: also on −0 and on what rounds to zero.
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  const grouped = sign + whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A figure for display: thousands separators and a fixed number of decimals, as the form shows it. */
export function fmt(value: Decimal | number | null | undefined, places: number, lang: Lang): string {
  if (value === null || value === undefined) return "—";
  const n = typeof value === "number" ? value : value.toNumber();
  return groupedFixed(n, places, lang);
}

/** A cell value as text for the preview. */
export function fmtCell(v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === "") return STRINGS[lang].empty;
  if (typeof v === "number") return groupedFixed(v, -1, lang);
  if (typeof v === "object" && v && "error" in v) return String((v as { error: string }).error);
  return String(v);
}
