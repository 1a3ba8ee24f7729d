import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { analyzeReturnTables } from "../../../src/workbook/jcredit/returnTableSheet";
import { selectWrites } from "../../../src/workbook/writePlan";
import { returnTableRows } from "../../support/jcreditWorkbooks";

/** The seed's sheet: preconditions, Table 1 and Table 2 (prices and rates as a bid would fill them). */
function seedSheet(
  prices: (number | null)[],
  rates: (number | null)[],
  printed: (number | string | null)[] = [8170, 220, 960, "1,280"],
): Grid {
  return new Grid({ sheet: "提案", values: returnTableRows(prices, rates, printed) as CellValue[][] });
}

describe("Fukuoka return table on a sheet", () => {
  it("fills A, B, ΣA and ΣB from the bid, with the seed's reductions confirmed", () => {
    const [t] = analyzeReturnTables(seedSheet([3000, 3000, 3000, 3000], [50, 50, 50, 50]), DEFAULT_SETTINGS);
    expect(t.preconditions.years.toNumber()).toBe(8);
    expect(t.rows.map((r) => [r.reductionT.toNumber(), r.recomputedT?.toNumber()])).toEqual([
      [8170, 8170],
      [220, 220],
      [960, 960],
      [1280, 1280],
    ]);
    expect(t.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(selectWrites(t.writes).map((w) => [w.address, w.value])).toEqual([
      ["D14", 24510000],
      ["F14", 12255000],
      ["D15", 660000],
      ["F15", 330000],
      ["D16", 2880000],
      ["F16", 1440000],
      ["D17", 3840000],
      ["F17", 1920000],
      ["D18", 31890000],
      ["F18", 15945000],
    ]);
  });

  it("counts rows without a price as zero and flags a printed reduction that does not follow", () => {
    const [t] = analyzeReturnTables(
      seedSheet([3000, null, 2500, null], [40, null, 0.5, null], [8180, 220, 960, 1280]),
      DEFAULT_SETTINGS,
    );
    expect(t.issues.map((i) => [i.code, i.cell?.address])).toContainEqual(["return.reductionDiffers", "B14"]);
    expect(t.totals.A.toNumber()).toBe(8180 * 3000 + 960 * 2500);
    expect(t.totals.B.toNumber()).toBe(8180 * 3000 * 0.4 + 960 * 2500 * 0.5);
    expect(t.rows[1].A).toBeNull();
  });
});
