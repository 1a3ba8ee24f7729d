/** (その1)'s five-year table recomputed from the public Shinagawa case, and the checks' causes. */
import { dec } from "../../../src/domain/decimal";
import type { HeldFigure } from "../../../src/domain/form7/types";
import { computeBusiness, totalIntensity } from "../../../src/domain/tokyo/business";
import { checkBusiness, checkSitesSum } from "../../../src/domain/tokyo/businessCheck";
import { loadCase } from "../../support/cases";

interface Sono1Case {
  years: { fiscalYear: number; co2T: number; floorAreaM2: number; intensityKgPerM2: string }[];
  expect: { averageCo2ReductionPct: string; averageIntensityImprovementPct: string };
}
const shinagawa = loadCase<Sono1Case>("tokyo-sono1-shinagawa-fy2022.json");
const inputs = shinagawa.years.map((y) => ({
  fiscalYear: y.fiscalYear,
  co2T: dec(y.co2T),
  floorAreaM2: dec(y.floorAreaM2),
}));

function held(address: string, value: string): HeldFigure {
  return {
    cell: { sheet: "その1", address },
    value: dec(value),
    formulaWithoutValue: false,
  };
}

describe("(その1) arithmetic on the Shinagawa FY2022 case", () => {
  const r = computeBusiness(inputs);
  it.each(shinagawa.years.map((y) => [y.fiscalYear, y.intensityKgPerM2] as const))(
    "FY%d total intensity %s (5 decimals, truncated)",
    (fy, want) => {
      expect(r.years.find((y) => y.fiscalYear === fy)?.intensityKgPerM2?.toFixed(5)).toBe(want);
    },
  );
  it("the average rates are -4.88 % and -4.49 % (truncated toward zero; rounding would give -4.89 and -4.50)", () => {
    expect(r.averageRates.co2ReductionPct?.toFixed(2)).toBe(shinagawa.expect.averageCo2ReductionPct);
    expect(r.averageRates.intensityImprovementPct?.toFixed(2)).toBe(
      shinagawa.expect.averageIntensityImprovementPct,
    );
  });
  it("the years may come in any order; a single year has no rate; no area gives no intensity", () => {
    expect(computeBusiness([...inputs].reverse()).averageRates.co2ReductionPct?.toFixed(2)).toBe("-4.88");
    expect(computeBusiness(inputs.slice(0, 1)).averageRates.co2ReductionPct).toBeNull();
    expect(totalIntensity(dec(100), null)).toBeNull();
    expect(totalIntensity(dec(100), dec(0))).toBeNull();
    // a fall gives a positive rate: 100 → 81 over 2 years is 1 − 0.9 = 10 %
    const fall = computeBusiness([
      { fiscalYear: 2020, co2T: dec(100), floorAreaM2: dec(1000) },
      { fiscalYear: 2022, co2T: dec(81), floorAreaM2: dec(1000) },
    ]);
    expect(fall.averageRates.co2ReductionPct?.toFixed(2)).toBe("10.00");
  });
});

describe("(その1) checks", () => {
  const r = computeBusiness(inputs);
  it("the filed figures pass", () => {
    const intensity = new Map(
      shinagawa.years.map((y, i) => [y.fiscalYear, held(`F${i}`, y.intensityKgPerM2)]),
    );
    expect(
      checkBusiness(inputs, r, {
        intensity,
        co2ReductionPct: held("C20", "-4.88"),
        intensityImprovementPct: held("C21", "-4.49"),
      }),
    ).toEqual([]);
  });
  it("names the cause: rounded where the form truncates, a lost sign, the 5th root for 4 years", () => {
    const issues = checkBusiness(inputs, r, {
      intensity: new Map([
        [2018, held("B10", "30.44349")], // rounded
        [2022, held("F10", "0.03630")], // t-CO2/m²
      ]),
      co2ReductionPct: held("C20", "4.88"),
      intensityImprovementPct: held("C21", "-4.50"),
    });
    expect(issues.map((i) => [i.cell?.address, i.code, i.params?.cause, i.params?.expected])).toEqual([
      ["B10", "tokyo.business.intensityMismatch", "roundedNotTruncated", "30.44348"],
      ["F10", "tokyo.business.intensityMismatch", "tonnesPerM2", "36.30403"],
      ["C20", "tokyo.business.rateMismatch", "signFlipped", "-4.88"],
      ["C21", "tokyo.business.rateMismatch", "roundedNotTruncated", "-4.49"],
    ]);
    // 1 − (12903/10660)^(1/5) = −3.89 %
    const fifth = checkBusiness(inputs, r, {
      intensity: new Map(),
      co2ReductionPct: held("C20", "-3.89"),
      intensityImprovementPct: null,
    });
    expect(fifth[0].params?.cause).toBe("wrongYearCount");
  });
  it("compares the (その2) sites of the latest year with the table's total", () => {
    const cells = new Map([[2022, { sheet: "その1", address: "F8" }]]);
    const site = (t: number, fy = 2022) => ({
      fiscalYear: fy,
      co2TotalT: dec(t),
      cell: { sheet: "s", address: "A1" },
    });
    expect(checkSitesSum(inputs, cells, [site(12000), site(903)])).toEqual([]);
    const w = checkSitesSum(inputs, cells, [site(12000), site(900), site(5, 2021)]);
    expect(w.map((i) => [i.severity, i.cell?.address, i.params?.sites, i.params?.table])).toEqual([
      ["warning", "F8", "12900", "12903"],
    ]);
    expect(checkSitesSum(inputs, cells, [site(5, 2021)])).toEqual([]);
  });
});
