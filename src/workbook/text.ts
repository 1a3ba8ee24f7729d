/**
 * Label and number reading shared by every locator and parser: full-width / half-width folding,
 * units written as Nm3 or Nm³, and numbers typed as text (「8,250」, 「１２，３４５」, 「4,120.5 kWh」).
 */
import { Decimal, dec } from "../domain/decimal";
import { isCellError, type CellValue } from "./grid";

/**
 * Folds a label for matching: NFKC (full-width → half-width, ³ → 3, ㎡ → m2), no white space of any
 * kind, ASCII lower case, and the middle dot / bullets removed.
 */
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 20000;

export function normLabel(v: CellValue): string {
  if (typeof v !== "string") return typeof v === "number" ? String(v) : "";
  const hit = FOLD_CACHE.get(v);
  if (hit !== undefined) return hit;
  const folded = v
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[・･]/g, "")
    .toLowerCase();
  if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
  FOLD_CACHE.set(v, folded);
  return folded;
}

/** True when the folded label of `v` contains every one of `parts` (already folded with normLabel). */
export function labelHas(v: CellValue, ...parts: string[]): boolean {
  const n = normLabel(v);
  return n.length > 0 && parts.every((p) => n.includes(normLabel(p)));
}

/** What a cell holds, read as a number. */
export type NumberRead =
  | { kind: "blank" }
  | {
      kind: "number";
      value: Decimal;
      /** The number was typed as text (and read anyway); `text` is what the cell showed. */
      fromText: boolean;
      text?: string;
      /** A unit written after the number ("kWh", "千kWh", "m3"), folded. */
      unit?: string;
    }
  | { kind: "invalid"; text: string };

const NUMBER_TEXT =
  /^([+\-−▲△]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?([a-zA-Z千万㎥㎡³²%/-]*[a-zA-Z0-9]*)?$/;

/**
 * Reads a cell as a number. Numbers are taken exactly as Excel stores them (shortest round-trip
 * decimal); text is read leniently (full-width digits, thousands separators, a trailing unit, ▲ or △ for
 * minus) and marked fromText so the caller can say so. Blank (null, "" or spaces) is blank, never 0.
 */
export function readNumber(v: CellValue): NumberRead {
  if (v === null) return { kind: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v) };
    return { kind: "number", value: dec(v), fromText: false };
  }
  if (typeof v === "boolean") return { kind: "invalid", text: v ? "TRUE" : "FALSE" };
  if (isCellError(v)) return { kind: "invalid", text: v.error };
  const text = v;
  const folded = text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/，/g, ",")
    .replace(/．/g, ".");
  if (folded === "") return { kind: "blank" };
  const m = NUMBER_TEXT.exec(folded);
  if (!m) return { kind: "invalid", text };
  const sign = m[1] === "" || m[1] === "+" ? "" : "-";
  let value: Decimal;
  try {
    value = new Decimal(sign + m[2].replace(/,/g, "") + (m[3] ? `e${m[3]}` : ""));
  } catch {
    return { kind: "invalid", text };
  }
  if (!value.isFinite()) return { kind: "invalid", text };
  const unit = m[4] ? m[4].toLowerCase() : undefined;
  return unit
    ? { kind: "number", value, fromText: true, text, unit }
    : { kind: "number", value, fromText: true, text };
}

/** Reads a cell as trimmed text ("" when blank); numbers as their shortest decimal form. */
export function readText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}
