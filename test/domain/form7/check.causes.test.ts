/**
 * Mismatches and their likely causes (spec form7.md §4), on the published 江東区 form as printed, with one
 * figure changed at a time. Each cause must be named where it fits and nowhere else; a correct form has
 * no error at all.
 */
import { checkForm7, FORM7_CAUSES, FORM7_CODES } from "../../../src/domain/form7/check";
import { computeForm7 } from "../../../src/domain/form7/compute";
import type { Form7FigureKey } from "../../../src/domain/form7/types";
import {
  check,
  correctHeld,
  errors,
  type Extra,
  KOTO_AREA,
  KOTO_USAGE,
  mismatchAt,
  S,
  type Usage,
} from "./checkCase";
import { sheetOf } from "./sheet";

describe("a correct form has no error", () => {
  it("the 江東区 form as printed (and every correct cell held)", () => {
    expect(check({})).toEqual([]);
  });

  it("every row kind, under both heat-row rules and both coefficient sets", () => {
    const usage: Usage = {
      cityGas: "1000",
      lpg: "2000",
      kerosene: "1000",
      industrialSteam: "10000",
      otherSteam: "10000",
      hotWater: "5000",
      coldWater: "7500",
      otherFuel: "1000",
      electricityDay: "50000",
      electricityNight: "20000",
      water: "1000",
      sewer: "1000",
    };
    const extra: Extra = {
      otherFuel: { unit: "L", heatCoef: "39.1", emissionCoef: "0.0189" },
      lpg: { heatCoef: "50.2" },
    };
    for (const settings of [
      S,
      { ...S, heatRowCo2: "primaryEnergy" as const },
      { ...S, coefficientSet: "sheet" as const },
    ]) {
      const issues = check({}, usage, "800", settings, extra);
      expect(errors(issues)).toEqual([]);
      // only the printed LPG coefficient that differs from the official one is worth a word
      expect(issues.map((i) => i.code)).toEqual([FORM7_CODES.coefficientDiffers]);
    }
  });

  it("a sheet of full-precision formula results rounded only by the display, too", () => {
    const r = computeForm7(sheetOf(KOTO_USAGE, KOTO_AREA).input, S);
    const held = Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v!.toFixed()]));
    expect(check(held)).toEqual([]);
  });
});

