/** Words of the site tools on a Form 7 card (benchmark category, publication sheet), Japanese first. */
import type { Lang } from "../i18n";

const ja = {
  category: "ベンチマーク区分（このシートに記入）",
  categoryNone: "（未選択）",
  categoryHint:
    "選ぶと、主たる用途の隣のセルに書き込む内容を確認してから書き込めます。区分はこのシートに残り、次に開いたときも使われます。",
  categoryNoSlot:
    "主たる用途の隣に空いたセルがありません。「ベンチマーク区分」の見出しと区分番号（1〜30）をシートに直接入力してください。",
  categoryOverridden: (n: number) =>
    `設定で全様式を区分 ${n} として評価しています（シートの値より優先）。シートの値で評価するには設定を「シートの記入に従う」に戻してください。`,
  publication: "公表シートを作成…",
  publicationTitle: "公表シート（区が公表する項目）",
  publicationIntro:
    "報告年月日・事業所番号・名称・所在地・延べ面積・主たる用途・CO2総量・CO2原単位を第7号様式から写し、新しいシートを作ります。",
  reportDate: "報告年月日",
  reportDateHint: (fromForm: boolean) =>
    `${fromForm ? "様式の日付を入れてあります。" : ""}例: 2025年6月30日（空欄のままでも作成できます）`,
  measures: "地球温暖化対策として実施している取組内容（1行に1つ）",
  create: "公表シートを作成",
  cancel: "キャンセル",
  categoryIntro:
    "主たる用途の隣に、ベンチマーク区分の見出しと区分番号を書き込みます。入力済みの値は、チェックを付けたときだけ上書きします。",
  created: (sheet: string, blanks: string[]) =>
    `シート「${sheet}」を作成しました。${blanks.length ? `空欄の項目: ${blanks.join("、")}。` : ""}`,
};

type Words = typeof ja;

const en: Words = {
  category: "Benchmark category (kept on this sheet)",
  categoryNone: "(none)",
  categoryHint:
    "Choosing one shows what goes into the cells next to 主たる用途 before it is written. The category stays on this sheet for next time.",
  categoryNoSlot:
    "There is no free cell next to 主たる用途. Type the label ベンチマーク区分 and the category number (1–30) on the sheet.",
  categoryOverridden: (n: number) =>
    `The settings rate every form as category ${n} (over the sheet's value). Set it back to "as on the sheet" to use the sheet's value.`,
  publication: "Make the publication sheet…",
  publicationTitle: "Publication sheet (what the ward publishes)",
  publicationIntro:
    "Copies the date of report, site number, name, address, floor area, main use, CO2 total and CO2 intensity from Form 7 into a new sheet.",
  reportDate: "Date of report",
  reportDateHint: (fromForm: boolean) =>
    `${fromForm ? "Taken from the form. " : ""}e.g. 2025年6月30日 (may be left blank)`,
  measures: "Measures taken against global warming (one a line)",
  create: "Make the publication sheet",
  cancel: "Cancel",
  categoryIntro:
    "Writes the label ベンチマーク区分 and the category number next to 主たる用途. A typed value is replaced only where you tick it.",
  created: (sheet: string, blanks: string[]) =>
    `Sheet "${sheet}" made.${blanks.length ? ` Blank items: ${blanks.join(", ")}.` : ""}`,
};

export const SITE_WORDS: Record<Lang, Words> = { ja, en };
