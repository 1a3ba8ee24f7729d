import { dec, Decimal } from "../../src/domain/decimal";
import { rankOf, ratioText, standing, BAND_UPPER, RANKS } from "../../src/domain/benchmark/rank";
import { benchmarkFor, TOKYO_2012_TENANT_REFERENCE } from "../../src/domain/benchmark/table";
import { BENCHMARK_CATEGORIES } from "../../src/domain/benchmark/categories";

describe("benchmark standing", () => {
  it("ranks the public case's office against the owner-occupied office average", () => {
    // 42.4 ÷ 65.4 = 0.6483… → A2 (50–75 %); next A3 at 50 % = 32.7; cut 9.7 kg/m² × 1,412.36 m² = 13.699892 t
    const s = standing(dec("42.4"), dec("1412.36"), benchmarkFor(2)!);
    expect(s.rank).toBe("A2");
    expect(ratioText(s)).toBe("0.648");
    expect(s.band.from!.toFixed()).toBe("32.7");
    expect(s.band.to!.toFixed()).toBe("49.05");
    expect(s.nextRank).toBe("A3");
    expect(s.cutToNextKgPerM2!.toFixed()).toBe("9.7");
    expect(s.cutToNextT!.toFixed()).toBe("13.699892");
  });

  it("puts a site exactly on a boundary in the better band", () => {
    expect(["0.25", "0.5", "0.75", "1", "1.25", "1.5"].map((r) => rankOf(dec(r)))).toEqual([
      "A4",
      "A3",
      "A2",
      "A1",
      "B2",
      "B1",
    ]);
    expect(rankOf(dec("1.5000001"))).toBe("C");
    expect(rankOf(dec("0.2500001"))).toBe("A3");
    const top = standing(dec("10"), dec("1000"), benchmarkFor(2)!);
    expect([top.rank, top.nextRank, top.cutToNextT]).toEqual(["A4", null, null]);
  });

  it("reproduces the Tokyo 2012 table's printed bounds from 78.1 only when they are rounded up", () => {
    const shares = RANKS.slice(0, 6).map((r) => BAND_UPPER[r]!.mul(TOKYO_2012_TENANT_REFERENCE.average));
    // 78.1 × 0.25 = 19.525, × 1.25 = 97.625: printed 19.6 and 97.7, so the bounds were rounded up (ceiling).
    expect(shares.map((b) => b.toDecimalPlaces(1, Decimal.ROUND_CEIL).toFixed(1))).toEqual([
      "19.6",
      "39.1",
      "58.6",
      "78.1",
      "97.7",
      "117.2",
    ]);
    expect(shares.map((b) => b.toFixed(1))).not.toEqual(["19.6", "39.1", "58.6", "78.1", "97.7", "117.2"]);
  });

  it("knows the 30 categories and has averages only where a source gives one", () => {
    expect(Object.keys(BENCHMARK_CATEGORIES)).toHaveLength(30);
    expect(benchmarkFor(1)).toBeNull();
    expect(benchmarkFor(5)!.average.toFixed()).toBe("585.4");
  });
});
