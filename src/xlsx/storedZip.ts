/**
 * A zip of parts already inflated, stored (method 0, not compressed), for exceljs to read: the package
 * guard (packageGuard.ts) inflates every part anyway, natively, and exceljs's JSZip would inflate each one
 * again in JavaScript (pako) — about a sixth of reading a small workbook. Built in one buffer, read at once
 * and dropped.
 *
 * The CRC-32 fields are 0: JSZip checks them only when asked to (`checkCRC32`), which exceljs never does,
 * and this buffer goes nowhere else.
 */
import type { InflatedPart } from "./packageGuard";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8 = 0x0800;

export function storedZip(parts: readonly InflatedPart[]): Buffer {
  const names = parts.map((p) => Buffer.from(p.name, "utf8"));
  let size = 22;
  for (let i = 0; i < parts.length; i++) size += 30 + 46 + 2 * names[i].length + parts[i].data.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  const offsets: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const name = names[i];
    const length = parts[i].data.length;
    offsets.push(at);
    out.writeUInt32LE(LOCAL, at);
    out.writeUInt16LE(20, at + 4); // version needed
    out.writeUInt16LE(UTF8, at + 6);
    out.writeUInt16LE(0, at + 8); // stored
    out.writeUInt32LE(0, at + 10); // time, date
    out.writeUInt32LE(0, at + 14); // CRC-32 (see above)
    out.writeUInt32LE(length, at + 18);
    out.writeUInt32LE(length, at + 22);
    out.writeUInt16LE(name.length, at + 26);
    out.writeUInt16LE(0, at + 28);
    name.copy(out, at + 30);
    parts[i].data.copy(out, at + 30 + name.length);
    at += 30 + name.length + length;
  }
  const central = at;
  for (let i = 0; i < parts.length; i++) {
    const name = names[i];
    const length = parts[i].data.length;
    out.writeUInt32LE(CENTRAL, at);
    out.writeUInt16LE(20, at + 4); // made by
    out.writeUInt16LE(20, at + 6); // version needed
    out.writeUInt16LE(UTF8, at + 8);
    out.writeUInt16LE(0, at + 10); // stored
    out.writeUInt32LE(0, at + 12); // time, date
    out.writeUInt32LE(0, at + 16); // CRC-32
    out.writeUInt32LE(length, at + 20);
    out.writeUInt32LE(length, at + 24);
    out.writeUInt16LE(name.length, at + 28);
    out.fill(0, at + 30, at + 42); // extra and comment lengths, disk, attributes
    out.writeUInt32LE(offsets[i], at + 42);
    name.copy(out, at + 46);
    at += 46 + name.length;
  }
  out.writeUInt32LE(EOCD, at);
  out.writeUInt32LE(0, at + 4); // disks
  out.writeUInt16LE(parts.length, at + 8);
  out.writeUInt16LE(parts.length, at + 10);
  out.writeUInt32LE(at - central, at + 12);
  out.writeUInt32LE(central, at + 16);
  out.writeUInt16LE(0, at + 20);
  return out;
}
