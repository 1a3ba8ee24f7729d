/** Words of the site tools on a Form 7 card (benchmark category, publication sheet), key → {ja, en}, Japanese first. */
import { byLanguage, type Catalogue } from "../../domain/catalogue";

export const SITE_CATALOGUE = {
  category: {
    ja: "ベンチマーク区分（このシートに記入）",
    en: "Benchmark category (kept on this sheet)",
  },
  categoryNone: {
    ja: "（未選択）",
    en: "(none)",
  },
  categoryHint: {
    ja: "選ぶと、主たる用途の隣のセルに書き込む内容を確認してから書き込めます。区分はこのシートに残り、次に開いたときも使われます。",
    en: "Choosing one shows what goes into the cells next to 主たる用途 before it is written. The category stays on this sheet for next time.",
  },
  categoryNoSlot: {
    ja: "主たる用途の隣に空いたセルがありません。「ベンチマーク区分」の見出しと区分番号（1〜30）をシートに直接入力してください。",
    en: "There is no free cell next to 主たる用途. Type the label ベンチマーク区分 and the category number (1–30) on the sheet.",
  },
  categoryOverridden: {
    ja: (n: number) =>
      `設定で全様式を区分 ${n} として評価しています（シートの値より優先）。シートの値で評価するには設定を「シートの記入に従う」に戻してください。`,
    en: (n: number) =>
      `The settings rate every form as category ${n} (over the sheet's value). Set it back to "as on the sheet" to use the sheet's value.`,
  },
  publication: {
    ja: "公表シートを作成…",
    en: "Make the publication sheet…",
  },
  publicationTitle: {
    ja: "公表シート（区が公表する項目）",
    en: "Publication sheet (what the ward publishes)",
  },
  publicationIntro: {
    ja: "報告年月日・事業所番号・名称・所在地・延べ面積・主たる用途・CO2総量・CO2原単位を第7号様式から写し、新しいシートを作ります。",
    en: "Copies the date of report, site number, name, address, floor area, main use, CO2 total and CO2 intensity from Form 7 into a new sheet.",
  },
  reportDate: {
    ja: "報告年月日",
    en: "Date of report",
  },
  reportDateHint: {
    ja: (fromForm: boolean) =>
      `${fromForm ? "様式の日付を入れてあります。" : ""}例: 2025年6月30日（空欄のままでも作成できます）`,
    en: (fromForm: boolean) =>
      `${fromForm ? "Taken from the form. " : ""}e.g. 2025年6月30日 (may be left blank)`,
  },
  measures: {
    ja: "地球温暖化対策として実施している取組内容（1行に1つ）",
    en: "Measures taken against global warming (one a line)",
  },
  create: {
    ja: "公表シートを作成",
    en: "Make the publication sheet",
  },
  cancel: {
    ja: "キャンセル",
    en: "Cancel",
  },
  categoryIntro: {
    ja: "主たる用途の隣に、ベンチマーク区分の見出しと区分番号を書き込みます。入力済みの値は、チェックを付けたときだけ上書きします。",
    en: "Writes the label ベンチマーク区分 and the category number next to 主たる用途. A typed value is replaced only where you tick it.",
  },
  created: {
    ja: (sheet: string, blanks: string[]) =>
      `シート「${sheet}」を作成しました。${blanks.length ? `空欄の項目: ${blanks.join("、")}。` : ""}`,
    en: (sheet: string, blanks: string[]) =>
      `Sheet "${sheet}" made.${blanks.length ? ` Blank items: ${blanks.join(", ")}.` : ""}`,
  },
} satisfies Catalogue;

export const SITE_WORDS = byLanguage(SITE_CATALOGUE);
