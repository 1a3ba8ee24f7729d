/**
 * Fiscal-year labels, holders and the forecast what-if where the other tests leave a line unnoticed
 * (mutation testing, README "Mutation testing"): each pattern anchored at both ends.
 */
import { checkForecastTable } from "../../../src/domain/jcredit/forecastCheck";
import { dec } from "../../../src/domain/decimal";
import { parseFiscalYear } from "../../../src/domain/fiscalYear";
import { holderOf } from "../../../src/domain/jcredit/menus";
import { applyVariant, compareForecasts } from "../../../src/domain/jcredit/variant";
import type { CohortParamsInput } from "../../../src/domain/jcredit/cohort";

describe("fiscal-year labels: anchored patterns", () => {
  it.each<[string, number | null]>([
    ["hr8", null],
    ["平令和8年度", null],
    ["h30年", 2018],
    ["h30x", null],
    ["令平成30年", null],
    ["平成30年度末", null],
    ["ffy2026", null],
    ["r8(x)年度", null],
    ["2026年度(r8)", 2026],
  ])("%s → %s", (label, year) => {
    expect(parseFiscalYear(label)).toBe(year);
  });
});

describe("holders: anchored patterns", () => {
  it.each(["大管理組合", "管理組合等向け", "大中小企業", "中小企業者等向け"])("%s is no holder", (label) => {
    expect(holderOf(label)).toBeNull();
  });
});

describe("forecast table: a 合計 row without 累計", () => {
  it("checks its years only, each finding an error", () => {
    const v = (x: number, address: string) => ({ value: dec(x), cell: { sheet: "S", address } });
    const issues = checkForecastTable({
      years: ["R8"],
      rows: [{ label: "a", values: [v(1, "B2")], total: v(2, "C2") }],
      totalRow: { label: "合計", values: [v(3, "B3")], total: null },
    });
    expect(issues.map((i) => [i.severity, i.code, i.cell?.address])).toEqual([
      ["error", "forecast.rowTotalMismatch", "C2"],
      ["error", "forecast.columnTotalMismatch", "B3"],
    ]);
  });
});

describe("forecast what-if: sides that differ", () => {
  const A: CohortParamsInput = {
    firstYear: 2027,
    years: 1,
    capYear: 2030,
    menus: [
      {
        name: "LED",
        creditClass: "energySaving",
        intake: { kind: "constant", first: 10 },
        reduction: { kind: "given", tPerUnitYear: 1 },
      },
    ],
  };

  it("a variant without a cap knob keeps A's cap", () => {
    expect(applyVariant(A, {}).capYear).toBe(2030);
  });

  it("B's earlier year comes first; A without a ward share has none", () => {
    const c = compareForecasts(A, {
      ...A,
      firstYear: 2026,
      years: 2,
      wardShare: { model: "successFee", share: "0.5" },
    });
    if (!c.ok) throw new Error(c.messages.join());
    // A: 10 t in 2027; B: 10 t in 2026 and 20 t in 2027; the ward's half of B's 30 t is 15 t
    expect(
      c.lines.map((l) => [l.what, l.fiscalYear, l.a?.toFixed() ?? null, l.b?.toFixed() ?? null]),
    ).toEqual([
      ["year", 2026, null, "10"],
      ["year", 2027, "10", "20"],
      ["grandTotal", null, "10", "30"],
      ["revenueYen", null, null, null],
      ["wardTonnes", null, null, "15"],
      ["wardRevenueYen", null, null, null],
    ]);
  });
});
