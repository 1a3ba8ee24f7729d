import { dec } from "../../../src/domain/decimal";
import { forecastCohorts } from "../../../src/domain/jcredit/cohort";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { exampleForecastParams } from "../../../src/workbook/jcredit/forecastSheet";
import { analyzeForecastSheet, forecastNewSheet } from "../../../src/workbook/jcredit/forecastSheetAnalysis";
import { selectWrites, type OwnEarlier } from "../../../src/workbook/writePlan";

/** The created sheet as a grid, optionally edited (A1 → value), as the snapshot would read it. */
function sheetGrid(edit: (values: CellValue[][]) => void = () => undefined): Grid {
  const values = forecastNewSheet(exampleForecastParams()).values.map((r) => [...r]);
  const width = Math.max(...values.map((r) => r.length));
  const padded = values.map((r) => Array.from({ length: width + 2 }, (_, c) => r[c] ?? null));
  padded.push(Array.from({ length: width + 2 }, () => null));
  edit(padded);
  return new Grid({ sheet: "J-クレジット見通し", values: padded });
}

function rowOf(g: Grid, label: string): number {
  for (let r = g.top; r <= g.bottom; r++) if (g.value(r, 0) === label) return r;
  throw new Error(`no row ${label}`);
}

const everyCellOwn: OwnEarlier = () => true;

describe("the add-in's forecast sheet, read back and recomputed", () => {
  it("reads the created sheet back to the same forecast, with nothing to write", () => {
    const a = analyzeForecastSheet(sheetGrid(), everyCellOwn)!;
    const expected = forecastCohorts(exampleForecastParams());
    expect(a.kind).toBe("forecastSheet");
    expect(a.anchor.address).toBe("A1");
    expect(a.issues).toEqual([]);
    expect(a.forecast!.grandTotal.toFixed()).toBe(expected.grandTotal.toFixed());
    expect(a.forecast!.totals.map((t) => t.toFixed())).toEqual(expected.totals.map((t) => t.toFixed()));
    expect(selectWrites(a.writes)).toEqual([]);
  });

  it("after the crediting years are changed on the sheet, plans the new results where they stand", () => {
    const g = sheetGrid((v) => {
      const r = v.findIndex((row) => row[0] === "認証対象期間 L（年）");
      v[r][1] = 6;
    });
    const a = analyzeForecastSheet(g, everyCellOwn)!;
    const expected = forecastCohorts({ ...exampleForecastParams(), creditingYears: 6 });
    expect(a.forecast!.grandTotal.toFixed()).toBe(expected.grandTotal.toFixed());
    const writes = selectWrites(a.writes);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.state === "ownEarlier")).toBe(true);
    const total = rowOf(g, "合計");
    const last = expected.fiscalYears.length + 1; // 累計 column
    const grand = writes.find((w) => w.row === total && w.col === last)!;
    expect(grand.value).toBe(expected.grandTotal.toNumber());
    expect(grand.old).toBe(forecastCohorts(exampleForecastParams()).grandTotal.toNumber());
    expect(grand.numberFormat).toBe("#,##0");
    // Fewer crediting years inside the same horizon: fewer credits.
    expect(expected.grandTotal.lt(forecastCohorts(exampleForecastParams()).grandTotal)).toBe(true);
  });

  it("asks consent before replacing a result someone typed over, and clears a stale result of its own", () => {
    const g = sheetGrid((v) => {
      const r = v.findIndex((row) => row[0] === "合計");
      v[r][1] = 999; // typed over the R8 total
      v[v.length - 1][0] = "区への還元（t）"; // a stale line below the block, written by the add-in earlier
      v[v.length - 1][1] = 12;
    });
    const stale = g.bottom;
    const own: OwnEarlier = (_s, address) => address === `A${stale + 1}` || address === `B${stale + 1}`;
    const a = analyzeForecastSheet(g, own)!;
    const typed = a.writes.find((w) => w.row === rowOf(g, "合計") && w.col === 1)!;
    expect(typed.state).toBe("input");
    expect(typed.value).toBe(forecastCohorts(exampleForecastParams()).totals[0].toNumber());
    const cleared = a.writes.filter((w) => w.row === stale && w.value === "");
    expect(cleared.map((w) => w.address).sort()).toEqual([`A${stale + 1}`, `B${stale + 1}`]);
    expect(cleared.every((w) => w.state === "ownEarlier")).toBe(true);
  });

  it("a parameter that is not a number points at its cell and nothing is written", () => {
    const g = sheetGrid((v) => {
      const r = v.findIndex((row) => row[0] === "初年度の割合 f");
      v[r][1] = "八割";
    });
    const a = analyzeForecastSheet(g, everyCellOwn)!;
    expect(a.writes).toEqual([]);
    const f = a.issues.find((i) => i.code === "forecastSheet.notANumber")!;
    expect(f.cell!.address).toBe(`B${rowOf(g, "初年度の割合 f") + 1}`);
  });

  it("parameters that do not validate give an issue at the title and no forecast", () => {
    const g = sheetGrid((v) => {
      const r = v.findIndex((row) => row[0] === "初年度の割合 f");
      v[r][1] = 1.5;
    });
    const a = analyzeForecastSheet(g, everyCellOwn)!;
    expect(a.forecast).toBeNull();
    expect(a.issues.map((i) => [i.code, i.cell?.address])).toEqual([["forecastSheet.invalid", "A1"]]);
    expect(a.issues[0].message.ja).toContain("firstYearFraction");
  });

  it("the new sheet's chart covers the results header and one row per menu, without 累計", () => {
    const sheet = forecastNewSheet(exampleForecastParams());
    const area = sheet.chart!.area;
    expect(sheet.values[area.top][0]).toBe("区分");
    expect(sheet.values[area.top][area.right]).toBe("R15");
    expect(sheet.values[area.bottom + 1][0]).toBe("合計");
    expect(area.bottom - area.top).toBe(exampleForecastParams().menus.length);
    expect(dec(sheet.values[area.bottom + 1][area.right + 1] as number).toFixed()).toBe(
      forecastCohorts(exampleForecastParams()).grandTotal.toFixed(),
    );
  });

  it("a sheet that is not the add-in's forecast is not one", () => {
    expect(analyzeForecastSheet(new Grid({ sheet: "x", values: [["区分", "R8", "累計"]] }))).toBeNull();
  });
});