describe("mismatch: the cell, both values, the cause", () => {
  it("city gas CO2 with 0.014 instead of 0.0136", () => {
    // 279.918 GJ × 0.014 × 44/12 = 14.369124 → 14.4 (should be 13.9585776 → 14.0)
    const m = mismatchAt(check({ "cityGas.co2T": "14.4" }), "H22");
    expect(m.severity).toBe("error");
    expect(m.params).toMatchObject({ expected: "14.0", found: "14.4", cause: FORM7_CAUSES.coef0014 });
    expect(m.message.ja).toContain("H22");
    expect(m.message.ja).toContain("0.014");
    expect(m.message.en).toContain("the sheet holds 14.4; it should be 14.0");
  });

  it("a 合計 that includes the 0.014 row: 60.0316686 + 0.4105464 = 60.442215 → 60.4", () => {
    // the rows as printed (14.0 …) do not add up to 60.4, so the computation explains it, not the rows
    const m = mismatchAt(check({ "co2Energy.subtotal": "60.4" }), "H35");
    expect(m.params).toMatchObject({ expected: "60.0", found: "60.4", cause: FORM7_CAUSES.coef0014 });
  });

  it("electricity CO2 from GJ, in each of the three plausible formulas", () => {
    // day: 772.386867 GJ × 0.489 = 377.697178 → 377.7 (should be 37.9)
    const day = mismatchAt(check({ "electricityDay.co2T": "377.7" }), "H30");
    expect(day.params).toMatchObject({ cause: FORM7_CAUSES.electricityFromGJ, formula: "GJ × 0.489" });
    // night: 155.420512 GJ × 0.489 × 44/12 = 278.668978016 → 278.7 (the fuel rows' formula copied down)
    const night = mismatchAt(check({ "electricityNight.co2T": "278.7" }), "H31");
    expect(night.params).toMatchObject({
      cause: FORM7_CAUSES.electricityFromGJ,
      formula: "GJ × 0.489 × 44/12",
    });
    // night: 155.420512 ÷ 1000 × 0.489 = 0.0760006 → 0.1 (the kWh formula pointing at the GJ column)
    const gj = mismatchAt(check({ "electricityNight.co2T": "0.1" }), "H31");
    expect(gj.params).toMatchObject({ cause: FORM7_CAUSES.electricityFromGJ, formula: "GJ ÷ 1000 × 0.489" });
  });

  it("a factor of 1000 either way, with thousands separators in the message", () => {
    // 37.8833679 × 1000 = 37,883.3679 → 37,883.4
    const up = mismatchAt(check({ "electricityDay.co2T": "37883.4" }), "H30");
    expect(up.params).toMatchObject({
      expected: "37.9",
      found: "37883.4",
      cause: FORM7_CAUSES.unitTimes1000,
    });
    expect(up.message.ja).toContain("37,883.4");
    expect(up.message.en).toContain("37,883.4");
    // 279.918 ÷ 1000 = 0.279918 → 0.3; a sheet holding 0.28 shows 0.3
    const down = mismatchAt(check({ "cityGas.heatGJ": "0.28" }), "F22");
    expect(down.params).toMatchObject({ expected: "279.9", cause: FORM7_CAUSES.unitDiv1000 });
  });

  it("rounding where the form truncates: the summary figures and the intensity", () => {
    // water CO2 0.734786 t: the form shows 0, a sheet rounding shows 1
    expect(mismatchAt(check({ co2WaterT: "1" }), "F18").params).toMatchObject({
      expected: "0",
      found: "1",
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
    // total 60.7664546 t rounded → 61 (the form: 60 + 0)
    expect(mismatchAt(check({ co2TotalT: "61" }), "F19").params).toMatchObject({
      expected: "60",
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
    // a summary cell holding the unrounded 60.77 prints "61" under #,##0: also not truncated
    expect(mismatchAt(check({ co2TotalT: "60.7664546" }), "F19").params).toMatchObject({
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
    // intensity 60 × 1000 ÷ 1,412.36 = 42.482… → the form 42.4; rounded 42.5
    expect(mismatchAt(check({ intensityKgPerM2: "42.5" }), "F20").params).toMatchObject({
      expected: "42.4",
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
    // from the unrounded total: 60.7664546 × 1000 ÷ 1,412.36 = 43.0247… → 43.0
    expect(mismatchAt(check({ intensityKgPerM2: "43.0" }), "F20").params).toMatchObject({
      cause: FORM7_CAUSES.intensityFromExactTotal,
    });
  });

  it("truncation where the form rounds (a row): 13.9585776 cut to 13.9 instead of 14.0", () => {
    expect(mismatchAt(check({ "cityGas.co2T": "13.9" }), "H22").params).toMatchObject({
      expected: "14.0",
      cause: FORM7_CAUSES.truncatedNotRounded,
    });
  });

  it("water included in the energy CO2: the 合計 row and the summary figure", () => {
    // 60.0316686 + 0.734786 = 60.7664546 → 60.8 (should be 60.0)
    expect(mismatchAt(check({ "co2Energy.subtotal": "60.8" }), "H35").params).toMatchObject({
      cause: FORM7_CAUSES.waterInEnergy,
    });
    // energy 123,500 kWh × 0.489 ÷ 1000 = 60.3915 t; water 2,800 m³ × 0.251 ÷ 1000 = 0.7028 t;
    // 60.3915 + 0.7028 = 61.0943 → 61 (the form: 60); rounding 60.3915 would still give 60
    const usage = { electricityDay: "123500", water: "2800" };
    expect(mismatchAt(check({ co2EnergyT: "61" }, usage, "1000"), "F17").params).toMatchObject({
      expected: "60",
      cause: FORM7_CAUSES.waterInEnergy,
    });
  });

  it("heat-row CO2 by the other rule than the setting", () => {
    // 100,000 MJ: on the heat used 100 × 0.06 = 6.0 t; on the primary energy 102 GJ × 0.06 = 6.12 → 6.1
    const usage = { industrialSteam: "100000" };
    expect(mismatchAt(check({ "industrialSteam.co2T": "6.1" }, usage, "1000"), "H25").params).toMatchObject({
      expected: "6.0",
      cause: FORM7_CAUSES.heatRowCo2Rule,
      rule: "primaryEnergy",
    });
    const primary = { ...S, heatRowCo2: "primaryEnergy" as const };
    expect(
      mismatchAt(check({ "industrialSteam.co2T": "6.0" }, usage, "1000", primary), "H25").params,
    ).toMatchObject({
      expected: "6.1",
      cause: FORM7_CAUSES.heatRowCo2Rule,
      rule: "heatUsed",
    });
  });

  it("the other coefficient set: an outdated printed LPG coefficient (50.2) used, or not", () => {
    // 2,000 kg × 50.2 ÷ 1000 = 100.4 GJ; official 2,000 × 50.80 ÷ 1000 = 101.6 GJ
    const extra: Extra = { lpg: { heatCoef: "50.2" } };
    const usage = { lpg: "2000" };
    expect(mismatchAt(check({ "lpg.heatGJ": "100.4" }, usage, "1000", S, extra), "F23").params).toMatchObject(
      {
        expected: "101.6",
        cause: FORM7_CAUSES.otherCoefficientSet,
        set: "sheet",
      },
    );
    const sheetSet = { ...S, coefficientSet: "sheet" as const };
    expect(
      mismatchAt(check({ "lpg.heatGJ": "101.6" }, usage, "1000", sheetSet, extra), "F23").params,
    ).toMatchObject({
      expected: "100.4",
      cause: FORM7_CAUSES.otherCoefficientSet,
      set: "official",
    });
  });
});

describe("each cause on its own terms", () => {
  it("原油換算 and energy CO2 rounded half up where the form truncates", () => {
    // 100,000 kWh × 9.97 ÷ 1000 = 997 GJ × 0.0258 = 25.7226 kl: the form 25, rounded 26
    const usage = { electricityDay: "100000" };
    expect(mismatchAt(check({ crudeOilKl: "26" }, usage, "1000"), "F16").params).toEqual({
      expected: "25",
      found: "26",
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
    // 100,000 kWh × 0.489 ÷ 1000 = 48.9 t: the form 48, rounded 49
    expect(mismatchAt(check({ co2EnergyT: "49" }, usage, "1000"), "F17").params).toEqual({
      expected: "48",
      found: "49",
      cause: FORM7_CAUSES.roundedNotTruncated,
    });
  });

  it("× 1000 is found by the ratio alone and by the shown figure alone", () => {
    // ratio only: 48,950 ÷ 48.9 = 1,001.02… (within 0.2 % of 1000), but 48,950.0 is not 48.9 × 1000 = 48,900.0
    const usage = { electricityDay: "100000" };
    expect(mismatchAt(check({ "electricityDay.co2T": "48950" }, usage, "1000"), "H30").params).toMatchObject({
      expected: "48.9",
      cause: FORM7_CAUSES.unitTimes1000,
    });
    // shown figure only: water 1 m³ × 0.251 ÷ 1000 = 0.000251 t; × 1000 = 0.251 shows 0.3 as 0.26 does,
    // though 0.26 ÷ 0.000251 = 1,035.9 is 3.6 % off 1000
    expect(mismatchAt(check({ "water.co2T": "0.26" }, { water: "1" }, "1000"), "H33").params).toMatchObject({
      expected: "0.0",
      cause: FORM7_CAUSES.unitTimes1000,
    });
  });

  it("÷ 1000 is found by the ratio alone and by the shown figure alone", () => {
    // ratio only: 3,334 Nm³ × 45 ÷ 1000 = 150.03 GJ; 0.1499 × 1000 ÷ 150.03 = 0.99913 (within 0.2 %),
    // but 0.1499 shows 0.1 where 150.03 ÷ 1000 = 0.15003 shows 0.2
    expect(
      mismatchAt(check({ "cityGas.heatGJ": "0.1499" }, { cityGas: "3334" }, "1000"), "F22").params,
    ).toMatchObject({
      expected: "150.0",
      cause: FORM7_CAUSES.unitDiv1000,
    });
    // shown figure only: 279.918 ÷ 1000 = 0.279918 shows 0.3 as 0.26 does; 0.26 × 1000 ÷ 279.918 = 0.929
    expect(mismatchAt(check({ "cityGas.heatGJ": "0.26" }), "F22").params).toMatchObject({
      expected: "279.9",
      cause: FORM7_CAUSES.unitDiv1000,
    });
  });

  it("the CO2 energy 合計 against its rows: not their sum, a wrong row, the rounded rows", () => {
    // rows as printed: 14.0 + 0.0 + 0.0 + 37.9 + 8.2 + 0.0 = 60.1 (the full-precision rows: 60.0316686 → 60.0)
    expect(mismatchAt(check({ "co2Energy.subtotal": "65.0" }), "H35").params).toEqual({
      expected: "60.0",
      found: "65", // the held value exactly (a plain decimal)
      cause: FORM7_CAUSES.totalNotSum,
      heldSum: "60.1",
    });
    expect(mismatchAt(check({ "co2Energy.subtotal": "60.1" }), "H35").params).toEqual({
      expected: "60.0",
      found: "60.1",
      cause: FORM7_CAUSES.sumOfRoundedRows,
      heldSum: "60.1",
    });
    // 14.0 + 47.9 + 8.2 = 70.1: the total follows the typo in H30
    const wrongRow = check({ "electricityDay.co2T": "47.9", "co2Energy.subtotal": "70.1" });
    expect(mismatchAt(wrongRow, "H35").params).toMatchObject({ cause: FORM7_CAUSES.rowsWrong, rows: "H30" });
  });
});

describe("causes at their edges", () => {
  // 100,000 kWh × 0.489 ÷ 1000 = 48.9 t; 2,200 m³ × 0.251 ÷ 1000 = 0.5522 t; the form: 48 + 0 = 48
  const usage = { electricityDay: "100000", water: "2200" };

  it("総計 rounded as a whole (49.4522 → 49) or part by part (49 + 1 = 50): both are 'rounded, not truncated'", () => {
    for (const held of ["49", "50"])
      expect(mismatchAt(check({ co2TotalT: held }, usage, "1000"), "F19").params).toMatchObject({
        expected: "48",
        found: held,
        cause: FORM7_CAUSES.roundedNotTruncated,
      });
    // 51 is neither, nor the sum of the parts the sheet holds (48 + 0): not the sum, and said last
    expect(mismatchAt(check({ co2TotalT: "51" }, usage, "1000"), "F19").params).toEqual({
      expected: "48",
      found: "51",
      cause: FORM7_CAUSES.totalNotSum,
      heldSum: "48",
    });
  });

  it("a 総計 adding two wrong parts names both", () => {
    // 49 + 1 = 50: both parts rounded on the sheet, the total adds them
    const issues = check({ co2EnergyT: "49", co2WaterT: "1", co2TotalT: "50" }, usage, "1000");
    expect(mismatchAt(issues, "F19").params).toMatchObject({
      cause: FORM7_CAUSES.followsHeldFigure,
      from: "F17, F18",
    });
  });

  it("a zero held where a figure is due, or a figure where zero is due: no factor of 1000", () => {
    expect(
      mismatchAt(check({ "electricityDay.co2T": "0" }, usage, "1000"), "H30").params!.cause,
    ).toBeUndefined();
    // water 0 m³: 0 t, the sheet holds 0.3
    const zero = check({ "water.co2T": "0.3" }, { electricityDay: "100000", water: "0" }, "1000");
    expect(mismatchAt(zero, "H33").params).toEqual({ expected: "0.0", found: "0.3" });
  });

  it("a 合計 whose rows the sheet leaves blank: no cause from rows it does not hold", () => {
    const issues = check({ "water.co2T": null, "sewer.co2T": null, "co2Water.subtotal": "5.0" });
    expect(mismatchAt(issues, "H36").params).toEqual({ expected: "0.7", found: "5" });
  });

  it("a 合計 adding two wrong rows names both, in row order", () => {
    // 0.3 + 0.5 = 0.8 as printed; 1.3 + 0.6 = 1.9 with both rows wrong
    const issues = check({ "water.co2T": "1.3", "sewer.co2T": "0.6", "co2Water.subtotal": "1.9" });
    expect(mismatchAt(issues, "H36").params).toMatchObject({
      cause: FORM7_CAUSES.rowsWrong,
      rows: "H33, H34",
    });
  });

  it("no water CO2, no 'water in the energy CO2'", () => {
    // 48.9 → 49 on the sheet: the form rounds a row to 1 decimal (48.9), 49.0 fits nothing
    const issues = check({ "co2Energy.subtotal": "49.0" }, { electricityDay: "100000" }, "1000");
    expect(mismatchAt(issues, "H35").params).toMatchObject({
      expected: "48.9",
      cause: FORM7_CAUSES.totalNotSum,
    });
  });
});

describe("totals against the rows the sheet holds", () => {
  it("a total that is not the sum of its rows", () => {
    // rows as printed: 279.9 + 772.4 + 155.4 + 0 + 0 + 0 = 1,207.7; the total says 1,300.0
    const m = mismatchAt(check({ energyGJ: "1300.0" }), "F35");
    expect(m.params).toMatchObject({
      expected: "1207.7",
      cause: FORM7_CAUSES.totalNotSum,
      heldSum: "1207.7",
    });
    expect(m.message.ja).toContain("1,207.7");
  });

  it("a total that adds up a wrong row names the row", () => {
    // 279.9 + 872.4 + 155.4 = 1,307.7: the total follows the typo in F30
    const issues = check({ "electricityDay.heatGJ": "872.4", energyGJ: "1307.7" });
    expect(mismatchAt(issues, "F35").params).toMatchObject({ cause: FORM7_CAUSES.rowsWrong, rows: "F30" });
    // the typo itself has no computation that explains it
    expect(mismatchAt(issues, "F30").params!.cause).toBeUndefined();
  });

  it("a 合計 of the shown rows: 0.3 + 0.5 = 0.8, where the full-precision rows give 0.734786 → 0.7", () => {
    expect(mismatchAt(check({ "co2Water.subtotal": "0.8" }), "H36").params).toMatchObject({
      expected: "0.7",
      cause: FORM7_CAUSES.sumOfRoundedRows,
    });
  });

  it("summary figures that follow a wrong held figure point at it", () => {
    // 1,300 GJ × 0.0258 = 33.54 → 33 kl: computed from the wrong F35
    const crude = check({ energyGJ: "1300.0", crudeOilKl: "33" });
    expect(mismatchAt(crude, "F16").params).toMatchObject({
      cause: FORM7_CAUSES.followsHeldFigure,
      from: "F35",
    });
    // 総計 61 = the sheet's 61 + 0, where F17 is wrong
    const total = check({ co2EnergyT: "61", co2TotalT: "61" });
    expect(mismatchAt(total, "F19").params).toMatchObject({
      cause: FORM7_CAUSES.followsHeldFigure,
      from: "F17",
    });
    // 70 × 1000 ÷ 1,412.36 = 49.56… → 49.5, from the wrong total in F19
    const intensity = check({ co2TotalT: "70", intensityKgPerM2: "49.5" });
    expect(mismatchAt(intensity, "F20").params).toMatchObject({
      cause: FORM7_CAUSES.followsHeldFigure,
      from: "F19",
    });
  });

  it("a 総計 that is not the sum of the two parts the sheet holds (and no rounding explains it)", () => {
    const m = mismatchAt(check({ co2TotalT: "62" }), "F19");
    expect(m.params).toMatchObject({ cause: FORM7_CAUSES.totalNotSum, heldSum: "60" });
  });
});

describe("no cause is guessed where none fits", () => {
  it.each<[Form7FigureKey, string, string]>([
    ["cityGas.co2T", "20.0", "H22"],
    ["electricityDay.heatGJ", "700.0", "F30"],
    ["sewer.co2T", "0.9", "H34"],
    ["crudeOilKl", "35", "F16"],
    ["intensityKgPerM2", "40.0", "F20"],
  ])("%s = %s", (key, value, address) => {
    const m = mismatchAt(check({ [key]: value }), address);
    expect(m.params!.cause).toBeUndefined();
    expect(errors(check({ [key]: value }))).toHaveLength(1);
  });
});

describe("cells that hold something else than a figure", () => {
  it("a formula without a saved result is info, not an error", () => {
    const issues = check({ "cityGas.co2T": "=F22*G22*44/12" });
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "info",
        code: FORM7_CODES.noCachedValue,
        cell: expect.objectContaining({ address: "H22" }),
      }),
    ]);
  });

  it("a heat figure in a row whose usage is blank, and a row the reader did not find, are warnings too", () => {
    const issues = check({ "hotWater.heatGJ": "5.0" });
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      [FORM7_CODES.valueWithoutUsage, "F27", { found: "5" }],
    ]);
    const sheet = sheetOf(KOTO_USAGE, KOTO_AREA, {
      ...correctHeld(KOTO_USAGE, KOTO_AREA),
      "hotWater.co2T": "5.0",
    });
    sheet.input.rows = sheet.input.rows.filter((r) => r.key !== "hotWater");
    const missingRow = checkForm7(sheet, computeForm7(sheet.input, S), S);
    expect(missingRow.map((i) => [i.code, i.cell?.address])).toEqual([
      [FORM7_CODES.valueWithoutUsage, "H27"],
    ]);
  });

  it("a figure in a row whose usage is blank is a warning; a 0 there is fine", () => {
    const issues = check({ "hotWater.co2T": "5.0", "coldWater.co2T": "0" });
    expect(issues.map((i) => [i.severity, i.code, i.cell?.address, i.params])).toEqual([
      ["warning", FORM7_CODES.valueWithoutUsage, "H27", { found: "5" }],
    ]);
  });

  it("an intensity held without a floor area: the missing floor area, not a 'blank usage'", () => {
    const issues = check({ intensityKgPerM2: "42.5" }, KOTO_USAGE, null);
    expect(issues.map((i) => [i.severity, i.code, i.cell?.address])).toEqual([
      ["error", FORM7_CODES.missingFloorArea, "F20"],
    ]);
  });

  it("a formula with a saved error or text, and text in a computed cell, are not 'no saved result'", () => {
    const sheet = sheetOf(KOTO_USAGE, KOTO_AREA, correctHeld(KOTO_USAGE, KOTO_AREA));
    const h22 = sheet.computed["cityGas.co2T"]!;
    sheet.computed["cityGas.co2T"] = { ...h22, raw: "#VALUE!", formula: "F22*G22*44/12", value: null };
    sheet.computed["cityGas.heatGJ"] = { ...sheet.computed["cityGas.heatGJ"]!, raw: "n/a", value: null };
    expect(checkForm7(sheet, computeForm7(sheet.input, S), S)).toEqual([]);
  });

  it("a blank computed cell of a used row is left to the write plan (no issue)", () => {
    expect(check({ "cityGas.co2T": null, co2TotalT: null })).toEqual([]);
  });

  it("その他の燃料 without coefficients: its held figures are not compared (the input check says why)", () => {
    const issues = check(
      { "otherFuel.heatGJ": "39.1", "otherFuel.co2T": "2.7" },
      { ...KOTO_USAGE, otherFuel: "1000" },
    );
    expect(issues.filter((i) => i.code === FORM7_CODES.mismatch && i.cell?.address.endsWith("29"))).toEqual(
      [],
    );
    expect(issues.map((i) => [i.severity, i.code, i.cell?.address, i.params])).toEqual([
      [
        "error",
        FORM7_CODES.otherFuelCoefficients,
        "D29",
        { missing: "unit,heat coefficient,emission factor" },
      ],
    ]);
  });
});
