import { Decimal, dec } from "../../../src/domain/decimal";
import {
  BAND_UPPER,
  RANKS,
  bandsOf,
  printedBound,
  rankOf,
  ratioText,
  standing,
} from "../../../src/domain/benchmark/rank";
import { benchmarkFor, TOKYO_2012_TENANT_REFERENCE } from "../../../src/domain/benchmark/table";

const office = benchmarkFor(2)!; // 65.4 kg-CO2/m², C40 case study
const at = { sheet: "第7号様式", address: "H12" };

describe("benchmark standing", () => {
  it("ranks the public case's office against the owner-occupied office average", () => {
    // 42.4 ÷ 65.4 = 0.648318… → "0.648", A2 (> 50 %, ≤ 75 %): band 32.7 (65.4 × 0.5) … 49.05 (65.4 × 0.75).
    // Next rank A3 ends at 32.7: cut 42.4 − 32.7 = 9.7 kg-CO2/m²; × 1,412.36 m² = 13,699.892 kg = 13.699892 t.
    const r = standing(dec("42.4"), dec("1412.36"), office);
    const s = r.standing!;
    expect(r.issues).toEqual([]);
    expect([s.rank, ratioText(s), s.band.from!.toFixed(), s.band.to!.toFixed()]).toEqual([
      "A2",
      "0.648",
      "32.7",
      "49.05",
    ]);
    expect([
      s.nextRank,
      s.nextRankBound!.toFixed(),
      s.cutToNextKgPerM2!.toFixed(),
      s.cutToNextT!.toFixed(),
    ]).toEqual(["A3", "32.7", "9.7", "13.699892"]);
    expect(s.cutToNextT!.toDecimalPlaces(1).toFixed(1)).toBe("13.7");
    expect([s.category, s.name, s.sameFactor, s.bandSharePct, s.sitesCount]).toEqual([
      2,
      "オフィス(自社ビル)",
      true,
      null,
      null,
    ]);
    expect(s.source).toContain("C40");
  });

  it("puts a site exactly on a boundary (25/50/75/100/125/150 %) in the better band", () => {
    expect(["0.25", "0.5", "0.75", "1", "1.25", "1.5"].map((r) => rankOf(dec(r)))).toEqual([
      "A4",
      "A3",
      "A2",
      "A1",
      "B2",
      "B1",
    ]);
    expect(
      ["0.2500001", "0.5000001", "0.7500001", "1.0000001", "1.2500001", "1.5000001"].map((r) =>
        rankOf(dec(r)),
      ),
    ).toEqual(["A3", "A2", "A1", "B2", "B1", "C"]);
    // In kg-CO2/m² at 65.4: 16.35, 32.7, 49.05, 65.4, 81.75, 98.1 are each their band's last value.
    const ranks = ["16.35", "32.7", "49.05", "65.4", "81.75", "98.1", "98.11"].map(
      (i) => standing(dec(i), null, office).standing!.rank,
    );
    expect(ranks).toEqual([...RANKS]);
    expect(rankOf(dec(0))).toBe("A4");
  });

  it("has nothing better than A4 and no upper bound for C", () => {
    const top = standing(dec("10"), dec("1000"), office).standing!;
    expect([
      top.rank,
      top.band.from,
      top.band.to!.toFixed(),
      top.nextRank,
      top.cutToNextKgPerM2,
      top.cutToNextT,
    ]).toEqual(["A4", null, "16.35", null, null, null]);
    // 200 ÷ 65.4 = 3.058 → C; B1 ends at 98.1: cut 101.9 kg/m², × 500 m² = 50.95 t
    const c = standing(dec("200"), dec("500"), office).standing!;
    expect([c.rank, ratioText(c), c.band.from!.toFixed(), c.band.to, c.nextRank]).toEqual([
      "C",
      "3.058",
      "98.1",
      null,
      "B1",
    ]);
    expect([c.cutToNextKgPerM2!.toFixed(), c.cutToNextT!.toFixed()]).toEqual(["101.9", "50.95"]);
  });

  it("gives no t-CO2 to cut without a positive floor area", () => {
    expect(standing(dec("42.4"), null, office).standing!.cutToNextT).toBeNull();
    expect(standing(dec("42.4"), dec(0), office).standing!.cutToNextT).toBeNull();
  });

  it("says plainly that a category has no average and invents no rank", () => {
    const r = standing(dec("50"), dec("1000"), null, { category: 1, at });
    expect(r.standing).toBeNull();
    expect(r.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([["info", "benchmark.noAverage", at]]);
    expect(r.issues[0].message.ja).toContain("オフィス(テナント専有部)");
    expect(r.issues[0].message.en).toContain("Office (tenant space)");
    expect(standing(null, null, office, { at }).issues[0].code).toBe("benchmark.noIntensity");
    const neg = standing(dec("-1"), null, office, { at });
    expect([neg.standing, neg.issues[0].severity, neg.issues[0].code]).toEqual([
      null,
      "error",
      "benchmark.badIntensity",
    ]);
  });

  it("an unknown category, or none, without an average: the issue without a name, no crash", () => {
    const unknown = standing(dec("50"), dec("1000"), null, { category: 99, at });
    expect(unknown.issues.map((i) => [i.code, i.params])).toEqual([
      ["benchmark.noAverage", { category: "99" }],
    ]);
    expect(unknown.issues[0].message.en).toContain("category 99 ()");
    const none = standing(dec("50"), dec("1000"), null);
    expect(none.issues.map((i) => [i.code, i.cell, i.params])).toEqual([
      ["benchmark.noAverage", null, { category: "" }],
    ]);
    expect(none.issues[0].message.ja).toContain("区分 ?「」");
    expect(standing(dec("-1"), null, office).issues[0].params).toEqual({ intensity: "-1" });
  });

  it("an entry's own category and counts win; shares by band down to C; no cell unless given", () => {
    const entry = {
      ...office,
      category: 5,
      name: "x",
      sitesCount: 120,
      bandShares: ["1", "2", "3", "4", "5", "6", "79"].map((x) => dec(x)),
    };
    // 200 ÷ 65.4 = 3.06 → C, the seventh band: 79 %
    const r = standing(dec("200"), null, entry, { category: 9 });
    expect([r.standing!.category, r.standing!.sitesCount, r.standing!.bandSharePct!.toFixed()]).toEqual([
      5,
      120,
      "79",
    ]);
    expect(bandsOf(entry).map((b) => b.sharePct!.toFixed())).toEqual(["1", "2", "3", "4", "5", "6", "79"]);
    // no average: the entry's category is unknown, the option's is named; the issue has no cell
    const none = standing(dec("50"), null, null, { category: 9 });
    expect(none.issues.map((i) => [i.cell, i.params])).toEqual([[null, { category: "9" }]]);
    expect(standing(null, null, office).issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["info", "benchmark.noIntensity", null],
    ]);
  });

  it("an intensity that is not a number (NaN, Infinity) is bad, not ranked", () => {
    for (const x of [dec(NaN), dec(Infinity)]) {
      const r = standing(x, null, office, { at });
      expect([r.standing, r.issues.map((i) => [i.severity, i.code, i.cell, i.params])]).toEqual([
        null,
        [["error", "benchmark.badIntensity", at, { intensity: x.toFixed() }]],
      ]);
    }
    // zero is an intensity: A4
    expect(standing(dec(0), null, office).standing!.rank).toBe("A4");
  });

  it("warns when the average uses another electricity factor, and shows the share of sites in the band", () => {
    // 42.4 ÷ 78.1 = 0.5429 → A2, where Tokyo's 2012 table puts 26.2 % of sites.
    const r = standing(dec("42.4"), dec("1412.36"), TOKYO_2012_TENANT_REFERENCE, { at });
    expect([r.standing!.rank, r.standing!.sameFactor, r.standing!.bandSharePct!.toFixed()]).toEqual([
      "A2",
      false,
      "26.2",
    ]);
    expect(r.issues.map((i) => [i.severity, i.code, i.params])).toEqual([
      ["warning", "benchmark.factorDiffers", { benchmarkFactor: "0.382", dataFactor: "0.489" }],
    ]);
    expect(standing(dec("42.4"), null, office, { dataFactor: dec("0.45") }).issues[0].code).toBe(
      "benchmark.factorDiffers",
    );
  });

  it("reproduces the Tokyo 2012 table's printed bounds from 78.1 when they are rounded up", () => {
    const bounds = bandsOf(TOKYO_2012_TENANT_REFERENCE)
      .slice(0, 6)
      .map((b) => b.to!);
    // Exact: 19.525, 39.05, 58.575, 78.1, 97.625, 117.15.
    expect(bounds.map((b) => b.toFixed())).toEqual(["19.525", "39.05", "58.575", "78.1", "97.625", "117.15"]);
    // Printed: 19.6, 39.1, 58.6, 78.1, 97.7, 117.2 — rounding UP at 1 dp reproduces all six ...
    expect(bounds.map((b) => printedBound(b).toFixed(1))).toEqual([
      "19.6",
      "39.1",
      "58.6",
      "78.1",
      "97.7",
      "117.2",
    ]);
    // ... half-up at 1 dp does not (19.525 → 19.5, 97.625 → 97.6): the printed table rounds up, not half-up.
    expect(bounds.map((b) => b.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1))).toEqual([
      "19.5",
      "39.1",
      "58.6",
      "78.1",
      "97.6",
      "117.2",
    ]);
  });

  it("lays the seven bands out for the axis picture", () => {
    const bands = bandsOf(office);
    expect(bands.map((b) => b.label)).toEqual([
      "A4 ≤ 25 %",
      "A3 ≤ 50 %",
      "A2 ≤ 75 %",
      "A1 ≤ 100 %",
      "B2 ≤ 125 %",
      "B1 ≤ 150 %",
      "C > 150 %",
    ]);
    expect(bands.map((b) => [b.from.toFixed(), b.to?.toFixed() ?? null])).toEqual([
      ["0", "16.35"],
      ["16.35", "32.7"],
      ["32.7", "49.05"],
      ["49.05", "65.4"],
      ["65.4", "81.75"],
      ["81.75", "98.1"],
      ["98.1", null],
    ]);
    expect(bands.every((b) => b.sharePct === null)).toBe(true);
    expect(RANKS.map((r) => BAND_UPPER[r]?.toFixed() ?? null)).toEqual([
      "0.25",
      "0.5",
      "0.75",
      "1",
      "1.25",
      "1.5",
      null,
    ]);
  });

  it("shows the ratio half-up at 3 decimals", () => {
    expect(ratioText({ ratio: dec("0.6485") })).toBe("0.649");
    expect(ratioText({ ratio: dec("0.64849") })).toBe("0.648");
    expect(ratioText({ ratio: dec("1") })).toBe("1.000");
  });
});
