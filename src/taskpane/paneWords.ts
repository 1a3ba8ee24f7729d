/** The words of the pane's live behaviour, its preview details and its next steps (Japanese first). */
import type { Lang } from "./i18n";

const ja = {
  refreshing: "読み直しています…",
  liveRecheck: "シートを編集したら自動でチェックし直す（少し待ってから1回だけ読み取ります）",
  liveOn: "編集すると自動でチェックし直します",
  emptyNext: (live: boolean): string =>
    live
      ? "第7号様式をチェックするには、様式のシートをこのブックに開くか貼り付けてください。貼り付けると自動で読み取ります。"
      : "第7号様式をチェックするには、様式のシートをこのブックに開くか貼り付けてから「再読み込み」を押してください。",
  emptyForecast: "J-クレジットの見通しを試算する場合は、見本のシートを挿入できます。",
  overwriteFormulaAt: (a: string) => `セル ${a} の数式を上書きする`,
  overwriteInputAt: (a: string) => `セル ${a} の入力値を上書きする`,
  exactValue: (v: string) => `正確な値 ${v}`,
  zeroWarning: (zeros: number, errors: number) =>
    `この様式にはまだ ${errors} 件のエラーがあります。このまま書き込むと ${zeros} 個のセルに 0 が入ります。先にエラーのセルを直すことをお勧めします。`,
  selectedFinding: "選択中のセル",
};

export type PaneWords = typeof ja;

const en: PaneWords = {
  refreshing: "Re-checking…",
  liveRecheck: "Re-check a form by itself after its sheet is edited (one read after a short pause)",
  liveOn: "Edits are re-checked by themselves",
  emptyNext: (live: boolean): string =>
    live
      ? "To check a Form 7, open or paste the form's sheet into this workbook: it is read by itself."
      : "To check a Form 7, open or paste the form's sheet into this workbook, then press Refresh.",
  emptyForecast: "To project J-Credits, you can insert the example sheet.",
  overwriteFormulaAt: (a: string) => `Overwrite the formula in ${a}`,
  overwriteInputAt: (a: string) => `Overwrite the typed value in ${a}`,
  exactValue: (v: string) => `exact value ${v}`,
  zeroWarning: (zeros: number, errors: number) =>
    `This form still has ${errors} error${errors === 1 ? "" : "s"}. Writing now puts 0 into ${zeros} cell${zeros === 1 ? "" : "s"}; fix the cells in error first.`,
  selectedFinding: "Selected cell",
};

export const PANE_WORDS: Record<Lang, PaneWords> = { ja, en };
