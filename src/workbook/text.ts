/**
 * Label and number reading shared by every locator and parser: full-width / half-width folding,
 * units written as Nm3 or Nm³, and numbers typed as text (「8,250」, 「１２，３４５」, 「4,120.5 kWh」).
 */
import { Decimal, dec } from "../domain/decimal";
import { keptAnswers } from "../domain/kept";
import { isCellError, type CellValue, type Grid } from "./grid";

/**
 * Folds a label for matching: NFKC (full-width → half-width, ³ → 3, ㎡ → m2), no white space of any
 * kind, ASCII lower case, and the middle dot / bullets removed.
 */
const foldText = keptAnswers(20000, (v: string) =>
  v
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[・･]/g, "")
    .toLowerCase(),
);

export function normLabel(v: CellValue): string {
  if (typeof v !== "string") return typeof v === "number" ? String(v) : "";
  return foldText(v);
}

/** True when the folded label of `v` contains every one of `parts` (already folded with normLabel). */
export function labelHas(v: CellValue, ...parts: string[]): boolean {
  const n = normLabel(v);
  return n.length > 0 && parts.every((p) => n.includes(normLabel(p)));
}

/** A cell whose folded label (normLabel of its own value) is not blank, at its absolute row and column. */
export interface FoldedCell {
  row: number;
  col: number;
  text: string;
}

/** The folded cells of one row, left to right: columns and folded labels, index by index. */
export interface FoldedRow {
  cols: readonly number[];
  texts: readonly string[];
}

/**
 * The folded labels of one sheet, made once per Grid (a Grid is a snapshot and never changes) so that
 * every locator reads the same index instead of rescanning and refolding every cell. A merged area's
 * cells other than its top-left one are blank here, as in the Grid. Numbers are folded to their digits
 * (normLabel), so a locator that wants text only checks the cell's value. Kept as two arrays per row
 * (no object per cell), so a large sheet of numbers costs little; words are searched in one text of all
 * the labels joined, made on the first search.
 */
export class SheetLabels {
  /** Rows that hold a folded cell, top to bottom. */
  private readonly rowList: number[] = [];
  /** Folded cells by row (index row − top); undefined for a blank row. */
  private readonly byRow: (FoldedRow | undefined)[] = [];
  private readonly top: number;
  private readonly matched = new Map<string, readonly FoldedCell[]>();
  private readonly exactly = new Map<string, FoldedCell | null>();
  private joinedCache?: { text: string; rowStarts: number[] };

  constructor(grid: Grid) {
    const top = (this.top = grid.top);
    let last = -1;
    let cols: number[] = [];
    let texts: string[] = [];
    grid.forEachValue((r, col, v) => {
      const text = normLabel(v);
      if (text === "") return;
      if (r !== last) {
        last = r;
        this.rowList.push(r);
        this.byRow[r - top] = { cols: (cols = []), texts: (texts = []) };
      }
      cols.push(col);
      texts.push(text);
    });
  }

  /** The folded cells of one row (none for a blank row or a row outside the sheet). */
  row(r: number): FoldedRow {
    return this.byRow[r - this.top] ?? NO_CELLS;
  }

  /**
   * The cells whose folded label contains at least one of `words` (each folded with normLabel), row by
   * row: the only cells a search for those words needs to look at. Made once per list of words.
   */
  containing(words: readonly string[]): readonly FoldedCell[] {
    const key = `\u0000${words.join("\u0000")}`;
    let hit = this.matched.get(key);
    if (!hit) {
      hit = this.withWords(words.map((w) => normLabel(w)));
      this.matched.set(key, hit);
    }
    return hit;
  }

  /** The cells whose folded label matches `pattern` (no g or y flag), row by row; made once per pattern. */
  matching(pattern: RegExp): readonly FoldedCell[] {
    const key = `${pattern.flags}/${pattern.source}`;
    let hit = this.matched.get(key);
    if (!hit) {
      hit = this.find((text) => pattern.test(text));
      this.matched.set(key, hit);
    }
    return hit;
  }

  /** True when some cell's folded label contains `part` (folded with normLabel here). */
  mentions(part: string): boolean {
    const word = normLabel(part);
    return word === "" ? this.rowList.length > 0 : this.joined().text.includes(word);
  }

