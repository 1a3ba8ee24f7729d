import { readWorkbookFile } from "../../src/xlsx/read";
import { createFakeExcel } from "../fakes/excelFake";
import { fakeWorkbookFromXlsx } from "../fakes/fromXlsx";
import { FILLED } from "../support/examples";
import {
  DEFAULT_BUDGET,
  estimateBytes,
  parseAreasAddress,
  planReadBatches,
  snapshotWorkbook,
  toCellValue,
} from "../../src/excel/snapshot";
import { install, syncsOf, type Installed } from "./helpers";

const FIVE_MB = 5 * 1024 * 1024;

describe("planReadBatches", () => {
  const budget = { maxBytes: 10_000, bytesPerCell: 10, bytesPerRange: 100 };

  it("keeps small ranges whole and together in one batch", () => {
    const batches = planReadBatches(
      [
        { sheet: "a", top: 0, left: 0, rows: 10, cols: 10 },
        { sheet: "b", top: 5, left: 2, rows: 20, cols: 5 },
      ],
      budget,
    );
    expect(batches).toEqual([
      [
        { sheet: "a", top: 0, left: 0, rows: 10, cols: 10 },
        { sheet: "b", top: 5, left: 2, rows: 20, cols: 5 },
      ],
    ]);
  });

  it("splits a large range into row blocks, every batch under the budget, covering every row once", () => {
    const range = { sheet: "big", top: 3, left: 1, rows: 1000, cols: 7 };
    const batches = planReadBatches([range], budget);
    expect(batches.length).toBeGreaterThan(1);
    let next = range.top;
    for (const batch of batches) {
      const bytes = batch.reduce((n, b) => n + estimateBytes(b, budget), 0);
      expect(bytes).toBeLessThanOrEqual(budget.maxBytes);
      for (const b of batch) {
        expect(b.top).toBe(next);
        expect(b.cols).toBe(7);
        expect(b.left).toBe(1);
        next += b.rows;
      }
    }
    expect(next).toBe(range.top + range.rows);
  });

  it("refuses a row wider than the budget instead of looping", () => {
    expect(() => planReadBatches([{ sheet: "w", top: 0, left: 0, rows: 1, cols: 5000 }], budget)).toThrow(
      /exceeds the payload budget/,
    );
  });

  it("the default budget stays under Excel on the web's 5 MB", () => {
    expect(DEFAULT_BUDGET.maxBytes).toBeLessThan(FIVE_MB);
  });
});

describe("toCellValue", () => {
  it('maps "" to null, error strings to {error}, keeps serial dates as numbers', () => {
    expect(toCellValue("")).toBeNull();
    expect(toCellValue("#REF!")).toEqual({ error: "#REF!" });
    expect(toCellValue("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(toCellValue(45383)).toBe(45383);
    expect(toCellValue("港区")).toBe("港区");
    expect(toCellValue(false)).toBe(false);
  });
  it("parses RangeAreas addresses", () => {
    expect(parseAreasAddress("'My Sheet'!B2:D2,'My Sheet'!A5")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 4, left: 0, bottom: 4, right: 0 },
    ]);
  });
});

