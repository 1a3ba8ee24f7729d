/**
 * The user's own J-Credit reference prices in a workbook: every price sheet on any sheet (`readPriceSheet`),
 * their valid rows in sheet order and their problems as issues at their cells. `analyzeWorkbook` carries
 * them in the analysis (`prices`), so the pane offers them as presets — marked as the workbook's, before
 * the built-in ones — and the command line lists them; nothing uses one until the user picks it.
 */
import type { Issue } from "../../domain/issue";
import type { ReferencePrice } from "../../domain/jcredit/referencePrices";
import type { Grid } from "../grid";
import { readPriceSheet } from "./priceSheet";

export interface WorkbookPrices {
  prices: ReferencePrice[];
  issues: Issue[];
}

/** The workbook's price rows and their problems, or null when no sheet holds a price table. */
export function readWorkbookPrices(sheets: readonly Grid[]): WorkbookPrices | null {
  const found = sheets.flatMap((g) => readPriceSheet(g) ?? []);
  if (found.length === 0) return null;
  return { prices: found.flatMap((s) => s.prices), issues: found.flatMap((s) => s.issues) };
}
