/**
 * Input checks where the other tests leave a line unnoticed (mutation testing, README "Mutation testing").
 */
import { checkForm7, FORM7_CODES } from "../../../src/domain/form7/check";
import { computeForm7 } from "../../../src/domain/form7/compute";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { sheetOf } from "./sheet";

describe("その他の燃料 in thousands: the scale slip at the plausible coefficient's bounds", () => {
  it.each(["1", "80"])(
    "usage in kL with a heat coefficient of %s GJ (inclusive) is 1000 times too small",
    (heatCoef) => {
      const sheet = sheetOf(
        { otherFuel: "10" },
        "1000",
        {},
        { otherFuel: { unit: "kL", heatCoef, emissionCoef: "0.0189" } },
      );
      const issues = checkForm7(sheet, computeForm7(sheet.input, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
      expect(issues.map((i) => [i.severity, i.code, i.cell?.address, i.params])).toEqual([
        ["warning", FORM7_CODES.otherFuelUnitScale, "C29", { unit: "kL" }],
      ]);
    },
  );
});
