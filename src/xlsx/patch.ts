/**
 * Writes planned cells into a copy of an .xlsx by editing only those cells' XML in the package: every other
 * part (charts, images, validation, other sheets) stays as the file had it. A planned cell gets its value
 * and, where the plan names one, its number format: a copy of the cell's own cell format (font, borders,
 * fill kept) with that number format, appended to styles.xml; nothing else in styles.xml changes. Without a
 * number format a cell keeps its own style; a new cell starts from its row's or column's style, as in Excel.
 * Formula cells are never written here; their cached results are dropped where they may be stale and the
 * copy recalculates on open (recalc.ts). No folder entries are added to the package.
 */
import JSZip from "jszip";
import { fromA1 } from "../workbook/address";
import type { PlannedWrite } from "../workbook/writePlan";
import { unprefixXml } from "./namespaces";
import { checkPackage } from "./packageGuard";
import { readsWrittenSheets, withFullCalcOnLoad, withoutCachedResults } from "./recalc";
import { decodeXml, encodeXml } from "./xmlText";

/** Replaces a part's content; no folder entries are added to the package (JSZip would add them by default). */
function put(zip: JSZip, part: string, xml: string): void {
  zip.file(part, xml, { createFolders: false });
}

/** A part as text, unprefixed when it is prefixed SpreadsheetML (namespaces.ts), so the edits here match. */
async function partXml(zip: JSZip, part: string): Promise<string | undefined> {
  const file = zip.file(part);
  return file ? unprefixXml(await file.async("string")) : undefined;
}

/** Sheet name → path of its part in the package. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await partXml(zip, "xl/workbook.xml")) ?? "";
  const rels = (await partXml(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\bid="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && rid && targets.has(rid)) out.set(decodeXml(name), targets.get(rid)!);
  }
  return out;
}

function cellXml(address: string, style: string, value: number | string): string {
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number") return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t>${encodeXml(value)}</t></is></c>`;
}

const colOf = (ref: string) => fromA1(ref).col;

/** The style of 0-based column `col` from the sheet's `<cols>` (`<col min max style>`), "" for none. */
function columnStyle(xml: string, col: number): string {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml);
  if (!cols) return "";
  for (const m of cols[1].matchAll(/<col\b[^>]*>/g)) {
    const min = Number(/\bmin="(\d+)"/.exec(m[0])?.[1]);
    const max = Number(/\bmax="(\d+)"/.exec(m[0])?.[1]);
    if (min <= col + 1 && col + 1 <= max) return /\bstyle="(\d+)"/.exec(m[0])?.[1] ?? "";
  }
  return "";
}

/** The style a new cell takes, as Excel gives it: its row's (`s` with customFormat) or else its column's. */
function inheritedStyle(xml: string, rowTag: string | null, col: number): string {
  if (rowTag && /\bcustomFormat="(1|true)"/.test(rowTag)) {
    const s = /\bs="(\d+)"/.exec(rowTag)?.[1];
    if (s !== undefined) return s;
  }
  return columnStyle(xml, col);
}

/**
 * Sets one cell's value in a worksheet's XML, inserting the cell (and row) in order where missing. A cell
 * that is there keeps its style; a new one takes its row's or its column's (as Excel does); `restyle` then
 * maps that style to the one written.
 */
