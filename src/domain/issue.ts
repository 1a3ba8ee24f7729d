/**
 * Issues: every problem the add-in reports, with the cell it points at and its words in Japanese and English.
 */

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
