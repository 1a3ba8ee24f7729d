/**
 * src/xlsx/exceljs.ts requires exceljs's Workbook and value types from the modules that define them, not
 * through the package's entry: they must be the very objects the entry exports (an exceljs upgrade that
 * moves them fails here, not in a user's run).
 */
import ExcelJS from "exceljs";
import { ValueType, Workbook } from "../../src/xlsx/exceljs";

describe("exceljs without its streaming reader and writer", () => {
  it("gives the package's own Workbook class and ValueType enum", () => {
    expect(Workbook).toBe(ExcelJS.Workbook);
    expect(ValueType).toBe(ExcelJS.ValueType);
    expect(ValueType.Formula).toBe(6);
  });

  it("reads back a workbook it wrote", async () => {
    const wb = new Workbook();
    wb.addWorksheet("第7号様式").getCell("B2").value = { formula: "1+1", result: 2 };
    const again = new Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    const cell = again.getWorksheet("第7号様式")!.getCell("B2");
    expect(cell.type).toBe(ValueType.Formula);
    expect(cell.result).toBe(2);
  });
});
