import { readWorkbookFile } from "../../src/xlsx/read";
import { fakeWorkbookFromXlsx } from "../fakes/fromXlsx";
import { FILLED } from "../support/examples";
import {
  DEFAULT_BUDGET,
  WINDOW,
  parseAreasAddress,
  planReadBatches,
  snapshotWorkbook,
  toCellValue,
} from "../../src/excel/snapshot";
import { bigSheets, form7Book, NUMBERS, TEXT } from "../support/bigWorkbook";
import { install, syncsOf, type Installed } from "./helpers";

describe("planReadBatches", () => {
  const budget = { maxBytes: 10_000, maxCells: 1_000, safety: 1 };

  it("keeps small ranges whole and together in one batch", () => {
    const a = { sheet: "a", top: 0, left: 0, rows: 10, cols: 10, bytesPerRow: 100 };
    const b = { sheet: "b", top: 5, left: 2, rows: 20, cols: 5, bytesPerRow: 50 };
    expect(planReadBatches([a, b], budget)).toEqual([
      [
        { sheet: "a", top: 0, left: 0, rows: 10, cols: 10 },
        { sheet: "b", top: 5, left: 2, rows: 20, cols: 5 },
      ],
    ]);
  });

  it("sizes blocks by the measured bytes per row: heavier rows, smaller blocks; every row once", () => {
    for (const bytesPerRow of [70, 700]) {
      const range = { sheet: "big", top: 3, left: 1, rows: 1000, cols: 7, bytesPerRow };
      const batches = planReadBatches([range], budget);
      let next = range.top;
      for (const batch of batches) {
        expect(batch.reduce((n, b) => n + b.rows * bytesPerRow, 0)).toBeLessThanOrEqual(budget.maxBytes);
        for (const b of batch) {
          expect([b.top, b.left, b.cols]).toEqual([next, 1, 7]);
          expect(b.rows * b.cols).toBeLessThanOrEqual(budget.maxCells);
          next += b.rows;
        }
      }
      expect(next).toBe(range.top + range.rows);
      // 1,000 cells a block bound the light rows (142 rows); 10,000 bytes bound the heavy ones (14 rows).
      expect(batches[0][0].rows).toBe(bytesPerRow === 70 ? 142 : 14);
    }
  });

  it("a row heavier than the budget is read alone (the host judges), not an endless loop", () => {
    const batches = planReadBatches(
      [{ sheet: "w", top: 0, left: 0, rows: 2, cols: 50, bytesPerRow: 20_000 }],
      budget,
    );
    expect(batches).toEqual([
      [{ sheet: "w", top: 0, left: 0, rows: 1, cols: 50 }],
      [{ sheet: "w", top: 1, left: 0, rows: 1, cols: 50 }],
    ]);
  });

  it("the default budget leaves room under Excel on the web's 5 MB", () => {
    expect(DEFAULT_BUDGET.maxBytes * 1.5).toBeLessThan(5_000_000);
    expect(DEFAULT_BUDGET.maxCells).toBeLessThanOrEqual(5_000_000);
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
    const syncs = await syncsOf(env.host, async () => {
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
    expect(env.host.stats.syncs).toBe(2);
  });

  it("reads a form sheet larger than 5 MB in blocks sized by what came back, each response under the limit", async () => {
    const rows = 20000;
    const cols = 12;
    // A forecast-like header in the window makes it a form sheet; the numbers below make it large.
    const header = { 0: "メニュー", 1: "2025年度", 2: "2026年度", 3: "2027年度" } as Record<number, string>;
    const value = (r: number, c: number) => (r === 0 ? (header[c] ?? `列${c}`) : r * 100 + c + 0.125);
    const small = { name: "表紙", cells: { A1: { value: "第7号様式" } } };
    env = install({ sheets: [small] }, { generated: [{ name: "Big", rows, cols, value }] });
    const one = install(
      { sheets: [] },
      { platform: "windows", generated: [{ name: "Big", rows, cols, value }] },
    );
    // One read of the whole range would exceed the limit (measured on a host without it).
    await one.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Big").getUsedRange(true).load("values,formulas,numberFormat");
      await ctx.sync();
    });
    expect(one.host.stats.maxResponseBytes).toBeGreaterThan(5_000_000);
    one.uninstall();
    env.host.install(globalThis as unknown as Record<string, unknown>);

    const snap = await env.run((ctx) => snapshotWorkbook(ctx, { fullRead: (g) => g.sheet === "Big" }));
    expect(env.host.stats.failures).toEqual([]);
    expect(env.host.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(env.host.stats.syncs).toBeGreaterThan(2);
    const big = snap.sheets[1];
    expect([big.rowCount, big.colCount]).toEqual([rows, cols]);
    expect(big.value(0, 1)).toBe("2025年度");
    expect(big.value(rows - 1, cols - 1)).toBe((rows - 1) * 100 + cols - 1 + 0.125);
    expect(big.value(12345, 7)).toBe(12345 * 100 + 7 + 0.125);
    expect(snap.sheets[0].value(0, 0)).toBe("第7号様式");
    expect(snap.partialSheets).toEqual([]);
  }, 60_000);

  it("halves a block the host refuses for its size and still reads every row", async () => {
    const value = (r: number, c: number) => `長い文章の行${r}列${c}`.repeat(r < 150 ? 1 : 20);
    env = install(
      { sheets: [] },
      { payloadLimitBytes: 400_000, generated: [{ name: "T", rows: 400, cols: 40, value }] },
    );
    // Budget planned from the light first rows: the heavy rows below overflow, the blocks are halved.
    const snap = await env.run((ctx) =>
      snapshotWorkbook(ctx, {
        fullRead: () => true,
        budget: { maxBytes: 390_000, maxCells: 1_000_000, safety: 1 },
      }),
    );
    expect(env.host.stats.failures).toContain("ResponsePayloadSizeLimitExceeded");
    const t = snap.sheets[0];
    expect(t.rowCount).toBe(400);
    expect(t.value(399, 39)).toBe(value(399, 39));
    expect(t.value(120, 3)).toBe(value(120, 3));
  }, 60_000);
  it("a window too heavy for one response is asked again with fewer rows", async () => {
    const value = (r: number, c: number) => `とても長い説明文${r}-${c}`.repeat(40);
    env = install(
      { sheets: [] },
      { payloadLimitBytes: 1_000_000, generated: [{ name: "T", rows: 300, cols: 40, value }] },
    );
    const snap = await env.run((ctx) => snapshotWorkbook(ctx, { fullRead: () => false }));
    // 100 rows, then 25, are refused; 6 rows (about 0.8 MB) come back.
    expect(env.host.stats.failures).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
    ]);
    expect(env.host.stats.perSync.at(-1)!.response).toBeLessThan(1_000_000);
    expect(snap.sheets[0].rowCount).toBe(Math.floor(WINDOW.rows / 16));
    expect(snap.sheets[0].value(5, WINDOW.cols - 1)).toBe(value(5, WINDOW.cols - 1));
    expect(snap.partialSheets).toEqual(["T"]);
  });
});

