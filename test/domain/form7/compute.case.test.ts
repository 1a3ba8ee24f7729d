import { computeForm7, shown } from "../../../src/domain/form7/compute";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import type { Form7FigureKey, Form7RowKey } from "../../../src/domain/form7/types";
import { loadCase } from "../../support/cases";
import { form7Input } from "../../support/form7Input";

interface KotoCase {
  input: { floorAreaM2: string; usage: Record<string, string> };
  expected: {
    rows: Record<string, { heatGJ: string | null; co2T: string }>;
    exact: Record<string, string>;
    reported: Record<string, number>;
    printedOnForm: Record<string, number>;
  };
}

const kase = loadCase<KotoCase>("form7-koto-fy2017.json");
const result = computeForm7(form7Input(kase.input.usage, kase.input.floorAreaM2), DEFAULT_SETTINGS);

describe("public case: Tokyo その2, 江東区 site FY2017", () => {
  it.each(Object.entries(kase.expected.rows))("row %s: heat and CO2 to the digit", (key, exp) => {
    const r = result.rows[key as Form7RowKey]!;
    expect(r.heatGJ === null ? null : r.heatGJ.toFixed()).toBe(exp.heatGJ);
    expect(r.co2T.toFixed()).toBe(exp.co2T);
  });
  it("exact totals", () => {
    expect(result.exact.energyGJ.toFixed()).toBe(kase.expected.exact.energyGJ);
    expect(result.exact.co2EnergyT.toFixed()).toBe(kase.expected.exact.co2EnergyT);
    expect(result.exact.co2WaterT.toFixed()).toBe(kase.expected.exact.co2WaterT);
    expect(result.exact.crudeOilKl.toFixed()).toBe(kase.expected.exact.crudeOilKl);
  });
  it("reported figures with the form's truncation", () => {
    const rep = result.reported;
    expect(rep.energyGJ.toNumber()).toBe(kase.expected.reported.energyGJ);
    expect(rep.crudeOilKl.toNumber()).toBe(kase.expected.reported.crudeOilKl);
    expect(rep.co2EnergyT.toNumber()).toBe(kase.expected.reported.co2EnergyT);
    expect(rep.co2WaterT.toNumber()).toBe(kase.expected.reported.co2WaterT);
    expect(rep.co2TotalT.toNumber()).toBe(kase.expected.reported.co2TotalT);
    expect(rep.intensityKgPerM2!.toNumber()).toBe(kase.expected.reported.intensityKgPerM2);
  });
  it.each(Object.entries(kase.expected.printedOnForm))("printed on the form: %s = %d", (key, printed) => {
    const value = result.cells[key as Form7FigureKey]!;
    expect(shown(key as Form7FigureKey, value).toNumber()).toBe(printed);
  });
});
