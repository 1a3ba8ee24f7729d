/**
 * The public case: a published, filled Tokyo 地球温暖化対策報告書(その2), 江東区 site, FY2017 — the same table as
 * Form 7. Every figure must come out to the digit, and the form as printed must check clean.
 */
import fs from "node:fs";
import path from "node:path";
import { checkForm7 } from "../../../src/domain/form7/check";
import { computeForm7, FIGURE_DISPLAY, shown } from "../../../src/domain/form7/compute";
import type { Form7FigureKey, Form7RowKey } from "../../../src/domain/form7/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { CASES_DIR } from "../../support/cases";
import { form7Input } from "../../support/form7Input";
import { sheetOf } from "./sheet";

interface KotoCase {
  input: { floorAreaM2: string; usage: Record<Form7RowKey, string> };
  expected: {
    rows: Record<Form7RowKey, { heatGJ: string | null; co2T: string }>;
    exact: { energyGJ: string; co2EnergyT: string; co2WaterT: string; crudeOilKl: string };
    reported: Record<string, number>;
    printedOnForm: Partial<Record<Form7FigureKey, number>>;
  };
}

const FILE = path.join(CASES_DIR, "form7-koto-fy2017.json");
const kase = JSON.parse(fs.readFileSync(FILE, "utf8")) as KotoCase;
const input = form7Input(kase.input.usage, kase.input.floorAreaM2);
const result = computeForm7(input, DEFAULT_SETTINGS);

describe("public case: Tokyo その2, 江東区 site FY2017", () => {
  it("is read from ../shared/cases beside the repository", () => {
    expect(fs.existsSync(FILE)).toBe(true);
    expect(Object.keys(kase.expected.rows)).toHaveLength(8);
  });

  it.each(Object.entries(kase.expected.rows))("row %s: heat and CO2 to the digit", (key, exp) => {
    const r = result.rows[key as Form7RowKey]!;
    expect(r.heatGJ === null ? null : r.heatGJ.toFixed()).toBe(exp.heatGJ);
    expect(r.co2T.toFixed()).toBe(exp.co2T);
  });

  it("spells out the hand arithmetic of the case", () => {
    // city gas: 6,220.4 Nm³ × 45.00 ÷ 1000 = 279.918 GJ; × 0.0136 = 3.8068848 t-C; × 44 ÷ 12 = 13.9585776 t
    expect(result.rows.cityGas!.co2T.toFixed()).toBe("13.9585776");
    // day: 77,471.1 kWh × 9.97 ÷ 1000 = 772.386867 GJ; CO2 from kWh: 77.4711 × 0.489 = 37.8833679 t
    expect(result.cells["electricityDay.co2T"]!.toFixed()).toBe("37.8833679");
    // water: 1,056.0 m³ ÷ 1000 × 0.251 = 0.265056 t; no heat cell
    expect(result.cells["water.heatGJ"]).toBeUndefined();
  });

  it("exact totals: energy GJ, CO2 of both parts, 原油換算", () => {
    // 279.918 + 772.386867 + 155.420512 = 1,207.725379 GJ; × 0.0258 = 31.1593147782 kl
    expect(result.exact.energyGJ.toFixed()).toBe(kase.expected.exact.energyGJ);
    // 13.9585776 + 37.8833679 + 8.1897231 = 60.0316686 t; 0.265056 + 0.46973 = 0.734786 t
    expect(result.exact.co2EnergyT.toFixed()).toBe(kase.expected.exact.co2EnergyT);
    expect(result.exact.co2WaterT.toFixed()).toBe(kase.expected.exact.co2WaterT);
    expect(result.exact.crudeOilKl.toFixed()).toBe(kase.expected.exact.crudeOilKl);
  });

  it("reported figures with the form's truncation", () => {
    const rep = result.reported;
    const e = kase.expected.reported;
    expect(rep.energyGJ.toFixed(1)).toBe(e.energyGJ.toFixed(1)); // 1,207.725379 → 1,207.7
    expect(rep.crudeOilKl.toFixed()).toBe(String(e.crudeOilKl)); // 31.159… → 31
    expect(rep.co2EnergyT.toFixed()).toBe(String(e.co2EnergyT)); // 60.03… → 60
    expect(rep.co2WaterT.toFixed()).toBe(String(e.co2WaterT)); // 0.73… → 0
    expect(rep.co2TotalT.toFixed()).toBe(String(e.co2TotalT)); // 60 + 0
    // ROUNDDOWN(60 × 1000 ÷ 1,412.36, 1) = ROUNDDOWN(42.4820…, 1) = 42.4 (not 43.0 from 60.77 t, not 42.5)
    expect(rep.intensityKgPerM2!.toFixed(1)).toBe(e.intensityKgPerM2.toFixed(1));
    expect(result.cells.intensityKgPerM2!.toFixed()).toBe("42.4");
  });

  it.each(Object.entries(kase.expected.printedOnForm))("printed on the form: %s = %d", (key, printed) => {
    const k = key as Form7FigureKey;
    expect(FIGURE_DISPLAY[k].places).toBe(1);
    expect(shown(k, result.cells[k]!).toFixed(1)).toBe(printed.toFixed(1));
  });

  it("the form as printed (1 decimal rows, whole summary) checks with no error and no warning", () => {
    const p = kase.expected.printedOnForm;
    const held: Partial<Record<Form7FigureKey, string>> = {
      ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v!.toFixed(1)])),
      "lpg.heatGJ": "0",
      "lpg.co2T": "0",
      "kerosene.heatGJ": "0",
      "kerosene.co2T": "0",
      "electricityOther.heatGJ": "0",
      "electricityOther.co2T": "0",
      crudeOilKl: "31",
      co2EnergyT: "60",
      co2WaterT: "0",
      co2TotalT: "60",
      intensityKgPerM2: "42.4",
    };
    const sheet = sheetOf(kase.input.usage, kase.input.floorAreaM2, held);
    expect(checkForm7(sheet, result, DEFAULT_SETTINGS)).toEqual([]);
  });

  it("the same form holding full-precision formula results checks clean too", () => {
    const held = Object.fromEntries(Object.entries(result.cells).map(([k, v]) => [k, v!.toFixed()]));
    const sheet = sheetOf(kase.input.usage, kase.input.floorAreaM2, held);
    expect(checkForm7(sheet, result, DEFAULT_SETTINGS)).toEqual([]);
  });
});
