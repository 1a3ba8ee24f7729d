import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { analyzeReturnTables } from "../../../src/workbook/jcredit/returnTableSheet";
import { selectWrites } from "../../../src/workbook/writePlan";

/** The seed's sheet: preconditions, Table 1 and Table 2 (prices and rates as a bid would fill them). */
function seedSheet(
  prices: (number | null)[],
  rates: (number | null)[],
  printed: CellValue[] = [8170, 220, 960, "1,280"],
): Grid {
  const v: CellValue[][] = [
    ["≪算出前提条件≫"],
    ["・【表2】の「想定されるCO2削減量」は、認証対象期間8年分の総量(t)"],
    ["・設置容量1kWあたりの年間発電量は1200kWh"],
    ["・CO2排出係数は0.000423(t-CO2/kWh)"],
    ["【表1】"],
    ["設備名", "設備情報", "件数/年", "自家消費率"],
    [
      "①リチウムイオン蓄電システム (太陽光発電システムも含む)",
      "・リチウムイオン蓄電システム 設備容量9.0kWh ・太陽光発電システム パネル発電出力5.5kW",
      "610件",
      0.6,
    ],
    ["②高効率給湯器(エコキュート)", "1台あたりのCO2年間削減量 (単位:t-CO2)を0.70tとする。", "40件", null],
    ["③家庭用燃料電池(エネファーム)", "1台あたりのCO2年間削減量 (単位:t-CO2)を0.60tとする。", "200件", null],
    ["④E V(電気自動車)", "1台あたりのCO2年間削減量 (単位:t-CO2)を0.40tとする。", "400件", null],
    [],
    ["【表2】"],
    [
      "設備名",
      "想定されるCO2削減量(t)",
      "J-クレジット単価(円/t)",
      "A(円) 実現可能な項目のみ算出",
      "還元率(%)",
      "B(円)",
    ],
    ["①リチウムイオン蓄電システム", printed[0], prices[0], null, rates[0], null],
    ["②高効率給湯器(エコキュート)", printed[1], prices[1], null, rates[1], null],
    ["③家庭用燃料電池(エネファーム)", printed[2], prices[2], null, rates[2], null],
    ["④E V(電気自動車)", printed[3], prices[3], null, rates[3], null],
    ["計", null, null, null, null, null],
  ];
  return new Grid({ sheet: "提案", values: v });
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
