import { dec } from "../../src/domain/decimal";
import {
  FUKUOKA_PRECONDITIONS,
  perUnitAnnualT,
  reductionOverPeriod,
  revenue,
  totals,
  whatIfTotalB,
} from "../../src/domain/jcredit/returnTable";
import { loadCase } from "../support/cases";

interface FukuokaCase {
  rows: {
    unitsPerYear: number;
    perUnitTPerYear: string;
    reduction8yExact: string;
    reduction8yT: number;
    priceYenPerT: number;
    A: number;
    returnRatePct: number;
    B: number;
  }[];
  totals: { reduction8yT: number; A: number; B: number };
}
const kase = loadCase<FukuokaCase>("fukuoka-table2.json");

const equipment = [
  { unitsPerYear: dec(610), perUnitTPerYear: null, pvKw: dec("5.5"), selfConsumption: dec("0.60") },
  { unitsPerYear: dec(40), perUnitTPerYear: dec("0.70"), pvKw: null, selfConsumption: null },
  { unitsPerYear: dec(200), perUnitTPerYear: dec("0.60"), pvKw: null, selfConsumption: null },
  { unitsPerYear: dec(400), perUnitTPerYear: dec("0.40"), pvKw: null, selfConsumption: null },
];

describe("Fukuoka Table 2 (public case)", () => {
  it("reproduces every row and the totals to the digit", () => {
    const rows = equipment.map((e, i) => {
      const c = kase.rows[i];
      expect(perUnitAnnualT(e, FUKUOKA_PRECONDITIONS)!.eq(c.perUnitTPerYear)).toBe(true);
      const red = reductionOverPeriod(e, FUKUOKA_PRECONDITIONS, "down10")!;
      expect(red.exact.toFixed()).toBe(dec(c.reduction8yExact).toFixed());
      expect(red.rounded.toNumber()).toBe(c.reduction8yT);
      const r = revenue({
        reductionT: red.rounded,
        priceYenPerT: dec(c.priceYenPerT),
        returnRatePct: dec(c.returnRatePct),
      })!;
      expect([r.A.toNumber(), r.B!.toNumber()]).toEqual([c.A, c.B]);
      return { reductionT: red.rounded, A: r.A, B: r.B };
    });
    const t = totals(rows);
    expect([t.reductionT.toNumber(), t.A.toNumber(), t.B.toNumber()]).toEqual([
      kase.totals.reduction8yT,
      kase.totals.A,
      kase.totals.B,
    ]);
  });

  it("rounds as the setting says", () => {
    expect(reductionOverPeriod(equipment[0], FUKUOKA_PRECONDITIONS, "down1")!.rounded.toNumber()).toBe(8174);
    expect(reductionOverPeriod(equipment[0], FUKUOKA_PRECONDITIONS, "none")!.rounded.toFixed()).toBe(
      "8174.3904",
    );
    expect(reductionOverPeriod(equipment[1], FUKUOKA_PRECONDITIONS, "down10")!.rounded.toNumber()).toBe(220);
  });

  it("leaves a row without a price out (not feasible), and floors B to whole yen", () => {
    expect(revenue({ reductionT: dec(960), priceYenPerT: null, returnRatePct: dec(50) })).toBeNull();
    const r = revenue({ reductionT: dec(220), priceYenPerT: dec(1551), returnRatePct: dec("33.3") })!;
    expect(r.A.toNumber()).toBe(341220);
    expect(r.B!.toNumber()).toBe(113626); // 341,220 × 0.333 = 113,626.26 → 113,626
  });

  it("what-if: ΣB over prices and rates", () => {
    const reds = [dec(8170), dec(220), dec(960), dec(1280)];
    const grid = whatIfTotalB(reds, [dec(2000), dec(3000)], [dec(40), dec(50)]);
    expect(grid.map((r) => r.map((d) => d.toNumber()))).toEqual([
      [8504000, 10630000],
      [12756000, 15945000],
    ]);
  });
});
