/** The reference-price presets' words in Japanese (first) and English. */
import type { Lang } from "./i18n";

const ja = {
  pick: (cls: string) => `参考価格から選ぶ（${cls}）`,
  none: "（選ばない：入力した単価を使う）",
  note: (cls: string, yen: string) => `${cls}の単価 ${yen} は参考価格です:`,
  source: "出典",
  date: "時点",
  ownRow: (cell: string) => `このブックの価格表 ${cell}`,
  typed: "入力した単価",
};

export type PriceWords = typeof ja;

const en: PriceWords = {
  pick: (cls) => `Pick a reference price (${cls})`,
  none: "(none: use the price you type)",
  note: (cls, yen) => `The ${cls} price ${yen} is a reference price:`,
  source: "source",
  date: "as of",
  ownRow: (cell) => `this workbook's price sheet ${cell}`,
  typed: "the price you typed",
};

export const PRICE_WORDS: Record<Lang, PriceWords> = { ja, en };
