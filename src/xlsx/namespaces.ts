/**
 * Namespace-prefixed SpreadsheetML (`<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`, written by the
 * OpenXML SDK and other .NET tools) is valid, but exceljs matches element names literally and finds no
 * `worksheet`, no `sheetData`, no `c` in it. These functions rewrite such a part to the same XML with its
 * root's namespace as the default one (the prefix dropped from element names), and relationship attributes
 * under another prefix to the usual `r:` — the same document to any namespace-aware reader.
 */
import JSZip from "jszip";
import { escapeRe } from "./xmlText";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Namespaces whose elements exceljs reads by bare name: SpreadsheetML, package relationships, content types. */
const READ_BY_NAME = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
];

/** The first start tag of the document (after the declaration and comments), with its offset. */
function rootTag(xml: string): { tag: string; at: number } | null {
  const re = /<([^?!/][^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const before = xml.slice(0, m.index);
    // skip a tag inside a comment that is still open
    if (before.lastIndexOf("<!--") > before.lastIndexOf("-->")) continue;
    return { tag: m[0], at: m.index };
  }
  return null;
}

/**
 * The prefix of a root tag bound (on that tag) to a namespace exceljs reads by bare name, when the tag
 * declares no default namespace; null otherwise (docProps' `<cp:coreProperties>` is read as it is).
 */
function prefixToDrop(tag: string): string | null {
  const prefix = /^<([A-Za-z_][\w.-]*):/.exec(tag)?.[1];
  if (!prefix || /\sxmlns\s*=/.test(tag)) return null;
  const uri = new RegExp(`\\sxmlns:${escapeRe(prefix)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return uri && READ_BY_NAME.includes(uri[1] ?? uri[2]) ? prefix : null;
}

/** True when a part (its first bytes are enough) is prefixed SpreadsheetML that unprefixXml rewrites. */
export function needsUnprefix(head: string): boolean {
  const root = rootTag(head);
  return root !== null && prefixToDrop(root.tag) !== null;
}

/**
 * The part with its root element's prefix made the default namespace, or the part unchanged when its root
 * has no prefix, declares no URI for it, or already declares a default namespace (then there is nothing this
 * can safely do).
 */
export function unprefixXml(xml: string): string {
  const root = rootTag(xml);
  if (!root) return xml;
  const prefix = prefixToDrop(root.tag);
  if (!prefix) return xml;
  const decl = new RegExp(`\\sxmlns:${escapeRe(prefix)}\\s*=`);
  const p = escapeRe(prefix);
  const relPrefix = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${escapeRe(RELATIONSHIPS_NS)}["']`).exec(
    root.tag,
  )?.[1];
  const renameRel = relPrefix && relPrefix !== "r" && !/\sxmlns:r\s*=/.test(root.tag) ? relPrefix : null;
  const elementName = new RegExp(`^<(/?)${p}:`);
  const relAttr = renameRel ? new RegExp(`(\\s)${escapeRe(renameRel)}:([\\w.-]+\\s*=)`, "g") : null;
  const relDecl = renameRel ? new RegExp(`(\\s)xmlns:${escapeRe(renameRel)}(\\s*=)`) : null;
  // Only tags change (text never holds a raw `<`); comments and processing instructions are left alone.
  const head = xml.slice(0, root.at);
  const body = xml.slice(root.at).replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]*>/g, (tag) => {
    if (tag.startsWith("<!") || tag.startsWith("<?")) return tag;
    let t = tag.replace(elementName, "<$1");
    if (relAttr) t = t.replace(relAttr, "$1r:$2");
    return t;
  });
  const rootEnd = body.indexOf(">") + 1;
  let newRoot = body.slice(0, rootEnd).replace(decl, (d) => d.replace(`xmlns:${prefix}`, "xmlns"));
  if (relDecl) newRoot = newRoot.replace(relDecl, "$1xmlns:r$2");
  return head + newRoot + body.slice(rootEnd);
}

/** The package with the named parts unprefixed (stored, not compressed: it is read at once and dropped). */
export async function unprefixParts(buf: Buffer, parts: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of parts) {
    const file = zip.file(name);
    if (file) zip.file(name, unprefixXml(await file.async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}
