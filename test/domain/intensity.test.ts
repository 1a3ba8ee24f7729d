/** Intensities per m² (perSquareMetre): × 1000 ÷ the floor area, null without a figure or a positive area. */
import { dec } from "../../src/domain/decimal";
import { perSquareMetre } from "../../src/domain/intensity";

describe("perSquareMetre", () => {
  it("60 t over 1,412.36 m² is 42.482086… kg-CO2/m² (60,000 ÷ 1,412.36), unrounded", () => {
    expect(perSquareMetre(dec(60), dec("1412.36"))!.toSignificantDigits(10).toFixed()).toBe("42.48208672");
  });

  it("no figure: null, even with a floor area", () => {
    expect(perSquareMetre(null, dec(100))).toBeNull();
  });

  it.each([[null], ["0"], ["-5"], ["Infinity"]])("floor area %s: null", (area) => {
    expect(perSquareMetre(dec(60), area === null ? null : dec(area))).toBeNull();
  });
});
