/** The words of a bad row of a user's table sheet (benchmark, reference prices, history): at the cell, the row unused. */
import { words, type IssueEntry } from "./catalogue";

/** `problem`'s words after the cell's address, ending in "this row is not used". */
export function unusedRow<A>(problem: IssueEntry<A>): IssueEntry<A> {
  return words<A>(
    (a, at) => `${at}: ${problem.ja(a, at)}（この行は使いません）`,
    (a, at) => `${at}: ${problem.en(a, at)} (this row is not used)`,
  );
}
