/**
 * Every row kind of the breakdown table, by hand: the figures in the comments are the arithmetic of spec
 * form7.md §2, and the truncation boundaries of §3.
 */
import { dec } from "../../../src/domain/decimal";
import { checkForm7, FORM7_CODES } from "../../../src/domain/form7/check";
import { computeForm7, shown } from "../../../src/domain/form7/compute";
import { classifySite } from "../../../src/domain/form7/siteClass";
import type { Form7Sheet } from "../../../src/workbook/form7/sheet";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import { form7Input } from "../../support/form7Input";

const S = DEFAULT_SETTINGS;
const compute = (
  usage: Parameters<typeof form7Input>[0],
  area: string | null = "1000",
  settings: Settings = S,
  extra = {},
) => computeForm7(form7Input(usage, area, extra), settings);

describe("per-row arithmetic", () => {
  it("fuels: GJ = usage × coef ÷ 1000, CO2 = GJ × t-C/GJ × 44/12", () => {
    const r = compute({ lpg: "2000", kerosene: "500" });
    expect(r.rows.lpg!.heatGJ!.toFixed()).toBe("101.6"); // 2000 kg × 50.80 ÷ 1000
    expect(r.rows.lpg!.co2T.toFixed(10)).toBe("5.9977866667"); // 101.6 × 0.0161 × 44/12 = 5.99778666…
    expect(r.rows.kerosene!.heatGJ!.toFixed()).toBe("18.35"); // 500 L × 36.70 ÷ 1000
    expect(r.rows.kerosene!.co2T.toFixed(10)).toBe("1.2447416667"); // 18.35 × 0.0185 × 44/12
  });

  it("heat rows: primary-energy GJ for the total; CO2 on the heat used, or on the GJ as a setting", () => {
    const used = compute({
      industrialSteam: "10000",
      otherSteam: "10000",
      hotWater: "5000",
      coldWater: "2500",
    });
    expect(used.rows.industrialSteam!.heatGJ!.toFixed()).toBe("10.2"); // 10000 MJ × 1.02 ÷ 1000
    expect(used.rows.otherSteam!.heatGJ!.toFixed()).toBe("13.6"); // × 1.36
    expect(used.rows.industrialSteam!.co2T.toFixed()).toBe("0.6"); // 10000 ÷ 1000 × 0.06
    expect(used.rows.hotWater!.co2T.toFixed()).toBe("0.3");
    expect(used.rows.coldWater!.co2T.toFixed()).toBe("0.15");
    expect(used.exact.energyGJ.toFixed()).toBe("34"); // 10.2 + 13.6 + 6.8 + 3.4
    const primary = compute({ industrialSteam: "10000", otherSteam: "10000" }, "1000", {
      ...S,
      heatRowCo2: "primaryEnergy",
    });
    expect(primary.rows.industrialSteam!.co2T.toFixed()).toBe("0.612"); // 10.2 × 0.06
    expect(primary.rows.otherSteam!.co2T.toFixed()).toBe("0.816"); // 13.6 × 0.06
  });

  it("electricity: CO2 from kWh, not from GJ; water and sewer have no heat", () => {
    const r = compute({ electricityOther: "100000", water: "2000", sewer: "2000" });
    expect(r.rows.electricityOther!.heatGJ!.toFixed()).toBe("976"); // 100000 × 9.76 ÷ 1000
    expect(r.rows.electricityOther!.co2T.toFixed()).toBe("48.9"); // 100000 ÷ 1000 × 0.489
    expect(r.rows.water!.heatGJ).toBeNull();
    expect(r.rows.water!.co2T.toFixed()).toBe("0.502");
    expect(r.rows.sewer!.co2T.toFixed()).toBe("0.878");
    expect(r.exact.energyGJ.toFixed()).toBe("976"); // water is not energy
    expect(r.exact.co2WaterT.toFixed()).toBe("1.38");
  });

  it("その他の燃料 with the user's coefficients (A重油 39.1 GJ/kL, 0.0189 t-C/GJ)", () => {
    const r = compute({ otherFuel: "10" }, "1000", S, {
      otherFuel: { heatCoef: "39.1", emissionCoef: "0.0189", unit: "kL" },
    });
    expect(r.rows.otherFuel!.heatGJ!.toFixed()).toBe("0.391"); // 10 kL × 39.1 ÷ 1000 (GJ per 千 units)
    expect(r.rows.otherFuel!.co2T.toFixed(10)).toBe("0.0270963000"); // 0.391 × 0.0189 × 44/12
  });

  it("blank is not used, an explicit 0 stays 0", () => {
    const r = compute({ cityGas: null, lpg: "0" });
    expect(r.rows.cityGas!.usage).toBeNull();
    expect(r.cells["cityGas.co2T"]).toBeUndefined();
    expect(r.cells["lpg.co2T"]!.toFixed()).toBe("0");
  });
});

