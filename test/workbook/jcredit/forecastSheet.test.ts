import {
  forecastCohorts,
  validateCohortParams,
  type CohortParamsInput,
} from "../../../src/domain/jcredit/cohort";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { analyzeCreditForecasts } from "../../../src/workbook/jcredit/forecastTable";
import {
  exampleForecastParams,
  forecastSheetLayout,
  readForecastSheet,
  type ForecastSheetLayout,
} from "../../../src/workbook/jcredit/forecastSheet";
import { loadCase } from "../../support/cases";

interface CohortCase {
  menus: { menu: string; firstCohortUnits: number; perUnitTPerYear: string }[];
  totals: number[];
  grandTotal: number;
}
const kase = loadCase<CohortCase>("jcredit-cohort-forecast.json");

const caseParams: CohortParamsInput = {
  firstYear: 2026,
  years: 8,
  firstYearFraction: "0.81",
  menus: kase.menus.map((m) => ({
    name: m.menu,
    creditClass: m.menu.startsWith("太陽光") ? "renewable" : "energySaving",
    intake: { kind: "compound", first: m.firstCohortUnits, growth: "0.035" },
    reduction: { kind: "given", tPerUnitYear: m.perUnitTPerYear },
  })),
  prices: { renewable: { default: 4257, byYear: { "2030": 5000 } }, energySaving: 2000 },
  wardShare: { model: "successFee", share: "0.3" },
};

/** The layout as a sheet (values only; formats ride along), at a row and column offset. */
function gridOf(l: ForecastSheetLayout, top = 0, left = 0): Grid {
  const values: CellValue[][] = [];
  for (let r = 0; r < top; r++) values.push([]);
  for (const row of l.cells) values.push([...Array(left).fill(null), ...row.map((c) => c.value)]);
  return new Grid({ sheet: "見通し", values });
}

const valuesOf = (g: Grid): CellValue[][] => {
  const out: CellValue[][] = [];
  for (let r = 0; r <= g.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c <= g.right; c++) row.push(g.value(r, c));
    out.push(row);
  }
  return out;
};

