/**
 * Figure names and printed units where the other tests leave a line unnoticed (mutation testing, README
 * "Mutation testing").
 */
import { figureLabel } from "../../../src/domain/form7/labels";
import { parseUnit } from "../../../src/domain/form7/units";

describe("figure names", () => {
  it("a row's heat and CO2, a total, in both languages", () => {
    expect(figureLabel("cityGas.heatGJ")).toEqual({ ja: "都市ガス 熱量 (GJ)", en: "City gas heat (GJ)" });
    expect(figureLabel("kerosene.co2T")).toEqual({ ja: "灯油 排出量 (t)", en: "Kerosene CO2 (t)" });
    expect(figureLabel("co2TotalT")).toEqual({ ja: "CO2排出量 総計 (t)", en: "CO2 total (t)" });
  });

  it("one shared, frozen object per figure", () => {
    const a = figureLabel("lpg.heatGJ");
    expect(figureLabel("lpg.heatGJ")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe("printed units", () => {
  it("blanks (also the ideographic one) and brackets are dropped before reading", () => {
    expect(parseUnit("千 kWh")).toEqual({ base: "kWh", factor: 1000 });
    expect(parseUnit("k\u3000L")).toEqual({ base: "L", factor: 1000 });
    expect(parseUnit("(kWh)")).toEqual({ base: "kWh", factor: 1 });
    expect(parseUnit("（ｍ３）")).toEqual({ base: "m3", factor: 1 });
    expect(parseUnit("本")).toBeNull();
  });
});
