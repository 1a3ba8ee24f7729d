import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { LOG_SHEET } from "../../src/workbook/auditLog";
import { MARKS_KEY } from "../../src/excel/marks";
import { createExcelServices } from "../../src/excel/services";
import { selectWrites } from "../../src/workbook/writePlan";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import { form7Buffer, KOTO_USAGE } from "../support/form7Workbook";
import { install, syncsOf, type Installed } from "./helpers";

describe("createExcelServices through Microsoft's client and the strict host", () => {
  let env: Installed;
  afterEach(() => env.uninstall());

  async function openForm7(): Promise<void> {
    const { buffer } = await form7Buffer([
      { name: "第7号様式", forms: [{ content: { name: "サンプルビル", usage: KOTO_USAGE } }] },
    ]);
    env = install(await fakeWorkbookFromBuffer(buffer));
  }

  it("analyze 2 syncs, write 1, undo 2, select 1; a second analysis sees the add-in's own values", async () => {
    await openForm7();
    let clock = Date.UTC(2026, 3, 1, 9, 0, 0);
    const services = createExcelServices(analyzeWorkbook, { now: () => new Date(clock++) });
    let analysis: WorkbookAnalysis | undefined;
    expect(
      await syncsOf(env.host, async () => void (analysis = await services.analyze(DEFAULT_SETTINGS))),
    ).toBe(2);
    expect(analysis!.forms).toHaveLength(1);
    const writes = selectWrites(analysis!.forms[0].writes);
    expect(writes.length).toBeGreaterThan(0);
    const before = env.host.dump();

    let receipt: Awaited<ReturnType<typeof services.write>> | undefined;
    expect(await syncsOf(env.host, async () => void (receipt = await services.write(writes)))).toBe(1);
    expect(receipt!.written).toBe(writes.length);
    const written = env.host.dump().sheets.find((s) => s.name === "第7号様式")!.cells;
    for (const w of writes) expect(written[w.address].value).toBe(w.value);

    // Re-analysis: the log sheet is not analysed, and the values just written count as the add-in's own.
    const again = await services.analyze(DEFAULT_SETTINGS);
    expect(again.forms).toHaveLength(1);
    const states = new Set(again.forms[0].writes.map((w) => w.state));
    expect(states.has("input")).toBe(false);

    let undo: Awaited<ReturnType<typeof services.undoLast>> | undefined;
    expect(await syncsOf(env.host, async () => void (undo = await services.undoLast()))).toBe(2);
    expect(undo).toEqual({ batch: receipt!.batch, restored: writes.length, skipped: [] });
    const restored = env.host.dump();
    expect(restored.sheets.find((s) => s.name === "第7号様式")!.cells).toEqual(
      Object.fromEntries(
        Object.entries(before.sheets.find((s) => s.name === "第7号様式")!.cells).map(([k, c]) => [k, c]),
      ),
    );
    expect(restored.sheets.some((s) => s.name === LOG_SHEET)).toBe(true);

    expect(await syncsOf(env.host, () => services.select({ sheet: "第7号様式", address: "D20" }))).toBe(1);
    expect(env.host.dump().selection).toBe("第7号様式!D20");
  });

  it("write numberFormat survives undo only as far as values go (number formats are the form's)", async () => {
    await openForm7();
    const services = createExcelServices(analyzeWorkbook);
    const analysis = await services.analyze(DEFAULT_SETTINGS);
    const writes = selectWrites(analysis.forms[0].writes);
    await services.write(writes);
    await services.undoLast();
    const again = await services.undoLast();
    expect(again.batch).toBeNull();
  });

  it("recovers when the user deleted the log sheet since the snapshot (nothing half-written)", async () => {
    await openForm7();
    const services = createExcelServices(analyzeWorkbook);
    const analysis = await services.analyze(DEFAULT_SETTINGS);
    const writes = selectWrites(analysis.forms[0].writes);
    await services.write(writes.slice(0, 1));
    await env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(LOG_SHEET).delete();
      await ctx.sync();
    });
    const receipt = await services.write(writes.slice(1));
    expect(receipt.written).toBe(writes.length - 1);
    const log = env.host.dump().sheets.find((s) => s.name === LOG_SHEET)!;
    expect(log.cells.A1.value).toBe("日時");
    expect(Object.keys(log.cells).filter((k) => /^D\d+$/.test(k))).toHaveLength(writes.length); // header + rows
  });

  it("a write to a sheet that no longer exists fails before any cell is written", async () => {
    await openForm7();
    const services = createExcelServices(analyzeWorkbook);
    const analysis = await services.analyze(DEFAULT_SETTINGS);
    const writes = selectWrites(analysis.forms[0].writes);
    const before = env.host.dump();
    await expect(services.write([...writes, { ...writes[0], sheet: "消えたシート" }])).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    expect(env.host.dump()).toEqual(before); // not even the log sheet was created
  });

  it("marks and clears through the document settings; settings round trip", async () => {
    await openForm7();
    const services = createExcelServices(analyzeWorkbook);
    await services.analyze(DEFAULT_SETTINGS);
    const issues = [
      {
        severity: "error" as const,
        code: "t",
        cell: { sheet: "第7号様式", address: "B3" },
        message: { ja: "誤り", en: "wrong" },
      },
      {
        severity: "error" as const,
        code: "t",
        cell: { sheet: "消えたシート", address: "B3" },
        message: { ja: "x", en: "x" },
      },
    ];
    const before = env.host.dump().sheets[0].cells;
    expect(await syncsOf(env.host, async () => expect(await services.mark(issues)).toBe(1))).toBe(1); // fill (the npm client has no notes)
    expect(env.host.dump().settings[MARKS_KEY]).toHaveLength(1);
    expect(await services.clearMarks()).toBe(1);
    expect(env.host.dump().sheets[0].cells).toEqual(before);
    expect(env.host.dump().settings[MARKS_KEY]).toBeUndefined();

    const mine = { ...DEFAULT_SETTINGS, returnReductionRounding: "none" as const };
    await services.saveSettings(mine);
    expect(await services.loadSettings()).toEqual(mine);
  });

  it("a live re-check reads only the edited sheet (1 sync) and gives what a whole read gives", async () => {
    await openForm7();
    const services = createExcelServices(analyzeWorkbook);
    const first = await services.analyze(DEFAULT_SETTINGS);
    const reported = (a: WorkbookAnalysis) => {
      const f = a.forms[0];
      if (f.kind !== "form7") throw new Error("not a Form 7");
      return { co2: f.result.reported.co2TotalT.toString(), energy: f.result.reported.energyGJ.toString() };
    };
    // A person types another city-gas usage (6,220.4 → 7,000 Nm³ in D22, the plain layout).
    await env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("第7号様式").getRange("D22").values = [[7000]];
      await ctx.sync();
    });
    let again: WorkbookAnalysis | undefined;
    expect(
      await syncsOf(
        env.host,
        async () => void (again = await services.recheck!(["第7号様式"], DEFAULT_SETTINGS)),
      ),
    ).toBe(1);
    expect(reported(again!)).not.toEqual(reported(first));
    expect(reported(again!)).toEqual(reported(await services.analyze(DEFAULT_SETTINGS)));
    // A sheet the last read did not know (added since): the whole workbook is read (2 syncs).
    expect(await syncsOf(env.host, () => services.recheck!(["新しいシート"], DEFAULT_SETTINGS))).toBe(2);
  });
});