describe("the add-in's forecast sheet", () => {
  it("lays out the case's results under its parameters: labels, 累計, 合計, formats, no formulas", () => {
    const l = forecastSheetLayout(caseParams);
    expect(l.problems).toEqual([]);
    const h = l.resultsHeaderRow!;
    expect(l.cells[h].map((c) => c.value)).toEqual([
      "区分",
      "R8",
      "R9",
      "R10",
      "R11",
      "R12",
      "R13",
      "R14",
      "R15",
      "累計",
    ]);
    const total = l.cells[h + 6];
    expect(total[0].value).toBe("合計");
    expect(total.slice(1, 9).map((c) => c.value)).toEqual(kase.totals);
    expect(total[9]).toEqual({ value: kase.grandTotal, numberFormat: "#,##0" });
    expect(l.cells.flat().some((c) => typeof c.value === "string" && c.value.startsWith("="))).toBe(false);
    const byLabel = (label: string) => l.cells.find((r) => r[0]?.value === label)?.[1]?.value;
    expect(byLabel("区への還元（t）")).toBe(Math.floor(kase.grandTotal * 0.3));
    expect(byLabel("収益（円）")).toBe(l.forecast!.revenueYen!.toNumber());
  });

  it("令和 headers on request, and the results block reads back as a clean forecast table", () => {
    const l = forecastSheetLayout(caseParams, { yearStyle: "reiwaJa" });
    expect(l.cells[l.resultsHeaderRow!][1].value).toBe("令和8年度");
    const [a] = analyzeCreditForecasts(gridOf(l, 2, 1), DEFAULT_SETTINGS);
    expect(a.table.rows).toHaveLength(5);
    expect(a.issues).toEqual([]);
    expect(a.writes).toEqual([]);
  });

  it("reads the parameters back (anywhere on the sheet) and recomputes the same forecast", () => {
    const l = forecastSheetLayout(caseParams);
    const back = readForecastSheet(gridOf(l, 3, 2))!;
    expect(back.issues).toEqual([]);
    const v = validateCohortParams(back.params);
    expect(v.ok ? [] : v.messages).toEqual([]);
    const again = forecastCohorts(back.params);
    expect(again.totals.map((t) => t.toNumber())).toEqual(kase.totals);
    expect(again.revenueYen!.eq(l.forecast!.revenueYen!)).toBe(true);
    expect(again.ward!.tonnes.eq(l.forecast!.ward!.tonnes)).toBe(true);
  });

  it("an edited parameter cell changes the recomputed forecast; a bad cell is pointed at", () => {
    const l = forecastSheetLayout(caseParams);
    const values = valuesOf(gridOf(l));
    const fRow = values.findIndex((r) => r[0] === "初年度の割合 f");
    values[fRow][1] = 1;
    const edited = forecastCohorts(readForecastSheet(new Grid({ sheet: "S", values }))!.params);
    expect(edited.totals[0].toNumber()).toBeGreaterThan(kase.totals[0]);
    values[fRow][1] = "八割";
    const bad = readForecastSheet(new Grid({ sheet: "S", values }))!;
    expect(bad.issues.map((i) => [i.code, i.cell?.address])).toEqual([
      ["forecastSheet.notANumber", `B${fRow + 1}`],
    ]);
  });

  it("the built-in example: the seed's subsidy history, with 「-」 kept as no programme", () => {
    const ex = exampleForecastParams();
    const l = forecastSheetLayout(ex, { note: "例: 港区の助成実績 (seed 001)" });
    expect(l.problems).toEqual([]);
    const back = readForecastSheet(gridOf(l))!;
    expect(back.issues).toEqual([]);
    expect(back.params.menus.map((m) => m.intake.kind)).toEqual([
      "history",
      "history",
      "history",
      "history",
      "history",
    ]);
    const a = forecastCohorts(ex);
    const b = forecastCohorts(back.params);
    expect(b.totals.map((t) => t.toNumber())).toEqual(a.totals.map((t) => t.toNumber()));
    // 区民 solar: R6 41 units × 1.035^k; first year 41 × 0.81 × 0.70 = 23.247 → 23
    expect(a.menus[0].credits[0].toNumber()).toBe(23);
    const withDash = forecastSheetLayout({
      ...ex,
      menus: [
        {
          name: "空調設備 / 管理組合等",
          creditClass: "energySaving",
          intake: {
            kind: "history",
            counts: [null, null, null, null, 2, 8],
            participationRate: "1",
            base: "average",
          },
          reduction: { kind: "given", tPerUnitYear: "0.67" },
        },
      ],
    });
    const row = withDash.cells.find((r) => r[0]?.value === "空調設備 / 管理組合等")!;
    expect(row.slice(14).map((c) => c.value)).toEqual(["-", "-", "-", "-", 2, 8]);
    const read = readForecastSheet(gridOf(withDash))!.params.menus[0].intake;
    expect(read).toMatchObject({
      kind: "history",
      counts: [null, null, null, null, "2", "8"],
      base: "average",
    });
  });

  it("parameters that do not validate give a sheet listing the problems", () => {
    const l = forecastSheetLayout({ ...caseParams, firstYearFraction: "2" });
    expect(l.forecast).toBeNull();
    expect(l.problems).toEqual(["firstYearFraction: must be between 0 and 1"]);
    expect(l.cells.flat().map((c) => c.value)).toContain("firstYearFraction: must be between 0 and 1");
  });

  it("solar, saved-kWh, linear and given intakes survive the round trip too", () => {
    const p: CohortParamsInput = {
      firstYear: 2026,
      years: 3,
      capYear: 2027,
      gridFactor: { "2027": "0.0004" },
      menus: [
        {
          name: "太陽光 / 区民",
          creditClass: "renewable",
          firstCohortYear: 2025,
          intake: { kind: "linear", first: 10, step: 2 },
          reduction: { kind: "solar", kW: "5.5", kWhPerKw: 1200, selfConsumption: "0.6" },
        },
        {
          name: "LED",
          creditClass: "energySaving",
          intake: { kind: "given", units: [5, 0, 7] },
          reduction: { kind: "savedKWh", kWh: 2000 },
        },
      ],
      wardShare: { model: "participationFee", feeYen: 300000, referencePriceYenPerT: 3000 },
    };
    const back = readForecastSheet(gridOf(forecastSheetLayout(p)))!;
    expect(back.issues).toEqual([]);
    const a = forecastCohorts(p);
    const b = forecastCohorts(back.params);
    expect(b.menus.map((m) => m.credits.map((c) => c.toNumber()))).toEqual(
      a.menus.map((m) => m.credits.map((c) => c.toNumber())),
    );
    expect(b.ward).toEqual(a.ward);
    expect(a.totals[2].toNumber()).toBe(0);
  });
});
