/**
 * The workbook's own J-Credit reference prices (its price sheet) as the command line shows them: in --json
 * the file's `referencePrices` (only when the workbook has a price sheet), in the text report one line each.
 * They are listed, never applied: no figure of the run uses them.
 */
import { toExact } from "../domain/decimal";
import { priceLabel, type ReferencePrice } from "../domain/jcredit/referencePrices";

export interface PriceJson {
  creditClass: ReferencePrice["creditClass"];
  yenPerT: string;
  date: string;
  source: string;
  what: string;
  /** Where the row was read: sheet!cell of its price. */
  cell: string;
}

export function priceJson(p: ReferencePrice): PriceJson {
  return {
    creditClass: p.creditClass,
    yenPerT: toExact(p.yenPerT),
    date: p.date,
    source: p.source,
    what: p.what,
    cell: p.origin,
  };
}

/** 「  参考価格（ブックの価格表）価格!C5: ¥5,200/t 再エネ発電（2024-04-01、出典: …）」 */
export function priceLines(prices: readonly ReferencePrice[], lang: "ja" | "en"): string[] {
  const head = lang === "ja" ? "参考価格（ブックの価格表）" : "reference price (the workbook's price sheet)";
  return prices.map((p) => `  ${head} ${p.origin}: ${priceLabel(p, lang)}`);
}
