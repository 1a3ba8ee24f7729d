/**
 * Input problems of a filled Form 7 (spec form7.md §4): each at its cell, in both languages, with the
 * figures formatted with thousands separators.
 */
import { checkForm7, FORM7_CODES } from "../../../src/domain/form7/check";
import { computeForm7 } from "../../../src/domain/form7/compute";
import type { Issue } from "../../../src/domain/issue";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import { sheetOf } from "./sheet";

const S = DEFAULT_SETTINGS;
type Usage = Parameters<typeof sheetOf>[0];
type Extra = Parameters<typeof sheetOf>[3];

function inputIssues(
  usage: Usage,
  area: string | null = "1000",
  extra: Extra = {},
  settings: Settings = S,
): Issue[] {
  const sheet = sheetOf(usage, area, {}, extra);
  return checkForm7(sheet, computeForm7(sheet.input, settings), settings);
}
const at = (issues: Issue[]) => issues.map((i) => [i.severity, i.code, i.cell?.address]);
const A_HEAVY_OIL: Extra = { otherFuel: { unit: "L", heatCoef: "39.1", emissionCoef: "0.0189" } };

describe("usage", () => {
  it("a negative usage is an error at its cell, the figure with separators", () => {
    const issues = inputIssues({ cityGas: "-1234.5" });
    expect(at(issues)).toContainEqual(["error", FORM7_CODES.negativeUsage, "D22"]);
    const i = issues.find((x) => x.code === FORM7_CODES.negativeUsage)!;
    expect(i.message.ja).toContain("-1,234.5");
    expect(i.message.en).toContain("-1,234.5");
    expect(i.params).toEqual({ found: "-1234.5" });
  });

  it("usage with no unit on its row is a warning; a blank row without a unit is not", () => {
    expect(at(inputIssues({ lpg: "100" }, "1000", { lpg: { unit: "" } }))).toEqual([
      ["warning", FORM7_CODES.missingUnit, "D23"],
    ]);
    expect(inputIssues({}, "1000", { lpg: { unit: "" } })).toEqual([]);
  });

  it("a unit in thousands (千kWh, MWh, kL) makes the figures 1000 times too small", () => {
    const issues = inputIssues({ electricityDay: "94.2" }, "1000", { electricityDay: { unit: "千kWh" } });
    expect(at(issues)).toContainEqual(["warning", FORM7_CODES.unitDiffers, "C30"]);
    expect(issues.find((i) => i.code === FORM7_CODES.unitDiffers)!.message.en).toContain(
      "1000 times too small",
    );
    expect(at(inputIssues({ kerosene: "1" }, "1000", { kerosene: { unit: "kL" } }))).toContainEqual([
      "warning",
      FORM7_CODES.unitDiffers,
      "C24",
    ]);
  });

  it("units written differently but meaning the same are fine (m³ for city gas, Ｎｍ３, ℓ, ｋＷｈ)", () => {
    for (const [key, unit] of [
      ["cityGas", "m3"],
      ["cityGas", "Ｎｍ３"],
      ["cityGas", "Nm³"],
      ["kerosene", "ℓ"],
      ["electricityDay", "ｋＷｈ"],
      ["water", "㎥"],
    ] as const)
      expect(inputIssues({ [key]: "100000" }, "1000", { [key]: { unit } }).map((i) => i.code)).not.toContain(
        FORM7_CODES.unitDiffers,
      );
  });

  it("a unit from another row is named (kg on the kerosene row)", () => {
    const issues = inputIssues({ kerosene: "100" }, "1000", { kerosene: { unit: "kg" } });
    expect(issues.find((i) => i.code === FORM7_CODES.unitDiffers)!.params).toEqual({
      unit: "kg",
      expectedUnit: "L",
    });
  });
});

