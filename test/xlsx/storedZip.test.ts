/**
 * The reader hands exceljs the parts the package guard inflated, as a stored zip (storedZip.ts), instead of
 * the package itself: JSZip must see the same parts in the same order, and every example workbook must give
 * the same snapshot as exceljs reading the package as it is. A part shorter than its header declares is left
 * to exceljs, which reports the file as before.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { checkPackage } from "../../src/xlsx/packageGuard";
import { loadExcelJs, snapshotOf } from "../../src/xlsx/read";
import { storedZip } from "../../src/xlsx/storedZip";
import { BLANK, FILLED, TOKYO_SONO1, TOKYO_SONO2 } from "../support/examples";

describe("storedZip", () => {
  it("gives JSZip the parts, names and bytes in their order", async () => {
    const parts = [
      { name: "[Content_Types].xml", data: Buffer.from('<?xml version="1.0"?><Types/>') },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet>港区 第7号様式</worksheet>") },
      { name: "xl/media/画像.bin", data: Buffer.from([0, 255, 1, 254, 0x50, 0x4b]) },
      { name: "empty.xml", data: Buffer.alloc(0) },
    ];
    const zip = await JSZip.loadAsync(storedZip(parts));
    const files = Object.values(zip.files);
    expect(files.map((f) => f.name)).toEqual(parts.map((p) => p.name));
    for (const [i, f] of files.entries()) expect(await f.async("nodebuffer")).toEqual(parts[i].data);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
      "<worksheet>港区 第7号様式</worksheet>",
    );
  });
});

describe("loadExcelJs through the inflated parts", () => {
  it.each([BLANK, FILLED, TOKYO_SONO1, TOKYO_SONO2])(
    "reads %s as exceljs reads the package itself",
    async (file) => {
      const buf = fs.readFileSync(file);
      expect(checkPackage(buf, undefined, true).parts?.length).toBeGreaterThan(5);
      const direct = new ExcelJS.Workbook();
      await direct.xlsx.load(buf as unknown as ArrayBuffer);
      const expected = snapshotOf(direct);
      const actual = snapshotOf(await loadExcelJs(buf));
      expect(actual.sheets.map((g) => g.sheet)).toEqual(expected.sheets.map((g) => g.sheet));
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    },
  );

  it("does not give exceljs the parts nothing of the snapshot comes from (document properties, theme)", async () => {
    const buf = fs.readFileSync(FILLED);
    const direct = new ExcelJS.Workbook();
    await direct.xlsx.load(buf as unknown as ArrayBuffer);
    expect(direct.creator).toBeTruthy(); // docProps/core.xml, read by exceljs from the package itself
    expect((direct.model as { themes?: object }).themes).toHaveProperty("theme1");
    const read = await loadExcelJs(buf);
    expect(read.creator).toBeUndefined();
    expect((read.model as { themes?: object }).themes).toEqual({});
  });

  it("leaves a part shorter than declared to exceljs, which refuses the file", async () => {
    const buf = Buffer.from(
      storedZip([
        { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
        { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>") },
      ]),
    );
    // The central directory's uncompressed size of the last part: one byte more than it holds.
    const central = buf.readUInt32LE(buf.length - 22 + 16);
    const second = central + 46 + "xl/workbook.xml".length;
    buf.writeUInt32LE(buf.readUInt32LE(second + 24) + 1, second + 24);
    expect(checkPackage(buf, undefined, true).parts).toBeNull();
    await expect(loadExcelJs(buf)).rejects.toThrow(WorkbookReadError);
    await expect(loadExcelJs(buf)).rejects.toMatchObject({ code: "unreadable" });
  });
});
