import { dec } from "../../../src/domain/decimal";
import { assessExcellence, averageAnnualReductionPct } from "../../../src/domain/excellence/excellence";

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
    expect(e.base).toEqual({ kind: "fy2013", fiscalYear: 2013, averagedYears: [] });
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
    expect(e.base).toEqual({
      kind: "latestThreeAverage",
      fiscalYear: 2022,
      averagedYears: [2021, 2022, 2023],
    });
    // base 100 (average of 110, 100, 90) over 2 years → 96: 1 − 0.96^(1/2) = 2.0204 % → 2.02 < 3.7
    expect([e.energy.ratePct!.toFixed(2), e.thresholdPct.toFixed(1), e.excellent]).toEqual([
      "2.02",
      "3.7",
      false,
    ]);
  });

  it("says what is missing instead of inventing a base", () => {
    const e = assessExcellence([y(2023, "90", "45"), y(2024, "96", "48")], 2024);
    expect(e.missing).toMatch(/three years/);
    expect([e.base, e.excellent, e.energy.ratePct]).toEqual([null, null, null]);
    expect(e.issues.map((i) => i.code)).toEqual(["excellence.noBase"]);
    expect(e.issues[0].message.ja).toContain("2021・2022年度がありません");
    expect(assessExcellence([], 2024).missing).toMatch(/FY2024/);
  });
});

