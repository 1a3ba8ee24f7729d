import { applyWrites, undoLast } from "../../src/excel/apply";
import {
  LOG_HEADERS,
  LOG_SHEET,
  logGridOf,
  logStateFromSnapshot,
  ownEarlierFromLog,
  readLogRows,
  undoHintOf,
} from "../../src/workbook/auditLog";
import { snapshotWorkbook } from "../../src/excel/snapshot";
import { Grid } from "../../src/workbook/grid";
import type { PlannedWrite } from "../../src/workbook/writePlan";
import type { FakeWorkbookInit } from "../fakes/excelFake";
import { install, syncsOf, type Installed } from "./helpers";

const label = { ja: "ラベル", en: "label" };

function w(
  sheet: string,
  address: string,
  row: number,
  col: number,
  value: number | string,
  old: PlannedWrite["old"],
  oldFormula: string | null = null,
  numberFormat?: string,
): PlannedWrite {
  const out: PlannedWrite = {
    sheet,
    address,
    row,
    col,
    value,
    label,
    old,
    oldFormula,
    state: old === null ? "empty" : oldFormula ? "formula" : "input",
  };
  if (numberFormat) out.numberFormat = numberFormat;
  return out;
}

const BOOK: FakeWorkbookInit = {
  sheets: [
    {
      name: "第7号様式",
      cells: {
        B2: { value: "都市ガス" },
        C2: { value: 100 },
        D2: { value: 4.5, formula: "=C2*0.045" },
        E2: { value: "123" },
        F2: { value: 7, numberFormat: "0.0" },
        G9: { value: "untouched" },
      },
    },
    { name: "Other", cells: { A1: { value: "x" } } },
  ],
};

const TIME = "2026-04-01T09:00:00.000Z";

describe("applyWrites and undoLast", () => {
  let env: Installed;
  beforeEach(() => {
    env = install(BOOK);
  });
  afterEach(() => env.uninstall());

  const plan = [
    w("第7号様式", "D2", 1, 3, 4.6, 4.5, "=C2*0.045", "0.00"),
    w("第7号様式", "E2", 1, 4, "=not a formula", "123"),
    w("第7号様式", "H2", 1, 7, 12.5, null),
    w("Other", "B1", 0, 1, "A", null),
  ];

  async function writeOnce(): Promise<void> {
    const snap = await env.run((ctx) => snapshotWorkbook(ctx));
    const log = logStateFromSnapshot(snap);
    expect(log).toEqual({ exists: false, nextRow: 0 });
    env.host.resetStats();
    await env.run((ctx) => applyWrites(ctx, plan, { log, batch: "B1", time: TIME }));
  }

  it("writes in exactly one sync, only the planned cells, and logs each with its old value and formula", async () => {
    const before = env.host.dump();
    await writeOnce();
    expect(env.host.stats.syncs).toBe(1);
    const after = env.host.dump();
    const main = after.sheets.find((s) => s.name === "第7号様式")!;
    expect(main.cells.D2).toEqual({ value: 4.6, numberFormat: "0.00" });
    expect(main.cells.E2).toEqual({ value: "=not a formula" });
    expect(main.cells.H2).toEqual({ value: 12.5 });
    expect(after.sheets.find((s) => s.name === "Other")!.cells.B1).toEqual({ value: "A" });
    // Nothing else changed.
    const changed = new Set(["第7号様式!D2", "第7号様式!E2", "第7号様式!H2", "Other!B1"]);
    for (const s of before.sheets) {
      const now = after.sheets.find((x) => x.name === s.name)!;
      const keys = new Set([...Object.keys(s.cells), ...Object.keys(now.cells)]);
      for (const k of keys)
        if (!changed.has(`${s.name}!${k}`)) expect([k, now.cells[k]]).toEqual([k, s.cells[k]]);
    }
    const log = after.sheets.find((s) => s.name === LOG_SHEET)!;
    expect(log.cells.A1.value).toBe(LOG_HEADERS[0]);
    expect(log.cells.F2).toEqual({ value: "=C2*0.045" }); // a logged formula stays text
    expect(log.cells.E3).toEqual({ value: "123" }); // a text "123" stays text
    expect(log.cells.G3).toEqual({ value: "=not a formula" });
    expect(log.cells.D5).toEqual({ value: "B1" });
    expect(log.cells.B2).toEqual({ value: "B1" });
  });

  it("undo restores old values and formulas exactly, in 2 syncs with the hint, and marks the batch undone", async () => {
    const original = env.host.dump();
    await writeOnce();
    const hint = undoHintOf("B1", plan);
    let result: Awaited<ReturnType<typeof undoLast>> | undefined;
    const syncs = await syncsOf(env.host, async () => {
      result = await env.run((ctx) => undoLast(ctx, { time: "2026-04-01T10:00:00.000Z", hint }));
    });
    expect(syncs).toBe(2);
    expect(result).toEqual({ batch: "B1", restored: 4, skipped: [] });
    const after = env.host.dump();
    for (const s of original.sheets) {
      const now = after.sheets.find((x) => x.name === s.name)!;
      for (const [k, c] of Object.entries(s.cells)) {
        const { numberFormat: _nf, ...want } = c;
        const { numberFormat: _nf2, ...got } = now.cells[k] ?? {};
        // The formula comes back (its cached value is Excel's to recalculate).
        if (c.formula) expect(got.formula).toBe(c.formula);
        else expect([k, got]).toEqual([k, want]);
      }
      for (const k of Object.keys(now.cells)) if (!(k in s.cells)) expect([k, now.cells[k]]).toEqual([k, {}]);
    }
    const logRows = readLogRows(
      (await env.run((ctx) => snapshotWorkbook(ctx))).sheets.find((g) => g.sheet === LOG_SHEET),
    );
    expect(logRows.every((r) => r.undone === "2026-04-01T10:00:00.000Z")).toBe(true);
    // Nothing left to undo.
    const again = await env.run((ctx) => undoLast(ctx, { time: TIME, hint: null }));
    expect(again.batch).toBeNull();
  });

  it("undo without a hint reads the log first (3 syncs) and still restores", async () => {
    await writeOnce();
    let result: Awaited<ReturnType<typeof undoLast>> | undefined;
    const syncs = await syncsOf(env.host, async () => {
      result = await env.run((ctx) => undoLast(ctx, { time: TIME, hint: null }));
    });
    expect(syncs).toBe(3);
    expect(result!.restored).toBe(4);
  });

  it("undo leaves a cell the user changed since, and reports it", async () => {
    await writeOnce();
    await env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("第7号様式").getRange("H2").values = [[99]];
      await ctx.sync();
    });
    const result = await env.run((ctx) => undoLast(ctx, { time: TIME, hint: undoHintOf("B1", plan) }));
    expect(result.restored).toBe(3);
    expect(result.skipped).toEqual([{ sheet: "第7号様式", address: "H2", wrote: 12.5, found: 99 }]);
    expect(env.host.dump().sheets[0].cells.H2).toEqual({ value: 99 });
  });

  it("the next write appends below the earlier log rows (log position from the snapshot)", async () => {
    await writeOnce();
    const snap = await env.run((ctx) => snapshotWorkbook(ctx));
    const log = logStateFromSnapshot(snap);
    expect(log).toEqual({ exists: true, nextRow: 5 });
    await env.run((ctx) =>
      applyWrites(ctx, [w("Other", "C1", 0, 2, 1, null)], { log, batch: "B2", time: TIME }),
    );
    const rows = readLogRows(logGridOf(await env.run((ctx) => snapshotWorkbook(ctx))));
    expect(rows.map((r) => r.batch)).toEqual(["B1", "B1", "B1", "B1", "B2"]);
  });

  it("refuses to write into the log sheet", async () => {
    await expect(
      env.run((ctx) =>
        applyWrites(ctx, [w(LOG_SHEET, "A1", 0, 0, 1, null)], {
          log: { exists: false, nextRow: 0 },
          batch: "X",
          time: TIME,
        }),
      ),
    ).rejects.toThrow(/log/);
  });
});

