/**
 * Checks an untrusted .xlsx package (a zip) before exceljs inflates anything: the sizes its central
 * directory declares must add up to at most MAX_UNPACKED_BYTES, and no part may inflate to more than it
 * declares (a lying header: each part is inflated here with its declared size as a hard stop, so a file
 * that claims 1 KB and holds 800 MB costs 1 KB). A file sent in by a business must not be able to take the
 * ward's machine down: a 0.8 MB zip can expand to 800 MB.
 *
 * The same pass tells which XML parts put their root element under a namespace prefix (`<x:worksheet>`), so
 * that the reader can normalise them (namespaces.ts); nothing of a part is kept beyond that.
 */
import zlib from "node:zlib";
import type { Bilingual } from "../domain/issue";
import { WorkbookReadError } from "./errors";
import { needsUnprefix } from "./namespaces";

/** Most bytes a workbook may expand to (all its parts together), 200 MB. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** One part as the central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(0);
const LIMIT_MB = mb(MAX_UNPACKED_BYTES);

function tooLarge(declared: number): WorkbookReadError {
  const messages: Bilingual = {
    ja: `展開すると ${mb(declared)} MB になります（上限 ${LIMIT_MB} MB）。壊れたファイルか展開爆弾（zip bomb）のおそれがあるため、展開せずに読み取りを中止しました。`,
    en: `it would expand to ${mb(declared)} MB when unpacked (the limit is ${LIMIT_MB} MB); it was not unpacked, as it may be damaged or a zip bomb.`,
  };
  return new WorkbookReadError("tooLarge", `${declared} bytes declared`, messages);
}

function lyingPart(name: string, declared: number): WorkbookReadError {
  const messages: Bilingual = {
    ja: `部品 ${name} が、zip に記載された大きさ（${declared} バイト）を超えて展開されます。壊れたファイルか展開爆弾（zip bomb）のおそれがあるため、読み取りを中止しました。`,
    en: `its part ${name} expands beyond the size its zip header declares (${declared} bytes); reading stopped, as it may be damaged or a zip bomb.`,
  };
  return new WorkbookReadError("tooLarge", `${name} over ${declared} bytes`, messages);
}

const damaged = (why: string) => new WorkbookReadError("unreadable", why);

/** Reads a 64-bit little-endian size as a number (sizes past 2^53 are refused anyway). */
function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** The central directory's entries. Throws WorkbookReadError("unreadable") for a damaged directory. */
export function centralDirectory(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw damaged("no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR
  ) {
    const at = u64(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw damaged("bad zip64 directory");
    count = u64(buf, at + 32);
    offset = u64(buf, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw damaged("bad central directory");
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    // ZIP64: the sizes and offset that do not fit 32 bits are in the 0x0001 extra field, in this order
    let e = p + 46 + nameLength;
    const end = e + extraLength;
    while (e + 4 <= end) {
      const id = buf.readUInt16LE(e);
      const size = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        for (const key of ["uncompressedSize", "compressedSize", "localHeaderOffset"] as const)
          if (entry[key] === 0xffffffff && f + 8 <= e + 4 + size) {
            entry[key] = u64(buf, f);
            f += 8;
          }
      }
      e += 4 + size;
    }
    entries.push(entry);
    p = end + commentLength;
  }
  return entries;
}

/** Where a part's compressed bytes start (after its local header). */
function dataStart(buf: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw damaged(`bad local header: ${entry.name}`);
  return at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
}

/** A part as inflated by the check. */
export interface InflatedPart {
  name: string;
  data: Buffer;
}

export interface PackageCheck {
  entries: ZipEntry[];
  /** XML parts in prefixed SpreadsheetML (namespaces.ts). */
  prefixedParts: string[];
  /**
   * When asked for (`keep`): every part inflated, in the package's order, so that the reader need not
   * inflate them again; null when not asked for, or when a part uses a method not read here.
   */
  parts: InflatedPart[] | null;
}

/**
 * Refuses (WorkbookReadError "tooLarge") a package that declares more than MAX_UNPACKED_BYTES in all, or a
 * part that inflates past its declared size; inflates each part at most to its declared size (and keeps
 * them when `keep`: at most the declared total, which is within the limit).
 */
export function checkPackage(buf: Buffer, limit = MAX_UNPACKED_BYTES, keep = false): PackageCheck {
  const entries = centralDirectory(buf);
  let declared = 0;
  for (const e of entries) declared += e.uncompressedSize;
  if (declared > limit) throw tooLarge(declared);
  const prefixedParts: string[] = [];
  let parts: InflatedPart[] | null = keep ? [] : null;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const start = dataStart(buf, e);
    const raw = buf.subarray(start, start + e.compressedSize);
    let data: Buffer;
    if (e.method === 0) data = raw;
    else if (e.method === 8) {
      try {
        // One byte more than declared: reaching it means the header lied. Nothing past it is inflated.
        data = zlib.inflateRawSync(raw, { maxOutputLength: e.uncompressedSize + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
          throw lyingPart(e.name, e.uncompressedSize);
        throw damaged(`${e.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    } else {
      parts = null; // a method exceljs cannot read either: it reports the file
      continue;
    }
    if (data.length > e.uncompressedSize) throw lyingPart(e.name, e.uncompressedSize);
    // Shorter than declared: exceljs's own reading reports it, from the package as it is.
    if (data.length < e.uncompressedSize) parts = null;
    if (/\.(xml|rels)$/i.test(e.name)) {
      if (needsUnprefix(data.toString("utf8", 0, Math.min(data.length, 4096)))) prefixedParts.push(e.name);
    }
    parts?.push({ name: e.name, data });
  }
  return { entries, prefixedParts, parts };
}
