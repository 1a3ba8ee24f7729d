/**
 * Likely causes where the other tests leave a line unnoticed (mutation testing, README "Mutation
 * testing"): the edges of each hypothesis, with the figures that tell it from its neighbours.
 */
import { FORM7_CAUSES } from "../../../src/domain/form7/check";
import { check, mismatchAt } from "./checkCase";

// 100,000 kWh × 0.489 ÷ 1000 = 48.9 t; 2,200 m³ × 0.251 ÷ 1000 = 0.5522 t; the form: 48 + 0 = 48 t,
// on 1,000 m² an intensity of 48 × 1000 ÷ 1000 = 48.0
const usage = { electricityDay: "100000", water: "2200" };

describe("× 1000 by the ratio: within 0.2 % inclusive", () => {
  it("48.9 t × 1,002 = 48,997.8 is exactly 0.2 % off 1000 times: a factor of 1000", () => {
    expect(mismatchAt(check({ "electricityDay.co2T": "48997.8" }, usage, "1000"), "H30").params).toEqual({
      expected: "48.9",
      found: "48997.8",
      cause: FORM7_CAUSES.unitTimes1000,
    });
    // 48,998 is 1,002.004… times: outside, and nothing else explains it
    expect(mismatchAt(check({ "electricityDay.co2T": "48998" }, usage, "1000"), "H30").params).toEqual({
      expected: "48.9",
      found: "48998",
    });
  });

  it("48.9 t ÷ 998 = 0.049 is within 0.2 % of ÷ 1000 (0.0489): a factor of 1/1000", () => {
    // 0.049 × 1000 ÷ 48.9 = 1.00204…: just outside 0.2 %; 0.04899 × 1000 ÷ 48.9 = 1.00184…: inside
    expect(mismatchAt(check({ "electricityDay.co2T": "0.04899" }, usage, "1000"), "H30").params).toEqual({
      expected: "48.9",
      found: "0.04899",
      cause: FORM7_CAUSES.unitDiv1000,
    });
  });
});

describe("a 総計 rounded as a whole where neither part rounds up", () => {
  it("47.433 + 0.1506 = 47.5836 → 48, where the form has 47 + 0 and the parts rounded give 47 + 0", () => {
    // 97,000 kWh × 0.489 ÷ 1000 = 47.433 t; 600 m³ × 0.251 ÷ 1000 = 0.1506 t
    const u = { electricityDay: "97000", water: "600" };
    expect(mismatchAt(check({ co2TotalT: "48" }, u, "1000"), "F19").params).toEqual({
      expected: "47",
      found: "48",
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
  });
});

describe("an intensity from the unrounded total", () => {
  it("49.4522 t × 1000 ÷ 1,000 m² cut (49.4) or rounded (49.5): both name the unrounded total", () => {
    for (const held of ["49.4", "49.5"])
      expect(mismatchAt(check({ intensityKgPerM2: held }, usage, "1000"), "F20").params).toEqual({
        expected: "48.0",
        found: held,
        cause: FORM7_CAUSES.intensityFromExactTotal,
      });
  });
});

describe("summary figures that follow a wrong 合計, and totals whose parts are blank", () => {
  it("energy and water CO2 computed from a wrong 合計 point at it", () => {
    // 合計 70.1 held (the form 60.0): 70.1 cut to 70 is what the sheet's F17 holds
    expect(mismatchAt(check({ "co2Energy.subtotal": "70.1", co2EnergyT: "70" }), "F17").params).toMatchObject(
      { expected: "60", found: "70", cause: FORM7_CAUSES.followsHeldFigure, from: "H35" },
    );
    // 合計 5.0 held (the form 0.7): 5 in F18
    expect(mismatchAt(check({ "co2Water.subtotal": "5.0", co2WaterT: "5" }), "F18").params).toMatchObject({
      expected: "0",
      found: "5",
      cause: FORM7_CAUSES.followsHeldFigure,
      from: "H36",
    });
  });

  it("a 総計 whose water part is blank, a 原油換算 whose GJ total is blank: no cause from them", () => {
    expect(mismatchAt(check({ co2WaterT: null, co2TotalT: "62" }), "F19").params).toEqual({
      expected: "60",
      found: "62",
    });
    expect(mismatchAt(check({ energyGJ: null, crudeOilKl: "35" }), "F16").params).toEqual({
      expected: "31",
      found: "35",
    });
  });
});

describe("a 合計 of the held rows, rounded to the decimal the form shows", () => {
  it("14.04 + 37.94 + 8.2 = 60.18 shows 60.2: the 合計 60.2 adds the rows as held (not 'not their sum')", () => {
    // each held row shows the right figure (14.0, 37.9, 8.2); the form's 合計 is 60.0316686 → 60.0
    const issues = check({
      "cityGas.co2T": "14.04",
      "electricityDay.co2T": "37.94",
      "co2Energy.subtotal": "60.2",
    });
    expect(mismatchAt(issues, "H35").params).toEqual({
      expected: "60.0",
      found: "60.2",
      cause: FORM7_CAUSES.sumOfRoundedRows,
      heldSum: "60.18",
    });
  });
});
