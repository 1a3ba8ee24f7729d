/** What is wrong with a field of a benchmark entry, in words (table.ts; the sheet's issues wrap them). */
import { words } from "../catalogue";
import type { EntryProblem } from "./table";

/** What the name problem's words need: the number, table 3-1's name, the name written, whose name it is. */
export interface NameProblem {
  category: number;
  official: string | null;
  written: string;
  otherCategory: number | null;
}

/** What is wrong with a field of an entry, in words (EntryProblem.message). */
export const ENTRY_PROBLEM_WORDS = {
  category: words(
    "区分番号は 1〜30 の整数である必要があります。",
    "The category number must be a whole number 1–30.",
  ),
  name: words<NameProblem>(
    (a) =>
      a.official === null
        ? "区分名がありません。"
        : a.otherCategory !== null
          ? `区分 ${a.category} は「${a.official}」ですが、名称「${a.written}」は区分 ${a.otherCategory} のものです。番号と名称のどちらが正しいか確認してください。`
          : `区分 ${a.category} の名称は「${a.official}」ですが「${a.written}」と書かれています。表 3-1 の名称にしてください。`,
    (a) =>
      a.official === null
        ? "The category name is missing."
        : a.otherCategory !== null
          ? `Category ${a.category} is "${a.official}", but the name "${a.written}" is category ${a.otherCategory}'s. Check which of the two is right.`
          : `Category ${a.category} is "${a.official}", but the name given is "${a.written}". Use table 3-1's name.`,
  ),
  average: words(
    "平均 (kg-CO2/m²) は正の数である必要があります。",
    "The average (kg-CO2/m²) must be a positive number.",
  ),
  electricityFactor: words(
    "電気の排出係数 (t-CO2/千kWh) は正の数である必要があります。",
    "The electricity factor (t-CO2/千kWh) must be a positive number.",
  ),
  source: words("出典がありません。", "The source is missing."),
  sitesCount: words(
    "事業所数は 1 以上の整数である必要があります。",
    "The number of sites must be a whole number of at least 1.",
  ),
  bandShares: words(
    "ランク別の事業所の割合 (%) は A4〜C の 7 つの 0 以上の数である必要があります。",
    "The shares of sites (%) must be seven non-negative numbers, A4 to C.",
  ),
} satisfies Record<EntryProblem["field"], unknown>;
