/**
 * The port's services through Microsoft's client and the strict host, on the behaviours the issue found
 * missing: cell-editing mode, one action at a time, protected sheets, failed batches, UTF-16 sheet names,
 * undo grouping — and every service's round trip on examples/ and test/fixtures/ with the host claiming the
 * manifest's minimum and then the newest requirement sets.
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { NOT_WRITTEN } from "../../src/excel/apply";
import { LOG_SHEET } from "../../src/workbook/auditLog";
import { ProtectedSheetError, createExcelServices } from "../../src/excel/services";
import { sheetNameProblem, type NewSheet } from "../../src/workbook/newSheet";
import { selectWrites } from "../../src/workbook/writePlan";
import type { FakeWorkbookInit } from "../fakes/excelFake";
import { fakeWorkbookFromXlsx } from "../fakes/fromXlsx";
import { DELAY_FOR_CELL_EDIT_FLAG } from "../host/officeClient";
import { MANIFEST_MINIMUM, NEWEST, type StrictHostOptions } from "../host/strictHost";
import { form7Book } from "../support/bigWorkbook";
import { install, syncsOf, type Installed } from "./helpers";

const FORM = "第7号様式";
let env: Installed;
afterEach(() => env?.uninstall());

async function open(book: FakeWorkbookInit, options?: StrictHostOptions) {
  env = install(book, options);
  let clock = Date.UTC(2026, 3, 1, 9, 0, 0);
  const services = createExcelServices(analyzeWorkbook, { now: () => new Date(clock++) });
  const analysis = await services.analyze(DEFAULT_SETTINGS);
  const writes = analysis.forms.flatMap((f) => selectWrites(f.writes));
  return { services, analysis, writes };
}

const logOf = () => env.host.dump().sheets.find((s) => s.name === LOG_SHEET);
const cellsOf = (sheet: string) => env.host.dump().sheets.find((s) => s.name === sheet)!.cells;

describe("cell-editing mode (delayForCellEdit)", () => {
  it("a write waits while the user edits a cell and runs when the edit ends", async () => {
    const { services, writes } = await open(await form7Book());
    env.host.setCellEditing(true);
    let done = false;
    const pending = services.write(writes).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    expect(logOf()).toBeUndefined();
    env.host.setCellEditing(false);
    expect((await pending).written).toBe(writes.length);
    expect(cellsOf(FORM)[writes[0].address].value).toBe(writes[0].value);
    expect(env.host.stats.flags.every((f) => (f & DELAY_FOR_CELL_EDIT_FLAG) !== 0)).toBe(true);
    expect(env.host.stats.failures).toEqual([]);
  });

  it("where the host has no DelayForCellEdit set, a batch during an edit fails and writes nothing", async () => {
    const { services, writes } = await open(await form7Book(), { apiSets: { ...MANIFEST_MINIMUM } });
    const before = env.host.dump();
    env.host.setCellEditing(true);
    await expect(services.write(writes)).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(env.host.dump()).toEqual(before);
  });
});

describe("one action at a time", () => {
  it("two quick writes never interleave their log rows", async () => {
    const { services, writes } = await open(await form7Book());
    expect(writes.length).toBeGreaterThan(2);
    const [a, b] = [writes.slice(0, 2), writes.slice(2)];
    const [ra, rb] = await Promise.all([services.write(a), services.write(b)]);
    const log = logOf()!.cells;
    const batches = Object.entries(log)
      .filter(([k]) => /^B\d+$/.test(k) && k !== "B1")
      .map(([, c]) => c.value);
    expect(batches).toEqual([...a.map(() => ra.batch), ...b.map(() => rb.batch)]);
    for (const w of writes) expect(cellsOf(FORM)[w.address].value).toBe(w.value);
  });
});

describe("protected sheets", () => {
  it("a write to a protected sheet is refused by name before anything is written (no round trip)", async () => {
    const { services, writes } = await open(await form7Book(), { protectedSheets: [FORM] });
    const before = env.host.dump();
    let error: unknown;
    const syncs = await syncsOf(env.host, () => services.write(writes).catch((e) => void (error = e)));
    expect(error).toBeInstanceOf(ProtectedSheetError);
    expect((error as Error).message).toContain(`「${FORM}」`);
    expect((error as Error).message).toContain("nothing was written");
    expect(syncs).toBe(0);
    expect(env.host.dump()).toEqual(before);
  });

  it("the host itself refuses changes to a protected sheet (AccessDenied), as Excel does", async () => {
    env = install({ sheets: [{ name: "S", cells: {} }] }, { protectedSheets: ["S"] });
    await expect(
      env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("a failed batch leaves workbook and log consistent", () => {
  it("cells written before the failing one stay logged and undoable; the rest are logged as not written", async () => {
    const { services, writes } = await open(await form7Book());
    const before = cellsOf(FORM);
    // Changes of the batch: 1 log sheet, 2 header, 3 log rows, then each cell's value (and format):
    // refused at the 7th, after at least one cell and before the last.
    env.host.failAtChange(7);
    await expect(services.write(writes)).rejects.toMatchObject({ code: "GeneralException" });
    const written = writes.filter((w) => cellsOf(FORM)[w.address]?.value === w.value);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(writes.length);
    const log = logOf()!.cells;
    const notWritten = Object.entries(log).filter(
      ([k, c]) => /^H\d+$/.test(k) && String(c.value).includes(NOT_WRITTEN),
    );
    expect(notWritten).toHaveLength(writes.length - written.length);

    const undo = await services.undoLast();
    expect(undo.restored).toBe(written.length);
    expect(undo.skipped ?? []).toEqual([]);
    expect(cellsOf(FORM)).toEqual(before);
  });

  it("a batch that fails right after creating the log sheet leaves no empty log sheet behind", async () => {
    const { services, writes } = await open(await form7Book());
    const before = env.host.dump();
    env.host.failAtChange(2);
    await expect(services.write(writes)).rejects.toMatchObject({ code: "GeneralException" });
    expect(env.host.dump().sheets).toEqual(before.sheets);
    // And the next write works (the log state was read again).
    expect((await services.write(writes)).written).toBe(writes.length);
  });

  it("a sheet creation that fails part-way takes its sheet (and the log it made) away again", async () => {
    const { services } = await open(await form7Book());
    const before = env.host.dump();
    env.host.failAtChange(4);
    const sheet: NewSheet = {
      name: "見通し",
      values: [["年度", 2026]],
      label: { ja: "見通し", en: "Forecast" },
    };
    await expect(services.createSheet(sheet)).rejects.toMatchObject({ code: "GeneralException" });
    expect(env.host.dump().sheets).toEqual(before.sheets);
  });
});

describe("sheet names by UTF-16 units", () => {
  it("a site name with 𠮷 (2 units) makes a sheet Excel accepts, and undo removes it", async () => {
    const { services } = await open(await form7Book());
    const want = `公表用_${"𠮷野家ビル".repeat(6)}`;
    expect([...want].length).toBeGreaterThan(31);
    const receipt = await services.createSheet({
      name: want,
      values: [["名称", "𠮷野家"]],
      label: { ja: "公表", en: "Pub" },
    });
    expect(receipt.sheet.length).toBeLessThanOrEqual(31);
    expect(sheetNameProblem(receipt.sheet)).toBeNull();
    expect(env.host.dump().sheets.map((s) => s.name)).toContain(receipt.sheet);
    expect((await services.undoLast()).batch).toBe(receipt.batch);
    expect(env.host.dump().sheets.map((s) => s.name)).not.toContain(receipt.sheet);
  });

  it("the host refuses what Excel refuses", async () => {
    env = install({ sheets: [{ name: "S", cells: {} }] });
    for (const name of ["History", "a".repeat(32), "𠮷".repeat(16), "a:b", "'x", "s"]) {
      const code = await env
        .run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        })
        .then(
          () => "ok",
          (e: { code?: string }) => e.code,
        );
      expect([name, code]).toEqual([name, name === "s" ? "ItemAlreadyExists" : "InvalidArgument"]);
    }
  });
});

describe("undo grouping (mergeUndoGroup, ExcelApi 1.20)", () => {
  it("is asked for on runs that change the workbook where 1.20 is claimed, not below", async () => {
    for (const apiSets of [{ ...NEWEST }, { ...MANIFEST_MINIMUM, DelayForCellEdit: "1.1" }]) {
      const { services, writes } = await open(await form7Book(), { apiSets });
      env.host.resetStats();
      await services.write(writes);
      await services.undoLast();
      const grouped = env.host.stats.runOptions.filter((o) => o.mergeUndoGroup === true).length;
      expect([apiSets.ExcelApi, grouped]).toEqual([apiSets.ExcelApi, apiSets.ExcelApi === "1.21" ? 2 : 0]);
      expect(env.host.stats.runOptions.every((o) => o.delayForCellEdit === true)).toBe(true);
      env.uninstall();
    }
  });
});

const FIXTURES = path.resolve(__dirname, "../fixtures");
const EXAMPLES = path.resolve(__dirname, "../../examples");
const files = [
  ...fs.readdirSync(EXAMPLES).map((f) => path.join(EXAMPLES, f)),
  ...fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)),
].filter((f) => f.endsWith(".xlsx"));

describe.each([
  ["the manifest's minimum (ExcelApi 1.4)", { ...MANIFEST_MINIMUM }],
  ["the newest sets", { ...NEWEST }],
])("every service on examples/ and test/fixtures/, host claiming %s", (_label, apiSets) => {
  it.each(files.map((f) => [path.relative(path.resolve(__dirname, "../.."), f), f]))(
    "%s: check, write, re-check, mark, clear, select, undo",
    async (_name, file) => {
      const book = await fakeWorkbookFromXlsx(file);
      const { services, analysis, writes } = await open(book, { apiSets });
      expect(env.host.stats.failures).toEqual([]);
      const original = env.host.dump().sheets;
      if (writes.length > 0) {
        const receipt = await services.write(writes);
        expect(receipt.written).toBe(writes.length);
        for (const w of writes) expect(cellsOf(w.sheet)[w.address].value).toBe(w.value);
        const again = await services.analyze(DEFAULT_SETTINGS);
        expect(again.forms.flatMap((f) => f.writes).some((w) => w.state === "input")).toBe(false);
      }
      const issues = [...analysis.issues, ...analysis.forms.flatMap((f) => f.issues)].filter((i) => i.cell);
      if (issues.length > 0) {
        await services.mark(issues);
        await services.clearMarks();
      }
      const first = issues[0]?.cell ?? { sheet: original[0].name, address: "A1" };
      await services.select(first);
      expect(env.host.dump().selection).toBe(`${first.sheet}!${first.address}`);
      if (writes.length > 0) {
        const undo = await services.undoLast();
        expect(undo.restored).toBe(writes.length);
      }
      const after = env.host.dump().sheets.filter((s) => s.name !== LOG_SHEET);
      expect(after).toEqual(original);
      expect(env.host.stats.failures).toEqual([]);
    },
  );
});
