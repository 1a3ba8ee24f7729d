/**
 * The engine row by row and at the truncation boundaries (spec form7.md §2–3). Every expected figure is
 * worked out by hand in the comment beside it.
 */
import { dec } from "../../../src/domain/decimal";
import { computeForm7, coefficientsFor, summarize } from "../../../src/domain/form7/compute";
import type { Form7RowResult } from "../../../src/domain/form7/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import { form7Input } from "../../support/form7Input";

const S = DEFAULT_SETTINGS;
type Usage = Parameters<typeof form7Input>[0];
type Extra = Parameters<typeof form7Input>[2];
const compute = (usage: Usage, area: string | null = "1000", settings: Settings = S, extra: Extra = {}) =>
  computeForm7(form7Input(usage, area, extra), settings);
const A_HEAVY_OIL: Extra = { otherFuel: { unit: "L", heatCoef: "39.1", emissionCoef: "0.0189" } };

describe("every row kind, one form", () => {
  const r = compute(
    {
      cityGas: "1000",
      lpg: "2000",
      kerosene: "1000",
      industrialSteam: "10000",
      otherSteam: "10000",
      hotWater: "5000",
      coldWater: "2500",
      otherFuel: "1000",
      electricityDay: "1000",
      electricityNight: "1000",
      electricityOther: "1000",
      water: "1000",
      sewer: "1000",
    },
    "1000",
    S,
    A_HEAVY_OIL,
  );
  const heat = (k: keyof typeof r.rows) => r.rows[k]!.heatGJ!.toFixed();
  const co2 = (k: keyof typeof r.rows) => r.rows[k]!.co2T.toFixed();

  it("fuels: GJ = usage × coef ÷ 1000; CO2 = GJ × t-C/GJ × 44/12, exact where it terminates", () => {
    expect(heat("cityGas")).toBe("45"); // 1,000 Nm³ × 45.00 ÷ 1000
    expect(co2("cityGas")).toBe("2.244"); // 45 × 0.0136 = 0.612 t-C; × 44 ÷ 12 = 2.244
    expect(heat("lpg")).toBe("101.6"); // 2,000 kg × 50.80 ÷ 1000
    expect(r.rows.lpg!.co2T.toFixed(12)).toBe("5.997786666667"); // 101.6 × 0.0161 = 1.63576; × 44 ÷ 12 = 5.99778666…
    expect(heat("kerosene")).toBe("36.7"); // 1,000 L × 36.70 ÷ 1000
    expect(r.rows.kerosene!.co2T.toFixed(12)).toBe("2.489483333333"); // 36.7 × 0.0185 = 0.67895; × 44/12
  });

  it("heat rows: primary-energy GJ (× 1.02 | 1.36 ÷ 1000); CO2 on the heat used (MJ ÷ 1000 × 0.06)", () => {
    expect(heat("industrialSteam")).toBe("10.2"); // 10,000 MJ × 1.02 ÷ 1000
    expect(heat("otherSteam")).toBe("13.6"); // 10,000 × 1.36 ÷ 1000
    expect(heat("hotWater")).toBe("6.8"); // 5,000 × 1.36 ÷ 1000
    expect(heat("coldWater")).toBe("3.4"); // 2,500 × 1.36 ÷ 1000
    expect(co2("industrialSteam")).toBe("0.6"); // 10,000 ÷ 1000 × 0.06
    expect(co2("otherSteam")).toBe("0.6");
    expect(co2("hotWater")).toBe("0.3"); // 5 × 0.06
    expect(co2("coldWater")).toBe("0.15"); // 2.5 × 0.06
  });

  it("その他の燃料 with the sheet's coefficients (A重油 1,000 L, 39.1 GJ/kL, 0.0189 t-C/GJ)", () => {
    expect(heat("otherFuel")).toBe("39.1"); // 1,000 L × 39.1 ÷ 1000
    expect(co2("otherFuel")).toBe("2.70963"); // 39.1 × 0.0189 = 0.73899 t-C; × 44 ÷ 12 = 2.70963
  });

  it("electricity: heat from the day/night/other coefficients, CO2 from kWh ÷ 1000 × 0.489", () => {
    expect(heat("electricityDay")).toBe("9.97");
    expect(heat("electricityNight")).toBe("9.28");
    expect(heat("electricityOther")).toBe("9.76");
    for (const k of ["electricityDay", "electricityNight", "electricityOther"] as const)
      expect(co2(k)).toBe("0.489");
  });

  it("water and sewer: no heat, CO2 = m³ ÷ 1000 × coef", () => {
    expect(r.rows.water!.heatGJ).toBeNull();
    expect(r.cells["water.heatGJ"]).toBeUndefined();
    expect(co2("water")).toBe("0.251");
    expect(co2("sewer")).toBe("0.439");
  });

  it("totals: energy GJ of fuel + heat + electricity rows, 原油換算, CO2 parts, 総計, intensity", () => {
    // 45 + 101.6 + 36.7 + 10.2 + 13.6 + 6.8 + 3.4 + 39.1 + 9.97 + 9.28 + 9.76 = 285.41 GJ
    expect(r.exact.energyGJ.toFixed()).toBe("285.41");
    expect(r.cells.energyGJ!.toFixed()).toBe("285.41");
    expect(r.exact.crudeOilKl.toFixed()).toBe("7.363578"); // 285.41 × 0.0258
    // 2.244 + 8.48727 (LPG + kerosene: the thirds cancel) + 1.65 + 2.70963 + 1.467 = 16.5579 t
    expect(r.exact.co2EnergyT.toFixed()).toBe("16.5579");
    expect(r.cells["co2Energy.subtotal"]!.toFixed()).toBe("16.5579");
    expect(r.exact.co2WaterT.toFixed()).toBe("0.69"); // 0.251 + 0.439
    expect(r.reported.energyGJ.toFixed(1)).toBe("285.4");
    expect(r.reported.crudeOilKl.toFixed()).toBe("7");
    expect(r.reported.co2EnergyT.toFixed()).toBe("16");
    expect(r.reported.co2WaterT.toFixed()).toBe("0");
    expect(r.reported.co2TotalT.toFixed()).toBe("16");
    expect(r.reported.intensityKgPerM2!.toFixed(1)).toBe("16.0"); // 16 × 1000 ÷ 1,000 m²
    expect(r.cells.co2TotalT!.toFixed()).toBe("16");
  });

  it("has a cell value for every computed cell of a used row, and only those", () => {
    expect(Object.keys(r.cells).sort()).toHaveLength(11 * 2 + 2 + 3 + 5);
  });
});

