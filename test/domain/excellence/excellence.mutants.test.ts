/**
 * The excellence level where the other tests leave a line unnoticed (mutation testing, README "Mutation
 * testing").
 */
import { dec } from "../../../src/domain/decimal";
import { averageAnnualReductionPct } from "../../../src/domain/excellence/excellence";

describe("average annual reduction: the % rounded at 30 decimals, then cut at 2", () => {
  it("a rate short of 2 % by less than 30 decimals is 2.00; short by more, 1.99", () => {
    // now = 0.98 + 10⁻⁴⁰ in one year: r = 2 − 10⁻³⁸ % → 2.000… at 30 decimals → 2.00 (cut alone: 1.99)
    expect(averageAnnualReductionPct(dec(1), dec("0.98").plus("1e-40"), 1)!.toFixed(2)).toBe("2.00");
    // now = 0.98 + 10⁻²² : r = 2 − 10⁻²⁰ %, which 30 decimals keep → 1.99 (10 decimals would give 2.00)
    expect(averageAnnualReductionPct(dec(1), dec("0.98").plus("1e-22"), 1)!.toFixed(2)).toBe("1.99");
  });
});