export function setCellXml(
  xml: string,
  address: string,
  value: number | string,
  restyle?: (style: string) => string,
): string {
  const styleOf = (old: string) => (restyle ? restyle(old) : old);
  const { row } = fromA1(address);
  const r = row + 1;
  const rowRe = new RegExp(`<row\\b[^>]*\\br="${r}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`);
  const rm = rowRe.exec(xml);
  if (!rm) {
    // insert a new row before the first row with a larger number
    const sd =
      /<sheetData\s*\/>|<sheetData>([\s\S]*?)<\/sheetData>|<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(
        xml,
      );
    if (!sd) throw new Error("worksheet without sheetData");
    const newRow = `<row r="${r}">${cellXml(address, styleOf(inheritedStyle(xml, null, colOf(address))), value)}</row>`;
    if (sd[0].endsWith("/>")) return xml.replace(sd[0], `<sheetData>${newRow}</sheetData>`);
    const rows = [...sd[0].matchAll(/<row\b[^>]*\br="(\d+)"/g)];
    const after = rows.find((x) => Number(x[1]) > r);
    const at = after ? sd.index + after.index : sd.index + sd[0].lastIndexOf("</sheetData>");
    return xml.slice(0, at) + newRow + xml.slice(at);
  }
  const rowStart = rm.index;
  const open = /^<row\b[^>]*?(\/?)>/.exec(rm[0])!;
  const fresh = () => styleOf(inheritedStyle(xml, open[0], colOf(address)));
  if (open[1] === "/") {
    const expanded = `${open[0].slice(0, -2)}>${cellXml(address, fresh(), value)}</row>`;
    return xml.slice(0, rowStart) + expanded + xml.slice(rowStart + rm[0].length);
  }
  const body = rm[1] ?? "";
  const bodyStart = rowStart + open[0].length;
  const cellRe = new RegExp(`<c\\b[^>]*\\br="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  const cm = cellRe.exec(body);
  if (cm) {
    const style = /\bs="(\d+)"/.exec(cm[0])?.[1] ?? "";
    const at = bodyStart + cm.index;
    return xml.slice(0, at) + cellXml(address, styleOf(style), value) + xml.slice(at + cm[0].length);
  }
  const target = colOf(address);
  const cells = [...body.matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"/g)];
  const next = cells.find((c) => colOf(c[1]) > target);
  const at = next ? bodyStart + next.index : bodyStart + body.length;
  return xml.slice(0, at) + cellXml(address, fresh(), value) + xml.slice(at);
}

/** Excel's built-in number formats that the plans use, by format code. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};

const XF_RE = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;

/**
 * Number formats added to styles.xml: each (cell format, number format) pair becomes one new cell format,
 * a copy of the old one with the number format set. The original formats keep their indices.
 */
export class StylePatcher {
  private xml: string;
  private readonly ids = new Map<string, number>();
  private readonly added = new Map<string, number>();
  private readonly xfs: string[];
  private nextFmtId = 164;
  private newFmts: string[] = [];
  private newXfs: string[] = [];

  constructor(xml: string) {
    this.xml = xml;
    for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
      const id = Number(/\bnumFmtId="(\d+)"/.exec(m[0])?.[1]);
      const code = /\bformatCode="([^"]*)"/.exec(m[0])?.[1];
      if (!Number.isFinite(id) || code === undefined) continue;
      this.ids.set(decodeXml(code), id);
      this.nextFmtId = Math.max(this.nextFmtId, id + 1);
    }
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    this.xfs = cellXfs ? [...cellXfs[1].matchAll(XF_RE)].map((m) => m[0]) : [];
  }

  /** True when the styles part has the cell formats this patcher can extend. */
  get usable(): boolean {
    return /<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/.test(this.xml);
  }

  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.nextFmtId++;
      this.ids.set(code, id);
      this.newFmts.push(`<numFmt numFmtId="${id}" formatCode="${encodeXml(code).replace(/"/g, "&quot;")}"/>`);
    }
    return id;
  }

  /** The index of a cell format like `style` (an index, "" for none) but with number format `code`. */
  styleWith(style: string, code: string): string {
    const base = style === "" ? 0 : Number(style);
    const fmtId = this.formatId(code);
    const xf =
      this.xfs[base] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (Number(/\bnumFmtId="(\d+)"/.exec(xf)?.[1] ?? 0) === fmtId) return style;
    const key = `${base}|${fmtId}`;
    const hit = this.added.get(key);
    if (hit !== undefined) return String(hit);
    const open = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)![0];
    let tag = /\bnumFmtId="/.test(open)
      ? open.replace(/\bnumFmtId="\d+"/, `numFmtId="${fmtId}"`)
      : `${open} numFmtId="${fmtId}"`;
    tag = /\bapplyNumberFormat="/.test(tag)
      ? tag.replace(/\bapplyNumberFormat="[^"]*"/, 'applyNumberFormat="1"')
      : `${tag} applyNumberFormat="1"`;
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(tag + xf.slice(open.length));
    this.added.set(key, index);
    return String(index);
  }

  /** styles.xml with the added number formats and cell formats. */
  toXml(): string {
    let xml = this.xml;
    if (this.newFmts.length > 0) {
      const fmts = /<numFmts\b[^>]*?(?:\/>|>([\s\S]*?)<\/numFmts>)/.exec(xml);
      if (fmts) {
        const body = (fmts[1] ?? "") + this.newFmts.join("");
        const count = (body.match(/<numFmt\b/g) ?? []).length;
        xml = xml.replace(fmts[0], `<numFmts count="${count}">${body}</numFmts>`);
      } else {
        // numFmts comes first in the stylesheet
        xml = xml.replace(
          /(<styleSheet\b[^>]*>)/,
          `$1<numFmts count="${this.newFmts.length}">${this.newFmts.join("")}</numFmts>`,
        );
      }
    }
    if (this.newXfs.length > 0) {
      const total = this.xfs.length + this.newXfs.length;
      xml = xml.replace(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/, (_m, body: string) => {
        return `<cellXfs count="${total}">${body}${this.newXfs.join("")}</cellXfs>`;
      });
    }
    return xml;
  }
}