describe("the issue's large workbook (one Form 7, 100,000 × 20 numbers, 900 × 60 Japanese text)", () => {
  it("is checked in at most 3 round trips and at most 1 MB beyond the form sheet's own cells", async () => {
    const base = install(await form7Book());
    await base.run((ctx) => snapshotWorkbook(ctx));
    const formOnly = base.host.stats.perSync.reduce((n, s) => n + s.response, 0);
    base.uninstall();

    const env = install(await form7Book(), { generated: bigSheets() });
    // Read whole, the text sheet alone is over Excel on the web's 5 MB.
    const text = await env.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(TEXT.name).getUsedRange(true);
      r.load("values,formulas,numberFormat");
      return ctx.sync().then(
        () => "read",
        (e: { code?: string }) => e.code,
      );
    });
    expect(text).toBe("ResponsePayloadSizeLimitExceeded");
    env.host.resetStats();

    const snap = await env.run((ctx) => snapshotWorkbook(ctx));
    const total = env.host.stats.perSync.reduce((n, s) => n + s.response, 0);
    expect(env.host.stats.failures).toEqual([]);
    expect(env.host.stats.syncs).toBeLessThanOrEqual(3);
    expect(total - formOnly).toBeLessThanOrEqual(1_000_000);
    expect(snap.partialSheets).toEqual([NUMBERS.name, TEXT.name]);
    // The large sheets are known by their window only.
    const numbers = snap.sheets.find((g) => g.sheet === NUMBERS.name)!;
    expect([numbers.rowCount, numbers.colCount]).toEqual([WINDOW.rows, NUMBERS.cols]);
    env.uninstall();
  }, 120_000);
});

describe("Microsoft's client in front of the strict host", () => {
  it("throws PropertyNotLoaded before load() + sync(), and a load queued before a write sees the old value", async () => {
    const env = install({ sheets: [{ name: "S", cells: { A1: { value: 1 } } }] });
    await env.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(/load/);
      r.load("values");
      r.values = [[null, 5]];
      expect(env.host.dump().sheets[0].cells.B1).toBeUndefined();
      await ctx.sync();
      expect(r.values).toEqual([[1, ""]]);
      expect(env.host.dump().sheets[0].cells).toEqual({ A1: { value: 1 }, B1: { value: 5 } });
    });
    env.uninstall();
  });

  it("refuses a written array of the wrong shape, keeping what the batch did before it", async () => {
    const env = install({ sheets: [{ name: "S", cells: {} }] });
    const err = await env
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [[1]];
        ws.getRange("B1:C1").values = [[1, 2, 3]];
        ws.getRange("D1").values = [[4]];
        await ctx.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(err).toBe("InvalidArgument");
    expect(env.host.dump().sheets[0].cells).toEqual({ A1: { value: 1 } });
    env.uninstall();
  });

  it("below ExcelApi 1.13 the client itself refuses getMergedAreasOrNullObject (nothing is sent)", async () => {
    const env = install({ sheets: [{ name: "S", cells: {} }] }, { apiSets: { ExcelApi: "1.4" } });
    await expect(
      env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(env.host.stats.syncs).toBe(0);
    env.uninstall();
  });
});