describe("floor area", () => {
  it("missing: an error at the intensity cell (or the form's anchor)", () => {
    expect(at(inputIssues({ cityGas: "5" }, null))).toEqual([["error", FORM7_CODES.missingFloorArea, "A1"]]);
  });
  it("zero or negative: an error at the floor-area cell", () => {
    expect(at(inputIssues({ cityGas: "5" }, "0"))).toEqual([["error", FORM7_CODES.badFloorArea, "C14"]]);
    expect(at(inputIssues({ cityGas: "5" }, "-1412.36"))).toEqual([
      ["error", FORM7_CODES.badFloorArea, "C14"],
    ]);
    expect(inputIssues({}, "-1412.36")[0].message.ja).toContain("-1,412.36");
  });
  it("under 1 m²: a unit slip, an error", () => {
    expect(at(inputIssues({}, "0.14"))).toEqual([["error", FORM7_CODES.tinyFloorArea, "C14"]]);
    expect(inputIssues({}, "0.14")[0].params).toEqual({ found: "0.14" });
  });
  it("1 m² is a floor area: no error, and electricity per m² is judged on it", () => {
    expect(inputIssues({ electricityDay: "2000" }, "1")).toEqual([]); // 2,000 kWh/m²
    // 3,500 kWh ÷ 1 m² = 3,500 kWh/m² > 3,000
    const issues = inputIssues({ electricityDay: "3500" }, "1");
    expect(at(issues)).toEqual([["warning", FORM7_CODES.electricityImplausible, "D30"]]);
    expect(issues[0].params).toEqual({ kWhPerM2: "3500" }); // half-up at 2 decimals, as a plain decimal
    // 0.999 m²: electricity per m² is not judged on it; the intensity is (3,500 kWh × 0.489 ÷ 1000 =
    // 1.7115 t → 1 t; 1 × 1000 ÷ 0.999 = 1,001.001 → 1,001.0 kg/m² > 1,000)
    const tiny = inputIssues({ electricityDay: "3500" }, "0.999");
    expect(tiny.map((i) => [i.code, i.params])).toEqual([
      [FORM7_CODES.tinyFloorArea, { found: "0.999" }],
      [FORM7_CODES.intensityImplausible, { intensity: "1001.0" }],
    ]);
  });
});

describe("printed coefficients", () => {
  it("one that differs from the official set: a warning naming both and the set in use", () => {
    const issues = inputIssues({ cityGas: "1000" }, "1000", { cityGas: { emissionCoef: "0.014" } });
    expect(at(issues)).toEqual([["warning", FORM7_CODES.coefficientDiffers, "G22"]]);
    expect(issues[0].params).toEqual({ printed: "0.014", official: "0.0136", used: "official" });
    expect(issues[0].message.en).toContain("The figures use the official 0.0136");
    const sheetSet = inputIssues(
      { cityGas: "1000" },
      "1000",
      { cityGas: { emissionCoef: "0.014" } },
      {
        ...S,
        coefficientSet: "sheet",
      },
    );
    expect(sheetSet[0].params!.used).toBe("sheet");
    expect(sheetSet[0].message.ja).toContain("シートの値 0.014");
  });
  it("45 printed for 45.00 is the same coefficient", () => {
    expect(inputIssues({ cityGas: "1000" }, "1000", { cityGas: { heatCoef: "45" } })).toEqual([]);
  });
});

describe("その他の燃料", () => {
  it("usage without unit or coefficients: an error naming what is missing", () => {
    const issues = inputIssues({ otherFuel: "1000" });
    expect(at(issues)).toEqual([["error", FORM7_CODES.otherFuelCoefficients, "D29"]]);
    expect(issues[0].params).toEqual({ missing: "unit,heat coefficient,emission factor" });
    expect(issues[0].message.ja).toContain("A重油");
    const noEm = inputIssues({ otherFuel: "1000" }, "1000", { otherFuel: { unit: "L", heatCoef: "39.1" } });
    expect(noEm[0].params).toEqual({ missing: "emission factor" });
    const noHeat = inputIssues({ otherFuel: "1000" }, "1000", {
      otherFuel: { unit: "L", emissionCoef: "0.0189" },
    });
    expect(noHeat.map((i) => [i.code, i.params])).toEqual([
      [FORM7_CODES.otherFuelCoefficients, { missing: "heat coefficient" }],
    ]);
    // a row of 0 needs nothing
    expect(inputIssues({ otherFuel: "0" })).toEqual([]);
  });

  it("plausible coefficients (A重油 39.1 GJ/kL, 0.0189 t-C/GJ, usage in L): nothing to say", () => {
    expect(inputIssues({ otherFuel: "1000" }, "1000", A_HEAVY_OIL)).toEqual([]);
  });

  it("a heat coefficient per litre (0.0391) or in MJ (39,100) is implausible", () => {
    const perLitre = inputIssues({ otherFuel: "1000" }, "1000", {
      otherFuel: { unit: "L", heatCoef: "0.0391", emissionCoef: "0.0189" },
    });
    expect(at(perLitre)).toEqual([["warning", FORM7_CODES.otherFuelImplausible, "E29"]]);
    // 1,000 L × 39,100 ÷ 1000 = 39,100 GJ → 2,709.63 t on 1,000 m²: the intensity is absurd as well
    const inMJ = inputIssues({ otherFuel: "1000" }, "1000", {
      otherFuel: { unit: "L", heatCoef: "39100", emissionCoef: "0.0189" },
    });
    expect(at(inMJ)).toEqual([
      ["warning", FORM7_CODES.otherFuelImplausible, "E29"],
      ["warning", FORM7_CODES.intensityImplausible, "A1"],
    ]);
    expect(inMJ[0].message.ja).toContain("39,100");
  });

  it("an emission factor in t-CO2/GJ (0.0693 = 0.0189 × 44/12) is named as such", () => {
    const issues = inputIssues({ otherFuel: "1000" }, "1000", {
      otherFuel: { unit: "L", heatCoef: "39.1", emissionCoef: "0.0693" },
    });
    expect(at(issues)).toEqual([["warning", FORM7_CODES.otherFuelImplausible, "G29"]]);
    expect(issues[0].message.en).toContain("t-CO2/GJ (in t-C/GJ: 0.0189)"); // 0.0693 × 12 ÷ 44 = 0.0189
  });

  it("usage in kL with a coefficient per kL: heat 1000 times too small", () => {
    // 10 kL × 39.1 ÷ 1000 = 0.391 GJ, where 10 kL of A重油 is 391 GJ
    const issues = inputIssues({ otherFuel: "10" }, "1000", {
      otherFuel: { unit: "kL", heatCoef: "39.1", emissionCoef: "0.0189" },
    });
    expect(at(issues)).toEqual([["warning", FORM7_CODES.otherFuelUnitScale, "C29"]]);
    expect(issues[0].message.en).toContain("Enter the usage in L");
  });
});