describe("heat rows under both heatRowCo2 settings", () => {
  const usage = { industrialSteam: "10000", otherSteam: "10000", hotWater: "5000", coldWater: "2500" };
  it("heatUsed (default): CO2 on MJ ÷ 1000; primaryEnergy: on the GJ after × 1.02 | 1.36", () => {
    const used = compute(usage);
    const primary = compute(usage, "1000", { ...S, heatRowCo2: "primaryEnergy" });
    expect(used.exact.co2EnergyT.toFixed()).toBe("1.65"); // (10 + 10 + 5 + 2.5) × 0.06
    expect(primary.rows.industrialSteam!.co2T.toFixed()).toBe("0.612"); // 10.2 × 0.06
    expect(primary.rows.otherSteam!.co2T.toFixed()).toBe("0.816"); // 13.6 × 0.06
    expect(primary.rows.hotWater!.co2T.toFixed()).toBe("0.408"); // 6.8 × 0.06
    expect(primary.rows.coldWater!.co2T.toFixed()).toBe("0.204"); // 3.4 × 0.06
    expect(primary.exact.co2EnergyT.toFixed()).toBe("2.04"); // 34 GJ × 0.06
    // the heat (energy total) is the same under both
    expect(used.exact.energyGJ.toFixed()).toBe("34");
    expect(primary.exact.energyGJ.toFixed()).toBe("34");
  });
});

