import { issue, type Issue } from "../../src/domain/issue";
import { NOTE_PREFIX, SEVERITY_FILL, clearMarks, markIssues } from "../../src/excel/marks";
import type { FakeWorkbookInit } from "../fakes/excelFake";
import { install, syncsOf, type Installed } from "./helpers";

const BOOK: FakeWorkbookInit = {
  sheets: [
    {
      name: "S",
      cells: {
        A1: { value: 1 },
        B1: { value: 2, fill: "#FFFF00" },
        C1: { value: 3, fill: "#FFFFFF" },
        D1: { value: 4, note: "user note" },
        E1: { value: 5, formula: "=A1+4" },
      },
    },
  ],
};

const issues: Issue[] = [
  issue("error", "x.a", { sheet: "S", address: "A1" }, "誤り", "wrong"),
  issue("warning", "x.b", { sheet: "S", address: "B1" }, "注意", "check"),
  issue("info", "x.b2", { sheet: "S", address: "B1" }, "参考", "info"),
  issue("warning", "x.c", { sheet: "S", address: "C1" }, "注意C", "check C"),
  issue("error", "x.d", { sheet: "S", address: "D1" }, "誤りD", "wrong D"),
  issue("info", "x.e", { sheet: "S", address: "E1" }, "参考E", "info E"),
  issue("info", "x.none", null, "表なし", "no table"),
];

describe("marks", () => {
  let env: Installed;
  afterEach(() => env.uninstall());

  it("fill only (no notes API): mark 1 sync, clear 1 sync, fills restored exactly, values never touched", async () => {
    env = install(BOOK, { apiSets: { ExcelApi: "1.9" } });
    const before = env.host.dump().sheets[0].cells;
    let records: Awaited<ReturnType<typeof markIssues>>["records"] = [];
    expect(
      await syncsOf(env.host, async () => {
        const r = await env.run((ctx) => markIssues(ctx, issues, { patterns: true }));
        records = r.records;
        expect(r.marked).toBe(5);
      }),
    ).toBe(1);
    const marked = env.host.dump().sheets[0].cells;
    expect(marked.A1.fill).toBe(SEVERITY_FILL.error);
    expect(marked.B1.fill).toBe(SEVERITY_FILL.warning);
    expect(marked.E1).toEqual({ ...before.E1, fill: SEVERITY_FILL.info });
    for (const k of Object.keys(before)) {
      expect(marked[k].value).toEqual(before[k].value);
      expect(marked[k].formula).toEqual(before[k].formula);
    }
    expect(records.find((r) => r.address === "C1")).toMatchObject({ fill: "#FFFFFF", note: null });
    expect(records.find((r) => r.address === "A1")).toMatchObject({ fill: null });

    expect(await syncsOf(env.host, () => env.run((ctx) => clearMarks(ctx, records)))).toBe(1);
    expect(env.host.dump().sheets[0].cells).toEqual(before);
  });

  it("with notes (ExcelApi 1.18): adds notes where there were none, keeps the user's, removes only its own", async () => {
    env = install(BOOK);
    const before = env.host.dump().sheets[0].cells;
    let records: Awaited<ReturnType<typeof markIssues>>["records"] = [];
    expect(
      await syncsOf(env.host, async () => {
        records = (await env.run((ctx) => markIssues(ctx, issues, { notes: true, patterns: true }))).records;
      }),
    ).toBe(2);
    const marked = env.host.dump().sheets[0].cells;
    expect(marked.A1.note).toBe(`${NOTE_PREFIX}誤り`);
    expect(marked.B1.note).toBe(`${NOTE_PREFIX}注意\n参考`);
    expect(marked.D1.note).toBe("user note");
    expect(records.find((r) => r.address === "D1")?.note).toBeNull();

    // Marking again keeps the first original fills (a second mark must not record the mark colour).
    records = (
      await env.run((ctx) => markIssues(ctx, issues, { notes: true, patterns: true, existing: records }))
    ).records;
    expect(records.find((r) => r.address === "B1")?.fill).toBe("#FFFF00");

    expect(await syncsOf(env.host, () => env.run((ctx) => clearMarks(ctx, records)))).toBe(2);
    expect(env.host.dump().sheets[0].cells).toEqual(before);
  });

  it("without fill.pattern (ExcelApi < 1.9) a white reading counts as no fill", async () => {
    env = install(BOOK, { apiSets: { ExcelApi: "1.7" } });
    const { records } = await env.run((ctx) => markIssues(ctx, issues, {}));
    expect(records.find((r) => r.address === "C1")?.fill).toBeNull();
    expect(records.find((r) => r.address === "B1")?.fill).toBe("#FFFF00");
    await env.run((ctx) => clearMarks(ctx, records));
    expect(env.host.dump().sheets[0].cells.B1.fill).toBe("#FFFF00");
  });

  it("skips the marks of a sheet deleted since", async () => {
    env = install(BOOK);
    const n = await env.run((ctx) =>
      clearMarks(ctx, [{ sheet: "Gone", address: "A1", fill: null, note: null }], {
        existingSheets: new Set(["S"]),
      }),
    );
    expect(n).toBe(0);
    expect(env.host.stats.syncs).toBe(0);
  });
});
