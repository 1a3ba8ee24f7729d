/**
 * Offline checks of manifest.xml (no Microsoft validation service): well-formed, the elements the add-in
 * only manifest schema requires in the schema's order, ReadWriteDocument only, every URL https and served
 * by the dev server / emitted by the build, every resid defined with the right kind, ids unique, icons the
 * sizes they claim.
 */
import fs from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  DEV_URL: string;
  DEV_PORT: number;
  devServerOptions(https: unknown): { port: number; server: { type: string } };
};

type Node = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  commentPropName: "#comment",
});
const doc = parser.parse(xml) as Node[];

function tagOf(n: Node): string | undefined {
  return Object.keys(n).find((k) => k !== ":@" && k !== "#text" && k !== "#comment" && k !== "?xml");
}
function children(n: Node): Node[] {
  const t = tagOf(n);
  return t ? ((n[t] as Node[]) ?? []) : [];
}
function attrs(n: Node): Record<string, string> {
  return (n[":@"] as Record<string, string>) ?? {};
}
function text(n: Node): string {
  return children(n)
    .map((c) => (c["#text"] !== undefined ? String(c["#text"]) : ""))
    .join("")
    .trim();
}
function walk(n: Node, f: (n: Node, parents: string[]) => void, parents: string[] = []): void {
  f(n, parents);
  const t = tagOf(n);
  for (const c of children(n)) walk(c, f, t ? [...parents, t] : parents);
}
function all(): { node: Node; tag: string; parents: string[] }[] {
  const out: { node: Node; tag: string; parents: string[] }[] = [];
  for (const top of doc)
    walk(top, (node, parents) => {
      const tag = tagOf(node);
      if (tag) out.push({ node, tag, parents });
    });
  return out;
}

