import { dec } from "../../../src/domain/decimal";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { analyzeReturnTables } from "../../../src/workbook/jcredit/returnTableSheet";
import { selectWrites } from "../../../src/workbook/writePlan";
import { returnTableRows } from "../../support/jcreditWorkbooks";

/** The seed's sheet: preconditions, Table 1 and Table 2 (prices and rates as a bid would fill them). */
function seedSheet(
  prices: (number | null)[],
  rates: (number | null)[],
  printed: (number | string | null)[] = [8170, 220, 960, "1,280"],
): Grid {
  return new Grid({ sheet: "提案", values: returnTableRows(prices, rates, printed) as CellValue[][] });
}

describe("Fukuoka return table on a sheet", () => {
  it("fills A, B, ΣA and ΣB from the bid, with the seed's reductions confirmed", () => {
    const [t] = analyzeReturnTables(seedSheet([3000, 3000, 3000, 3000], [50, 50, 50, 50]), DEFAULT_SETTINGS);
    expect(t.preconditions.years.toNumber()).toBe(8);
    expect(t.rows.map((r) => [r.reductionT.toNumber(), r.recomputedT?.toNumber()])).toEqual([
      [8170, 8170],
      [220, 220],
      [960, 960],
      [1280, 1280],
    ]);
    expect(t.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(selectWrites(t.writes).map((w) => [w.address, w.value])).toEqual([
      ["D14", 24510000],
      ["F14", 12255000],
      ["D15", 660000],
      ["F15", 330000],
      ["D16", 2880000],
      ["F16", 1440000],
      ["D17", 3840000],
      ["F17", 1920000],
      ["D18", 31890000],
      ["F18", 15945000],
    ]);
  });

  it("counts rows without a price as zero and flags a printed reduction that does not follow", () => {
    const [t] = analyzeReturnTables(
      seedSheet([3000, null, 2500, null], [40, null, 0.5, null], [8180, 220, 960, 1280]),
      DEFAULT_SETTINGS,
    );
    expect(t.issues.map((i) => [i.code, i.cell?.address])).toContainEqual(["return.reductionDiffers", "B14"]);
    expect(t.totals.A.toNumber()).toBe(8180 * 3000 + 960 * 2500);
    expect(t.totals.B.toNumber()).toBe(8180 * 3000 * 0.4 + 960 * 2500 * 0.5);
    expect(t.rows[1].A).toBeNull();
  });
});

describe("Fukuoka return table in other layouts", () => {
  /** The seed's rows moved down 3 rows and right 2 columns, with number formats where given. */
  function shifted(rows: (string | number | null)[][], formats: Record<string, string> = {}): Grid {
    const values: CellValue[][] = [[], [], [], ...rows.map((r) => [null, null, ...r])];
    const numberFormats: (string | null)[][] = values.map((r) => r.map(() => null));
    for (const [addr, f] of Object.entries(formats)) {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      numberFormats[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = f;
    }
    return new Grid({ sheet: "表2", values, numberFormats });
  }

  it("reads Table 1 from its text, rates formatted as %, and names every cell of a row", () => {
    const rows = returnTableRows([4000, 2000, 2000, null], [0.5, 0.5, 0.5, null]);
    const [t] = analyzeReturnTables(shifted(rows, { G17: "0%", G18: "0%", G19: "0%" }), DEFAULT_SETTINGS);
    expect(
      t.table1.map((e) => [
        e.label.slice(0, 2),
        e.equipment.unitsPerYear?.toNumber(),
        e.equipment.perUnitTPerYear?.toNumber() ?? null,
        e.equipment.pvKw?.toNumber() ?? null,
        e.equipment.selfConsumption?.toNumber() ?? null,
      ]),
    ).toEqual([
      ["①リ", 610, null, 5.5, 0.6],
      ["②高", 40, 0.7, null, null],
      ["③家", 200, 0.6, null, null],
      ["④E", 400, 0.4, null, null],
    ]);
    expect(t.preconditionCells).toEqual({
      kWhPerKwYear: { sheet: "表2", address: "C6" },
      gridFactorTPerKWh: { sheet: "表2", address: "C7" },
      years: { sheet: "表2", address: "C5" },
    });
    expect(t.rows[0]).toMatchObject({
      creditClass: "renewable",
      returnRatePct: dec(50),
      cells: { label: "C17", reductionT: "D17", price: "E17", A: "F17", rate: "G17", B: "H17" },
    });
    expect(t.rows.map((r) => r.creditClass)).toEqual([
      "renewable",
      "energySaving",
      "energySaving",
      "energySaving",
    ]);
    expect(t.rows[0].perUnitTPerYear!.toFixed()).toBe("1.67508");
    expect(t.rows[0].recomputedExactT!.toFixed()).toBe("8174.3904");
    expect(t.issues.filter((i) => i.code === "return.rateAsFraction")).toEqual([]);
    // ① 8,170 × 4,000 = 32,680,000 → B 16,340,000; ② 220 × 2,000 → 220,000; ③ 960 × 2,000 → 960,000; ④ not feasible
    expect(t.totals).toEqual({
      reductionT: dec(10630),
      A: dec(32680000 + 440000 + 1920000),
      B: dec(16340000 + 220000 + 960000),
    });
    expect(t.totalCells).toEqual({ reductionT: "D21", A: "F21", B: "H21" });
    expect(selectWrites(t.writes).map((w) => w.address)).toEqual([
      "F17",
      "H17",
      "F18",
      "H18",
      "F19",
      "H19",
      "F21",
      "H21",
    ]);
    expect(t.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("fills a blank reduction from Table 1, and points at printed figures that do not follow", () => {
    const rows = returnTableRows([3000, 3000, null, 3000], [50, 50, null, 50], [8170, null, 960, 1280]);
    rows[13][3] = 24510001; // ① A
    rows[15][3] = 100; // ③ A without a price
    rows[17][1] = 10000; // 計 reduction
    const [t] = analyzeReturnTables(
      new Grid({ sheet: "S", values: rows as CellValue[][] }),
      DEFAULT_SETTINGS,
    );
    expect(t.writes.find((w) => w.address === "B15")).toMatchObject({
      value: 220,
      state: "empty",
      numberFormat: "#,##0",
    });
    expect(t.issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual(
      expect.arrayContaining([
        ["return.mismatch", "D14", { expected: "24510000", found: "24510001" }],
        ["return.mismatch", "B18", { expected: "10630", found: "10000" }],
        ["return.amountWithoutPrice", "D16", undefined],
      ]),
    );
    // D14 holds someone's figure: replacing it needs consent
    expect(t.writes.find((w) => w.address === "D14")?.state).toBe("input");
    expect(selectWrites(t.writes).map((w) => w.address)).not.toContain("D14");
  });

  it("a price without a rate: A, no B, and a warning at the rate cell", () => {
    const [t] = analyzeReturnTables(
      new Grid({
        sheet: "S",
        values: returnTableRows([3000, null, null, null], [null, null, null, null]) as CellValue[][],
      }),
      DEFAULT_SETTINGS,
    );
    expect(t.rows[0].A!.toNumber()).toBe(24510000);
    expect(t.rows[0].B).toBeNull();
    expect(t.issues.map((i) => [i.code, i.cell?.address])).toContainEqual(["return.noRate", "E14"]);
    expect(selectWrites(t.writes).map((w) => w.address)).toEqual(["D14", "D18"]);
  });

  it("rounds recomputed reductions per setting: down to 1 t flags the seed's 8,170", () => {
    const [t] = analyzeReturnTables(
      new Grid({
        sheet: "S",
        values: returnTableRows([null, null, null, null], [null, null, null, null]) as CellValue[][],
      }),
      { ...DEFAULT_SETTINGS, returnReductionRounding: "down1" },
    );
    expect(
      t.issues.filter((i) => i.code === "return.reductionDiffers").map((i) => [i.cell?.address, i.params]),
    ).toEqual([
      ["B14", { printed: "8170", recomputed: "8174" }],
      ["B15", { printed: "220", recomputed: "224" }],
    ]);
    expect(t.writes).toEqual([]);
  });
});
