/** The issue of a bad row of a user's table sheet (benchmark, reference prices): at the cell, the row unused. */
import { issue, type Bilingual, type CellRef, type Issue } from "../domain/issue";

/**
 * @deprecated Inline words: the benchmark sheet's reader still calls it; its codes' words (with the same
 * "this row is not used" ending) are BENCHMARK_SHEET_MESSAGES (domain/benchmark/sheetMessages.ts), for
 * `issueOf(BENCHMARK_SHEET_MESSAGES, "error", BENCHMARK_FIELD_CODE[p.field], cell, nameProblemArgs)`.
 */
export function unusedRowIssue(
  code: string,
  cell: CellRef,
  message: Bilingual,
  params?: Record<string, string>,
): Issue {
  return issue(
    "error",
    code,
    cell,
    `${cell.address}: ${message.ja}（この行は使いません）`,
    `${cell.address}: ${message.en} (this row is not used)`,
    params,
  );
}
