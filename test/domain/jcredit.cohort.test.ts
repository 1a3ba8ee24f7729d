import { forecastCohorts, type CohortParamsInput } from "../../src/domain/jcredit/cohort";
import { loadCase } from "../support/cases";

interface CohortCase {
  parameters: { cohortGrowth: string; firstYearFraction: string; creditingYears: number };
  menus: {
    menu: string;
    firstCohortUnits: number;
    perUnitTPerYear: string;
    credits: number[];
    total: number;
  }[];
  totals: number[];
  grandTotal: number;
}
const kase = loadCase<CohortCase>("jcredit-cohort-forecast.json");

const params = (over: Partial<CohortParamsInput> = {}): CohortParamsInput => ({
  firstYear: 2026,
  years: 8,
  creditingYears: kase.parameters.creditingYears,
  firstYearFraction: kase.parameters.firstYearFraction,
  menus: kase.menus.map((m) => ({
    name: m.menu,
    creditClass: m.menu.startsWith("太陽光") ? "renewable" : "energySaving",
    intake: { kind: "compound", first: m.firstCohortUnits, growth: kase.parameters.cohortGrowth },
    reduction: { kind: "given", tPerUnitYear: m.perUnitTPerYear },
  })),
  ...over,
});

describe("cohort forecast (public case)", () => {
  it("reproduces every menu-year, the year totals and the grand total exactly", () => {
    const f = forecastCohorts(params());
    expect(f.menus.map((m) => m.credits.map((c) => c.toNumber()))).toEqual(kase.menus.map((m) => m.credits));
    expect(f.menus.map((m) => m.total.toNumber())).toEqual(kase.menus.map((m) => m.total));
    expect(f.totals.map((t) => t.toNumber())).toEqual(kase.totals);
    expect(f.grandTotal.toNumber()).toBe(kase.grandTotal);
  });

  it("stops crediting after a cap year, and credits whole first years with f = 1", () => {
    const capped = forecastCohorts(params({ capYear: 2030 }));
    expect(capped.totals.slice(5).every((t) => t.isZero())).toBe(true);
    expect(capped.totals.slice(0, 5).map((t) => t.toNumber())).toEqual(kase.totals.slice(0, 5));
    const whole = forecastCohorts({
      ...params(),
      firstYearFraction: 1,
      menus: [
        {
          name: "LED",
          creditClass: "energySaving",
          intake: { kind: "constant", first: 10 },
          reduction: { kind: "given", tPerUnitYear: "1.5" },
        },
      ],
    });
    expect(whole.menus[0].credits.map((c) => c.toNumber())).toEqual([15, 30, 45, 60, 75, 90, 105, 120]);
  });

  it("derives solar reductions from kW with the grid factor of each year, and the ward's share", () => {
    const f = forecastCohorts({
      firstYear: 2026,
      years: 3,
      firstYearFraction: 1,
      gridFactor: { "2027": "0.0004" },
      menus: [
        {
          name: "太陽光",
          creditClass: "renewable",
          intake: { kind: "linear", first: 10, step: 10 },
          reduction: { kind: "solar", kW: "5.5", kWhPerKw: 1200, selfConsumption: "0.6" },
        },
      ],
      prices: { renewable: 3000 },
      wardShare: { model: "successFee", share: "0.3" },
    });
    // per unit: 5.5 × 1200 × 0.6 = 3,960 kWh × 0.000423 = 1.67508 t (0.0004 in 2027: 1.584 t)
    // 2026: 10 × 1.67508 = 16.75 → 16; 2027: 30 × 1.584 = 47.52 → 47; 2028: 60 × 1.67508 = 100.50 → 100
    expect(f.menus[0].credits.map((c) => c.toNumber())).toEqual([16, 47, 100]);
    expect(f.ward).toEqual({ model: "successFee", tonnes: expect.anything() });
    expect(f.ward!.tonnes.toNumber()).toBe(48); // floor(163 × 0.3)
    expect(f.revenueYen!.toNumber()).toBe(489000);
    const fee = forecastCohorts({
      ...params(),
      wardShare: { model: "participationFee", feeYen: 1500000, referencePriceYenPerT: 3000 },
    });
    expect(fee.ward!.tonnes.toNumber()).toBe(kase.grandTotal - 500);
  });

  it("rejects parameters that are not numbers, with a clear message", () => {
    expect(() => forecastCohorts({ ...params(), firstYearFraction: "abc" })).toThrow(/not a number: abc/);
  });
});
