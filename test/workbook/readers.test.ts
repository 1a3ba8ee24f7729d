/**
 * The reader registry: every kind is one entry, walked in order by analyzeWorkbook; a sheet whose label
 * index lacks a kind's words is passed over without that reader reading it; a new kind is a new entry.
 */
import { analyzeWorkbook } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { Grid, type CellValue } from "../../src/workbook/grid";
import type { FormReader } from "../../src/workbook/reader";
import { READERS } from "../../src/workbook/readers";
import { sheetLabels } from "../../src/workbook/text";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";
import { returnTableRows } from "../support/jcreditWorkbooks";

function form7Grid(sheet: string): Grid {
  const sink = new GridSink();
  writeForm7(sink, {}, { floorArea: 1412.36, usage: KOTO_USAGE, computed: KOTO_PRINTED });
  return sink.grid(sheet);
}

function returnGrid(sheet: string): Grid {
  const sink = new GridSink();
  returnTableRows([3000, 3000, 3000, 3000], [50, 50, 50, 50]).forEach((row, r) =>
    row.forEach((v, c) => sink.put(r, c, v)),
  );
  return sink.grid(sheet);
}

/** Wraps every reader, recording the sheets each one read. */
function spied(): { readers: FormReader<unknown>[]; reads: Map<string, string[]> } {
  const reads = new Map<string, string[]>();
  const readers = READERS.map((r): FormReader<unknown> => ({
    ...r,
    read: (grid, ctx, earlier) => {
      reads.set(r.name, [...(reads.get(r.name) ?? []), grid.sheet]);
      return r.read(grid, ctx, earlier);
    },
  }));
  return { readers, reads };
}

describe("the reader registry", () => {
  it("lists every kind once, the context readers first and Form 8 (which needs the Form 7 sites) last", () => {
    expect(READERS.map((r) => r.name)).toEqual([
      "benchmark",
      "prices",
      "history",
      "form7",
      "forecastSheet",
      "creditForecast",
      "returnTable",
      "tokyoBusiness",
      "form8",
    ]);
  });

  it("reads a sheet only with the readers whose words its label index holds", () => {
    const { readers, reads } = spied();
    const a = analyzeWorkbook(
      { sheets: [form7Grid("第7号様式"), returnGrid("還元額")] },
      DEFAULT_SETTINGS,
      undefined,
      {},
      readers,
    );
    expect(a.forms.map((f) => `${f.kind}@${f.sheet}`)).toEqual(["form7@第7号様式", "returnTable@還元額"]);
    expect(reads.get("form7")).toEqual(["第7号様式"]);
    expect(reads.get("returnTable")).toEqual(["還元額"]);
    // No history, Form 8, (その1) or forecast words anywhere: those readers never read a sheet.
    for (const name of ["history", "form8", "tokyoBusiness", "forecastSheet", "creditForecast"]) {
      expect(reads.get(name)).toBeUndefined();
    }
  });

  it("judges from the label index alone: a sheet of numbers is rejected by every form reader", () => {
    const values: CellValue[][] = Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => r * c),
    );
    const grid = new Grid({ sheet: "計測", values });
    const labels = sheetLabels(grid);
    expect(READERS.filter((r) => r.wanted(labels)).map((r) => r.name)).toEqual([]);
  });

  it("keeps the workbook's sheet order across kinds", () => {
    const a = analyzeWorkbook({ sheets: [returnGrid("還元額"), form7Grid("第7号様式")] }, DEFAULT_SETTINGS);
    expect(a.forms.map((f) => f.sheet)).toEqual(["還元額", "第7号様式"]);
  });

  it("analyses a kind only when some sheet was wanted, even if reading it found nothing", () => {
    const analysed: { name: string; found: readonly string[] }[] = [];
    const kind = (name: string, word: string): FormReader<string> => ({
      name,
      wanted: (labels) => labels.mentions(word),
      read: () => [],
      analyze: (found) => {
        analysed.push({ name, found });
        return {};
      },
    });
    analyzeWorkbook({ sheets: [form7Grid("A")] }, DEFAULT_SETTINGS, undefined, {}, [
      kind("absent", "還元額"),
      kind("present", "燃料等の種別"),
    ]);
    expect(analysed).toEqual([{ name: "present", found: [] }]);
  });

  it("takes a new kind as one more entry, which sees the forms of the readers before it", () => {
    const seen: number[] = [];
    const counter: FormReader<string> = {
      name: "counter",
      wanted: (labels) => labels.mentions("燃料等の種別"),
      read: (grid, ctx) => {
        seen.push(ctx.forms.length);
        return [grid.sheet];
      },
      analyze: (found) => ({
        issues: found.map((s) => ({
          severity: "info",
          code: "test.seen",
          cell: null,
          message: { ja: s, en: s },
        })),
      }),
    };
    const a = analyzeWorkbook({ sheets: [form7Grid("A"), form7Grid("B")] }, DEFAULT_SETTINGS, undefined, {}, [
      ...READERS,
      counter,
    ]);
    expect(seen).toEqual([2, 2]);
    expect(a.issues.map((i) => i.message.ja)).toEqual(["A", "B"]);
  });
});
