/**
 * Crafted packages for the untrusted-input tests, built byte by byte: a real Form 7 workbook whose first
 * sheet is replaced by one that inflates to `expandMB` megabytes (spaces between its elements) from a
 * fraction of that, and whose zip headers declare either the true size or a lie.
 */
import zlib from "node:zlib";
import JSZip from "jszip";

interface RawEntry {
  name: string;
  data: Buffer; // deflated
  size: number; // what the headers declare
}

/** A zip from already-deflated entries (CRCs left 0: readers that do not check them do not mind). */
export function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A raw deflate stream of `head`, `mb` megabytes of spaces and `tail`, made without holding the spaces:
 * one megabyte is deflated once (ending on a sync flush, so the next block starts on a byte) and repeated.
 */
export function deflatedPadding(head: string, mb: number, tail: string): Buffer {
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const chunk = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), { ...sync, level: 9 });
  return Buffer.concat([
    zlib.deflateRawSync(Buffer.from(head), sync),
    ...new Array<Buffer>(mb).fill(chunk),
    zlib.deflateRawSync(Buffer.from(tail)),
  ]);
}

/** `base` (an .xlsx) with xl/worksheets/sheet1.xml expanding to about `expandMB` MB, declared honestly or not. */
export async function expandingWorkbook(
  base: Buffer,
  expandMB: number,
  declare: "truth" | number = "truth",
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  const entries: RawEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const content = await file.async("nodebuffer");
    if (name !== "xl/worksheets/sheet1.xml") {
      entries.push({ name, data: zlib.deflateRawSync(content), size: content.length });
      continue;
    }
    const xml = content.toString("utf8");
    const at = xml.indexOf("<sheetData>") + "<sheetData>".length;
    const head = xml.slice(0, at);
    const tail = xml.slice(at);
    const size = Buffer.byteLength(head) + expandMB * (1 << 20) + Buffer.byteLength(tail);
    entries.push({
      name,
      data: deflatedPadding(head, expandMB, tail),
      size: declare === "truth" ? size : declare,
    });
  }
  return zipOf(entries);
}