describe("coefficient sets", () => {
  const gas014: Extra = { cityGas: { emissionCoef: "0.014", heatCoef: "44.8" } };
  it("'official' ignores a printed coefficient that differs; 'sheet' uses it", () => {
    const off = compute({ cityGas: "1000" }, "1000", S, gas014);
    expect(off.rows.cityGas!.co2T.toFixed()).toBe("2.244"); // 45 × 0.0136 × 44/12
    const sh = compute({ cityGas: "1000" }, "1000", { ...S, coefficientSet: "sheet" }, gas014);
    expect(sh.rows.cityGas!.heatGJ!.toFixed()).toBe("44.8"); // 1,000 × 44.8 ÷ 1000
    expect(sh.rows.cityGas!.co2T.toFixed()).toBe(
      "2.29973333333333333333333333333333333333333333333333333333333",
    ); // 44.8 × 0.014 × 44/12 = 2.2997333…
    expect(sh.rows.cityGas!.emissionCoef!.toFixed()).toBe("0.014");
  });

  it("'sheet' falls back to the official coefficient where the sheet prints none", () => {
    const input = form7Input({ electricityDay: "1000" }, "1000", {
      electricityDay: { heatCoef: "", emissionCoef: "" },
    });
    expect(input.rows.find((r) => r.key === "electricityDay")!.heatCoef).toBeNull();
    const c = coefficientsFor(
      input.rows.find((r) => r.key === "electricityDay")!,
      { coefficientSet: "sheet" },
    );
    expect(c.heatCoef!.toFixed()).toBe("9.97");
    expect(c.emissionCoef!.toFixed()).toBe("0.489");
  });

  it("water rows never get a heat coefficient, even one printed on the sheet", () => {
    const r = compute(
      { water: "1000" },
      "1000",
      { ...S, coefficientSet: "sheet" },
      { water: { heatCoef: "9.97" } },
    );
    expect(r.rows.water!.heatGJ).toBeNull();
    expect(r.exact.energyGJ.toFixed()).toBe("0");
  });
});

describe("その他の燃料", () => {
  it("without its coefficients contributes nothing and has no cells", () => {
    const r = compute({ otherFuel: "1000", cityGas: "1000" });
    expect(r.rows.otherFuel!.heatGJ!.toFixed()).toBe("0");
    expect(r.rows.otherFuel!.co2T.toFixed()).toBe("0");
    expect(r.cells["otherFuel.heatGJ"]).toBeUndefined();
    expect(r.cells["otherFuel.co2T"]).toBeUndefined();
    expect(r.exact.energyGJ.toFixed()).toBe("45"); // city gas only
  });

  it("with a heat coefficient but no emission factor: the heat counts, the CO2 cell stays unknown", () => {
    const r = compute({ otherFuel: "1000" }, "1000", S, { otherFuel: { unit: "L", heatCoef: "37.7" } });
    expect(r.cells["otherFuel.heatGJ"]!.toFixed()).toBe("37.7"); // 1,000 L × 37.7 ÷ 1000 (軽油)
    expect(r.cells["otherFuel.co2T"]).toBeUndefined();
    expect(r.exact.energyGJ.toFixed()).toBe("37.7");
    expect(r.exact.co2EnergyT.toFixed()).toBe("0");
  });

  it("uses the sheet's coefficients whatever the coefficient-set setting", () => {
    const a = compute({ otherFuel: "500" }, "1000", S, A_HEAVY_OIL);
    const b = compute({ otherFuel: "500" }, "1000", { ...S, coefficientSet: "sheet" }, A_HEAVY_OIL);
    expect(a.rows.otherFuel!.co2T.toFixed()).toBe("1.354815"); // 500 × 39.1 ÷ 1000 = 19.55 GJ; × 0.0189 × 44/12
    expect(b.rows.otherFuel!.co2T.toFixed()).toBe("1.354815");
  });
});

