/** A1 addresses and 0-based (row, col) coordinates. */

export interface Coord {
  row: number;
  col: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "D22" → { row: 21, col: 3 }; also accepts "$D$22". Throws on anything else. */
export function fromA1(address: string): Coord {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" range text for a rectangle. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}
