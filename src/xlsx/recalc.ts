/**
 * What makes a copy with written cells recalculate where it is opened: `fullCalcOnLoad="1"` on the
 * workbook's `calcPr` (created in its schema place when absent), and no stale cached results.
 *
 * Which cached results are dropped — the rule, and why: every formula cell's `<v>` in each sheet that was
 * written, and in each other sheet whose formulas name a written sheet, a defined name that refers to one, or
 * INDIRECT (which can reach any sheet). Working out which single formulas depend on the written cells would
 * need a formula parser that follows ranges, names, OFFSET and INDIRECT through chains of other formulas; a
 * mistake there leaves a stale figure that a reader which does not recalculate (co2-check itself, many
 * libraries) shows as if it were true. A dropped value costs nothing to a program that recalculates on open
 * (Excel and LibreOffice do with fullCalcOnLoad), and the others see "no saved result" instead of a wrong
 * number. xl/calcChain.xml is kept: it lists formula cells, and writing never adds or removes one.
 */

import { decodeXml, escapeRe } from "./xmlText";

/** Elements of `<workbook>` that come before `calcPr`, last first (ECMA-376 CT_Workbook order). */
const BEFORE_CALC_PR = ["definedNames", "externalReferences", "functionGroups", "sheets"];

/** workbook.xml with `fullCalcOnLoad="1"` on `calcPr`. */
export function withFullCalcOnLoad(xml: string): string {
  const calcPr = /<calcPr\b[^>]*?\/?>/.exec(xml);
  if (calcPr) {
    const tag = calcPr[0];
    const next = /\bfullCalcOnLoad="[^"]*"/.test(tag)
      ? tag.replace(/\bfullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"')
      : tag.replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return xml.slice(0, calcPr.index) + next + xml.slice(calcPr.index + tag.length);
  }
  for (const name of BEFORE_CALC_PR) {
    const el = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml);
    if (el) {
      const at = el.index + el[0].length;
      return `${xml.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
    }
  }
  return xml; // no <sheets>: not a workbook part this can place it in
}

/** A sheet's XML with the cached result (`<v>`, and the type it gave the cell) of every formula cell dropped. */
export function withoutCachedResults(xml: string): string {
  return xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (cell, attrs: string, _end, body?: string) => {
    if (body === undefined || !/<f[\s/>]/.test(body) || !/<v[\s/>]/.test(body)) return cell;
    const open = attrs.replace(/\s+t="[^"]*"/, "");
    return `<c${open}>${body.replace(/<v\/>|<v>[\s\S]*?<\/v>/, "")}</c>`;
  });
}

/** The formula texts of a sheet (shared formulas' masters carry the text; their followers have none). */
function formulas(xml: string): string[] {
  return [...xml.matchAll(/<f\b[^>]*>([\s\S]*?)<\/f>/g)].map((m) => decodeXml(m[1]));
}

/** A test for formula text that refers to one of `sheets` (as `Name!` or `'Na''me'!`, any case). */
function sheetMention(sheets: readonly string[]): RegExp {
  const alts = sheets.flatMap((s) => [
    `'${escapeRe(s.replace(/'/g, "''"))}'!`,
    `(?<![\\w.'])${escapeRe(s)}!`,
  ]);
  return new RegExp(alts.join("|"), "i");
}

/** Defined names (workbook.xml) whose reference names one of `sheets`. */
function namesReaching(workbookXml: string, mention: RegExp): string[] {
  const out: string[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/definedName>/g))
    if (mention.test(decodeXml(m[2]))) out.push(decodeXml(m[1]));
  return out;
}

/**
 * A test for a sheet that is not written but whose formulas may read the written ones (by sheet name, by a
 * defined name that refers to one, or through INDIRECT).
 */
export function readsWrittenSheets(
  workbookXml: string,
  written: readonly string[],
): (sheetXml: string) => boolean {
  const mention = sheetMention(written);
  const names = namesReaching(workbookXml, mention);
  const nameRe = names.length
    ? new RegExp(`(?<![\\w.!'])(?:${names.map(escapeRe).join("|")})(?![\\w.(])`, "i")
    : null;
  return (sheetXml) =>
    formulas(sheetXml).some(
      (f) => mention.test(f) || /\bINDIRECT\s*\(/i.test(f) || (nameRe?.test(f) ?? false),
    );
}
