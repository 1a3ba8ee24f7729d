/**
 * The task pane's words in Japanese (first) and English, and number formatting for Japan.
 */
import { createContext, useContext } from "react";
import { dec, roundHalfUp, type Decimal } from "../domain/decimal";

export type Lang = "ja" | "en";

const ja = {
  title: "CO2報告チェック",
  refresh: "再読み込み",
  language: "表示言語",
  loading: "ブックを読み取っています…",
  errorTitle: "Excelとのやりとりでエラーが起きました",
  retry: "もう一度試す",
  emptyTitle: "様式が見つかりません",
  emptyBody:
    "このブックには、アドインが読み取れる様式がありません。探しているもの: 第7号様式（「燃料等の種別」の表）、J-クレジット認証量の想定表（R8…R15・累計・合計）、還元額の表2（想定されるCO2削減量・J-クレジット単価・還元率）。",
  formsFound: (n: number) => `${n} 件の様式が見つかりました`,
  form7: "第7号様式",
  sheet: "シート",
  floorArea: "延床面積",
  noName: "（名称なし）",
  crudeOil: "原油換算エネルギー使用量",
  energy: "エネルギー使用量（熱量）",
  co2Energy: "CO2排出量（燃料等）",
  co2Water: "CO2排出量（水道等）",
  co2Total: "CO2排出量 総計",
  intensity: "CO2排出量原単位",
  noFloorArea: "延床面積が必要です",
  issues: "チェック結果",
  noIssues: "問題は見つかりませんでした。",
  severity: { error: "エラー", warning: "警告", info: "情報" },
  selectCell: (a: string) => `セル ${a} を選択`,
  mark: "問題のセルに色を付ける",
  clearMarks: "色を消す",
  marked: (n: number) => `${n} 個のセルに色を付けました（値は変えていません）。`,
  cleared: (n: number) => `${n} 個のセルの色を元に戻しました。`,
  write: "結果を書き込む",
  previewTitle: "書き込む内容の確認",
  previewIntro:
    "次のセルに計算結果を書き込みます。数式や入力済みの値は、チェックを付けたものだけ上書きします。",
  nothingToWrite: "書き込む必要のあるセルはありません（すべて計算結果と一致しています）。",
  cell: "セル",
  item: "項目",
  oldToNew: "現在 → 書き込む値",
  empty: "（空欄）",
  state: { empty: "空欄", same: "一致", ownEarlier: "前回の書込み", formula: "数式", input: "入力値" },
  overwriteFormula: "数式を上書きする",
  overwriteInput: "入力値を上書きする",
  confirmWrite: (n: number) => `${n} 個のセルに書き込む`,
  cancel: "キャンセル",
  written: (n: number) => `${n} 個のセルに書き込みました。「CO2チェック記録」シートに記録してあります。`,
  undo: "元に戻す",
  undone: (n: number, s: number) =>
    `${n} 個のセルを元に戻しました。${s ? `${s} 個はその後に変更されていたため、そのままにしました。` : ""}`,
  nothingToUndo: "元に戻す書き込みはありません。",
  settings: "設定",
  settingsNote: "設定はこのブックに保存されます。次にこのブックを開いた人にも同じ設定で結果が表示されます。",
  coefficientSet: "計算に使う係数",
  coefOfficial: "公式の係数（港区 令和3年3月版）",
  coefSheet: "シートに書かれている係数",
  heatRowCo2: "熱（蒸気・温水・冷水）のCO2の計算基準",
  heatUsed: "使用した熱量ベース（MJ÷1000×0.06）",
  primaryEnergy: "一次エネルギー換算ベース（GJ×0.06）",
  heatRowNote:
    "熱（蒸気・温水・冷水）の行のCO2をどちらの基準で計算するかは、記入済みの様式で確認できていないため、選べるようにしています。",
  tokyoReport: "都の報告書制度の対象事業所",
  tokyoCap: "都のキャップ＆トレード制度の対象事業所",
  obligationRate: "キャップ＆トレードの削減義務率（%）",
  obligationRateHint:
    "優秀水準の基準は「削減義務率＋年1%」です。空欄のままでは削減率を表示するだけで、判定はしません。",
  obligationRateBad: "数値（例: 27 または 25.5）で入力してください。",
  rounding: "還元額表の削減量の丸め",
  roundDown10: "10t単位で切り捨て（福岡市の表と同じ）",
  roundDown1: "1t単位で切り捨て",
  roundNone: "丸めない",
  fillForecastTotals: "J-クレジット想定表の空欄の累計・合計に合計値を提案する（記入済みのセルは変えません）",
  otherForm: "様式",
  benchmarkCategory: "ベンチマーク区分",
  benchmarkCategoryHint:
    "シートの「ベンチマーク区分」より優先します。平均値の出典が確認できた区分（2, 5）だけランクを出します。",
  benchmarkFromSheet: "シートの記入に従う",
  // History sheet (報告履歴) and the year-by-year chart
  yearChartTitle: "原単位の推移（年度別）",
  yearChartSummary: (first: number, last: number, base: string) =>
    `${first}年度から${last}年度までのエネルギー原単位とCO2原単位の推移。${base}`,
  yearChartBase: (years: string) => `基準: ${years}`,
  yearChartNoBase: "基準年度なし",
  fiscalYearHead: "年度",
  fy: (y: number) => `${y}年度`,
  baseMark: "基準",
  baseSuffix: "（基準）",
  energyIntensityUnit: "エネルギー原単位 (MJ/m²)",
  co2IntensityUnit: "CO2原単位 (kg-CO2/m²)",
  historyRow: (sheet: string, fy: number, row: number, replace: boolean) =>
    `あわせて「${sheet}」シートの ${row} 行目に${fy}年度の数値を${replace ? "上書き" : "追記"}します（下の「${sheet}・${fy}年度」の行）。`,
  historyCreate: (sheet: string, fy: number) =>
    `「${sheet}」シートはまだありません。書き込みの後に作成し、${fy}年度の数値を記録します（別の操作になります）。`,
  historyCreateOnly: (sheet: string) => `「${sheet}」シートだけを作成して記録する`,
  historyCreated: (sheet: string, fy: number, afterWrite: boolean) =>
    `「${sheet}」シートを作成して${fy}年度の数値を記録しました${afterWrite ? "（書き込みとは別の操作です。「元に戻す」はシートの作成から取り消します）" : ""}。`,
};

