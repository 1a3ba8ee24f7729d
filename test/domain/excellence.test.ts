import { dec } from "../../src/domain/decimal";
import { assessExcellence, averageAnnualReductionPct } from "../../src/domain/excellence/excellence";

const y = (fiscalYear: number, e: string | null, c: string | null) => ({
  fiscalYear,
  energyIntensity: e === null ? null : dec(e),
  co2Intensity: c === null ? null : dec(c),
});

describe("excellence level", () => {
  it("computes r = 1 − (now ÷ base)^(1/n), truncated toward zero at 2 decimals", () => {
    // 0.9^(1/5) = 0.979148… → r = 2.0852 % → 2.08
    expect(averageAnnualReductionPct(dec(100), dec(90), 5)!.toFixed(2)).toBe("2.08");
    // 0.8^(1/11) = 0.979925… → 2.0074 % → 2.00 (exactly at the threshold after truncation)
    expect(averageAnnualReductionPct(dec(100), dec(80), 11)!.toFixed(2)).toBe("2.00");
    // an increase is a negative reduction, truncated toward zero: 1.1^(1/2) = 1.04880… → −4.88
    expect(averageAnnualReductionPct(dec(100), dec(110), 2)!.toFixed(2)).toBe("-4.88");
    expect(averageAnnualReductionPct(dec(0), dec(10), 3)).toBeNull();
    expect(averageAnnualReductionPct(dec(10), dec(9), 0)).toBeNull();
  });

  it("uses FY2013 as the base and is excellent when either intensity fell 2 % a year", () => {
    const e = assessExcellence([y(2013, "1000", "60"), y(2024, "800", "59")], 2024);
    expect(e.base).toEqual({ kind: "fy2013", fiscalYear: 2013 });
    expect(e.years).toBe(11);
    expect([e.energy.ratePct!.toFixed(2), e.energy.excellent, e.co2.excellent, e.excellent]).toEqual([
      "2.00",
      true,
      false,
      true,
    ]);
  });

  it("falls back on the average of the latest three years, and uses the C&T threshold", () => {
    const e = assessExcellence(
      [y(2021, "110", "55"), y(2022, "100", "50"), y(2023, "90", "45"), y(2024, "96", "48")],
      2024,
      {
        capAndTrade: true,
        obligationRatePct: dec(2.7),
      },
    );
    expect(e.base).toEqual({ kind: "latestThreeAverage", fiscalYear: 2022 });
    // base 100 (average of 110, 100, 90) over 2 years → 96: 1 − 0.96^(1/2) = 2.0204 % → 2.02 < 3.7
    expect([e.energy.ratePct!.toFixed(2), e.thresholdPct.toFixed(1), e.excellent]).toEqual([
      "2.02",
      "3.7",
      false,
    ]);
  });

  it("says what is missing instead of inventing a base", () => {
    expect(assessExcellence([y(2023, "90", "45"), y(2024, "96", "48")], 2024).missing).toMatch(/three years/);
    expect(assessExcellence([], 2024).missing).toMatch(/FY2024/);
  });
});
