import { forecastCohorts, type CohortParamsInput } from "../../../src/domain/jcredit/cohort";
import { applyVariant, compareForecasts } from "../../../src/domain/jcredit/variant";

const A: CohortParamsInput = {
  firstYear: 2026,
  years: 3,
  creditingYears: 8,
  firstYearFraction: "0.5",
  menus: [
    {
      name: "太陽光",
      creditClass: "renewable",
      intake: { kind: "constant", first: "10" },
      reduction: { kind: "given", tPerUnitYear: "1.2" },
    },
    {
      name: "LED",
      creditClass: "energySaving",
      intake: { kind: "constant", first: "4" },
      reduction: { kind: "given", tPerUnitYear: "2.5" },
    },
  ],
  prices: { renewable: "3000", energySaving: { default: "1500", byYear: { "2027": "2000" } } },
  wardShare: { model: "successFee", share: "0.5" },
};

describe("forecast what-if", () => {
  it("changes only the knobs given", () => {
    const b = applyVariant(A, { priceEnergySaving: "1800", capYear: 2027 });
    expect(b.prices).toEqual({ renewable: "3000", energySaving: "1800" });
    expect(b.capYear).toBe(2027);
    expect(b.menus).toBe(A.menus);
    expect(A.prices!.energySaving).toEqual({ default: "1500", byYear: { "2027": "2000" } });
  });

  it("puts A and B side by side per fiscal year, with B − A, from the engine's own figures", () => {
    // A: solar 10 units × 1.2 t, first year half → R8 6, R9 6+12 = 18, R10 6+12+12 = 30;
    //    LED 4 × 2.5 = 10 → R8 5, R9 15, R10 25. Totals 11, 33, 55 → 99 t.
    const c = compareForecasts(A, applyVariant(A, { firstYearFraction: "1", capYear: 2027 }));
    if (!c.ok) throw new Error(c.messages.join());
    const years = c.lines.filter((l) => l.what === "year");
    expect(years.map((l) => [l.fiscalYear, l.a?.toFixed(), l.b?.toFixed(), l.diff?.toFixed()])).toEqual([
      [2026, "11", "22", "11"],
      [2027, "33", "44", "11"],
      [2028, "55", "0", "-55"],
    ]);
    const grand = c.lines.find((l) => l.what === "grandTotal")!;
    expect([grand.a?.toFixed(), grand.b?.toFixed()]).toEqual([forecastCohorts(A).grandTotal.toFixed(), "66"]);
    // Revenue A: solar 6+18+30 = 54 t × 3000 = 162,000; LED 5×1500 + 15×2000 + 25×1500 = 75,000 → 237,000.
    const revenue = c.lines.find((l) => l.what === "revenueYen")!;
    expect(revenue.a?.toFixed()).toBe("237000");
    const ward = c.lines.find((l) => l.what === "wardTonnes")!;
    expect([ward.a?.toFixed(), ward.b?.toFixed()]).toEqual(["49", "33"]);
  });

  it("says which side does not validate", () => {
    const c = compareForecasts(A, applyVariant(A, { firstYearFraction: "1.5" }));
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.side).toBe("b");
      expect(c.messages.join()).toContain("firstYearFraction");
    }
  });

  it("applies every knob; prices may be unset, the ward's share becomes a success fee", () => {
    const b = applyVariant(
      { ...A, prices: undefined, wardShare: null },
      {
        creditingYears: 2,
        priceRenewable: null,
        priceEnergySaving: "1800",
        wardShare: "0.25",
        capYear: null,
      },
    );
    expect([b.creditingYears, b.capYear, b.prices, b.wardShare]).toEqual([
      2,
      null,
      { renewable: null, energySaving: "1800" },
      { model: "successFee", share: "0.25" },
    ]);
    expect(applyVariant(A, {})).toEqual(A);
  });

  it("horizons of different lengths: a year one side lacks has no figure and no difference", () => {
    const c = compareForecasts({ ...A, years: 1 }, { ...A, years: 2, wardShare: null, prices: undefined });
    if (!c.ok) throw new Error(c.messages.join());
    expect(
      c.lines.map((l) => [
        l.what,
        l.fiscalYear,
        l.a?.toFixed() ?? null,
        l.b?.toFixed() ?? null,
        l.diff?.toFixed() ?? null,
      ]),
    ).toEqual([
      // R8 11 on both sides; R9 only on B (6 + 12 + 5 + 10 = 33)
      ["year", 2026, "11", "11", "0"],
      ["year", 2027, null, "33", null],
      ["grandTotal", null, "11", "44", "33"],
      // A: 6 × 3,000 + 5 × 1,500 = 25,500; B unpriced
      ["revenueYen", null, "25500", null, null],
      // A: floor(11 × 0.5) = 5 t; floor(25,500 × 0.5) = 12,750 yen; B has no ward share
      ["wardTonnes", null, "5", null, null],
      ["wardRevenueYen", null, "12750", null, null],
    ]);
    const bad = compareForecasts({ ...A, years: 0 }, A);
    expect(bad.ok ? null : [bad.side, bad.messages]).toEqual([
      "a",
      ["years: Too small: expected number to be >=1"],
    ]);
  });
});
