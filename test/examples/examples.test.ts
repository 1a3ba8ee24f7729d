/**
 * The committed examples stay what the builder makes (UPDATE_EXAMPLES=1 rewrites them), and the filled one
 * reproduces the public case.
 */
import fs from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { analyzeWorkbook } from "../../src/app/analyze";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import {
  BLANK,
  blankExample,
  FILLED,
  filledExample,
  TOKYO_SONO1,
  TOKYO_SONO2,
  tokyoSono1Example,
  tokyoSono2Example,
} from "../support/examples";

function cellsOf(snap: Awaited<ReturnType<typeof readWorkbookBuffer>>): string {
  return JSON.stringify(
    snap.sheets.map((g) => {
      const rows: unknown[] = [];
      for (let r = g.top; r <= g.bottom; r++) {
        const row: unknown[] = [];
        for (let c = g.left; c <= g.right; c++) row.push(g.value(r, c));
        rows.push(row);
      }
      return { name: g.sheet, rows, merges: g.merges };
    }),
  );
}

describe.each([
  ["form7-blank.xlsx", BLANK, blankExample],
  ["form7-filled.xlsx", FILLED, filledExample],
  ["tokyo-sono2-koto.xlsx", TOKYO_SONO2, tokyoSono2Example],
  ["tokyo-sono1-shinagawa.xlsx", TOKYO_SONO1, tokyoSono1Example],
])("examples/%s", (_name, file, make) => {
  it("matches what the builder makes", async () => {
    const fresh = await make();
    if (process.env.UPDATE_EXAMPLES === "1" || !fs.existsSync(file)) fs.writeFileSync(file, fresh);
    const committed = await readWorkbookBuffer(fs.readFileSync(file));
    expect(cellsOf(committed)).toBe(cellsOf(await readWorkbookBuffer(fresh)));
  });
});

describe("the examples through the engine", () => {
  it("the filled example reports 31 kl, 60 t, 0 t, 60 t, 42.4 kg-CO2/m² with no error", async () => {
    const a = analyzeWorkbook(await readWorkbookBuffer(fs.readFileSync(FILLED)), DEFAULT_SETTINGS);
    expect(a.forms).toHaveLength(1);
    const f = a.forms[0];
    if (f.kind !== "form7") throw new Error("expected Form 7");
    const r = f.result.reported;
    expect(
      [r.crudeOilKl, r.co2EnergyT, r.co2WaterT, r.co2TotalT, r.intensityKgPerM2].map((d) => d?.toNumber()),
    ).toEqual([31, 60, 0, 60, 42.4]);
    expect(f.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
  it("the blank example is found, asks for a floor area and plans only the totals", async () => {
    const a = analyzeWorkbook(await readWorkbookBuffer(fs.readFileSync(BLANK)), DEFAULT_SETTINGS);
    const f = a.forms[0];
    if (f.kind !== "form7") throw new Error("expected Form 7");
    expect(f.issues.map((i) => i.code)).toContain("form7.missingFloorArea");
    expect(f.result.reported.co2TotalT.toNumber()).toBe(0);
    expect(f.writes.every((w) => w.state === "empty")).toBe(true);
  });
});
