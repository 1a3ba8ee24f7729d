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
      if (name === "xl/worksheets/sheet1.xml" || a.files[name].dir) continue;
      expect([name, await b.file(name)!.async("string")]).toEqual([
        name,
        await a.file(name)!.async("string"),
      ]);
    }
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
