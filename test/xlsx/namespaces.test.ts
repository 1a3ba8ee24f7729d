import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { Grid } from "../../src/workbook/grid";
import { unprefixXml } from "../../src/xlsx/namespaces";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { runCli } from "../support/cli";
import { FILLED } from "../support/examples";
import { KOTO_PRINTED } from "../support/form7Workbook";
import { formWithSummaryFormulas } from "../support/summaryFormulas";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The same part with SpreadsheetML under prefix `x` (as the OpenXML SDK writes it), and r: renamed `rel`. */
function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) =>
      m.startsWith("<?") ? m : `<${slash}x:${name}`,
    )
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace(`xmlns:r="${REL}"`, `xmlns:rel="${REL}"`)
    .replace(/(\s)r:(id|embed)=/g, "$1rel:$2=");
}

/** Every non-empty cell: address, value, formula, number format. */
function cells(g: Grid): unknown[] {
  const out: unknown[] = [];
  g.forEachValue((r, c, v) => out.push([g.address(r, c), v, g.formula(r, c), g.numberFormat(r, c)]));
  return out;
}

async function prefixedWorkbook(source: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    zip.file(name, prefixed(xml));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("namespace-prefixed SpreadsheetML (<x:worksheet>)", () => {
  it("is read as the same workbook as its unprefixed original", async () => {
    const original = fs.readFileSync(FILLED);
    const x = await prefixedWorkbook(original);
    // the crafted file really is prefixed throughout
    const sheet = await (await JSZip.loadAsync(x)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(
      /<x:worksheet [^>]*xmlns:x="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/,
    );
    expect(sheet).toMatch(/<x:c r="D22"/);
    expect(sheet).not.toMatch(/<(worksheet|sheetData|row|c)[\s>]/);

    const a = await readWorkbookBuffer(original);
    const b = await readWorkbookBuffer(x);
    expect(b.sheets.map((s) => s.sheet)).toEqual(a.sheets.map((s) => s.sheet));
    expect(b.sheets[0].value(21, 3)).toBe(6220.4); // D22
    expect(b.sheets[0].value(9, 2)).toBe("サンプルビル"); // C10
    for (let i = 0; i < a.sheets.length; i++) {
      expect(cells(b.sheets[i])).toEqual(cells(a.sheets[i]));
      expect(cells(b.sheets[i]).length).toBeGreaterThan(100);
      expect(b.sheets[i].merges).toEqual(a.sheets[i].merges);
    }
  });

  it("is checked by co2-check with the same figures", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "co2-ns-")), "dotnet.xlsx");
    fs.writeFileSync(file, await prefixedWorkbook(fs.readFileSync(FILLED)));
    const r = await runCli(["--json", file]);
    const doc = JSON.parse(r.out);
    expect(doc.files[0].error).toBeNull();
    const keys = ["energyGJ", "crudeOilKl", "co2EnergyT", "co2WaterT", "co2TotalT", "intensityKgPerM2"];
    expect(doc.files[0].forms[0].figures).toEqual(Object.fromEntries(keys.map((k) => [k, KOTO_PRINTED[k]])));
    expect(r.code).toBe(0);
  });
});

describe("--write on a prefixed workbook", () => {
  it("fills the copy, which co2-check then reads with the written figures", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-ns-"));
    const input = path.join(tmp, "dotnet.xlsx");
    const output = path.join(tmp, "filled.xlsx");
    fs.writeFileSync(input, await prefixedWorkbook((await formWithSummaryFormulas()).buffer));
    const w = JSON.parse((await runCli(["--json", "--write", output, input])).out).files[0];
    expect([w.error, w.written]).toEqual([null, 14]);
    const again = JSON.parse((await runCli(["--json", output])).out).files[0];
    const sheet = (await readWorkbookBuffer(fs.readFileSync(output))).sheets[0];
    expect([sheet.value(21, 5), sheet.value(21, 7)]).toEqual([279.918, 13.9585776]); // F22, H22 written
    expect(again.forms[0].issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });
});

describe("unprefixXml", () => {
  it("makes the root's SpreadsheetML prefix the default namespace, in tags only", () => {
    const xml =
      `<?xml version="1.0"?><!-- <x:not> --><x:worksheet xmlns:x="${MAIN}" xmlns:rel="${REL}">` +
      `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a x:b &lt;x:c</x:t></x:is></x:c></x:row></x:sheetData>` +
      `<x:drawing rel:id="rId1"/></x:worksheet>`;
    expect(unprefixXml(xml)).toBe(
      `<?xml version="1.0"?><!-- <x:not> --><worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a x:b &lt;x:c</t></is></c></row></sheetData>` +
        `<drawing r:id="rId1"/></worksheet>`,
    );
  });

  it("leaves parts it should not touch as they are", () => {
    const core = `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><cp:keywords/></cp:coreProperties>`;
    expect(unprefixXml(core)).toBe(core);
    const plain = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    expect(unprefixXml(plain)).toBe(plain);
    const both = `<x:worksheet xmlns="urn:other" xmlns:x="${MAIN}"/>`;
    expect(unprefixXml(both)).toBe(both);
  });
});
