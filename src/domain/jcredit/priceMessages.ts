/** Issues of a reference-price table sheet (J-クレジット価格の表): codes and words. */
import { words, type IssueCatalogue } from "../catalogue";
import { unusedRow } from "../unusedRow";
import type { PriceField } from "./referencePrices";

export const PRICE_SHEET_CODES = {
  /** The credit class is not 再エネ発電, 省エネ他 or その他; the row is not used (error). */
  badClass: "priceSheet.badClass",
  /** The price is not a positive number; the row is not used (error). */
  badPrice: "priceSheet.badPrice",
  /** No date; the row is not used (error). */
  noDate: "priceSheet.noDate",
  /** No source; the row is not used (error). */
  noSource: "priceSheet.noSource",
} as const;

export type PriceSheetCode = (typeof PRICE_SHEET_CODES)[keyof typeof PRICE_SHEET_CODES];

/** The code of a problem with each field of a price row. */
export const PRICE_FIELD_CODE: Record<PriceField, PriceSheetCode> = {
  creditClass: PRICE_SHEET_CODES.badClass,
  yenPerT: PRICE_SHEET_CODES.badPrice,
  date: PRICE_SHEET_CODES.noDate,
  source: PRICE_SHEET_CODES.noSource,
};

/** What is wrong with a field of a price row, in words. */
export const PRICE_PROBLEM_WORDS = {
  creditClass: words(
    "クレジット区分は「再エネ発電」「省エネ他」「その他」のいずれかにしてください。",
    "The credit class must be 再エネ発電 (renewable), 省エネ他 (energy saving) or その他 (other).",
  ),
  yenPerT: words(
    "価格 (円/t-CO2) は正の数である必要があります。",
    "The price (yen/t-CO2) must be a positive number.",
  ),
  date: words(
    "日付がありません。価格の時点を記入してください。",
    "The date is missing: enter when the price was set.",
  ),
  source: words("出典がありません。", "The source is missing."),
} satisfies Record<PriceField, unknown>;

export const PRICE_SHEET_MESSAGES = {
  [PRICE_SHEET_CODES.badClass]: unusedRow(PRICE_PROBLEM_WORDS.creditClass),
  [PRICE_SHEET_CODES.badPrice]: unusedRow(PRICE_PROBLEM_WORDS.yenPerT),
  [PRICE_SHEET_CODES.noDate]: unusedRow(PRICE_PROBLEM_WORDS.date),
  [PRICE_SHEET_CODES.noSource]: unusedRow(PRICE_PROBLEM_WORDS.source),
} satisfies IssueCatalogue<PriceSheetCode>;
