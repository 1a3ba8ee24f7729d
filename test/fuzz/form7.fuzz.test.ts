/**
 * Property tests over the reader and the engine: 10,000 generated grids per run — shifted and partial
 * forms, merged cells, text and error values, dates, booleans, full-width and mixed text, huge and negative
 * numbers, two forms on one sheet, formulas with no cached result.
 * Properties: no exception escapes; every figure is finite or absent; every problem is an issue with a
 * cell; nothing is ever planned for a formula cell or a non-empty input cell without consent.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/app/analyze";
import { settingsSchema } from "../../src/domain/settings";
import type { CellValue } from "../../src/workbook/grid";
import { selectWrites } from "../../src/workbook/writePlan";
import { writeForm7, KOTO_USAGE, KOTO_PRINTED } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10000);

const nasty: fc.Arbitrary<CellValue | { formula: string }> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }).map((d) => d as CellValue),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(1e15, -1e15, 1e-12, Number.MAX_SAFE_INTEGER, 0, -0),
  fc.constantFrom("#REF!", "#DIV/0!", "#VALUE!", "#N/A").map((e) => ({ error: e })),
  fc.boolean(),
  fc.constantFrom(
    "8,250",
    "１２，３４５",
    "4,120.5 kWh",
    "12千kWh",
    "▲1,000",
    "abc",
    "",
    "　",
    "1,23",
    "ＬＰＧ",
    "合計",
    "都市ガス",
    "燃料等の種別",
  ),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: 30000, max: 50000 }), // a date serial
  fc.constant({ formula: "SUM(A1:A3)" }),
);

const layout = fc.record({
  rowOffset: fc.integer({ min: 0, max: 6 }),
  colOffset: fc.integer({ min: 0, max: 4 }),
  blankColumn: fc.boolean(),
  fullWidth: fc.boolean(),
  unitStyle: fc.constantFrom("Nm3" as const, "Nm³" as const),
  title: fc.boolean(),
  merged: fc.boolean(),
});

const scenario = fc.record({
  layout,
  twoForms: fc.boolean(),
  filled: fc.boolean(),
  floorArea: fc.oneof(
    fc.constant(null),
    fc.constant(1412.36),
    fc.double({ min: -1e6, max: 1e9, noNaN: true }),
  ),
  mutations: fc.array(fc.tuple(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 14 }), nasty), {
    maxLength: 12,
  }),
  dropRows: fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 3 }),
  settings: fc.record({
    coefficientSet: fc.constantFrom("official" as const, "sheet" as const),
    heatRowCo2: fc.constantFrom("heatUsed" as const, "primaryEnergy" as const),
  }),
});

/** A plain check: jest's expect is too slow for the inner loop of 10,000 runs. */
function ensure(ok: boolean, what: string, detail?: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const sink = new GridSink();
  const content = {
    floorArea: s.floorArea,
    usage: { ...KOTO_USAGE, industrialSteam: 5000, otherFuel: 10 },
    computed: s.filled ? KOTO_PRINTED : {},
    otherFuel: { name: "A重油", unit: "kL", heatCoef: 39.1, emissionCoef: 0.0189 },
  };
  const first = writeForm7(sink, s.layout, content);
  if (s.twoForms) writeForm7(sink, { ...s.layout, rowOffset: first.lastRow + 3 }, content);
  for (const r of s.dropRows) sink.values[r] = [];
  for (const [r, c, v] of s.mutations) sink.put(r, c, v as CellValue);
  return sink.grid();
}

describe("Form 7 reader and engine under generated grids", () => {
  it(`holds its properties on ${RUNS} grids`, () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const grid = build(s);
        const settings = settingsSchema.parse(s.settings);
        const a = analyzeWorkbook({ sheets: [grid] }, settings);
        for (const f of a.forms) {
          if (f.kind !== "form7") continue;
          const figures = [
            ...Object.values(f.result.reported),
            ...Object.values(f.result.exact),
            ...Object.values(f.result.cells),
          ];
          for (const d of figures)
            if (d !== null && d !== undefined) ensure(d.isFinite(), "figure not finite", d.toString());
          for (const i of f.issues) {
            ensure(i.cell !== null, "issue without a cell", i);
            ensure(i.message.ja.length > 0 && i.message.en.length > 0, "issue without words", i);
          }
          for (const w of selectWrites(f.writes)) {
            ensure(grid.formula(w.row, w.col) === null, "write planned over a formula", w);
            const v = grid.value(w.row, w.col);
            const blank = v === null || (typeof v === "string" && v.trim() === "");
            ensure(w.state === "empty" ? blank : w.state === "ownEarlier", "write planned over input", w);
            ensure(Number.isFinite(w.value as number), "write of a non-finite number", w);
          }
        }
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 300000);
});