describe("ownEarlierFromLog", () => {
  const header = [...LOG_HEADERS];
  const log = (rows: (string | number | null)[][]): Grid =>
    new Grid({ sheet: LOG_SHEET, values: [header, ...rows] });

  it("is true only where the log's last live write to the cell equals what it holds", () => {
    const own = ownEarlierFromLog(
      log([
        [TIME, "B1", "S", "D2", null, null, 4.5, null],
        [TIME, "B1", "S", "E2", null, null, "A", null],
        [TIME, "B2", "S", "D2", 4.5, null, 4.6, null],
        [TIME, "B3", "S", "F2", null, null, 10, TIME],
      ]),
    );
    expect(own("S", "D2", 4.6)).toBe(true);
    expect(own("S", "D2", 4.6 + 1e-12)).toBe(true);
    expect(own("S", "D2", 4.5)).toBe(false); // an earlier write, since overwritten
    expect(own("S", "E2", "A")).toBe(true);
    expect(own("S", "$E$2", "A")).toBe(true);
    expect(own("S", "E2", "B")).toBe(false);
    expect(own("S", "F2", 10)).toBe(false); // undone
    expect(own("T", "D2", 4.6)).toBe(false);
    expect(ownEarlierFromLog(undefined)("S", "D2", 4.6)).toBe(false);
  });

  it("after an undo, the cell is the add-in's own again when it holds the write before the undone one", () => {
    const own = ownEarlierFromLog(
      log([
        [TIME, "B1", "S", "D2", null, null, 4.5, null],
        [TIME, "B2", "S", "D2", 4.5, null, 4.6, TIME],
      ]),
    );
    expect(own("S", "D2", 4.5)).toBe(true);
    expect(own("S", "D2", 4.6)).toBe(false);
  });
});
