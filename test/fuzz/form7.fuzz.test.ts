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
import { selectWrites } from "../../src/workbook/writePlan";
import { build, scenario } from "../support/form7Scenario";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10000);

/** A plain check: jest's expect is too slow for the inner loop of 10,000 runs. */
function ensure(ok: boolean, what: string, detail?: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(detail)}`);
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
