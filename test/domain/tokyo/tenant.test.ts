/** The ※2 tenant estimate ⑪–⑬ on made-up figures computed by hand, and its place in the totals. */
import { dec } from "../../../src/domain/decimal";
import { computeForm7 } from "../../../src/domain/form7/compute";
import type { Form7RowInput } from "../../../src/domain/form7/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { checkTenant, computeTenant, withTenant } from "../../../src/domain/tokyo/tenant";

const input = { unitFigure: dec("0.3"), floorAreaM2: dec(200), hours: dec(3000) };

describe("tenant estimate", () => {
  it("⑪ = 0.3 × 200 × 3,000 ÷ 1,000 = 180 GJ; ⑫ = 180 ÷ 9.76 × 1,000 kWh; ⑬ = ⑫ ÷ 1,000 × 0.489 t", () => {
    const t = computeTenant(input, null, DEFAULT_SETTINGS)!;
    expect(t.heatGJ.toFixed()).toBe("180");
    // 180,000 ÷ 9.76 = 18,442.6229508196…
    expect(t.kWh.toFixed(10)).toBe("18442.6229508197");
    // 18.4426229508… × 0.489 = 9.0184426229…
    expect(t.co2T.toFixed(10)).toBe("9.0184426230");
  });
  it("uses the sheet's その他の買電 coefficients when the setting says so", () => {
    const row: Form7RowInput = {
      key: "electricityOther",
      usage: null,
      unit: null,
      heatCoef: { value: dec(10), cell: { sheet: "s", address: "E30" } },
      emissionCoef: { value: dec("0.5"), cell: { sheet: "s", address: "G30" } },
    };
    const t = computeTenant(input, row, { coefficientSet: "sheet" })!;
    expect([t.kWh.toFixed(), t.co2T.toFixed()]).toEqual(["18000", "9"]);
    expect(computeTenant(input, row, { coefficientSet: "official" })!.heatCoef.toFixed()).toBe("9.76");
  });
  it("is nothing without its three figures", () => {
    expect(computeTenant({ ...input, hours: null }, null, DEFAULT_SETTINGS)).toBeNull();
  });
  it("counts in the totals: Koto + 180 GJ, 9.018 t → 35 kl, 69 t, 48.8 kg-CO2/m²", () => {
    const cell = { sheet: "s", address: "A1" };
    const u = (key: Form7RowInput["key"], v: string): Form7RowInput => ({
      key,
      usage: { value: dec(v), cell },
      unit: null,
      heatCoef: null,
      emissionCoef: null,
    });
    const form = {
      sheet: "s",
      site: {
        name: null,
        address: null,
        siteNumber: null,
        floorAreaM2: { value: dec("1412.36"), cell },
        completion: null,
        industryCode: null,
        mainUse: null,
        period: null,
        benchmarkCategory: null,
      },
      rows: [
        u("cityGas", "6220.4"),
        u("electricityDay", "77471.1"),
        u("electricityNight", "16747.9"),
        u("water", "1056"),
        u("sewer", "1070"),
      ],
    };
    const base = computeForm7(form, DEFAULT_SETTINGS);
    const t = computeTenant(input, null, DEFAULT_SETTINGS)!;
    const r = withTenant(base, t, dec("1412.36"));
    expect(r.exact.energyGJ.toFixed()).toBe("1387.725379");
    expect(r.cells.energyGJ?.toFixed()).toBe("1387.725379");
    expect(r.reported.crudeOilKl.toNumber()).toBe(35);
    expect(r.reported.co2EnergyT.toNumber()).toBe(69);
    expect(r.reported.co2TotalT.toNumber()).toBe(69);
    expect(r.reported.intensityKgPerM2?.toFixed()).toBe("48.8");
    // the rows themselves are unchanged
    expect(r.rows.cityGas?.co2T.toFixed()).toBe(base.rows.cityGas?.co2T.toFixed());
  });
  it("checks ⑪–⑬ as held at the precision shown", () => {
    const t = computeTenant(input, null, DEFAULT_SETTINGS)!;
    const h = (address: string, v: number) => ({
      cell: { sheet: "s", address },
      value: dec(v),
      formulaWithoutValue: false,
    });
    expect(checkTenant({ heatGJ: h("F40", 180), kWh: h("F41", 18443), co2T: h("F42", 9.0) }, t)).toEqual([]);
    const bad = checkTenant({ heatGJ: h("F40", 180), kWh: h("F41", 18.4), co2T: h("F42", 9.02) }, t);
    expect(bad.map((i) => [i.cell?.address, i.params?.expected])).toEqual([["F41", "18443"]]);
  });
});