const officeApp = doc.find((n) => tagOf(n) === "OfficeApp")!;
const top = children(officeApp).filter((c) => tagOf(c));
const topTags = top.map((c) => tagOf(c)!);
const child = (tag: string): Node => top.find((c) => tagOf(c) === tag)!;

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp task-pane root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(officeApp).toBeDefined();
    expect(attrs(officeApp)["xsi:type"]).toBe("TaskPaneApp");
    expect(attrs(officeApp).xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  it("has the required elements in the schema's order", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const required = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    for (const t of topTags) expect(order).toContain(t);
    for (const t of required) expect(topTags).toContain(t);
    const positions = topTags.map((t) => order.indexOf(t));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(topTags).size).toBe(topTags.length);
  });

  it("identity, locale and the en-US overrides", () => {
    expect(text(child("Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text(child("Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child("DefaultLocale"))).toBe("ja-JP");
    for (const t of ["DisplayName", "Description"]) {
      const n = child(t);
      expect(attrs(n).DefaultValue.length).toBeGreaterThan(0);
      const over = children(n).filter((c) => tagOf(c) === "Override");
      expect(over.map((o) => attrs(o).Locale)).toEqual(["en-US"]);
    }
    expect(attrs(child("DisplayName")).DefaultValue.length).toBeLessThanOrEqual(125);
    expect(attrs(child("Description")).DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("asks for ReadWriteDocument only, hosts Workbook, requires ExcelApi 1.4", () => {
    expect(text(child("Permissions"))).toBe("ReadWriteDocument");
    expect(
      children(child("Hosts"))
        .filter((c) => tagOf(c))
        .map((h) => attrs(h).Name),
    ).toEqual(["Workbook"]);
    const sets = all().filter((e) => e.tag === "Set");
    expect(sets.map((s) => [attrs(s.node).Name, attrs(s.node).MinVersion])).toEqual([["ExcelApi", "1.4"]]);
  });

  it("puts a ShowTaskpane button on the Home tab", () => {
    const tabs = all().filter((e) => e.tag === "OfficeTab");
    expect(tabs.map((t) => attrs(t.node).id)).toEqual(["TabHome"]);
    const actions = all().filter((e) => e.tag === "Action");
    expect(actions.map((a) => attrs(a.node)["xsi:type"])).toEqual(["ShowTaskpane"]);
    const vo = child("VersionOverrides");
    expect(attrs(vo)["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  it("every URL is https on the dev server and names a file the build emits", () => {
    expect(webpackConfig.DEV_URL).toBe(`https://localhost:${webpackConfig.DEV_PORT}/`);
    expect(webpackConfig.devServerOptions({}).port).toBe(3000);
    expect(webpackConfig.devServerOptions({}).server.type).toBe("https");
    const urls = new Set<string>();
    for (const e of all())
      for (const [k, v] of Object.entries(attrs(e.node)))
        if (/^https?:/i.test(v) && !k.startsWith("xmlns")) urls.add(v);
    expect(urls.size).toBeGreaterThan(0);
    // Files the build emits: the HtmlWebpackPlugin page and everything in assets/.
    const emitted = new Set([
      "taskpane.html",
      ...fs.readdirSync(path.join(ROOT, "assets")).map((f) => `assets/${f}`),
    ]);
    expect(fs.existsSync(path.join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
    for (const u of urls) {
      expect(u.startsWith(webpackConfig.DEV_URL)).toBe(true);
      expect(emitted.has(u.slice(webpackConfig.DEV_URL.length))).toBe(true);
    }
    const source = attrs(
      children(child("DefaultSettings")).find((c) => tagOf(c) === "SourceLocation")!,
    ).DefaultValue;
    expect(source).toBe(`${webpackConfig.DEV_URL}taskpane.html`);
  });

  it("icons are PNGs of the sizes they claim", () => {
    const png = (url: string): { w: number; h: number } => {
      const buf = fs.readFileSync(path.join(ROOT, url.slice(webpackConfig.DEV_URL.length)));
      expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
        true,
      );
      return { w: buf.readUInt32BE(16), h: buf.readUInt32BE(20) };
    };
    expect(png(attrs(child("IconUrl")).DefaultValue)).toEqual({ w: 32, h: 32 });
    expect(png(attrs(child("HighResolutionIconUrl")).DefaultValue)).toEqual({ w: 64, h: 64 });
    const images = new Map(
      all()
        .filter((e) => e.tag === "bt:Image" && attrs(e.node).id)
        .map((e) => [attrs(e.node).id, attrs(e.node).DefaultValue]),
    );
    for (const use of all().filter((e) => e.tag === "bt:Image" && attrs(e.node).resid)) {
      const size = Number(attrs(use.node).size);
      expect(png(images.get(attrs(use.node).resid)!)).toEqual({ w: size, h: size });
    }
  });

  it("every resid resolves to a resource of the right kind; ids are unique", () => {
    const kinds = new Map<string, string>();
    const ids: string[] = [];
    for (const e of all()) {
      const id = attrs(e.node).id;
      if (!id) continue;
      ids.push(id);
      const parent = e.parents[e.parents.length - 1];
      if (["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].includes(parent))
        kinds.set(id, parent);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of kinds.keys()) expect(id.length).toBeLessThanOrEqual(32);
    const expected: Record<string, string> = {
      "bt:Image": "bt:Images",
      SourceLocation: "bt:Urls",
      FunctionFile: "bt:Urls",
      LearnMoreUrl: "bt:Urls",
      Label: "bt:ShortStrings",
      Title: "bt:ShortStrings",
      Description: "bt:LongStrings",
    };
    const refs = all().filter((e) => attrs(e.node).resid);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      const resid = attrs(r.node).resid;
      expect([r.tag, resid, kinds.get(resid)]).toEqual([r.tag, resid, expected[r.tag]]);
    }
    // Every resource is used.
    const used = new Set(refs.map((r) => attrs(r.node).resid));
    for (const id of kinds.keys()) expect([id, used.has(id)]).toEqual([id, true]);
    // Localised strings carry an en-US override.
    for (const e of all().filter((x) => x.tag === "bt:String"))
      expect(
        children(e.node)
          .filter((c) => tagOf(c) === "bt:Override")
          .map((o) => attrs(o).Locale),
      ).toEqual(["en-US"]);
  });
});
