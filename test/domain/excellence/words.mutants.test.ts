/**
 * The excellence level in one line (words.ts), which no domain test read before (mutation testing, README
 * "Mutation testing"): each base, each verdict and the threshold, in Japanese and English.
 */
import { dec } from "../../../src/domain/decimal";
import { assessExcellence } from "../../../src/domain/excellence/excellence";
import { excellenceLine } from "../../../src/domain/excellence/words";

const y = (fiscalYear: number, e: string | null, c: string | null) => ({
  fiscalYear,
  energyIntensity: e === null ? null : dec(e),
  co2Intensity: c === null ? null : dec(c),
});
const both = (e: ReturnType<typeof assessExcellence>) => [excellenceLine(e, "ja"), excellenceLine(e, "en")];

describe("the excellence line", () => {
  it("against FY2013, met: a fall shown as 減 / −", () => {
    // 100 → 90 over 5 years: 2.08 %; 50 → 55: 1 − 1.1^(1/5) = −1.92 %
    const e = assessExcellence([y(2013, "100", "50"), y(2018, "90", "55")], 2018);
    expect(both(e)).toEqual([
      "優秀水準（2013年度比・年平均）: エネルギー原単位 2.08%減、CO2原単位 1.92%増 → 該当（基準 年2.00%）",
      "Excellence (vs FY2013, a year): energy intensity −2.08%, CO2 intensity +1.92% → meets the level (threshold 2.00 % a year)",
    ]);
  });

  it("against the three-year average, not met, a rate unknown", () => {
    // base (100 + 100 + 100) ÷ 3 at FY2022; 99 in FY2024: 1 − 0.99^(1/2) = 0.50 %
    const e = assessExcellence(
      [y(2021, "100", null), y(2022, "100", null), y(2023, "100", null), y(2024, "99", null)],
      2024,
    );
    expect(both(e)).toEqual([
      "優秀水準（2021・2022・2023年度の平均比・年平均）: エネルギー原単位 0.50%減、CO2原単位 — → 非該当（基準 年2.00%）",
      "Excellence (vs the average of FY2021, 2022, 2023, a year): energy intensity −0.50%, CO2 intensity — → does not meet the level (threshold 2.00 % a year)",
    ]);
  });

  it("a C&T site without its obligation rate: not judged, no threshold; nothing judged at all; no base", () => {
    const h = [y(2013, "100", "100"), y(2018, "90", "90")];
    const ct = assessExcellence(h, 2018, { capAndTrade: true });
    expect(both(ct)).toEqual([
      "優秀水準（2013年度比・年平均）: エネルギー原単位 2.08%減、CO2原単位 2.08%減 → 判定なし（キャップ＆トレードの削減義務率が未入力です。設定で入力してください）",
      "Excellence (vs FY2013, a year): energy intensity −2.08%, CO2 intensity −2.08% → not judged (the cap-and-trade obligation rate is not given; enter it in the settings)",
    ]);
    const none = assessExcellence([y(2013, null, null), y(2018, null, null)], 2018);
    expect(both(none)).toEqual([
      "優秀水準（2013年度比・年平均）: エネルギー原単位 —、CO2原単位 — → 判定なし（基準 年2.00%）",
      "Excellence (vs FY2013, a year): energy intensity —, CO2 intensity — → not judged (threshold 2.00 % a year)",
    ]);
    expect(both(assessExcellence([], 2018))).toEqual([null, null]);
  });
});