/** Path of the styles part (from the workbook's relationships), usually xl/styles.xml. */
async function stylesPart(zip: JSZip): Promise<string | null> {
  const rels = (await partXml(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/\/styles"/.test(m[0])) continue;
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return zip.file("xl/styles.xml") ? "xl/styles.xml" : null;
}

/**
 * Makes the copy recalculate where it is opened (recalc.ts): fullCalcOnLoad on calcPr, and the cached results
 * of the formulas in `written` sheets, and in the sheets whose formulas may read them, dropped.
 */
async function markForRecalculation(zip: JSZip, parts: Map<string, string>, written: ReadonlySet<string>) {
  const workbook = await partXml(zip, "xl/workbook.xml");
  if (workbook === undefined) return;
  put(zip, "xl/workbook.xml", withFullCalcOnLoad(workbook));
  const reads = readsWrittenSheets(workbook, [...written]);
  for (const [sheet, part] of parts) {
    const xml = await partXml(zip, part);
    if (xml === undefined || !(written.has(sheet) || reads(xml))) continue;
    const next = withoutCachedResults(xml);
    if (next !== xml) put(zip, part, next);
  }
}

/**
 * A copy of the package `input` with `writes` set (value, and number format where planned); formula cells
 * in the plan are refused. With any write, the copy is marked to recalculate on open (markForRecalculation).
 */
export async function patchWorkbook(input: Buffer, writes: readonly PlannedWrite[]): Promise<Buffer> {
  checkPackage(input); // an untrusted package is refused before JSZip inflates it (packageGuard.ts)
  const zip = await JSZip.loadAsync(input);
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, PlannedWrite[]>();
  for (const w of writes) {
    if (w.oldFormula !== null) throw new Error(`refusing to replace the formula in ${w.sheet}!${w.address}`);
    bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  }
  let styles: { part: string; patcher: StylePatcher } | null = null;
  if (writes.some((w) => w.numberFormat)) {
    const part = await stylesPart(zip);
    const xml = part ? await partXml(zip, part) : undefined;
    const patcher = xml ? new StylePatcher(xml) : null;
    if (part && patcher?.usable) styles = { part, patcher };
  }
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    const file = part ? zip.file(part) : null;
    if (!part || !file) throw new Error(`sheet not found in the package: ${sheet}`);
    let xml = unprefixXml(await file.async("string"));
    for (const w of list) {
      const fmt = w.numberFormat;
      const restyle = styles && fmt ? (old: string) => styles.patcher.styleWith(old, fmt) : undefined;
      xml = setCellXml(xml, w.address, w.value, restyle);
    }
    put(zip, part, xml);
  }
  if (styles?.patcher.changed) put(zip, styles.part, styles.patcher.toXml());
  if (bySheet.size > 0) await markForRecalculation(zip, parts, new Set(bySheet.keys()));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
