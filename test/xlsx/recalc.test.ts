import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readsWrittenSheets, withFullCalcOnLoad, withoutCachedResults } from "../../src/xlsx/recalc";
import { runCli } from "../support/cli";
import { formWithSummaryFormulas } from "../support/summaryFormulas";

describe("fullCalcOnLoad", () => {
  it("is set on an existing calcPr, replacing a 0", () => {
    expect(withFullCalcOnLoad('<workbook><sheets/><calcPr calcId="191029"/></workbook>')).toBe(
      '<workbook><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    );
    expect(
      withFullCalcOnLoad('<workbook><sheets/><calcPr fullCalcOnLoad="0" calcId="1"></calcPr></workbook>'),
    ).toBe('<workbook><sheets/><calcPr fullCalcOnLoad="1" calcId="1"></calcPr></workbook>');
  });

  it("creates calcPr in its schema place: after definedNames, else after sheets", () => {
    expect(
      withFullCalcOnLoad(
        '<workbook><sheets><sheet name="a"/></sheets><definedNames><definedName name="x">a!$A$1</definedName></definedNames><extLst/></workbook>',
      ),
    ).toBe(
      '<workbook><sheets><sheet name="a"/></sheets><definedNames><definedName name="x">a!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/><extLst/></workbook>',
    );
    expect(withFullCalcOnLoad('<workbook><bookViews/><sheets><sheet name="a"/></sheets></workbook>')).toBe(
      '<workbook><bookViews/><sheets><sheet name="a"/></sheets><calcPr fullCalcOnLoad="1"/></workbook>',
    );
  });
});

describe("cached results", () => {
  it("are dropped from formula cells (with the type they gave), and values are kept", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" s="3"><v>5</v></c><c r="B1" s="4"><f>A1*2</f><v>10</v></c>' +
      '<c r="C1" t="str"><f t="shared" ref="C1:D1" si="0">"x"&amp;A1</f><v>x5</v></c><c r="D1" t="str"><f t="shared" si="0"/><v>x5</v></c>' +
      '<c r="E1" t="b"><f>TRUE</f><v>1</v></c><c r="F1"/><c r="G1"><f>A1</f></c></row></sheetData>';
    expect(withoutCachedResults(xml)).toBe(
      '<sheetData><row r="1"><c r="A1" s="3"><v>5</v></c><c r="B1" s="4"><f>A1*2</f></c>' +
        '<c r="C1"><f t="shared" ref="C1:D1" si="0">"x"&amp;A1</f></c><c r="D1"><f t="shared" si="0"/></c>' +
        '<c r="E1"><f>TRUE</f></c><c r="F1"/><c r="G1"><f>A1</f></c></row></sheetData>',
    );
  });

  it("are dropped in other sheets only where their formulas may read a written sheet", () => {
    const wb =
      "<workbook><sheets/><definedNames><definedName name=\"合計欄\">'第7号様式'!$F$19</definedName>" +
      '<definedName name="other">メモ!$A$1</definedName></definedNames></workbook>';
    const reads = readsWrittenSheets(wb, ["第7号様式"]);
    const sheet = (f: string) => `<sheetData><row r="1"><c r="A1"><f>${f}</f><v>1</v></c></row></sheetData>`;
    expect(reads(sheet("'第7号様式'!F19*2"))).toBe(true);
    expect(reads(sheet("第7号様式!F19"))).toBe(true);
    expect(reads(sheet("SUM(合計欄)"))).toBe(true);
    expect(reads(sheet('INDIRECT("A"&amp;B1)'))).toBe(true);
    expect(reads(sheet("other+メモ!B2"))).toBe(false);
    expect(reads(sheet("'別の第7号様式'!F19"))).toBe(false);
    expect(reads("<sheetData/>")).toBe(false);
  });
});

describe("co2-check on the copy that --write made", () => {
  it("finds no stale summary figure in it (before: the 0s cached when the rows were blank, 7 errors)", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-recalc-"));
    const input = path.join(tmp, "received.xlsx");
    const output = path.join(tmp, "filled.xlsx");
    fs.writeFileSync(input, (await formWithSummaryFormulas()).buffer);
    expect((await runCli(["--write", output, input])).code).toBe(1); // the input's stale 0s are errors
    const again = JSON.parse((await runCli(["--json", output])).out).files[0];
    const issues = again.forms[0].issues as { severity: string; code: string; cell: string }[];
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(
      issues
        .filter((i) => i.code === "form7.formulaWithoutValue")
        .map((i) => i.cell)
        .sort(),
    ).toEqual(["F16", "F17", "F18", "F19", "F20", "F33", "H33", "H36"].sort());
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});

describe("a sheet that reads the written one", () => {
  it("loses its stale cached results too; a sheet that does not stays byte for byte", async () => {
    const { buffer } = await formWithSummaryFormulas();
    const zip = await JSZip.loadAsync(buffer);
    // two more sheets: one reads the form's total, one does not
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheet = (f: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><f>${f}</f><v>0</v></c></row></sheetData></worksheet>`;
    zip.file("xl/worksheets/sheet8.xml", sheet("'第7号様式'!F19*1000"), { createFolders: false });
    zip.file("xl/worksheets/sheet9.xml", sheet("1+1"), { createFolders: false });
    zip.file(
      "xl/workbook.xml",
      wbXml.replace(
        "</sheets>",
        '<sheet name="集計" sheetId="8" r:id="rId98"/><sheet name="別" sheetId="9" r:id="rId99"/></sheets>',
      ),
      { createFolders: false },
    );
    const rel = (id: string, n: number) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`;
    zip.file(
      "xl/_rels/workbook.xml.rels",
      relsXml.replace("</Relationships>", `${rel("rId98", 8)}${rel("rId99", 9)}</Relationships>`),
      {
        createFolders: false,
      },
    );
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-recalc-"));
    const input = path.join(tmp, "received.xlsx");
    const output = path.join(tmp, "filled.xlsx");
    fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    await runCli(["--write", output, input]);
    const out = await JSZip.loadAsync(fs.readFileSync(output));
    expect(await out.file("xl/worksheets/sheet8.xml")!.async("string")).toContain(
      "<c r=\"A1\"><f>'第7号様式'!F19*1000</f></c>",
    );
    expect(await out.file("xl/worksheets/sheet9.xml")!.async("string")).toBe(sheet("1+1"));
  });
});