  /** The first cell (row by row) whose folded label is exactly `folded`, or null. */
  exact(folded: string): FoldedCell | null {
    let hit = this.exactly.get(folded);
    if (hit === undefined) {
      // No folded label holds a line break, so label + "\n" at the start, or "\n" + label + "\n" further
      // on, is found only as a whole cell (the first label: at 0; any other: just after its line break).
      const at = folded.includes("\n") ? -1 : this.wholeLabelAt(folded);
      hit = at < 0 ? null : this.cellAt(at);
      this.exactly.set(folded, hit);
    }
    return hit;
  }

  /**
   * Every folded label, row by row, each followed by a line break (a folded label never holds one), and
   * where each row starts in it: one string that a word is searched in at once, instead of cell by cell.
   */
  private joined(): { text: string; rowStarts: number[] } {
    if (!this.joinedCache) {
      const rowStarts: number[] = [];
      const parts: string[] = [];
      let at = 0;
      for (const r of this.rowList) {
        const part = `${this.byRow[r - this.top]!.texts.join("\n")}\n`;
        rowStarts.push(at);
        parts.push(part);
        at += part.length;
      }
      const text = parts.join("");
      this.joinedCache = { text, rowStarts };
    }
    return this.joinedCache;
  }

  /** Where the first label that is exactly `folded` (no line break) starts in the joined text, or -1. */
  private wholeLabelAt(folded: string): number {
    const { text } = this.joined();
    if (text.startsWith(`${folded}\n`)) return 0;
    const at = text.indexOf(`\n${folded}\n`);
    return at < 0 ? -1 : at + 1;
  }

  /** The cell whose label (or its line break) is at `at` in the joined text, and where the next one starts. */
  private cellAtOffset(at: number): { cell: FoldedCell; next: number } {
    const { rowStarts } = this.joined();
    let lo = 0;
    let hi = rowStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rowStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const r = this.rowList[lo];
    const { cols, texts } = this.byRow[r - this.top]!;
    let start = rowStarts[lo];
    for (let i = 0; ; i++) {
      const next = start + texts[i].length + 1;
      if (at < next || i === texts.length - 1)
        return { cell: { row: r, col: cols[i], text: texts[i] }, next };
      start = next;
    }
  }

  private cellAt(at: number): FoldedCell {
    return this.cellAtOffset(at).cell;
  }

  /** The cells holding at least one of the (folded) words, row by row. */
  private withWords(words: readonly string[]): FoldedCell[] {
    if (words.includes("")) return this.find(() => true);
    const { text } = this.joined();
    const found = new Map<number, FoldedCell>();
    for (const w of words) {
      // Words hold no line break (folding removes white space), so a match lies within one cell.
      for (let at = text.indexOf(w); at >= 0;) {
        const { cell, next } = this.cellAtOffset(at);
        found.set(next, cell);
        at = text.indexOf(w, next);
      }
    }
    return [...found].sort((x, y) => x[0] - y[0]).map(([, cell]) => cell);
  }

  /** The cells whose folded label passes `test`, row by row (only the first when `first`). */
  private find(test: (text: string) => boolean, first = false): FoldedCell[] {
    const out: FoldedCell[] = [];
    for (const r of this.rowList) {
      const { cols, texts } = this.byRow[r - this.top]!;
      for (let i = 0; i < texts.length; i++)
        if (test(texts[i])) {
          out.push({ row: r, col: cols[i], text: texts[i] });
          if (first) return out;
        }
    }
    return out;
  }
}

const NO_CELLS: FoldedRow = { cols: [], texts: [] };
const LABELS = new WeakMap<Grid, SheetLabels>();

/** The sheet's label index (made on first use, then shared by every locator). */
export function sheetLabels(grid: Grid): SheetLabels {
  let l = LABELS.get(grid);
  if (!l) LABELS.set(grid, (l = new SheetLabels(grid)));
  return l;
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

const sharedDecimal = keptAnswers(20000, (v: number) => dec(v));

/**
 * A stored number as a Decimal, shared for numbers a workbook repeats (the printed coefficients of every
 * form): Decimals are immutable. Zero is never shared (-0 and 0 are one Map key but not one Decimal).
 */
function decimalOf(v: number): Decimal {
  return v === 0 ? dec(v) : sharedDecimal(v);
}

/**
 * Reads a cell as a number. Numbers are taken exactly as Excel stores them (shortest round-trip
 * decimal); text is read leniently (full-width digits, thousands separators, a trailing unit, ▲ or △ for
 * minus) and marked fromText so the caller can say so. Blank (null, "" or spaces) is blank, never 0.
 */
export function readNumber(v: CellValue): NumberRead {
  if (v === null) return { kind: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v) };
    return { kind: "number", value: decimalOf(v), fromText: false };
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