describe("snapshotWorkbook", () => {
  let env: Installed | undefined;
  afterEach(() => env?.uninstall());

  it("reads the Form 7 example in exactly 2 syncs, the same values and formulas as the exceljs port", async () => {
    env = install(await fakeWorkbookFromXlsx(FILLED));
    let snap: Awaited<ReturnType<typeof snapshotWorkbook>> | undefined;
    const syncs = await syncsOf(env.fake, async () => {
      snap = await env!.run((ctx) => snapshotWorkbook(ctx));
    });
    expect(syncs).toBe(2);
    const viaExceljs = await readWorkbookFile(FILLED);
    expect(snap!.sheets.map((g) => g.sheet)).toEqual(viaExceljs.sheets.map((g) => g.sheet));
    for (const g of snap!.sheets) {
      const x = viaExceljs.sheets.find((s) => s.sheet === g.sheet)!;
      const bottom = Math.max(g.bottom, x.bottom);
      const right = Math.max(g.right, x.right);
      for (let r = 0; r <= bottom; r++)
        for (let c = 0; c <= right; c++) {
          expect([r, c, g.value(r, c)]).toEqual([r, c, x.value(r, c)]);
          expect([r, c, g.formula(r, c)]).toEqual([r, c, x.formula(r, c)]);
        }
      expect(g.merges).toEqual(expect.arrayContaining([...x.merges]));
      expect(g.merges.length).toBe(x.merges.length);
    }
  });

  it("converts errors, blanks, formulas, number formats and reads merges (ExcelApi 1.13)", async () => {
    env = install({
      sheets: [
        {
          name: "S",
          cells: {
            B2: { value: "見出し" },
            E2: { value: 1.5, numberFormat: "0.0" },
            B3: { value: "#REF!", formula: "=A0" },
            C3: { value: 45383, numberFormat: "yyyy/m/d" },
            D3: { value: 3, formula: "=1+2" },
          },
          merges: ["B2:D2"],
        },
        { name: "Empty", cells: {} },
      ],
    });
    const snap = await env.run((ctx) => snapshotWorkbook(ctx));
    const [g, empty] = snap.sheets;
    expect([g.top, g.left, g.bottom, g.right]).toEqual([1, 1, 2, 4]);
    expect(g.value(1, 1)).toBe("見出し");
    expect(g.value(2, 1)).toEqual({ error: "#REF!" });
    expect(g.formula(2, 1)).toBe("=A0");
    expect(g.value(2, 2)).toBe(45383);
    expect(g.numberFormat(2, 2)).toBe("yyyy/m/d");
    expect(g.numberFormat(1, 1)).toBeNull();
    expect(g.formula(1, 4)).toBeNull();
    expect(g.value(2, 4)).toBeNull();
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(g.shownValue(1, 3)).toBe("見出し");
    expect(empty.sheet).toBe("Empty");
    expect(empty.isEmpty(0, 0)).toBe(true);
  });

  it("degrades without ExcelApi 1.13: no merges, no call to getMergedAreasOrNullObject", async () => {
    env = install(
      { sheets: [{ name: "S", cells: { A1: { value: 1 } }, merges: ["A1:B1"] }] },
      { apiSets: { ExcelApi: "1.7" } },
    );
    const snap = await env.run((ctx) => snapshotWorkbook(ctx));
    expect(snap.sheets[0].merges).toEqual([]);
    expect(env.fake.stats.syncs).toBe(2);
  });

  it("reads a used range larger than 5 MB in blocks, each sync under the limit, and loses nothing", async () => {
    const rows = 20000;
    const cols = 12;
    const cells: Record<string, { value: number }> = {};
    const letters = "ABCDEFGHIJKL";
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) cells[`${letters[c]}${r + 1}`] = { value: r * 100 + c + 0.125 };
    const small = { name: "表紙", cells: { A1: { value: "第7号様式" } } };
    // Would one read of the whole range exceed the limit? (the fake measures it)
    const probe = createFakeExcel({ sheets: [{ name: "Big", cells }] }, { payloadLimitBytes: 0 });
    await probe.Excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("Big").getUsedRange(true).load("values,formulas,numberFormat");
      await ctx.sync();
    });
    expect(probe.stats.maxResponseBytes).toBeGreaterThan(FIVE_MB);

    env = install({ sheets: [small, { name: "Big", cells }] });
    const snap = await env.run((ctx) => snapshotWorkbook(ctx));
    expect(env.fake.stats.maxPayloadBytes).toBeLessThan(FIVE_MB);
    expect(env.fake.stats.syncs).toBeGreaterThan(2);
    const big = snap.sheets[1];
    expect([big.rowCount, big.colCount]).toEqual([rows, cols]);
    expect(big.value(0, 0)).toBe(0.125);
    expect(big.value(rows - 1, cols - 1)).toBe((rows - 1) * 100 + cols - 1 + 0.125);
    expect(big.value(12345, 7)).toBe(12345 * 100 + 7 + 0.125);
    expect(snap.sheets[0].value(0, 0)).toBe("第7号様式");
  }, 60_000);
});

describe("the fake behaves like Office.js", () => {
  it("throws PropertyNotLoaded before load() + sync(), and applies writes only at sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { A1: { value: 1 } } }] });
    await fake.Excel.run(async (ctx: Excel.RequestContext) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      r.values = [[null, 5]];
      expect(fake.dump().sheets[0].cells.B1).toBeUndefined();
      await ctx.sync();
      expect(r.values).toEqual([[1, ""]]); // loaded before the write in the same batch
      expect(fake.dump().sheets[0].cells).toEqual({ A1: { value: 1 }, B1: { value: 5 } });
    });
  });
});
