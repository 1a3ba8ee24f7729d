/**
 * The port's events over the fake (ExcelApi 1.7): a person's edit and selection are reported, the add-in's
 * own writes and undo are not, nor the log sheet; sheets added later are watched; stopping removes the
 * handlers; a host without the requirement set has no events (the pane keeps 再読み込み).
 *
 * These run over the in-memory fake, not Microsoft's client and the strict host (test/host/): event
 * registration and delivery go through a channel of the client's that the strict host does not serve yet.
 */
import { analyzeWorkbook } from "../../src/app/analyze";
import type { WorkbookEvents } from "../../src/app/services";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { CellRef } from "../../src/domain/issue";
import { OwnWrites } from "../../src/excel/events";
import { createExcelServices } from "../../src/excel/services";
import { selectWrites } from "../../src/workbook/writePlan";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import { form7Buffer, KOTO_USAGE } from "../support/form7Workbook";
import { createFakeExcel, type FakeExcel, type FakeOptions, type FakeWorkbookInit } from "../fakes/excelFake";

interface Installed {
  fake: FakeExcel;
  uninstall(): void;
}

function install(workbook: FakeWorkbookInit, options?: FakeOptions): Installed {
  const fake = createFakeExcel(workbook, options);
  return { fake, uninstall: fake.install(globalThis) };
}

/** Syncs made while `f` runs. */
async function syncsOf(fake: FakeExcel, f: () => Promise<unknown>): Promise<number> {
  const before = fake.stats.syncs;
  await f();
  return fake.stats.syncs - before;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

function recorder() {
  const changed: [string, string][] = [];
  const selected: CellRef[] = [];
  const events: WorkbookEvents = {
    changed: (sheet, address) => changed.push([sheet, address]),
    selected: (cell) => selected.push(cell),
  };
  return { changed, selected, events };
}

describe("workbook events through the Excel services", () => {
  let env: Installed;
  afterEach(() => env.uninstall());

  async function open(apiSets?: Record<string, string>) {
    const { buffer } = await form7Buffer([
      { name: "第7号様式", forms: [{ content: { name: "サンプルビル", usage: KOTO_USAGE } }] },
      { name: "メモ", forms: [] },
    ]);
    env = install(await fakeWorkbookFromBuffer(buffer), apiSets ? { apiSets } : undefined);
    return createExcelServices(analyzeWorkbook);
  }

  it("reports a person's edits and selections, never the add-in's own writes or undo", async () => {
    const services = await open();
    const r = recorder();
    let stop: (() => Promise<void>) | null = null;
    // Registering every sheet's handlers is one Excel.run: list the sheets, add the handlers.
    expect(await syncsOf(env.fake, async () => void (stop = await services.watch!(r.events)))).toBe(2);
    expect(stop).not.toBeNull();

    env.fake.userEdit("第7号様式", "D22", 13000);
    env.fake.userSelect("第7号様式", "H22");
    await settle();
    expect(r.changed).toEqual([["第7号様式", "D22"]]);
    expect(r.selected).toEqual([{ sheet: "第7号様式", address: "H22" }]);

    // The add-in writes its results (and its log sheet, created then): no change is reported.
    const analysis = await services.analyze(DEFAULT_SETTINGS);
    const writes = selectWrites(analysis.forms[0].writes);
    expect(writes.length).toBeGreaterThan(3);
    await services.write(writes);
    await settle();
    await services.undoLast();
    await settle();
    expect(r.changed).toEqual([["第7号様式", "D22"]]);
    // A person's edit right after the add-in's writes is still reported.
    env.fake.userEdit("メモ", "A1", "note");
    await settle();
    expect(r.changed).toEqual([
      ["第7号様式", "D22"],
      ["メモ", "A1"],
    ]);

    await stop!();
    env.fake.userEdit("第7号様式", "D23", 1);
    await settle();
    expect(r.changed).toHaveLength(2);
  });

  it("watches a sheet added after the handlers were registered", async () => {
    const services = await open();
    const r = recorder();
    await services.watch!(r.events);
    const created = await services.createSheet({
      name: "貼り付け",
      values: [["x"]],
      label: { ja: "貼り付け", en: "Pasted" },
    });
    await settle();
    await settle();
    env.fake.userEdit(created.sheet, "B2", 5);
    await settle();
    expect(r.changed).toEqual([[created.sheet, "B2"]]);
  });

  it("has no events below ExcelApi 1.7", async () => {
    const services = await open({ ExcelApi: "1.6" });
    expect(await services.watch!(recorder().events)).toBeNull();
  });
});

describe("OwnWrites", () => {
  it("counts a change as the add-in's own only when every cell of it was just written", () => {
    let now = 1000;
    const own = new OwnWrites(500, () => now);
    own.expect([
      { sheet: "第7号様式", address: "F16" },
      { sheet: "第7号様式", address: "F17" },
    ]);
    expect(own.isOwn("第7号様式", "F16")).toBe(true);
    expect(own.isOwn("第7号様式", "$F$16:$F$17")).toBe(true);
    expect(own.isOwn("第7号様式", "F16:F18")).toBe(false);
    expect(own.isOwn("メモ", "F16")).toBe(false);
    now = 1501;
    expect(own.isOwn("第7号様式", "F16")).toBe(false);
    own.mute(["*"], 100);
    expect(own.isOwn("メモ", "Z9")).toBe(true);
    now = 1602;
    expect(own.isOwn("メモ", "Z9")).toBe(false);
  });
});
