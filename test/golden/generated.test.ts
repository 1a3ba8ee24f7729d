/**
 * The engine's whole answer (figures, issues with code, cell, parameters and both languages' words, planned
 * writes) over generated workbooks — 300 property-test grids from a fixed seed, every printed figure of the
 * public case scaled ×1000, ÷1000, +1 and −0.1, and the Fukuoka return table with odd prices, rates and
 * printed figures — is byte-identical to the golden file beside this test (gzipped). A refactoring proves it
 * changed no behaviour; UPDATE_GOLDEN=1 rewrites the file for a change that is meant.
 */
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { analyzeWorkbook } from "../../src/app/analyze";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/domain/settings";
import { Grid } from "../../src/workbook/grid";
import { build, scenario } from "../support/form7Scenario";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";
import { returnTableRows } from "../support/jcreditWorkbooks";

const GOLDEN = path.join(__dirname, "files", "generated.txt.gz");

/** Decimals as their exact strings, everything else as JSON has it. */
function plain(x: unknown): unknown {
  if (x === null || typeof x !== "object") return x;
  if (typeof (x as { toFixed?: unknown }).toFixed === "function" && "d" in (x as object))
    return `D:${(x as { toString(): string }).toString()}`;
  if (x instanceof Grid) return `grid:${x.sheet}`;
  if (Array.isArray(x)) return x.map(plain);
  return Object.fromEntries(
    Object.entries(x as Record<string, unknown>)
      .filter(([, v]) => typeof v !== "function")
      .map(([k, v]) => [k, plain(v)]),
  );
}

function answer(grids: Grid[], settings = DEFAULT_SETTINGS): string {
  const a = analyzeWorkbook({ sheets: grids }, settings);
  return JSON.stringify(
    plain({
      issues: a.issues,
      forms: a.forms.map((f) => {
        const { ...rest } = f as unknown as Record<string, unknown>;
        delete rest.form; // the parser's raw sheet: its cells are in the grid already
        return rest;
      }),
    }),
  );
}

function cases(): string[] {
  const lines: string[] = [];
  for (const s of fc.sample(scenario, { numRuns: 300, seed: 20261202 })) {
    lines.push(answer([build(s)], settingsSchema.parse(s.settings)));
  }
  for (const key of Object.keys(KOTO_PRINTED)) {
    for (const [name, f] of [
      ["x1000", (v: number) => v * 1000],
      ["div1000", (v: number) => v / 1000],
      ["plus1", (v: number) => v + 1],
      ["minus0.1", (v: number) => Math.round((v - 0.1) * 10) / 10],
    ] as const) {
      const sink = new GridSink();
      writeForm7(
        sink,
        {},
        { floorArea: 1412.36, usage: KOTO_USAGE, computed: { ...KOTO_PRINTED, [key]: f(KOTO_PRINTED[key]) } },
      );
      lines.push(`${key} ${name} ${answer([sink.grid()])}`);
    }
  }
  const prices = [3000, 3246.5, null, -1, 0, 1551];
  const rates = [50, 60.5, null, 120, 0, 12.25];
  const printed: (number | string | null)[][] = [
    [8170, 220, 960, 1280],
    [8171, 219.5, null, "1,280"],
    [0, -5, 960.4, 1280],
  ];
  for (const p of prices)
    for (const r of rates)
      for (const pr of printed) {
        const sink = new GridSink();
        returnTableRows([p, p, 3000, p], [r, 50, r, r], pr).forEach((row, i) =>
          row.forEach((v, c) => sink.put(i, c, v)),
        );
        lines.push(`return ${p} ${r} ${JSON.stringify(pr)} ${answer([sink.grid("還元額")])}`);
      }
  return lines;
}

it("the engine's answers over generated workbooks are byte-identical to the golden file", () => {
  const text = cases().join("\n") + "\n";
  if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(GOLDEN)) {
    fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
    fs.writeFileSync(GOLDEN, zlib.gzipSync(text, { level: 9 }));
  }
  const golden = zlib.gunzipSync(fs.readFileSync(GOLDEN)).toString("utf8");
  if (text !== golden) {
    const out = path.resolve(__dirname, "../../test-artifacts/generated.actual.txt");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
    fs.writeFileSync(out.replace("actual", "golden"), golden);
  }
  expect(text === golden).toBe(true);
}, 120000);
