/**
 * The 30 benchmark categories (区分番号) of the Minato guide's table 3-1, which are Tokyo's self-evaluation
 * (低炭素ベンチマーク) categories. Source: 港区地球温暖化対策報告書制度の手引き (令和3年3月) 表 3-1.
 */
import type { Bilingual } from "../issue";

export interface BenchmarkCategory {
  /** 区分番号, 1–30. */
  number: number;
  ja: string;
  en: string;
}

/** Table 3-1, in its order. The Japanese names are the guide's, character for character. */
export const BENCHMARK_CATEGORY_LIST: readonly BenchmarkCategory[] = [
  { number: 1, ja: "オフィス(テナント専有部)", en: "Office (tenant space)" },
  { number: 2, ja: "オフィス(自社ビル)", en: "Office (owner-occupied)" },
  { number: 3, ja: "テナントビル(オフィス系)", en: "Tenant building (offices)" },
  { number: 4, ja: "テナントビル(商業複合系)", en: "Tenant building (mixed commercial)" },
  { number: 5, ja: "物販店(コンビニ)", en: "Retail (convenience store)" },
  { number: 6, ja: "物販店(ドラッグストア)", en: "Retail (drugstore)" },
  { number: 7, ja: "物販店(総合スーパー・百貨店)", en: "Retail (supermarket, department store)" },
  { number: 8, ja: "物販店(生鮮食品等)", en: "Retail (fresh food)" },
  { number: 9, ja: "物販店(食料品の製造小売)", en: "Retail (food made on site)" },
  { number: 10, ja: "物販店(服飾品)", en: "Retail (clothing)" },
  { number: 11, ja: "物販店(自動車(新車)小売)", en: "Retail (new cars)" },
  { number: 12, ja: "飲食店(食堂・レストラン)", en: "Restaurant" },
  { number: 13, ja: "飲食店(居酒屋・バー)", en: "Izakaya, bar" },
  { number: 14, ja: "飲食店(ハンバーガー)", en: "Hamburger restaurant" },
  { number: 15, ja: "飲食店(喫茶)", en: "Café" },
  { number: 16, ja: "飲食店(焼肉)", en: "Yakiniku restaurant" },
  { number: 17, ja: "飲食店(中華料理・ラーメン)", en: "Chinese, ramen" },
  { number: 18, ja: "飲食店(その他)", en: "Other restaurant" },
  { number: 19, ja: "旅館・ホテル", en: "Hotel, ryokan" },
  { number: 20, ja: "学校・教育施設", en: "School, education" },
  { number: 21, ja: "病院・診療所", en: "Hospital, clinic" },
  { number: 22, ja: "保育所", en: "Nursery" },
  { number: 23, ja: "保健・介護施設", en: "Health and care facility" },
  { number: 24, ja: "フィットネス施設", en: "Fitness facility" },
  { number: 25, ja: "パチンコ店舗", en: "Pachinko parlour" },
  { number: 26, ja: "カラオケボックス店舗", en: "Karaoke" },
  { number: 27, ja: "ゲームセンター", en: "Game arcade" },
  { number: 28, ja: "図書館", en: "Library" },
  { number: 29, ja: "博物館・美術館", en: "Museum, gallery" },
  { number: 30, ja: "区市町村庁舎等", en: "Municipal office" },
];

/** The same table by number (BENCHMARK_CATEGORIES[2].ja === "オフィス(自社ビル)"). */
export const BENCHMARK_CATEGORIES: Readonly<Record<number, Bilingual>> = Object.fromEntries(
  BENCHMARK_CATEGORY_LIST.map((c) => [c.number, { ja: c.ja, en: c.en }]),
);

/** The category with this number, or null (0, 31, 2.5, NaN). */
export function categoryByNumber(n: number): BenchmarkCategory | null {
  return Number.isInteger(n) ? (BENCHMARK_CATEGORY_LIST[n - 1] ?? null) : null;
}

/**
 * Folds a category name for comparison: NFKC (full-width → half-width), no white space, brackets of any
 * kind and middle dots dropped, so 「オフィス（自社ビル）」, 「オフィス 自社ビル」 and 「オフィス(自社ビル)」 agree.
 */
export function foldCategoryName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[()[\]（）［］「」【】・･/／、,]/g, "")
    .toLowerCase();
}

/** The category whose Japanese or English name is `name` (after folding), or null. */
export function categoryByName(name: string): BenchmarkCategory | null {
  const f = foldCategoryName(name);
  if (!f) return null;
  return (
    BENCHMARK_CATEGORY_LIST.find((c) => foldCategoryName(c.ja) === f || foldCategoryName(c.en) === f) ?? null
  );
}