type Strings = typeof ja;

const en: Strings = {
  title: "CO2 report check",
  refresh: "Refresh",
  language: "Language",
  loading: "Reading the workbook…",
  errorTitle: "Something went wrong talking to Excel",
  retry: "Try again",
  emptyTitle: "No form found",
  emptyBody:
    "This workbook holds no form the add-in can read. It looks for: Form 7 (第7号様式, the 燃料等の種別 table), J-Credit forecast tables (R8…R15, 累計, 合計) and return Table 2 (reduction, price per t, return rate).",
  formsFound: (n: number) => `${n} form${n === 1 ? "" : "s"} found`,
  form7: "Form 7",
  sheet: "Sheet",
  floorArea: "Floor area",
  noName: "(no name)",
  crudeOil: "Crude-oil equivalent",
  energy: "Energy (heat)",
  co2Energy: "CO2 from energy",
  co2Water: "CO2 from water and sewer",
  co2Total: "CO2 total",
  intensity: "CO2 intensity",
  noFloorArea: "needs a floor area",
  issues: "Findings",
  noIssues: "No problems found.",
  severity: { error: "Error", warning: "Warning", info: "Note" },
  selectCell: (a: string) => `Select cell ${a}`,
  mark: "Colour the cells with findings",
  clearMarks: "Remove colours",
  marked: (n: number) => `Coloured ${n} cells (values unchanged).`,
  cleared: (n: number) => `Restored the fill of ${n} cells.`,
  write: "Write results",
  previewTitle: "What will be written",
  previewIntro:
    "The computed figures go into these cells. Formulas and typed values are overwritten only where you tick them.",
  nothingToWrite: "Nothing to write: every cell already matches.",
  cell: "Cell",
  item: "Item",
  oldToNew: "Now → new",
  empty: "(blank)",
  state: {
    empty: "blank",
    same: "matches",
    ownEarlier: "earlier write",
    formula: "formula",
    input: "typed value",
  },
  overwriteFormula: "Overwrite the formula",
  overwriteInput: "Overwrite the typed value",
  confirmWrite: (n: number) => `Write ${n} cells`,
  cancel: "Cancel",
  written: (n: number) => `Wrote ${n} cells; logged on the sheet 「CO2チェック記録」.`,
  undo: "Undo",
  undone: (n: number, s: number) =>
    `Restored ${n} cells.${s ? ` ${s} changed since were left as they are.` : ""}`,
  nothingToUndo: "There is no write to undo.",
  settings: "Settings",
  settingsNote: "Settings are saved in this workbook, so the next person sees the same results.",
  coefficientSet: "Coefficients used",
  coefOfficial: "Official (Minato, R3.3 edition)",
  coefSheet: "As printed on the sheet",
  heatRowCo2: "CO2 of heat rows (steam, hot and chilled water)",
  heatUsed: "On the heat used (MJ ÷ 1000 × 0.06)",
  primaryEnergy: "On the primary-energy GJ (GJ × 0.06)",
  heatRowNote: "No filled form with a heat row confirms which rule the ward uses, so both are offered.",
  tokyoReport: "Tokyo reporting-scheme site",
  tokyoCap: "Tokyo cap-and-trade site",
  obligationRate: "Cap-and-trade reduction-obligation rate (%)",
  obligationRateHint:
    "The excellence threshold is the obligation rate + 1 % a year. Left blank, the rates are shown, not judged.",
  obligationRateBad: "Enter a number (e.g. 27 or 25.5).",
  rounding: "Return table reduction rounding",
  roundDown10: "Down to 10 t (as Fukuoka's table)",
  roundDown1: "Down to 1 t",
  roundNone: "None",
  fillForecastTotals:
    "Propose the sums for blank 累計 / 合計 cells of J-Credit forecast tables (filled cells are never changed)",
  otherForm: "Form",
  benchmarkCategory: "Benchmark category",
  benchmarkCategoryHint:
    "Overrides the sheet's ベンチマーク区分. Ranks are given only where a sourced average exists (2, 5).",
  benchmarkFromSheet: "As written on the sheet",
  // History sheet (報告履歴) and the year-by-year chart
  yearChartTitle: "Intensities by fiscal year",
  yearChartSummary: (first: number, last: number, base: string) =>
    `Energy and CO2 intensity from FY${first} to FY${last}. ${base}`,
  yearChartBase: (years: string) => `Base: ${years}`,
  yearChartNoBase: "No base year",
  fiscalYearHead: "Fiscal year",
  fy: (y: number) => `FY${y}`,
  baseMark: "base",
  baseSuffix: " (base)",
  energyIntensityUnit: "Energy intensity (MJ/m²)",
  co2IntensityUnit: "CO2 intensity (kg-CO2/m²)",
  historyRow: (sheet: string, fy: number, row: number, replace: boolean) =>
    `FY${fy} is also ${replace ? "updated in" : "added to"} row ${row} of the sheet "${sheet}" (the "${sheet}, FY${fy}" rows below).`,
  historyCreate: (sheet: string, fy: number) =>
    `There is no "${sheet}" sheet yet: after the write it is created with FY${fy} (a separate step).`,
  historyCreateOnly: (sheet: string) => `Only create "${sheet}" and record the year`,
  historyCreated: (sheet: string, fy: number, afterWrite: boolean) =>
    `The sheet "${sheet}" was created with FY${fy}${afterWrite ? " (a separate step from the write: Undo removes the sheet first)" : ""}.`,
};

export const STRINGS: Record<Lang, Strings> = { ja, en };

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