describe("implausible magnitudes", () => {
  it("electricity under 1 kWh/m² a year: probably typed in 千kWh", () => {
    // 77.4711 + 16.7479 = 94.219 (千kWh typed as kWh) ÷ 1,412.36 m² = 0.0667 kWh/m²
    const issues = inputIssues({ electricityDay: "77.4711", electricityNight: "16.7479" }, "1412.36");
    expect(at(issues)).toEqual([["warning", FORM7_CODES.electricityImplausible, "D30"]]);
    expect(issues[0].params).toEqual({ kWhPerM2: "0.07" });
    expect(issues[0].message.en).toContain("千kWh");
  });

  it("electricity over 3,000 kWh/m² a year", () => {
    // 5,000,000 kWh ÷ 1,000 m² = 5,000 kWh/m²
    const issues = inputIssues({ electricityDay: "5000000" }, "1000");
    expect(at(issues)).toContainEqual(["warning", FORM7_CODES.electricityImplausible, "D30"]);
    expect(issues.find((i) => i.code === FORM7_CODES.electricityImplausible)!.message.ja).toContain(
      "5,000.00",
    );
  });

  it("a real office (66.7 kWh/m²) and the boundaries 1 and 3,000 kWh/m² are fine", () => {
    const codes = (kWh: string, area: string) =>
      inputIssues({ electricityDay: kWh }, area).map((i) => i.code);
    expect(codes("94219", "1412.36")).toEqual([]);
    expect(codes("1000", "1000")).toEqual([]); // 1 kWh/m²
    expect(codes("999", "1000")).toEqual([FORM7_CODES.electricityImplausible]); // 0.999 kWh/m²
    expect(codes("3000000", "1000")).not.toContain(FORM7_CODES.electricityImplausible); // 3,000 kWh/m²
    expect(codes("3000001", "1000")).toContain(FORM7_CODES.electricityImplausible);
  });

  it("an intensity over 1,000 kg-CO2/m², at the intensity cell", () => {
    // 2,047,100 kWh × 0.489 ÷ 1000 = 1,001.0319 t → 1,001; × 1000 ÷ 1,000 m² = 1,001.0 kg/m²
    const sheet = sheetOf({ electricityDay: "2047100" }, "1000", { intensityKgPerM2: "1001.0" });
    const issues = checkForm7(sheet, computeForm7(sheet.input, S), S);
    expect(at(issues)).toEqual([["warning", FORM7_CODES.intensityImplausible, "F20"]]);
    expect(issues[0].params).toEqual({ intensity: "1001.0" });
    expect(issues[0].message.en).toContain("1,001.0 kg-CO2/m²");
    // 2,045,000 kWh → 1,000.005 t → 1,000 → exactly 1,000.0 kg/m²: not over
    expect(inputIssues({ electricityDay: "2045000" }, "1000")).toEqual([]);
  });
});

describe("double count", () => {
  it("day/night and その他の買電 both filled: a warning at その他の買電", () => {
    expect(at(inputIssues({ electricityDay: "50000", electricityOther: "100" }))).toEqual([
      ["warning", FORM7_CODES.doubleCount, "D32"],
    ]);
  });
  it("その他の買電 alone, or with day/night at 0, is fine", () => {
    expect(inputIssues({ electricityOther: "50000" })).toEqual([]);
    expect(inputIssues({ electricityDay: "0", electricityNight: "0", electricityOther: "50000" })).toEqual(
      [],
    );
  });
});

