import { dec } from "../../../src/domain/decimal";
import { FIGURE_DISPLAY, shown } from "../../../src/domain/form7/display";
import {
  figureHeader,
  figureText,
  SUMMARY_FIGURES,
  summaryFigure,
} from "../../../src/domain/form7/summaryFigures";

describe("the one table of the six reported figures", () => {
  it("lists them in the form's order, with the form's decimals and grouped formats", () => {
    expect(SUMMARY_FIGURES.map((f) => [f.key, f.unit, f.places, f.numberFormat])).toEqual([
      ["crudeOilKl", "kl", 0, "#,##0"],
      ["energyGJ", "GJ", 1, "#,##0.0"],
      ["co2EnergyT", "t-CO2", 0, "#,##0"],
      ["co2WaterT", "t-CO2", 0, "#,##0"],
      ["co2TotalT", "t-CO2", 0, "#,##0"],
      ["intensityKgPerM2", "kg-CO2/m²", 1, "#,##0.0"],
    ]);
    for (const f of SUMMARY_FIGURES) expect(f.places).toBe(FIGURE_DISPLAY[f.key].places);
    expect(SUMMARY_FIGURES.filter((f) => f.main).map((f) => f.key)).toEqual([
      "co2TotalT",
      "intensityKgPerM2",
    ]);
  });

  it("names a column with its short name and unit in either language", () => {
    expect(figureHeader(summaryFigure("co2TotalT"), "ja")).toBe("CO2 総計 (t-CO2)");
    expect(figureHeader(summaryFigure("crudeOilKl"), "en")).toBe("Crude oil eq. (kl)");
    expect(summaryFigure("intensityKgPerM2").label.ja).toBe("CO2排出量原単位");
    expect(figureText(summaryFigure("energyGJ"), dec("1207.7"))).toBe("1,207.7 GJ");
    expect(figureText(summaryFigure("co2TotalT"), dec("12903"))).toBe("12,903 t-CO2");
  });

  it("shows a figure at the decimals the form prints (the public case's 42.46… → 42.4)", () => {
    const f = summaryFigure("intensityKgPerM2");
    expect(shown(f.key, dec("42.4829")).toFixed(f.places)).toBe("42.4");
  });
});
