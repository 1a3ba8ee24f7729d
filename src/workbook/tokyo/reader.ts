/**
 * The Tokyo (その1) reader: the business's five-year table, checked, and compared with the (その2) sites of
 * the same workbook (unless the caller compares across files: the command line's folder).
 */
import type { FormReader } from "../reader";
import { analyzeTokyoBusiness, siteTotalsOf, type TokyoBusinessAnalysis } from "./business";
import { REPORT_TITLE, SONO1 } from "./labels";

export const tokyoBusinessReader: FormReader<TokyoBusinessAnalysis> = {
  name: "tokyoBusiness",
  wanted: (labels) => labels.mentions(REPORT_TITLE) && labels.mentions(SONO1),
  read(grid, ctx) {
    const sites = (ctx.options.businessMatching ?? "workbook") === "workbook" ? siteTotalsOf(ctx.forms) : [];
    return analyzeTokyoBusiness(grid, ctx.ownEarlier, sites);
  },
  analyze: (found) => ({ forms: [...found] }),
};
