/**
 * Writes planned cells into a copy of an .xlsx by editing only those cells' XML in the package: every other
 * part (styles, charts, images, validation, other sheets) stays as the file had it. Only values are written;
 * a cell keeps its own style. Formula cells are never touched here.
 */
import JSZip from "jszip";
import { fromA1 } from "../workbook/address";
import type { PlannedWrite } from "../workbook/writePlan";

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function encodeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Sheet name → path of its part in the package. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
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

/** Sets one cell's value in a worksheet's XML, inserting the cell (and row) in order where missing. */
export function setCellXml(xml: string, address: string, value: number | string): string {
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
    const newRow = `<row r="${r}">${cellXml(address, "", value)}</row>`;
    if (sd[0].endsWith("/>")) return xml.replace(sd[0], `<sheetData>${newRow}</sheetData>`);
    const rows = [...sd[0].matchAll(/<row\b[^>]*\br="(\d+)"/g)];
    const after = rows.find((x) => Number(x[1]) > r);
    const at = after ? sd.index + after.index : sd.index + sd[0].lastIndexOf("</sheetData>");
    return xml.slice(0, at) + newRow + xml.slice(at);
  }
  const rowStart = rm.index;
  const open = /^<row\b[^>]*?(\/?)>/.exec(rm[0])!;
  if (open[1] === "/") {
    const expanded = `${open[0].slice(0, -2)}>${cellXml(address, "", value)}</row>`;
    return xml.slice(0, rowStart) + expanded + xml.slice(rowStart + rm[0].length);
  }
  const body = rm[1] ?? "";
  const bodyStart = rowStart + open[0].length;
  const cellRe = new RegExp(`<c\\b[^>]*\\br="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  const cm = cellRe.exec(body);
  if (cm) {
    const style = /\bs="(\d+)"/.exec(cm[0])?.[1] ?? "";
    const at = bodyStart + cm.index;
    return xml.slice(0, at) + cellXml(address, style, value) + xml.slice(at + cm[0].length);
  }
  const target = colOf(address);
  const cells = [...body.matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"/g)];
  const next = cells.find((c) => colOf(c[1]) > target);
  const at = next ? bodyStart + next.index : bodyStart + body.length;
  return xml.slice(0, at) + cellXml(address, "", value) + xml.slice(at);
}

/** A copy of the package `input` with `writes` set; formula cells in the plan are refused. */
export async function patchWorkbook(input: Buffer, writes: readonly PlannedWrite[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, PlannedWrite[]>();
  for (const w of writes) {
    if (w.oldFormula !== null) throw new Error(`refusing to replace the formula in ${w.sheet}!${w.address}`);
    bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  }
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    const file = part ? zip.file(part) : null;
    if (!part || !file) throw new Error(`sheet not found in the package: ${sheet}`);
    let xml = await file.async("string");
    for (const w of list) xml = setCellXml(xml, w.address, w.value);
    zip.file(part, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