describe("blank, zero and negative usage", () => {
  it("blank is not used (no cells), an explicit 0 is kept as 0", () => {
    const r = compute({ cityGas: null, lpg: "0", water: "0" });
    expect(r.rows.cityGas!.usage).toBeNull();
    expect(r.rows.cityGas!.co2T.toFixed()).toBe("0");
    expect(r.cells["cityGas.heatGJ"]).toBeUndefined();
    expect(r.cells["cityGas.co2T"]).toBeUndefined();
    expect(r.cells["lpg.heatGJ"]!.toFixed()).toBe("0");
    expect(r.cells["lpg.co2T"]!.toFixed()).toBe("0");
    expect(r.cells["water.co2T"]!.toFixed()).toBe("0");
    // the 合計 and summary cells are always computed
    expect(r.cells.energyGJ!.toFixed()).toBe("0");
    expect(r.cells.co2TotalT!.toFixed()).toBe("0");
    expect(r.cells.intensityKgPerM2!.toFixed(1)).toBe("0.0");
  });

  it("a form with nothing used still has its totals, all zero", () => {
    const r = compute({});
    expect(Object.keys(r.cells).sort()).toEqual(
      [
        "co2Energy.subtotal",
        "co2EnergyT",
        "co2TotalT",
        "co2Water.subtotal",
        "co2WaterT",
        "crudeOilKl",
        "energyGJ",
        "intensityKgPerM2",
      ].sort(),
    );
  });

  it("a negative usage is computed as it stands (the checks call it an error)", () => {
    const r = compute({ cityGas: "-100" });
    expect(r.rows.cityGas!.heatGJ!.toFixed()).toBe("-4.5"); // -100 × 45 ÷ 1000
    expect(r.rows.cityGas!.co2T.toFixed()).toBe("-0.2244"); // -4.5 × 0.0136 × 44/12
    expect(r.reported.co2EnergyT.toFixed()).toBe("0"); // truncation toward zero of -0.2244 → -0 → 0
  });
});

describe("rounding as the forms show it", () => {
  it("CO2 exactly 60 stays 60; 59.9999994 truncates to 59 (never rounds up)", () => {
    // 1,000,000 MJ ÷ 1000 × 0.06 = 60 t exactly
    expect(compute({ industrialSteam: "1000000" }).reported.co2EnergyT.toFixed()).toBe("60");
    // 999,999.99 MJ ÷ 1000 × 0.06 = 59.9999994 t
    const r = compute({ industrialSteam: "999999.99" });
    expect(r.exact.co2EnergyT.toFixed()).toBe("59.9999994");
    expect(r.reported.co2EnergyT.toFixed()).toBe("59");
  });

  it("the total is the sum of the two truncated parts, not the truncated sum", () => {
    // energy 124,744.37 kWh × 0.489 ÷ 1000 = 60.99999693 t → 60; water 3,980 m³ × 0.251 ÷ 1000 = 0.99898 → 0
    const r = compute({ electricityDay: "124744.37", water: "3980" });
    expect(r.exact.co2EnergyT.toFixed()).toBe("60.99999693");
    expect(r.exact.co2WaterT.toFixed()).toBe("0.99898");
    expect(r.reported.co2TotalT.toFixed()).toBe("60"); // 60 + 0, though 60.99999693 + 0.99898 = 61.99897693
  });

  it("原油換算 truncates: 5,000 GJ × 0.0258 = 129 kl exactly; 4,999.9995 GJ → 128.9999871 → 128", () => {
    // 100,000 Nm³ × 45 ÷ 1000 = 4,500 GJ; その他の燃料 10,000 L × 50 GJ/kL ÷ 1000 = 500 GJ; 5,000 × 0.0258 = 129
    const exact = compute({ cityGas: "100000", otherFuel: "10000" }, "1000", S, {
      otherFuel: { unit: "L", heatCoef: "50", emissionCoef: "0.0187" },
    });
    expect(exact.exact.energyGJ.toFixed()).toBe("5000");
    expect(exact.exact.crudeOilKl.toFixed()).toBe("129");
    expect(exact.reported.crudeOilKl.toFixed()).toBe("129");
    // 111,111.1 Nm³ × 45 ÷ 1000 = 4,999.9995 GJ; × 0.0258 = 128.9999871 kl
    const r = compute({ cityGas: "111111.1" });
    expect(r.exact.energyGJ.toFixed()).toBe("4999.9995");
    expect(r.exact.crudeOilKl.toFixed()).toBe("128.9999871");
    expect(r.reported.crudeOilKl.toFixed()).toBe("128");
    expect(r.reported.energyGJ.toFixed(1)).toBe("5000.0"); // the GJ 合計 is shown half up
  });

  it("intensity cuts at 1 decimal: 849 t on 20,000 m² is 42.45 → 42.4, not 42.5", () => {
    // 14,150,000 MJ of industrial steam ÷ 1000 × 0.06 = 849 t; 849 × 1000 ÷ 20,000 = 42.45
    const r = compute({ industrialSteam: "14150000" }, "20000");
    expect(r.reported.co2TotalT.toFixed()).toBe("849");
    expect(r.reported.intensityKgPerM2!.toFixed()).toBe("42.4");
  });

  it("intensity of an exact x.x5 value stays exact: 294 t on 313.6 m² is 937.5 (binary floats give 937.4)", () => {
    // 4,900,000 MJ ÷ 1000 × 0.06 = 294 t; 294 × 1000 ÷ 313.6 = 937.5 exactly; in floats 937.4999999999999
    const r = compute({ industrialSteam: "4900000" }, "313.6");
    expect(r.reported.intensityKgPerM2!.toFixed()).toBe("937.5");
    expect(Math.floor(((294 * 1000) / 313.6) * 10) / 10).toBe(937.4); // the float trap this avoids
  });

  it("29 t on 100 m²: 290.0 exactly (the 0.29 × 100 trap)", () => {
    // 60,000 kWh × 0.489 ÷ 1000 = 29.34 t → 29; 29 × 1000 ÷ 100 = 290
    const r = compute({ electricityDay: "60000" }, "100");
    expect(r.reported.intensityKgPerM2!.toFixed()).toBe("290");
    expect(Math.trunc(0.29 * 100)).toBe(28); // what a float engine would do
  });

  it("rows keep full precision: 7,500 MJ of chilled water is 0.45 t exactly (floats: 0.44999999999999996)", () => {
    const r = compute({ coldWater: "7500" });
    expect(r.rows.coldWater!.co2T.toFixed()).toBe("0.45"); // 7.5 × 0.06
    expect(((7500 / 1000) * 0.06).toFixed(1)).toBe("0.4"); // the float trap
  });

  it("no intensity without a positive floor area", () => {
    expect(compute({ cityGas: "1000" }, null).reported.intensityKgPerM2).toBeNull();
    expect(compute({ cityGas: "1000" }, "0").reported.intensityKgPerM2).toBeNull();
    expect(compute({ cityGas: "1000" }, "-5").cells.intensityKgPerM2).toBeUndefined();
  });
});

