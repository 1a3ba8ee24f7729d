import { columnName, fromA1, toA1 } from "../../src/workbook/address";
import { Grid } from "../../src/workbook/grid";
import { planWrite, selectWrites, writeKey } from "../../src/workbook/writePlan";

describe("A1 addresses", () => {
  it("round-trips columns across letter boundaries", () => {
    expect(columnName(0)).toBe("A");
    expect(columnName(25)).toBe("Z");
    expect(columnName(26)).toBe("AA");
    expect(columnName(701)).toBe("ZZ");
    expect(columnName(702)).toBe("AAA");
    for (const c of [0, 1, 25, 26, 51, 52, 701, 702, 16383])
      expect(fromA1(toA1(7, c))).toEqual({ row: 7, col: c });
    expect(fromA1("$D$22")).toEqual({ row: 21, col: 3 });
    expect(() => fromA1("22D")).toThrow();
  });
});

describe("write plan safety", () => {
  const grid = new Grid({
    sheet: "S",
    values: [[null, 5, 7, "x", 3]],
    formulas: [[null, null, "=A1+1", null, null]],
  });
  const label = { ja: "t", en: "t" };
  it("classifies what each target cell holds", () => {
    expect(planWrite(grid, 0, 0, 1, label).state).toBe("empty");
    expect(planWrite(grid, 0, 1, 5, label).state).toBe("same");
    expect(planWrite(grid, 0, 2, 1, label).state).toBe("formula");
    expect(planWrite(grid, 0, 3, 1, label).state).toBe("input");
    expect(planWrite(grid, 0, 1, 5.04, label, { same: (v) => v === 5 }).state).toBe("same");
    expect(
      planWrite(grid, 0, 4, 1, label, { ownEarlier: (s, a, v) => s === "S" && a === "E1" && v === 3 }).state,
    ).toBe("ownEarlier");
  });
  it("never selects formula or input cells without consent", () => {
    const plan = [0, 1, 2, 3].map((c) => planWrite(grid, 0, c, 9, label));
    expect(selectWrites(plan).map((w) => w.address)).toEqual(["A1"]);
    expect(selectWrites(plan, new Set([writeKey(plan[2])])).map((w) => w.address)).toEqual(["A1", "C1"]);
  });
});
