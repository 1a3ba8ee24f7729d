import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Grid } from "../../src/workbook/grid";
import { planWrite } from "../../src/workbook/writePlan";
import { patchWorkbook, setCellXml } from "../../src/xlsx/patch";

const label = { ja: "t", en: "t" };

async function book(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("第7号様式");
  ws.getCell("A1").value = "表";
  ws.getCell("B2").value = 5;
  ws.getCell("C2").numFmt = "#,##0.0"; // styled but empty
  ws.getCell("C2").font = { bold: true };
  ws.getCell("E2").value = "x";
  ws.getCell("D4").value = { formula: "B2*2", result: 10 };
  ws.getCell("B2").dataValidation = { type: "decimal", operator: "greaterThan", formulae: [0] };
  const other = wb.addWorksheet("メモ");
  other.getCell("A1").value = "そのまま";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("writing into a copy of the package", () => {
  it("changes only the planned cells and keeps every other part as it was", async () => {
    const input = await book();
    const g = new Grid({ sheet: "第7号様式", values: [["表"], [null, 5, null, null, "x"]] });
    const writes = [
      planWrite(g, 1, 2, 12.5, label),
      planWrite(g, 1, 3, 7, label),
      planWrite(g, 6, 1, 42.4, label),
    ];
    const out = await patchWorkbook(input, writes);

    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(out);
    expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
    for (const name of Object.keys(a.files)) {
      if (["xl/worksheets/sheet1.xml", "xl/workbook.xml"].includes(name) || a.files[name].dir) continue;
      expect([name, await b.file(name)!.async("string")]).toEqual([
        name,
        await a.file(name)!.async("string"),
      ]);
    }
    // the workbook part changes by one attribute: recalculate on open
    const wbBefore = await a.file("xl/workbook.xml")!.async("string");
    expect(await b.file("xl/workbook.xml")!.async("string")).toBe(
      wbBefore.replace(/<calcPr([^>]*?)\/>/, '<calcPr$1 fullCalcOnLoad="1"/>'),
    );
    const xml = await b.file("xl/worksheets/sheet1.xml")!.async("string");
    const before = await a.file("xl/worksheets/sheet1.xml")!.async("string");
    const styleOfC2 = /<c r="C2" s="(\d+)"/.exec(before)![1];
    expect(xml).toContain(`<c r="C2" s="${styleOfC2}"><v>12.5</v></c>`); // own style kept
    expect(xml.indexOf('r="C2"')).toBeLessThan(xml.indexOf('r="D2"'));
    expect(xml.indexOf('r="D2"')).toBeLessThan(xml.indexOf('r="E2"')); // inserted in column order
    expect(xml).toContain('<row r="7"><c r="B7"><v>42.4</v></c></row>'); // a new row, in row order

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("第7号様式")!;
    expect([
      ws.getCell("C2").value,
      ws.getCell("D2").value,
      ws.getCell("B7").value,
      ws.getCell("E2").value,
    ]).toEqual([12.5, 7, 42.4, "x"]);
    expect(ws.getCell("D4").formula).toBe("B2*2");
    expect(ws.getCell("C2").numFmt).toBe("#,##0.0");
  });

  it("refuses to replace a formula", async () => {
    const g = new Grid({ sheet: "第7号様式", values: [[1]], formulas: [["=B2*2"]] });
    await expect(patchWorkbook(await book(), [planWrite(g, 0, 0, 3, label)])).rejects.toThrow(/formula/);
  });

  it("writes text as an inline string and expands a self-closed row", () => {
    const xml = '<worksheet><sheetData><row r="3" spans="1:2"/></sheetData></worksheet>';
    expect(setCellXml(xml, "B3", "a<b")).toBe(
      '<worksheet><sheetData><row r="3" spans="1:2"><c r="B3" t="inlineStr"><is><t>a&lt;b</t></is></c></row></sheetData></worksheet>',
    );
    expect(setCellXml("<worksheet><sheetData/></worksheet>", "A1", 1)).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
    );
  });
});

/** The same package without folder entries, as Excel writes it (exceljs adds them). */
async function withoutFolders(input: Buffer): Promise<Buffer> {
  const a = await JSZip.loadAsync(input);
  const b = new JSZip();
  for (const [name, f] of Object.entries(a.files))
    if (!f.dir) b.file(name, await f.async("nodebuffer"), { createFolders: false });
  return b.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a new cell in the copy", () => {
  const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  const border: Partial<ExcelJS.Borders> = {
    top: { style: "thin" },
    bottom: { style: "thin" },
    left: { style: "thin" },
    right: { style: "double" },
  };

  async function styled(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("第7号様式");
    ws.getCell("A1").value = "表";
    ws.getCell("B3").value = 1; // row 3 exists, F3 does not
    ws.getColumn(6).fill = fill;
    ws.getColumn(6).border = border;
    ws.getRow(5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.getRow(5).getCell(2).value = "x";
    return withoutFolders(Buffer.from(await wb.xlsx.writeBuffer()));
  }

  it("keeps its column's fill and border, in an existing row and in a new one", async () => {
    const input = await styled();
    const g = new Grid({ sheet: "第7号様式", values: [["表"]] });
    const out = await patchWorkbook(input, [
      planWrite(g, 2, 5, 279.918, label, { numberFormat: "#,##0.0" }), // F3: row 3 exists
      planWrite(g, 9, 5, 12, label), // F10: a new row
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("第7号様式")!;
    for (const a of ["F3", "F10"]) {
      expect([a, ws.getCell(a).fill]).toEqual([a, fill]);
      expect([a, ws.getCell(a).border]).toEqual([a, border]);
    }
    expect(ws.getCell("F3").value).toBe(279.918);
    expect(ws.getCell("F3").numFmt).toBe("#,##0.0"); // the plan's number format on top of the column's style
  });

  it("takes its row's style where the row has one", async () => {
    const g = new Grid({ sheet: "第7号様式", values: [["表"]] });
    const out = await patchWorkbook(await styled(), [planWrite(g, 4, 3, 5, label)]); // D5
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.getWorksheet("第7号様式")!.getCell("D5").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
  });

  it("adds no folder entries to the package", async () => {
    const input = await styled();
    const g = new Grid({ sheet: "第7号様式", values: [["表"]] });
    const out = await patchWorkbook(input, [planWrite(g, 2, 5, 1, label)]);
    const names = Object.keys((await JSZip.loadAsync(out)).files);
    expect(names.filter((n) => n.endsWith("/"))).toEqual([]);
    expect(names.sort()).toEqual(Object.keys((await JSZip.loadAsync(input)).files).sort());
  });
});
