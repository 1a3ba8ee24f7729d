/** The fiscal year of an energy-use period (fiscalYearOf): the period's first month decides (April–March). */
import { fiscalYearOf } from "../../src/domain/fiscalYear";

describe("fiscalYearOf: the fiscal year of a period's first month", () => {
  it.each([
    ["2024年4月～2025年3月", 2024], // April starts the fiscal year
    ["2025年3月～2026年2月", 2024], // March still belongs to the year before
    ["2025年1月～2025年12月", 2024],
    ["2024年10月～2025年9月", 2024], // a two-digit month (read as 1 it would give 2023)
    ["2024年12月～2025年11月", 2024],
    ["2024/4/1～2025/3/31", 2024],
    ["2024.04～2025.03", 2024],
    ["2024-3～2025-2", 2023],
    ["2024 年 4 月から", 2024], // spaces around 年
    ["２０２４年３月～", 2023], // full-width digits (NFKC)
  ])("%s → %i", (period, year) => {
    expect(fiscalYearOf(period)).toBe(year);
  });

  it.each([
    ["令和5年度", 2023],
    ["令和 5 年度", 2023],
    ["令和元年度", 2019],
    ["平成31年度", 2019],
    ["平成 30年度", 2018],
    ["2023年度", 2023],
    ["2023 年度", 2023],
  ])("a fiscal year named as such: %s → %i", (period, year) => {
    expect(fiscalYearOf(period)).toBe(year);
  });

  it.each([["令和5年"], ["2023"], ["R5"], ["年度"], ["4月～3月"], ["20年4月"]])(
    "%s is no period it can read",
    (p) => {
      expect(fiscalYearOf(p)).toBeNull();
    },
  );

  it("no period, no year", () => {
    expect(fiscalYearOf(null)).toBeNull();
    expect(fiscalYearOf("")).toBeNull();
  });
});
