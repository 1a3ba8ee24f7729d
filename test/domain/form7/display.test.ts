/** How each computed cell is shown (spec form7.md §3), the coefficient data and the unit reader. */
import { dec } from "../../../src/domain/decimal";
import {
  carbonToCo2,
  OFFICIAL_ROWS,
  OTHER_FUEL_PLAUSIBLE,
  OTHER_FUEL_REFERENCE,
} from "../../../src/domain/form7/coefficients";
import { FIGURE_DISPLAY, heldMatches, heldShown, shown } from "../../../src/domain/form7/compute";
import { FORM7_ROW_KEYS, type Form7FigureKey } from "../../../src/domain/form7/types";
import { parseUnit, unitMatches } from "../../../src/domain/form7/units";

describe("FIGURE_DISPLAY", () => {
  it("rows and 合計: 1 dp half up; summary: whole, truncated; intensity: 1 dp truncated", () => {
    for (const k of FORM7_ROW_KEYS) {
      expect(FIGURE_DISPLAY[`${k}.heatGJ`]).toEqual({ places: 1, mode: "halfUp", numberFormat: "#,##0.0" });
      expect(FIGURE_DISPLAY[`${k}.co2T`]).toEqual({ places: 1, mode: "halfUp", numberFormat: "#,##0.0" });
    }
    for (const k of ["energyGJ", "co2Energy.subtotal", "co2Water.subtotal"] as Form7FigureKey[])
      expect(FIGURE_DISPLAY[k].mode).toBe("halfUp");
    for (const k of ["crudeOilKl", "co2EnergyT", "co2WaterT", "co2TotalT"] as Form7FigureKey[])
      expect(FIGURE_DISPLAY[k]).toEqual({ places: 0, mode: "truncate", numberFormat: "#,##0" });
    expect(FIGURE_DISPLAY.intensityKgPerM2).toEqual({ places: 1, mode: "truncate", numberFormat: "0.0" });
  });

  it("shown: 14.05 → 14.1 (half up, not to even), 0.45 → 0.5; 60.99 t → 60; 42.49 kg/m² → 42.4", () => {
    expect(shown("cityGas.co2T", dec("14.05")).toFixed(1)).toBe("14.1");
    expect(shown("coldWater.co2T", dec("0.45")).toFixed(1)).toBe("0.5");
    expect(shown("energyGJ", dec("1207.725379")).toFixed(1)).toBe("1207.7");
    expect(shown("co2TotalT", dec("60.99")).toFixed()).toBe("60");
    expect(shown("intensityKgPerM2", dec("42.49")).toFixed(1)).toBe("42.4");
  });

  it("a held cell is read as Excel prints it: 60.77 in a whole-number cell prints 61", () => {
    expect(heldShown("co2TotalT", dec("60.77")).toFixed()).toBe("61");
    expect(heldMatches("co2TotalT", dec("60.77"), dec(60))).toBe(false);
    expect(heldMatches("co2TotalT", dec("60.4"), dec(60))).toBe(true); // prints 60
    expect(heldMatches("cityGas.co2T", dec("13.9585776"), dec("13.96"))).toBe(true); // both 14.0
  });
});

describe("coefficients as data", () => {
  it("the official set of the Minato / Tokyo table", () => {
    expect(OFFICIAL_ROWS.cityGas).toMatchObject({
      unit: "Nm3",
      heatCoefUnit: "GJ/千Nm3",
      emissionKind: "tC/GJ",
    });
    expect(OFFICIAL_ROWS.cityGas.heatCoef!.toFixed(2)).toBe("45.00");
    expect(OFFICIAL_ROWS.electricityNight.heatCoef!.toFixed()).toBe("9.28");
    expect(OFFICIAL_ROWS.electricityOther.emissionKind).toBe("tCO2/千kWh");
    expect(OFFICIAL_ROWS.sewer).toMatchObject({ heatCoef: null, emissionKind: "tCO2/千m3" });
    expect(OFFICIAL_ROWS.hotWater.label).toEqual({ ja: "温水", en: "Hot water" });
    expect(OFFICIAL_ROWS.otherFuel.heatCoef).toBeNull();
  });

  it("44/12 multiplies first, so terminating results stay exact", () => {
    expect(carbonToCo2(dec("3.8068848")).toFixed()).toBe("13.9585776");
  });

  it("every reference fuel lies inside the plausible ranges for その他の燃料", () => {
    const p = OTHER_FUEL_PLAUSIBLE;
    for (const f of OTHER_FUEL_REFERENCE) {
      expect(f.heatCoef.gte(p.heatCoef.min) && f.heatCoef.lte(p.heatCoef.max)).toBe(true);
      expect(f.emissionCoef.gte(p.emissionCoef.min) && f.emissionCoef.lte(p.emissionCoef.max)).toBe(true);
    }
    expect(p.example.name.ja).toBe("A重油");
  });
});

describe("units", () => {
  it.each([
    ["Nm³", "Nm3", 1],
    ["Ｎｍ３", "Nm3", 1],
    ["千Nm3", "Nm3", 1000],
    ["㎥", "m3", 1],
    ["ℓ", "L", 1],
    ["kL", "L", 1000],
    ["ｋｇ", "kg", 1],
    ["t", "kg", 1000],
    ["kWh", "kWh", 1],
    ["MWh", "kWh", 1000],
    ["千kWh", "kWh", 1000],
    ["MJ", "MJ", 1],
    ["GJ", "MJ", 1000],
  ])("%s → %s × %d", (text, base, factor) => {
    expect(parseUnit(text)).toEqual({ base, factor });
  });

  it("unknown units are null; city gas accepts m³ for Nm³ (not the other way round)", () => {
    expect(parseUnit("本")).toBeNull();
    expect(unitMatches(parseUnit("m3")!, parseUnit("Nm3")!)).toBe(true);
    expect(unitMatches(parseUnit("Nm3")!, parseUnit("m3")!)).toBe(false);
    expect(unitMatches(parseUnit("千m3")!, parseUnit("Nm3")!)).toBe(false);
  });
});
