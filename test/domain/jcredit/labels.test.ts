/**
 * How the credit forms' labels are read: fiscal-year column labels (R8, 令和8年度, H31(R1), 2026), the
 * subsidy menus and holders a forecast table names, and the history's first-year intake.
 */
import { fiscalYearLabel, parseFiscalYear, reiwaJaLabel, reiwaLabel } from "../../../src/domain/fiscalYear";
import { intakeFromHistory, MINATO_SUBSIDY_HISTORY } from "../../../src/domain/jcredit/history";
import { holderOf, menuOf } from "../../../src/domain/jcredit/menus";

describe("fiscal-year labels", () => {
  it.each<[string, number]>([
    ["r8", 2026],
    [" r8", 2026], // a leading blank
    ["r 8 年度", 2026], // blanks inside
    ["r8年", 2026],
    ["r10年度", 2028],
    ["令和8年", 2026],
    ["令和10年度", 2028],
    ["h31", 2019], // Heisei 31 = 1988 + 31
    ["h30年度", 2018],
    ["平成元年度", 1989],
    ["平成30年", 2018],
    ["h31(r1)", 2019],
    ["令和元年度(2019)", 2019],
    ["fy2026", 2026],
    ["2030年", 2030],
  ])("%s → %i", (label, year) => {
    expect(parseFiscalYear(label)).toBe(year);
  });

  it.each([
    "",
    "r",
    "r123",
    "令和",
    "令和8年度分",
    "h",
    "fy26",
    "2026年度末",
    "20261",
    "1999",
    "x2026",
    "r8(r9)x",
    "第8",
  ])("%s is no fiscal year", (label) => {
    expect(parseFiscalYear(label)).toBeNull();
  });

  it("writes a fiscal year in each style", () => {
    expect([reiwaLabel(2019), reiwaLabel(2030), reiwaJaLabel(2020)]).toEqual(["R1", "R12", "令和2年度"]);
    expect([
      fiscalYearLabel(2026),
      fiscalYearLabel(2026, "reiwa"),
      fiscalYearLabel(2026, "reiwaJa"),
      fiscalYearLabel(2026, "western"),
    ]).toEqual(["R8", "R8", "令和8年度", "2026"]);
  });
});

describe("menus and holders", () => {
  it.each<[string, string | null, string | null]>([
    ["太陽光発電システム", "solar", "renewable"],
    ["ＰＶ", "solar", "renewable"],
    ["家庭用燃料電池システム", "fuelCell", "energySaving"],
    ["エネファーム", "fuelCell", "energySaving"],
    ["管理組合等向けLED照明", "led", "energySaving"],
    ["事業所用高効率空調機器", "airConditioning", "energySaving"],
    ["エコキュート", "heatPump", "energySaving"],
    ["蓄電池", "storage", "renewable"],
    ["EV（電気自動車）", "ev", "energySaving"],
    ["電気自動車", "ev", "energySaving"],
    ["レンタルEV", null, null], // EV only at the start
    ["合計", null, null],
    ["　", null, null], // blank after folding
  ])("%s → %s", (label, key, creditClass) => {
    const m = menuOf(label);
    expect(m === null ? [null, null] : [m.key, m.creditClass]).toEqual([key, creditClass]);
  });

  it("the forecast table's short names", () => {
    expect(menuOf("LED照明")!.short).toBe("LED照明");
    expect(menuOf("太陽光")!.short).toBe("太陽光発電");
  });

  it.each<[string, string | null]>([
    ["区民", "区民"],
    ["個人", "区民"],
    [" 区 民 ", "区民"],
    ["管理組合", "管理組合等"],
    ["管理組合等", "管理組合等"],
    ["中小企業", "中小企業者等"],
    ["中小企業者", "中小企業者等"],
    ["中小企業者等", "中小企業者等"],
    ["中小企業等", "中小企業者等"],
    ["事業者", "中小企業者等"],
    ["区民等", null],
    ["管理組合等向け", null],
    ["大企業", null],
  ])("holder %s → %s", (label, holder) => {
    expect(holderOf(label)).toBe(holder);
  });
});

describe("intake from the subsidy history", () => {
  it("the latest year with a programme × the participation rate", () => {
    // 太陽光 / 区民: R6 41 × 0.5 = 20.5
    expect(intakeFromHistory(MINATO_SUBSIDY_HISTORY[0], 0.5)).toBe(20.5);
    const row = { ...MINATO_SUBSIDY_HISTORY[0], counts: [3, 4, null, null] };
    expect(intakeFromHistory(row, 0.5)).toBe(2); // 4 (the latest held) × 0.5
    expect(intakeFromHistory({ ...row, counts: [null, null] }, 0.5)).toBe(0);
  });
});
