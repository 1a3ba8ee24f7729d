import { analyzeWorkbook } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { LOG_SHEET } from "../../src/workbook/auditLog";
import { createExcelServices } from "../../src/excel/services";
import { sheetFingerprint, uniqueSheetName, type NewSheet } from "../../src/workbook/newSheet";
import { install, syncsOf, type Installed } from "./helpers";

const SHEET: NewSheet = {
  name: "見通し",
  label: { ja: "見通し", en: "forecast" },
  values: [["表題"], [], ["区分", "R8", "R9", "累計"], ["太陽光", 12, 30, 42], ["合計", 12, 30, 42]],
  numberFormats: [[], [], [], [null, "#,##0", "#,##0", "#,##0"]],
  bold: [{ row: 0, col: 0 }],
  columnWidths: [14, 8],
  chart: {
    type: "columnStacked",
    area: { top: 2, left: 0, bottom: 3, right: 2 },
    seriesBy: "rows",
    title: "認証量",
  },
};

describe("createSheet over the fake", () => {
  let env: Installed;
  afterEach(() => env.uninstall());

  it("creates, fills, charts and logs the sheet in one sync; the name is made unique", async () => {
    env = install({ sheets: [{ name: "見通し", cells: { A1: { value: "someone's" } } }] });
    const services = createExcelServices(analyzeWorkbook, { now: () => new Date(Date.UTC(2026, 5, 1)) });
    await services.analyze(DEFAULT_SETTINGS);
    let receipt: Awaited<ReturnType<typeof services.createSheet>> | undefined;
    expect(await syncsOf(env.host, async () => void (receipt = await services.createSheet(SHEET)))).toBe(1);
    expect(receipt).toMatchObject({ sheet: "見通し（2）", written: 13, chart: true });
    const dump = env.host.dump();
    expect(dump.sheets.find((s) => s.name === "見通し")!.cells).toEqual({ A1: { value: "someone's" } });
    const made = dump.sheets.find((s) => s.name === "見通し（2）")!;
    expect(made.cells.A1).toEqual({ value: "表題", bold: true });
    expect(made.cells.B4).toEqual({ value: 12, numberFormat: "#,##0" });
    expect(made.cells.D5).toEqual({ value: 42 });
    expect(made.charts).toEqual([
      { type: "ColumnStacked", source: "A3:C4", seriesBy: "Rows", title: "認証量", position: "F2" },
    ]);
    expect(made.columnWidths).toEqual({ A: 98, B: 56 });
    expect(dump.activeSheet).toBe("見通し（2）");
    const log = dump.sheets.find((s) => s.name === LOG_SHEET)!.cells;
    // header + 13 cells + the sheet row
    expect(log.D15).toEqual({ value: "*" });
    expect(log.G15.value).toBe(`シート作成 ${sheetFingerprint(SHEET.values)}`);
  });

  it("undo deletes the created sheet while it is unchanged, and keeps it once someone typed on it", async () => {
    env = install({ sheets: [{ name: "Sheet1", cells: {} }] });
    let clock = Date.UTC(2026, 5, 1);
    const services = createExcelServices(analyzeWorkbook, { now: () => new Date(clock++) });
    await services.analyze(DEFAULT_SETTINGS);
    const made = await services.createSheet(SHEET);
    const undo = await services.undoLast();
    expect(undo).toEqual({ batch: made.batch, restored: 13, skipped: [] });
    expect(env.host.dump().sheets.map((s) => s.name)).toEqual(["Sheet1", LOG_SHEET]);

    await services.analyze(DEFAULT_SETTINGS);
    const again = await services.createSheet(SHEET);
    expect(again.sheet).toBe("見通し");
    // Someone types a note on the new sheet: undo must not delete their work.
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("見通し").getRange("F9").values = [["メモ"]];
      await ctx.sync();
    });
    const kept = await services.undoLast();
    expect(kept.restored).toBe(0);
    expect(kept.skipped).toEqual([{ sheet: "見通し", address: "*", wrote: null, found: null }]);
    expect(env.host.dump().sheets.find((s) => s.name === "見通し")!.cells.F9).toEqual({ value: "メモ" });
  });

  it("cells of a created sheet count as the add-in's own afterwards (no consent to replace them)", async () => {
    env = install({ sheets: [{ name: "Sheet1", cells: {} }] });
    const services = createExcelServices(
      (snap, _s, own) => snap.sheets.map((g) => ({ sheet: g.sheet, own: own(g.sheet, "B4", g.value(3, 1)) })),
      { now: () => new Date(Date.UTC(2026, 5, 1)) },
    );
    await services.analyze(DEFAULT_SETTINGS);
    await services.createSheet(SHEET);
    expect(await services.analyze(DEFAULT_SETTINGS)).toEqual([
      { sheet: "Sheet1", own: false },
      { sheet: "見通し", own: true },
    ]);
  });
});

describe("uniqueSheetName", () => {
  it("drops forbidden characters, keeps 31 characters, and counts up case-insensitively", () => {
    expect(uniqueSheetName("公表用_[本社]/ビル:1?", [])).toBe("公表用_本社ビル1");
    expect(uniqueSheetName("Sheet", ["sheet", "Sheet（2）"])).toBe("Sheet（3）");
    const long = "あ".repeat(40);
    expect(uniqueSheetName(long, []).length).toBe(31);
    expect(uniqueSheetName(long, ["あ".repeat(31)])).toBe(`${"あ".repeat(28)}（2）`);
    expect(uniqueSheetName("''", [])).toBe("Sheet");
    // Excel counts UTF-16 units: 𠮷 is 2, so 15 of them fill 30 of the 31, and a pair is never split.
    expect(uniqueSheetName("𠮷".repeat(20), [])).toBe("𠮷".repeat(15));
    expect(uniqueSheetName("History", [])).toBe("History（2）");
  });
});
