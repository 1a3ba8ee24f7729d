/**
 * What Tokyo's sheets print differently from Form 7: characters written one per box (事業所番号, 事業者番号,
 * the postcode), tick boxes (□ / ■, ☑, ✓, ○) before printed options, and circled numbers ①–⑯ beside or
 * inside labels. Readers over a Grid; merged boxes read as their top-left cell.
 */
import type { Coord } from "../address";
import type { Grid } from "../grid";
import { normLabel, readText } from "../text";

/** Marks that tick a box, and marks of an empty box. */
const TICKED = "■☑✓✔○◯●☒◉レ";
const UNTICKED = "□☐";
const MARKS = TICKED + UNTICKED;

/** Brackets folded to ASCII and white space removed (NFKC does the brackets; normLabel the rest). */
function fold(s: string): string {
  return normLabel(s).replace(/[（]/g, "(").replace(/[）]/g, ")");
}

/** The top-left cells of the row right of `fromCol` (merged areas once), left to right. */
function cellsRight(grid: Grid, row: number, fromCol: number, toCol = grid.right): Coord[] {
  const out: Coord[] = [];
  for (let c = fromCol; c <= toCol; c++) {
    const m = grid.mergeAt(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    out.push({ row, col: c });
  }
  return out;
}

/**
 * Characters written one per box right of a label, read as one string: single characters (letters,
 * digits, a hyphen) in consecutive boxes; a blank box between filled ones is skipped, two blanks or other
 * text end it. A whole value typed in one cell is read as it is. Returns the text and its first cell.
 */
export function readBoxes(
  grid: Grid,
  label: Coord,
  options: { skip?: RegExp } = {},
): { text: string; first: Coord; last: Coord } | null {
  const m = grid.mergeAt(label.row, label.col);
  const start = (m ? m.right : label.col) + 1;
  let text = "";
  let first: Coord | null = null;
  let last: Coord | null = null;
  let blanks = 0;
  for (const at of cellsRight(grid, label.row, start, Math.min(grid.right, start + 40))) {
    const raw = readText(grid.value(at.row, at.col)).normalize("NFKC").replace(/\s+/g, "");
    if (raw === "") {
      if (first && ++blanks >= 2) break;
      continue;
    }
    if (options.skip?.test(raw)) {
      if (first) break;
      continue;
    }
    if (!first && raw.length > 1) return { text: raw, first: at, last: at };
    if (raw.length !== 1) break;
    blanks = 0;
    text += raw;
    first ??= at;
    last = at;
  }
  return first && last ? { text, first, last } : null;
}

/** One printed option and whether its box is ticked. */
export interface TickedOption<V> {
  value: V;
  label: string;
  ticked: boolean;
  at: Coord;
}

/**
 * The options printed in rows top…bottom (right of `fromCol`) with the mark before each: the mark in the
 * same cell before the option's name (「■自己所有」) or alone in the cell before it (「■」「自己所有」).
 * Options are searched longest name first so 「建物の一部(その他)」 is not read as 「その他」.
 */
export function readTicks<V>(
  grid: Grid,
  top: number,
  bottom: number,
  fromCol: number,
  options: readonly { label: string; value: V }[],
): TickedOption<V>[] {
  const found: TickedOption<V>[] = [];
  const byLength = [...options].sort((a, b) => fold(b.label).length - fold(a.label).length);
  for (let r = top; r <= bottom; r++) {
    const cells = cellsRight(grid, r, fromCol);
    let pendingMark: string | null = null;
    for (const at of cells) {
      const v = grid.value(at.row, at.col);
      if (typeof v !== "string") {
        if (v !== null) pendingMark = null;
        continue;
      }
      let text = fold(v);
      if (text === "") continue;
      if (text.length === 1 && MARKS.includes(text)) {
        pendingMark = text;
        continue;
      }
      // Walk the cell: a mark, then the option it ticks; options taken out as they are found.
      let mark = pendingMark;
      pendingMark = null;
      while (text.length > 0) {
        if (MARKS.includes(text[0])) {
          mark = text[0];
          text = text.slice(1);
          continue;
        }
        const o = byLength.find((x) => text.startsWith(fold(x.label)));
        if (!o) {
          text = text.slice(1);
          continue;
        }
        if (mark !== null && !found.some((f) => f.value === o.value))
          found.push({ value: o.value, label: o.label, ticked: TICKED.includes(mark), at });
        text = text.slice(fold(o.label).length);
        mark = null;
      }
    }
  }
  return found;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯";

/** ① for 1 … ⑯ for 16. */
export function circled(n: number): string {
  return CIRCLED[n - 1] ?? "";
}

/**
 * The first text cell of rows top…bottom holding the circled number `n` (raw text: NFKC folds ① to 1),
 * or whose folded label contains every word of `words` where it holds none.
 */
export function findCircled(grid: Grid, n: number, top: number, bottom: number): Coord | null {
  const mark = circled(n);
  for (let r = top; r <= bottom; r++)
    for (const at of cellsRight(grid, r, grid.left)) {
      const v = grid.value(at.row, at.col);
      if (typeof v === "string" && v.includes(mark)) return at;
    }
  return null;
}

/**
 * The label cell a circled number belongs to: the number's own cell when it holds words, else the first
 * text cell right of it in the same row (「①」「原油換算エネルギー使用量」).
 */
export function labelOfCircled(grid: Grid, at: Coord): Coord {
  const own = normLabel(String(grid.value(at.row, at.col) ?? ""));
  if (own.replace(/\d/g, "").length > 0) return at;
  for (const c of cellsRight(grid, at.row, at.col + 1, Math.min(grid.right, at.col + 8))) {
    const v = grid.value(c.row, c.col);
    if (typeof v === "string" && normLabel(v) !== "") return c;
    if (v !== null) break;
  }
  return at;
}