describe("the edges of each input check", () => {
  it("a printed coefficient where the official set has none (water's heat) is not compared", () => {
    expect(inputIssues({ water: "1000" }, "1000", { water: { heatCoef: "1" } })).toEqual([]);
  });

  it("a printed emission factor that differs: its own cell and figures", () => {
    const issues = inputIssues({ kerosene: "1000" }, "1000", { kerosene: { emissionCoef: "0.0187" } });
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      [FORM7_CODES.coefficientDiffers, "G24", { printed: "0.0187", official: "0.0185", used: "official" }],
    ]);
  });

  it("その他の燃料's plausible ranges are inclusive: 1 and 80 GJ, 0.010 and 0.040 t-C/GJ", () => {
    const codes = (heatCoef: string, emissionCoef: string) =>
      inputIssues({ otherFuel: "100" }, "1000", { otherFuel: { unit: "L", heatCoef, emissionCoef } }).map(
        (i) => [i.code, i.cell?.address, i.params],
      );
    expect(codes("1", "0.010")).toEqual([]);
    expect(codes("80", "0.040")).toEqual([]);
    expect(codes("0.99", "0.0189")).toEqual([
      [FORM7_CODES.otherFuelImplausible, "E29", { found: "0.99", min: "1", max: "80" }],
    ]);
    expect(codes("80.1", "0.0189")).toEqual([
      [FORM7_CODES.otherFuelImplausible, "E29", { found: "80.1", min: "1", max: "80" }],
    ]);
    expect(codes("39.1", "0.0099")).toEqual([
      [FORM7_CODES.otherFuelImplausible, "G29", { found: "0.0099", min: "0.01", max: "0.04" }],
    ]);
    expect(codes("39.1", "0.0401")).toEqual([
      [FORM7_CODES.otherFuelImplausible, "G29", { found: "0.0401", min: "0.01", max: "0.04" }],
    ]);
  });

  it("usage in thousands with an implausible coefficient is not also a scale slip", () => {
    const issues = inputIssues({ otherFuel: "10" }, "1000", {
      otherFuel: { unit: "kL", heatCoef: "0.5", emissionCoef: "0.0189" },
    });
    expect(issues.map((i) => [i.code, i.cell?.address])).toEqual([[FORM7_CODES.otherFuelImplausible, "E29"]]);
    // in t, with a coefficient per t: the scale slip, naming the unit
    const inT = inputIssues({ otherFuel: "10" }, "1000", {
      otherFuel: { unit: "t", heatCoef: "50.8", emissionCoef: "0.0161" },
    });
    expect(inT.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      [FORM7_CODES.otherFuelUnitScale, "C29", { unit: "t" }],
    ]);
    expect(inT[0].message.en).toContain("Enter the usage in kg");
  });

  it("electricity: no electricity is not 'too little'; the first used row is named; night alone counts for a double count", () => {
    expect(inputIssues({ electricityDay: "0" }, "1000")).toEqual([]);
    // 500 kWh at night ÷ 1,000 m² = 0.5 kWh/m²: at the night row
    const night = inputIssues({ electricityNight: "500" }, "1000");
    expect(night.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      [FORM7_CODES.electricityImplausible, "D31", { kWhPerM2: "0.5" }],
    ]);
    expect(at(inputIssues({ electricityNight: "50000", electricityOther: "100" }))).toEqual([
      ["warning", FORM7_CODES.doubleCount, "D32"],
    ]);
    // その他の買電 of 0 beside day electricity is no double count
    expect(inputIssues({ electricityDay: "50000", electricityOther: "0" })).toEqual([]);
  });

  it("an unreadable unit on その他の燃料 is no scale slip; a zero floor area's parameters; a sheet missing the electricity rows", () => {
    const can = inputIssues({ otherFuel: "10" }, "1000", {
      otherFuel: { unit: "缶", heatCoef: "39.1", emissionCoef: "0.0189" },
    });
    expect(can).toEqual([]);
    expect(inputIssues({}, "0")[0].params).toEqual({ found: "0" });
    // kg on the kerosene row is another unit, not a thousand-unit
    const kg = inputIssues({ kerosene: "100" }, "1000", { kerosene: { unit: "kg" } });
    expect(kg[0].message.en).not.toContain("1000 times too small");
    const sheet = sheetOf({ cityGas: "1000" }, "1000");
    sheet.input.rows = sheet.input.rows.filter((r) => !r.key.startsWith("electricity"));
    expect(checkForm7(sheet, computeForm7(sheet.input, S), S)).toEqual([]);
  });
});
