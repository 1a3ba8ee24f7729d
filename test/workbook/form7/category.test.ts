import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { analyzeForm7Sheets } from "../../../src/workbook/form7/analyze";
import { planCategory } from "../../../src/workbook/form7/category";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { patchWorkbook } from "../../../src/xlsx/patch";
import { KOTO_USAGE, writeForm7, type Form7Layout } from "../../support/form7Workbook";

async function workbook(layout: Form7Layout = {}, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("第7号様式");
  writeForm7(ws, layout, { usage: KOTO_USAGE });
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function analyze(buffer: Buffer) {
  const snap = await readWorkbookBuffer(buffer);
  const forms = analyzeForm7Sheets(snap.sheets[0], DEFAULT_SETTINGS);
  expect(forms).toHaveLength(1);
  return forms[0];
}

const brief = (w: { address: string; value: unknown; state: string }) => [w.address, w.value, w.state];

describe("the benchmark category kept on the form's sheet", () => {
  it("goes right of the 主たる用途 value with its own label, and the sheet then gives the rank", async () => {
    const before = await analyze(await workbook());
    expect(before.form.input.site.benchmarkCategory).toBeNull();
    expect(before.benchmark).toBeNull();
    expect(before.issues.map((i) => i.code)).toContain("benchmark.noCategory");
    // 主たる用途 is E14 with its value in F14: the label goes to G14, the number to H14.
    const writes = planCategory(before.categorySlot!, 2);
    expect(writes.map(brief)).toEqual([
      ["G14", "ベンチマーク区分", "empty"],
      ["H14", 2, "empty"],
    ]);
    // Written (as the command line's --write does), the category is read back from the sheet.
    const after = await analyze(await patchWorkbook(await workbook(), writes));
    expect(after.form.input.site.benchmarkCategory).toEqual({
      value: 2,
      cell: { sheet: "第7号様式", address: "H14" },
    });
    expect(after.benchmark?.rank).toBe("A2");
    expect(after.benchmark?.ratio.toFixed(3)).toBe("0.648");
    expect(after.issues.map((i) => i.code)).not.toContain("benchmark.noCategory");
    // A second choice changes only the number, and asks consent: the cell now holds a typed value.
    const again = planCategory(after.categorySlot!, 5);
    expect(again.map(brief)).toEqual([["H14", 5, "input"]]);
    // Choosing the category the sheet already holds writes nothing.
    expect(planCategory(after.categorySlot!, 2).map(brief)).toEqual([["H14", 2, "same"]]);
  });

  it("follows a shifted layout", async () => {
    const f = await analyze(await workbook({ rowOffset: 4, colOffset: 2 }));
    expect(planCategory(f.categorySlot!, 5).map(brief)).toEqual([
      ["I18", "ベンチマーク区分", "empty"],
      ["J18", 5, "empty"],
    ]);
  });

  it("uses the row under 主たる用途 when the cells to its right are taken", async () => {
    const f = await analyze(
      await workbook({}, (ws) => {
        ws.getCell("G14").value = "備考";
      }),
    );
    expect(planCategory(f.categorySlot!, 2).map(brief)).toEqual([
      ["E15", "ベンチマーク区分", "empty"],
      ["F15", 2, "empty"],
    ]);
  });

  it("uses an existing ベンチマーク区分 label wherever it is, and its value cell", async () => {
    const f = await analyze(
      await workbook({}, (ws) => {
        ws.getCell("E15").value = "ベンチマーク区分";
        ws.getCell("F15").value = "2 オフィス(自社ビル)";
      }),
    );
    expect(f.form.input.site.benchmarkCategory?.value).toBe(2);
    expect(f.categorySlot?.label).toBeNull();
    expect(planCategory(f.categorySlot!, 5).map(brief)).toEqual([["F15", 5, "input"]]);
  });

  it("offers no cell when every candidate is taken", async () => {
    const f = await analyze(
      await workbook({}, (ws) => {
        ws.getCell("H14").value = "x";
        ws.getCell("F15").value = "y";
      }),
    );
    expect(f.categorySlot).toBeNull();
  });
});
