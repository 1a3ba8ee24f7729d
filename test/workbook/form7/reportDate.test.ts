/** 報告年月日: the dated line above a Form 7's site block, as text or as a date cell. */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import type { Form7Analysis } from "../../../src/workbook/analysis";
import type { WorkbookSnapshot } from "../../../src/workbook/grid";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { form7Buffer, KOTO_USAGE, writeForm7, type Form7Content } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

function siteOf(snapshot: WorkbookSnapshot) {
  const f = analyzeWorkbook(snapshot, DEFAULT_SETTINGS).forms[0] as Form7Analysis;
  return f.form.input.site;
}

function gridWith(content: Form7Content) {
  const sink = new GridSink();
  writeForm7(sink, {}, { usage: KOTO_USAGE, ...content });
  return { sheets: [sink.grid()] };
}

describe("the report date of a Form 7", () => {
  it("reads a typed date in era or western years, folded, at its cell", () => {
    expect(siteOf(gridWith({ reportDate: "令和７年　６月３０日" })).reportDate).toEqual({
      value: "令和7年6月30日",
      cell: { sheet: "第7号様式", address: "G2" },
    });
    expect(siteOf(gridWith({ reportDate: "2025年6月30日" })).reportDate?.value).toBe("2025年6月30日");
    expect(siteOf(gridWith({ reportDate: "2025/6/30" })).reportDate?.value).toBe("2025/6/30");
  });

  it("gives none for the blank form's 「年　月　日」 or a date that is not one", () => {
    expect(siteOf(gridWith({})).reportDate).toBeNull();
    expect(siteOf(gridWith({ reportDate: "令和7年13月1日" })).reportDate).toBeNull();
  });

  it("reads a date cell of a real workbook (serial with a date format)", async () => {
    const { buffer } = await form7Buffer([
      {
        name: "第7号様式",
        forms: [{ content: { usage: KOTO_USAGE, reportDate: new Date(Date.UTC(2025, 5, 30)) } }],
      },
    ]);
    expect(siteOf(await readWorkbookBuffer(buffer)).reportDate).toEqual({
      value: "2025年6月30日",
      cell: { sheet: "第7号様式", address: "G2" },
    });
  });

  it("reads a date cell of a workbook in the 1904 date system as the same day", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    writeForm7(
      wb.addWorksheet("第7号様式"),
      {},
      { usage: KOTO_USAGE, reportDate: new Date(Date.UTC(2025, 5, 30)) },
    );
    const snapshot = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(snapshot.sheets[0].date1904).toBe(true);
    expect(siteOf(snapshot).reportDate?.value).toBe("2025年6月30日");
  });
});