describe("rounding as the forms show it", () => {
  it("truncates the summary: 60.9999 t → 60; the total is the sum of the truncated parts", () => {
    // 124,744.37 kWh × 0.489 ÷ 1000 = 60.99999693 t; water 1,990 m³ × 0.251 ÷ 1000 = 0.49949 t
    const r = compute({ electricityDay: "124744.37", water: "1990" }, "1000");
    expect(r.exact.co2EnergyT.toFixed()).toBe("60.99999693");
    expect(r.reported.co2EnergyT.toNumber()).toBe(60);
    expect(r.reported.co2WaterT.toNumber()).toBe(0);
    expect(r.reported.co2TotalT.toNumber()).toBe(60);
  });

  it("cuts the intensity at 1 decimal from the whole-number total (no binary-float trap)", () => {
    // 29 t × 1000 ÷ 100 m² = 290.0; with floats 0.29 × 100 truncates to 28.9999…
    const r = compute({ electricityDay: "60000" }, "100"); // 60,000 × 0.489 ÷ 1000 = 29.34 t → 29
    expect(r.reported.co2TotalT.toNumber()).toBe(29);
    expect(r.reported.intensityKgPerM2!.toFixed()).toBe("290");
    const x = compute({ electricityDay: "60000" }, "3000"); // 29,000 ÷ 3000 = 9.666… → 9.6
    expect(x.reported.intensityKgPerM2!.toFixed(1)).toBe("9.6");
  });

  it("rows show 1 decimal half up (14.05 → 14.1), summary figures never round up", () => {
    expect(shown("cityGas.co2T", dec("14.05")).toFixed(1)).toBe("14.1");
    expect(shown("co2TotalT", dec("60.99")).toFixed()).toBe("60");
    expect(shown("intensityKgPerM2", dec("42.49")).toFixed(1)).toBe("42.4");
  });

  it("stays exact for huge and tiny values", () => {
    const r = compute({ electricityDay: "1e12", water: "0.001" }, "1e9");
    expect(r.exact.co2EnergyT.toFixed()).toBe("489000000"); // 1e12 ÷ 1000 × 0.489
    expect(r.rows.water!.co2T.toFixed()).toBe("0.000000251");
    expect(r.reported.intensityKgPerM2!.toFixed()).toBe("489");
  });
});

describe("site class", () => {
  it("draws the lines at 300 and 10,000 m² and lets the Tokyo flags decide", () => {
    const no = { tokyoReportTarget: false, tokyoCapAndTradeTarget: false };
    expect(classifySite(dec("9999.99"), no)).toBe("mayReport");
    expect(classifySite(dec("10000"), no)).toBe("mustReport");
    expect(classifySite(dec("300"), no)).toBe("mayReport");
    expect(classifySite(dec("299.99"), no)).toBe("outside");
    expect(classifySite(null, no)).toBe("unknown");
    expect(classifySite(dec("500"), { ...no, tokyoCapAndTradeTarget: true })).toBe("mustReport");
  });
});

describe("input checks", () => {
  const sheetOf = (usage: Parameters<typeof form7Input>[0], area: string | null, extra = {}): Form7Sheet => ({
    input: form7Input(usage, area, extra),
    computed: {},
    anchor: { sheet: "第7号様式", address: "A1" },
    issues: [],
  });
  const codes = (sh: Form7Sheet, settings = S) =>
    checkForm7(sh, computeForm7(sh.input, settings), settings).map((i) => [i.code, i.cell?.address]);

  it("flags negative usage, missing floor area, differing coefficients, double counting, implausible electricity", () => {
    expect(codes(sheetOf({ cityGas: "-5" }, "1000"))).toContainEqual([FORM7_CODES.negativeUsage, "D22"]);
    expect(codes(sheetOf({ cityGas: "5" }, null))).toContainEqual([FORM7_CODES.missingFloorArea, "A1"]);
    expect(codes(sheetOf({ cityGas: "5" }, "1000", { cityGas: { emissionCoef: "0.014" } }))).toContainEqual([
      FORM7_CODES.coefficientDiffers,
      "G22",
    ]);
    expect(codes(sheetOf({ electricityDay: "5000", electricityOther: "100" }, "1000"))).toContainEqual([
      FORM7_CODES.doubleCount,
      "D32",
    ]);
    expect(codes(sheetOf({ electricityDay: "80" }, "1000"))).toContainEqual([
      FORM7_CODES.electricityImplausible,
      "D30",
    ]);
    expect(codes(sheetOf({ otherFuel: "10" }, "1000"))).toContainEqual([
      FORM7_CODES.otherFuelCoefficients,
      "D29",
    ]);
  });

  it("a correct form with every row kind raises no error", () => {
    const sh = sheetOf(
      {
        cityGas: "6220.4",
        lpg: "100",
        kerosene: "50",
        hotWater: "3000",
        electricityDay: "77471.1",
        electricityNight: "16747.9",
        water: "1056",
        sewer: "1070",
      },
      "1412.36",
    );
    expect(checkForm7(sh, computeForm7(sh.input, S), S).filter((i) => i.severity === "error")).toEqual([]);
  });
});
