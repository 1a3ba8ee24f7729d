/**
 * Issues: every problem the add-in reports, with the cell it points at and its words in Japanese and English.
 * A check names the problem by its code (a listed one: see the area's `*_CODES`) with its parameters and the
 * values its words need; the words come from the area's catalogue (catalogue.ts).
 */
import type { ArgsOf, IssueCatalogue } from "./catalogue";

export type Severity = "error" | "warning" | "info";

/** A cell on a sheet, as an A1 address ("D22"). */
export interface CellRef {
  sheet: string;
  address: string;
}

/** Text in both interface languages (Japanese first). */
export interface Bilingual {
  ja: string;
  en: string;
}

export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. "form7.coefficientDiffers". */
  code: string;
  /** The cell the issue points at; null only where no cell can be named (e.g. a missing table). */
  cell: CellRef | null;
  /**
   * The words, as the area's catalogue renders them for `code` when the issue is made (`issueOf`). They are
   * rendered then, in both languages, and kept as plain data rather than recomputed by each consumer: an
   * analysis crosses the command line's worker threads (structured clone) and is compared whole by the
   * golden tests, and the values the words need beyond `params` (a row's label, a figure formatted at the
   * form's precision, the cell address) are not part of the JSON contract. Consumers read them with
   * `issueText` (catalogue of the issue's area, in one language).
   */
  message: Bilingual;
  /** The figures behind the message (expected, found, ...), as strings, for JSON and UI. */
  params?: Record<string, string>;
}

/** A value read from a sheet, with the cell it came from. */
export interface Sourced<T> {
  value: T;
  cell: CellRef;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * An issue of a listed code, its words from the area's catalogue: `args` are the values the words need
 * (besides the cell's address), `params` the public figures (JSON `params`, unchanged by the words).
 */
export function issueOf<C extends IssueCatalogue<string>, K extends keyof C & string>(
  catalogue: C,
  severity: Severity,
  code: K,
  cell: CellRef | null,
  args: ArgsOf<C[K]>,
  params?: Record<string, string>,
): Issue {
  const entry = catalogue[code] as unknown as { ja: (a: unknown, at: string) => string; en: typeof entry.ja };
  const at = cell?.address ?? "";
  const message = { ja: entry.ja(args, at), en: entry.en(args, at) };
  return params ? { severity, code, cell, message, params } : { severity, code, cell, message };
}

/** An issue's words in one language. */
export function issueText(i: Issue, lang: "ja" | "en"): string {
  return i.message[lang];
}

/**
 * @deprecated Inline words: use `issueOf` with the area's catalogue. Only `unusedRowIssue` (a user table's
 * row problem, whose words come from the benchmark catalogue already) still calls it.
 */
export function issue(
  severity: Severity,
  code: string,
  cell: CellRef | null,
  ja: string,
  en: string,
  params?: Record<string, string>,
): Issue {
  return params
    ? { severity, code, cell, message: { ja, en }, params }
    : { severity, code, cell, message: { ja, en } };
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
