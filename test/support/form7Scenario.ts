/**
 * Generated Form 7 grids: shifted and partial forms, merged cells, text and error values, dates, booleans,
 * full-width and mixed text, huge and negative numbers, two forms on one sheet, formulas with no cached
 * result. Used by the property tests and by the generated golden file.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/workbook/grid";
import { writeForm7, KOTO_USAGE, KOTO_PRINTED } from "./form7Workbook";
import { GridSink } from "./gridSink";

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

export const scenario = fc.record({
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

export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

export function build(s: Scenario) {
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
