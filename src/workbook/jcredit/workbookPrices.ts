/**
 * The price sheet reader: the user's own J-Credit reference prices in a workbook (`readPriceSheet`), their
 * valid rows in sheet order and their problems as issues at their cells. The analysis carries them
 * (`prices`, only when some sheet holds a price table), so the pane offers them as presets — marked as the
 * workbook's, before the built-in ones — and the command line lists them; nothing uses one until the user
 * picks it.
 */
import type { FormReader } from "../reader";
import { readPriceSheet, type PriceSheet } from "./priceSheet";

export const priceReader: FormReader<PriceSheet> = {
  name: "prices",
  wanted: (labels) => labels.mentions("価格") || labels.mentions("単価"),
  read(grid) {
    const s = readPriceSheet(grid);
    return s ? [s] : [];
  },
  analyze: (found) =>
    found.length === 0
      ? {}
      : { prices: found.flatMap((s) => s.prices), issues: found.flatMap((s) => s.issues) },
};
