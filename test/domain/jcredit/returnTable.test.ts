import { dec } from "../../../src/domain/decimal";
import {
  FUKUOKA_PRECONDITIONS,
  perUnitAnnualT,
  reductionOverPeriod,
  revenue,
  totals,
  whatIfTotalB,
  whatIfTotalBByClass,
  creditClassOf,
} from "../../../src/domain/jcredit/returnTable";
import { loadCase } from "../../support/cases";

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

  it("what-if per credit class: the PV row at the renewable price, the others at the energy-saving one", () => {
    const rows = equipment.map((e, i) => ({
      reductionT: reductionOverPeriod(e, FUKUOKA_PRECONDITIONS, "down10")!.rounded,
      creditClass: creditClassOf(
        e,
        ["①リチウムイオン蓄電システム", "②エコキュート", "③エネファーム", "④EV"][i],
      ),
    }));
    expect(rows.map((r) => r.creditClass)).toEqual([
      "renewable",
      "energySaving",
      "energySaving",
      "energySaving",
    ]);
    const grid = whatIfTotalBByClass(
      rows,
      [
        { renewable: dec(4000), energySaving: dec(2000) },
        { renewable: dec(3000), energySaving: dec(3000) },
      ],
      [dec(50), dec(100)],
    );
    // 8,170 × 4,000 × 50 % + 2,460 × 2,000 × 50 %
    expect(grid.map((r) => r.map((d) => d.toNumber()))).toEqual([
      [16340000 + 2460000, 32680000 + 4920000],
      [15945000, 31890000],
    ]);
  });

  it("blank-price rows count zero in ΣA and ΣB (not feasible), and a row without a rate has no B", () => {
    const rows = [
      { reductionT: dec(8170), A: dec(8170 * 3000), B: dec(8170 * 1500) },
      { reductionT: dec(220), A: null, B: null },
    ];
    expect(totals(rows)).toEqual({ reductionT: dec(8390), A: dec(24510000), B: dec(12255000) });
    expect(revenue({ reductionT: dec(220), priceYenPerT: dec(3000), returnRatePct: null })).toEqual({
      A: dec(660000),
      B: null,
    });
    expect(
      revenue({ reductionT: dec(220), priceYenPerT: dec(3000), returnRatePct: dec(0) })!.B!.toNumber(),
    ).toBe(0);
  });

  it("a per-unit figure given in t wins over PV data; no data, no reduction", () => {
    const e = {
      unitsPerYear: dec(10),
      perUnitTPerYear: dec("0.4"),
      pvKw: dec(5),
      selfConsumption: dec("0.5"),
    };
    expect(perUnitAnnualT(e, FUKUOKA_PRECONDITIONS)!.toFixed()).toBe("0.4");
    expect(
      reductionOverPeriod({ ...e, perUnitTPerYear: null, pvKw: null }, FUKUOKA_PRECONDITIONS, "down10"),
    ).toBeNull();
    // 10 × 0.4 × 8 = 32 → 30 (down to 10 t) / 32 / 32
    expect(
      (["down10", "down1", "none"] as const).map((r) =>
        reductionOverPeriod(e, FUKUOKA_PRECONDITIONS, r)!.rounded.toNumber(),
      ),
    ).toEqual([30, 32, 32]);
  });

  it("floors A and B to whole yen: a fraction above one half is cut, not rounded", () => {
    // A = 8,174.3904 t × 1,551 yen = 12,261,585.6 + 416,893.9104 = 12,678,479.5104 → 12,678,479 (not …480)
    // B = 12,678,479 × 50 % = 6,339,239.5 → 6,339,239 (not …240; from a rounded A it would be 6,339,240)
    const r = revenue({ reductionT: dec("8174.3904"), priceYenPerT: dec(1551), returnRatePct: dec(50) })!;
    expect(r.A.toFixed()).toBe("12678479");
    expect(r.B!.toFixed()).toBe("6339239");
    // the what-if grids floor the same way: the same row at 1,551 yen and 50 %
    expect(whatIfTotalB([dec("8174.3904")], [dec(1551)], [dec(50)])[0][0].toFixed()).toBe("6339239");
    expect(
      whatIfTotalBByClass(
        [{ reductionT: dec("8174.3904"), creditClass: "energySaving" }],
        [{ renewable: dec(1), energySaving: dec(1551) }],
        [dec(50)],
      )[0][0].toFixed(),
    ).toBe("6339239");
  });

  it("rounds the 8-year reduction down to 10 t and to 1 t, never to the nearest", () => {
    // 10 units × 0.71 t × 8 years = 56.8 t → 50 (down to 10 t; nearest would be 60) / 56 (not 57) / 56.8
    const e = { unitsPerYear: dec(10), perUnitTPerYear: dec("0.71"), pvKw: null, selfConsumption: null };
    expect(
      (["down10", "down1", "none"] as const).map((r) =>
        reductionOverPeriod(e, FUKUOKA_PRECONDITIONS, r)!.rounded.toFixed(),
      ),
    ).toEqual(["50", "56", "56.8"]);
    expect(reductionOverPeriod({ ...e, unitsPerYear: null }, FUKUOKA_PRECONDITIONS, "down10")).toBeNull();
  });

  it("solar by its label alone when the row has no PV data, and without a row at all", () => {
    expect(creditClassOf({ pvKw: null }, "太陽光発電")).toBe("renewable");
    expect(creditClassOf({ pvKw: null }, "ＰＶ（屋根）")).toBe("renewable"); // full-width, folded by NFKC
    expect(creditClassOf(null, "Solar panels")).toBe("renewable");
    expect(creditClassOf(null, "エコキュート")).toBe("energySaving");
    expect(creditClassOf({ pvKw: dec(4) })).toBe("renewable");
    expect(creditClassOf({ pvKw: null })).toBe("energySaving");
  });
});