describe("huge and tiny values stay exact", () => {
  it("1e12 kWh: 9.97e9 GJ, 4.89e8 t, 257,226,000 kl", () => {
    const r = compute({ electricityDay: "1e12" }, "1e9");
    expect(r.exact.energyGJ.toFixed()).toBe("9970000000"); // 1e12 × 9.97 ÷ 1000
    expect(r.exact.co2EnergyT.toFixed()).toBe("489000000"); // 1e12 ÷ 1000 × 0.489
    expect(r.reported.crudeOilKl.toFixed()).toBe("257226000"); // 9.97e9 × 0.0258
    expect(r.reported.intensityKgPerM2!.toFixed()).toBe("489"); // 4.89e8 × 1000 ÷ 1e9
  });

  it("1e15 Nm³ of city gas and 0.001 m³ of water", () => {
    const r = compute({ cityGas: "1000000000000000", water: "0.001" });
    expect(r.rows.cityGas!.heatGJ!.toFixed()).toBe("45000000000000"); // 1e15 × 45 ÷ 1000
    expect(r.rows.cityGas!.co2T.toFixed()).toBe("2244000000000"); // 4.5e13 × 0.0136 × 44/12
    expect(r.rows.water!.co2T.toFixed()).toBe("0.000000251"); // 0.001 ÷ 1000 × 0.251
    expect(r.reported.co2WaterT.toFixed()).toBe("0");
  });
});

describe("summarize", () => {
  it("adds the full-precision rows, not the shown ones", () => {
    // two rows of 0.04 t each show 0.0 + 0.0 but total 0.08 → 0.1
    const row = (key: Form7RowResult["key"], co2: string): Form7RowResult => ({
      key,
      usage: dec(1),
      heatGJ: null,
      co2T: dec(co2),
      heatCoef: null,
      emissionCoef: null,
    });
    const t = summarize([row("water", "0.04"), row("sewer", "0.04")], dec(100));
    expect(t.cells["co2Water.subtotal"]!.toFixed()).toBe("0.08");
    const w = summarize([row("electricityDay", "10.6"), row("water", "0.5")], dec(100), {
      waterInEnergy: true,
    });
    expect(w.exact.co2EnergyT.toFixed()).toBe("11.1"); // the what-if of the checks: water counted as energy
  });
});