describe("excellence level: exact values and edge cases", () => {
  it("base 100 → now 90 over 5 years: 2.0852… % → 2.08, excellent", () => {
    // 0.9^(1/5) = 0.97914827…; 1 − that = 0.0208517… → 2.08517 % → truncated 2.08 ≥ 2
    const e = assessExcellence([y(2013, "100", null), y(2018, "90", null)], 2018);
    expect([e.years, e.energy.ratePct!.toFixed(2), e.energy.excellent, e.excellent]).toEqual([
      5,
      "2.08",
      true,
      true,
    ]);
    expect(e.co2.excellent).toBeNull(); // no CO2 intensity: not judged, and said so
    expect(e.issues.map((i) => i.code)).toEqual(["excellence.noIntensity"]);
  });

  it("does not lose an exact 2.00 % to the fractional power's last digit", () => {
    // 0.98^5 = 0.9039207968 exactly, so (0.9039207968)^(1/5) is 0.98 and r is exactly 2 %.
    expect(averageAnnualReductionPct(dec(1), dec("0.9039207968"), 5)!.toFixed(2)).toBe("2.00");
    // 0.98^11 = 0.80073740291680804… (exact, 22 decimals)
    expect(averageAnnualReductionPct(dec(1), dec("0.98").pow(11), 11)!.toFixed(2)).toBe("2.00");
    // 1.99 % a year for 11 years stays 1.99 (not 2.00)
    expect(averageAnnualReductionPct(dec(1), dec("0.9801").pow(11), 11)!.toFixed(2)).toBe("1.99");
    // truncation, not rounding: 1 − 0.97914 = 2.086 % → 2.08
    expect(averageAnnualReductionPct(dec(1), dec("0.97914"), 1)!.toFixed(2)).toBe("2.08");
  });

  it("turns n = 0, a base not after FY2013, zero and negative intensities into issues, not crashes", () => {
    expect(averageAnnualReductionPct(dec(10), dec(9), 1.5)).toBeNull();
    expect(averageAnnualReductionPct(dec(10), dec(-1), 3)).toBeNull();
    expect(averageAnnualReductionPct(dec(10), dec(0), 3)!.toFixed(2)).toBe("100.00");
    const same = assessExcellence([y(2013, "100", "50")], 2013);
    expect([same.missing, same.issues[0].code]).toEqual([
      "FY2013 is not after the base year FY2013",
      "excellence.noBase",
    ]);
    const src = { sheet: "報告履歴", address: "A5" };
    const zero = assessExcellence([y(2013, "0", "50"), { ...y(2024, "-5", "40"), source: src }], 2024);
    expect(zero.energy).toEqual({ ratePct: null, base: dec(0), now: dec(-5), excellent: null });
    // CO2: 50 → 40 over 11 years: 1 − 0.8^(1/11) = 2.0074 % → 2.00 ≥ 2
    expect([zero.co2.ratePct!.toFixed(2), zero.excellent]).toEqual(["2.00", true]);
    expect(zero.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["error", "excellence.badIntensity", src],
    ]);
  });

  it("needs the C&T obligation rate: without it the rates are shown, not judged", () => {
    const e = assessExcellence([y(2013, "100", "50"), y(2018, "80", "40")], 2018, { capAndTrade: true });
    // 0.8^(1/5) = 0.95635… → 4.36 % a year for both intensities
    expect([e.energy.ratePct!.toFixed(2), e.co2.ratePct!.toFixed(2)]).toEqual(["4.36", "4.36"]);
    expect([e.thresholdKnown, e.excellent, e.energy.excellent]).toEqual([false, null, null]);
    expect(e.issues.map((i) => i.code)).toEqual(["excellence.noObligationRate"]);
    const rated = assessExcellence([y(2013, "100", "50"), y(2018, "80", "40")], 2018, {
      capAndTrade: true,
      obligationRatePct: dec("3.4"),
    });
    expect([rated.thresholdPct.toFixed(1), rated.excellent]).toEqual(["4.4", false]); // 4.36 < 4.4
  });

  it("uses the first figures of a year given twice and points at the second", () => {
    const src = { sheet: "報告履歴", address: "A9" };
    const e = assessExcellence(
      [y(2013, "100", null), y(2018, "90", null), { ...y(2013, "50", null), source: src }],
      2018,
    );
    expect(e.energy.base!.toFixed()).toBe("100");
    expect(e.issues.map((i) => [i.code, i.cell])).toContainEqual(["excellence.duplicateYear", src]);
  });

  it("averages the three years before now even when FY2013 is long gone, dated at their middle year", () => {
    // base (50 + 48 + 46) ÷ 3 = 48 at FY2022; now 46.08 in FY2024: 1 − 0.96^(1/2) = 2.0204 % → 2.02
    const e = assessExcellence(
      [y(2021, null, "50"), y(2022, null, "48"), y(2023, null, "46"), y(2024, null, "46.08")],
      2024,
    );
    expect([
      e.base!.fiscalYear,
      e.years,
      e.co2.base!.toFixed(),
      e.co2.ratePct!.toFixed(2),
      e.excellent,
    ]).toEqual([2022, 2, "48", "2.02", true]);
  });

  it("a three-year base where one year lacks an intensity: that rate is not computed, the other is", () => {
    const src = { sheet: "報告履歴", address: "A8" };
    const e = assessExcellence(
      [
        y(2021, "110", "55"),
        y(2022, null, "50"),
        y(2023, "90", "45"),
        { ...y(2024, "96", "48"), source: src },
      ],
      2024,
    );
    expect(e.energy).toEqual({ ratePct: null, base: null, now: dec(96), excellent: null });
    // CO2 base (55 + 50 + 45) ÷ 3 = 50 at FY2022; now 48: 1 − 0.96^(1/2) = 2.0204 % → 2.02 ≥ 2
    expect([e.co2.base!.toFixed(), e.co2.ratePct!.toFixed(2), e.co2.excellent, e.excellent]).toEqual([
      "50",
      "2.02",
      true,
      true,
    ]);
    expect(e.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["info", "excellence.noIntensity", src],
    ]);
    expect(e.issues[0].message.en).toContain("energy intensity of the average of FY2021, 2022, 2023");
  });

  it("a zero base alone is an error naming the base year and its value", () => {
    const e = assessExcellence([y(2013, "0", "60"), y(2024, "800", "48")], 2024);
    // CO2: 48 ÷ 60 = 0.8 over 11 years: 2.0074 % → 2.00 ≥ 2
    expect([e.co2.ratePct!.toFixed(2), e.excellent]).toEqual(["2.00", true]);
    expect(e.energy).toEqual({ ratePct: null, base: dec(0), now: dec(800), excellent: null });
    expect(e.issues.map((i) => [i.severity, i.code, i.params])).toEqual([
      ["error", "excellence.badIntensity", { value: "0" }],
    ]);
    expect(e.issues[0].message.en).toContain("0 of FY2013 must be positive");
  });

  it("a negative current year alone is an error naming that year; a zero current year is a 100 % reduction", () => {
    const e = assessExcellence([y(2013, "1000", "60"), y(2024, "-5", "0")], 2024);
    expect(e.energy).toEqual({ ratePct: null, base: dec(1000), now: dec(-5), excellent: null });
    expect(e.issues.map((i) => [i.severity, i.code, i.params])).toEqual([
      ["error", "excellence.badIntensity", { value: "-5" }],
    ]);
    expect(e.issues[0].message.en).toContain("-5 of FY2024 must be zero or more");
    // CO2 60 → 0: 1 − 0^(1/11) = 100 %
    expect([e.co2.ratePct!.toFixed(2), e.co2.excellent, e.excellent]).toEqual(["100.00", true, true]);
  });

  it("judges each intensity against the threshold: 1.99 % is not excellent, and neither rate excellent is false", () => {
    // 0.9801^11 over 11 years: 1.99 % a year for both intensities
    const now = dec("0.9801").pow(11).mul(100).toFixed();
    const e = assessExcellence([y(2013, "100", "100"), y(2024, now, now)], 2024);
    expect([e.energy.ratePct!.toFixed(2), e.energy.excellent, e.co2.excellent, e.excellent]).toEqual([
      "1.99",
      false,
      false,
      false,
    ]);
    expect(e.issues).toEqual([]);
    expect([e.thresholdPct.toFixed(), e.thresholdKnown, e.missing]).toEqual(["2", true, null]);
  });

  it("names the missing years and the year judged in its issues' parameters", () => {
    const e = assessExcellence([y(2021, "100", "50"), y(2024, "90", "45")], 2024);
    expect(e.missing).toBe("neither FY2013 nor the three years before now (FY2022, FY2023 missing)");
    expect(e.issues.map((i) => [i.severity, i.code, i.cell, i.params])).toEqual([
      ["info", "excellence.noBase", null, { fiscalYear: "2024" }],
    ]);
    expect([e.base, e.years, e.thresholdPct.toFixed(), e.thresholdKnown]).toEqual([null, null, "2", true]);
    expect([e.energy, e.co2]).toEqual([
      { ratePct: null, base: null, now: null, excellent: null },
      { ratePct: null, base: null, now: null, excellent: null },
    ]);
    const before = assessExcellence([y(2012, "100", "50")], 2012);
    expect(before.missing).toBe("FY2012 is not after the base year FY2013");
    const src = { sheet: "報告履歴", address: "A3" };
    const dup = assessExcellence(
      [y(2013, "100", null), { ...y(2013, "90", null), source: src }, y(2014, "97", null)],
      2014,
    );
    expect(dup.issues.map((i) => [i.severity, i.code, i.cell, i.params])).toEqual([
      ["warning", "excellence.duplicateYear", src, { fiscalYear: "2013" }],
      ["info", "excellence.noIntensity", null, undefined],
    ]);
    // 100 → 97 in one year: 3.00 %
    expect([dup.years, dup.energy.ratePct!.toFixed(2), dup.excellent]).toEqual([1, "3.00", true]);
  });

  it("a C&T site without its obligation rate: threshold +1 only, unknown; with it, rate + 1 and judged at the bound", () => {
    const h = [y(2013, "100", "100"), y(2018, "90", "95")];
    const unknown = assessExcellence(h, 2018, { capAndTrade: true, obligationRatePct: null });
    expect([unknown.thresholdPct.toFixed(), unknown.thresholdKnown, unknown.excellent]).toEqual([
      "1",
      false,
      null,
    ]);
    expect(unknown.issues.map((i) => [i.severity, i.code])).toEqual([
      ["info", "excellence.noObligationRate"],
    ]);
    // energy 2.08 % (0.9^(1/5)); threshold 1.08 + 1 = 2.08: met exactly
    const exact = assessExcellence(h, 2018, { capAndTrade: true, obligationRatePct: dec("1.08") });
    expect([
      exact.thresholdPct.toFixed(),
      exact.energy.excellent,
      exact.co2.excellent,
      exact.excellent,
    ]).toEqual(["2.08", true, false, true]);
    // not a C&T site: the obligation rate is not used
    const plain = assessExcellence(h, 2018, { capAndTrade: false, obligationRatePct: dec("5") });
    expect([plain.thresholdPct.toFixed(), plain.thresholdKnown]).toEqual(["2", true]);
  });

  it("no rate for a negative number of years, a negative base, or a negative current figure", () => {
    expect(averageAnnualReductionPct(dec(10), dec(9), -2)).toBeNull();
    expect(averageAnnualReductionPct(dec(-10), dec(9), 2)).toBeNull();
    expect(averageAnnualReductionPct(dec(10), dec("-0.1"), 2)).toBeNull();
    // 100 → 81 over 2 years: 1 − 0.81^(1/2) = 10 %
    expect(averageAnnualReductionPct(dec(100), dec(81), 2)!.toFixed()).toBe("10");
  });

  it("a current year without one intensity: that rate is not computed, named at the current year", () => {
    const e = assessExcellence([y(2013, "100", "50"), y(2018, null, "40")], 2018);
    expect(e.energy).toEqual({ ratePct: null, base: dec(100), now: null, excellent: null });
    expect(e.issues.map((i) => [i.severity, i.code])).toEqual([["info", "excellence.noIntensity"]]);
    expect(e.issues[0].message.en).toContain("energy intensity of FY2018 is not known");
    // CO2 50 → 40 over 5 years: 1 − 0.8^(1/5) = 4.36 %
    expect([e.co2.ratePct!.toFixed(2), e.excellent]).toEqual(["4.36", true]);
  });
});
