/** Who must report (spec form7.md §5): the lines at 300 and 10,000 m², and the Tokyo scheme flags. */
import { dec } from "../../../src/domain/decimal";
import { classifySite, SITE_CLASS_LABEL } from "../../../src/domain/form7/siteClass";

const NO = { tokyoReportTarget: false, tokyoCapAndTradeTarget: false };

describe("classifySite", () => {
  it.each([
    ["10000", "mustReport"],
    ["250000.5", "mustReport"],
    ["9999.99", "mayReport"],
    ["300", "mayReport"],
    ["299.99", "outside"],
    ["1", "outside"],
  ])("%s m² → %s", (area, cls) => {
    expect(classifySite(dec(area), NO)).toBe(cls);
  });

  it("a Tokyo 報告書制度 or C&T target site must report whatever its area", () => {
    expect(classifySite(dec("500"), { ...NO, tokyoReportTarget: true })).toBe("mustReport");
    expect(classifySite(dec("120"), { ...NO, tokyoCapAndTradeTarget: true })).toBe("mustReport");
    expect(classifySite(null, { ...NO, tokyoReportTarget: true })).toBe("mustReport");
  });

  it("a ≥ 10,000 m² site stays a must-report site without the Tokyo flags", () => {
    expect(classifySite(dec("10000"), NO)).toBe("mustReport");
  });

  it("no usable floor area and no flag: unknown", () => {
    expect(classifySite(null, NO)).toBe("unknown");
    expect(classifySite(dec(0), NO)).toBe("unknown");
    expect(classifySite(dec(-300), NO)).toBe("unknown");
  });

  it("labels in both languages", () => {
    expect(SITE_CLASS_LABEL.mustReport.ja).toContain("低炭素化促進事業所");
    expect(SITE_CLASS_LABEL.mayReport.ja).toContain("低炭素化協力事業所");
    expect(SITE_CLASS_LABEL.outside.ja).toContain("対象外");
    expect(SITE_CLASS_LABEL.unknown.en).toContain("no floor area");
  });
});
