import { dec } from "../../../src/domain/decimal";
import {
  BUILT_IN_PRICES,
  creditClassOf,
  priceLabel,
  priceMonth,
  presetName,
  pricePresets,
  validateReferencePrice,
  type ReferencePrice,
} from "../../../src/domain/jcredit/referencePrices";

describe("J-Credit reference prices: data with provenance", () => {
  it("builds in only the 14th tender's sourced averages, each with its date, class, median and source", () => {
    expect(
      BUILT_IN_PRICES.map((p) => [p.creditClass, p.yenPerT.toString(), p.medianYenPerT?.toString(), p.date]),
    ).toEqual([
      ["renewable", "3246", "3210", "2023-05-17"],
      ["energySaving", "1551", "1515", "2023-05-17"],
    ]);
    for (const p of BUILT_IN_PRICES) {
      expect(p.source).toContain("rim-intelligence.co.jp/news/rre/1748655.html");
      expect(p.what).toContain("第14回入札");
    }
  });

  it("offers the user's own rows first (newest first), then the built-in ones of the class", () => {
    const own = (
      yen: number,
      date: string,
      cls: ReferencePrice["creditClass"] = "renewable",
    ): ReferencePrice => ({
      creditClass: cls,
      yenPerT: dec(yen),
      date,
      what: "",
      source: "自社の見積",
      origin: "価格!C3",
    });
    const presets = pricePresets("renewable", [
      own(5000, "2024-04-01"),
      own(6000, "2025-04-01"),
      own(900, "2025-01-01", "energySaving"),
    ]);
    expect(presets.map((p) => p.yenPerT.toNumber())).toEqual([6000, 5000, 3246]);
    expect(pricePresets("energySaving", []).map((p) => p.yenPerT.toNumber())).toEqual([1551]);
    expect(pricePresets(null, []).length).toBe(2);
  });

  it("labels a preset with its source, so it is never shown bare", () => {
    expect(priceLabel(BUILT_IN_PRICES[0], "ja")).toMatch(
      /^¥3,246\/t 再エネ発電（2023-05-17、出典: J-クレジット制度事務局/,
    );
    expect(priceLabel(BUILT_IN_PRICES[1], "en")).toMatch(
      /^¥1,551\/t energy saving and other \(2023-05-17; source: /,
    );
  });

  it("validates rows from outside the code, naming each bad field", () => {
    expect(creditClassOf("再エネ発電")).toBe("renewable");
    expect(creditClassOf("省エネ 他")).toBe("energySaving");
    expect(creditClassOf("森林")).toBeNull();
    const ok = validateReferencePrice(
      { creditClass: "省エネ他", yenPerT: "¥1,600", date: "2025-04", source: "取引所" },
      "x!C3",
    );
    expect(ok.price?.yenPerT.toString()).toBe("1600");
    const bad = validateReferencePrice({ creditClass: "森林", yenPerT: -5, date: "", source: "" }, "x!C4");
    expect(bad.price).toBeNull();
    expect(bad.problems.map((p) => p.field).sort()).toEqual(["creditClass", "date", "source", "yenPerT"]);
  });

  it("names a preset for a list: the built-in by its tender and month, a user's row as the workbook's", () => {
    expect(presetName(BUILT_IN_PRICES[0], "ja")).toBe("第14回入札 再エネ発電 平均 ¥3,246/t（2023年5月）");
    expect(presetName(BUILT_IN_PRICES[1], "en")).toBe(
      "14th tender, energy saving and other, average ¥1,551/t (May 2023)",
    );
    const own: ReferencePrice = {
      creditClass: "renewable",
      yenPerT: dec("5200.5"),
      date: "2025年3月",
      what: "",
      source: "見積",
      origin: "価格!C3",
    };
    expect(presetName(own, "ja")).toBe("ブックの価格表: 再エネ発電 ¥5,200.5/t（2025年3月）");
    expect(presetName({ ...own, date: "2025-12" }, "en")).toBe(
      "workbook's price sheet: renewable power ¥5,200.5/t (Dec 2025)",
    );
    // A user's row is never named as a built-in one, even with a name.
    expect(presetName({ ...own, name: BUILT_IN_PRICES[0].name }, "ja")).toMatch(/^ブックの価格表: /);
    expect(priceMonth("2025-13-01", "ja")).toBe("2025-13-01");
  });
});
