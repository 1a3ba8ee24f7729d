/**
 * The Form 7 engine where the other tests leave a line unnoticed (mutation testing, README "Mutation
 * testing").
 */
import { coefficientsFor, computeForm7 } from "../../../src/domain/form7/compute";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { form7Input } from "../../support/form7Input";

describe("coefficients and rows without them", () => {
  it("a water row has no heat coefficient under either set, whatever the sheet prints", () => {
    const water = form7Input({ water: "100" }, "1000", { water: { heatCoef: "9.97" } }).rows.find(
      (r) => r.key === "water",
    )!;
    for (const coefficientSet of ["sheet", "official"] as const)
      expect(coefficientsFor(water, { coefficientSet }).heatCoef).toBeNull();
  });

  it("その他の燃料 with an emission factor but no heat coefficient: no CO2 cell, no CO2", () => {
    const r = computeForm7(
      form7Input({ otherFuel: "1000" }, "1000", { otherFuel: { unit: "L", emissionCoef: "0.0189" } }),
      DEFAULT_SETTINGS,
    );
    expect(r.cells["otherFuel.co2T"]).toBeUndefined();
    expect(r.cells["otherFuel.heatGJ"]).toBeUndefined();
    expect(r.rows.otherFuel!.co2T.toFixed()).toBe("0");
    expect(r.exact.co2EnergyT.toFixed()).toBe("0");
  });
});
