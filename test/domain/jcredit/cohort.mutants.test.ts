/**
 * The cohort forecast's parameters and arithmetic where the other tests leave a line unnoticed (mutation
 * testing, README "Mutation testing"): every check of a number, the message of a parameter set that is no
 * object, and the figures each default stands for.
 */
import {
  forecastCohorts,
  validateCohortParams,
  type CohortParamsInput,
} from "../../../src/domain/jcredit/cohort";

type Menu = CohortParamsInput["menus"][number];
const menu = (over: Partial<Menu> = {}): Menu => ({
  name: "m",
  creditClass: "energySaving",
  intake: { kind: "constant", first: 10 },
  reduction: { kind: "given", tPerUnitYear: 1 },
  ...over,
});
const messages = (input: unknown) => {
  const v = validateCohortParams(input);
  return v.ok ? [] : v.messages;
};
const nums = (xs: { toNumber(): number }[]) => xs.map((x) => x.toNumber());

describe("cohort parameters: each check of a number", () => {
  it("a figure that is not finite is not a number; blanks and thousands separators are read", () => {
    expect(
      messages({
        firstYear: 2026,
        years: 1,
        menus: [menu({ intake: { kind: "constant", first: "Infinity" } })],
      }),
    ).toEqual(["menus.0.intake.first: not a number: Infinity"]);
    const f = forecastCohorts({
      firstYear: 2026,
      years: 1,
      menus: [menu({ intake: { kind: "constant", first: " 1,000 " } })],
    });
    expect(nums(f.menus[0].credits)).toEqual([1000]);
  });

  it("a negative count, a share below 0 and a zero reference price are each refused by name", () => {
    expect(
      messages({
        firstYear: 2026,
        years: 1,
        firstYearFraction: "-0.1",
        menus: [menu({ intake: { kind: "given", units: [1, "-1"] } })],
        wardShare: { model: "successFee", share: "1.01" },
      }),
    ).toEqual([
      "firstYearFraction: must be between 0 and 1",
      "menus.0.intake.units.1: must not be negative",
      "wardShare.share: must be between 0 and 1",
    ]);
    // 0 and 1 are shares; a reference price just above 0 is a price
    expect(
      messages({
        firstYear: 2026,
        years: 1,
        firstYearFraction: "0",
        menus: [menu()],
        wardShare: { model: "participationFee", feeYen: 0, referencePriceYenPerT: "0.01" },
      }),
    ).toEqual([]);
    expect(messages({ firstYear: 2026, years: 1, firstYearFraction: 1, menus: [menu()] })).toEqual([]);
  });

  it("a parameter set that is no object names the whole set", () => {
    const m = messages(null);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^\(parameters\): /);
  });
});

describe("cohort forecast: what the defaults stand for", () => {
  it("8 crediting years, a whole first year and the grid factor 0.000423 unless given", () => {
    // one cohort of 1,000 kWh saved a year: 0.423 t a year, credited in full for years 0 … 7 only
    const f = forecastCohorts({
      firstYear: 2026,
      years: 10,
      menus: [menu({ intake: { kind: "given", units: [1000] }, reduction: { kind: "savedKWh", kWh: 1000 } })],
    });
    expect(f.menus[0].exact.map((x) => x.toFixed())).toEqual([
      ...Array(8).fill("423"),
      "0", // year L = 8: 1 − f = 0
      "0",
    ]);
    expect(f.grandTotal.toNumber()).toBe(8 * 423);
    expect(f.ward).toBeNull();
    expect(f.revenueYen).toBeNull();
  });

  it("the ward's success-fee revenue is floored, not rounded: 6,001.5 yen × 0.5 = 3,000.75 → 3,000", () => {
    // 3 t a year at 2,000.5 yen: 6,001.5 yen in all (floored 6,001); the ward's half of the unfloored sum
    const f = forecastCohorts({
      firstYear: 2026,
      years: 1,
      menus: [menu({ intake: { kind: "constant", first: 3 } })],
      prices: { renewable: null, energySaving: "2000.5" },
      wardShare: { model: "successFee", share: "0.5" },
    });
    expect(f.revenueYen!.toFixed()).toBe("6001");
    expect([f.ward!.tonnes.toFixed(), f.ward!.revenueYen!.toFixed()]).toEqual(["1", "3000"]);
  });

  it("a first cohort in the horizon's last year is valid and credited in that year only", () => {
    const f = forecastCohorts({
      firstYear: 2026,
      years: 2,
      menus: [menu({ firstCohortYear: 2027, intake: { kind: "constant", first: 3 } })],
    });
    expect(nums(f.menus[0].intake)).toEqual([0, 3]);
    expect(nums(f.menus[0].credits)).toEqual([0, 3]);
  });
});
