import {
  BUILT_IN_BENCHMARK,
  FORM7_ELECTRICITY_FACTOR,
  TOKYO_2012_TENANT_REFERENCE,
  benchmarkFor,
  benchmarkEntrySchema,
  mergeBenchmarks,
  validateBenchmarkEntry,
} from "../../../src/domain/benchmark/table";
import { dec, sum } from "../../../src/domain/decimal";

describe("benchmark tables as data with provenance", () => {
  it("build in only the sourced averages: 2 (65.4) and 5 (585.4) at the factor 0.489", () => {
    expect(
      BUILT_IN_BENCHMARK.map((e) => [e.category, e.name, e.average.toFixed(), e.electricityFactor.toFixed()]),
    ).toEqual([
      [2, "オフィス(自社ビル)", "65.4", "0.489"],
      [5, "物販店(コンビニ)", "585.4", "0.489"],
    ]);
    for (const e of BUILT_IN_BENCHMARK) {
      expect(e.source).toContain("C40");
      expect(benchmarkEntrySchema.safeParse(e).success).toBe(true);
    }
    expect(benchmarkFor(1)).toBeNull();
    expect(benchmarkFor(3)).toBeNull(); // the 2012 reference never ranks by itself
    expect(FORM7_ELECTRICITY_FACTOR.toFixed()).toBe("0.489");
  });

  it("keep Tokyo's 2012 trial table as a documented reference (78.1 at 0.382, shares summing to 100 %)", () => {
    const t = TOKYO_2012_TENANT_REFERENCE;
    expect([t.average.toFixed(), t.electricityFactor.toFixed()]).toEqual(["78.1", "0.382"]);
    expect(t.bandShares!.map((s) => s.toFixed())).toEqual([
      "0.7",
      "6.1",
      "26.2",
      "33.7",
      "16.1",
      "7.3",
      "9.9",
    ]);
    expect(sum(t.bandShares!).toFixed()).toBe("100");
    expect(benchmarkEntrySchema.safeParse(t).success).toBe(true);
  });

  it("validate entries from outside the code, naming the field of every problem", () => {
    const ok = validateBenchmarkEntry({
      category: 19,
      name: "旅館・ホテル",
      average: "102.5",
      electricityFactor: 0.489,
      source: "東京都",
      sitesCount: 12,
    });
    expect(ok.problems).toEqual([]);
    expect([ok.entry!.average.toFixed(), ok.entry!.sitesCount]).toEqual(["102.5", 12]);
    const fields = (raw: Record<string, unknown>) => validateBenchmarkEntry(raw).problems.map((p) => p.field);
    const base = {
      category: 2,
      name: "オフィス(自社ビル)",
      average: "60",
      electricityFactor: "0.489",
      source: "x",
    };
    expect(fields({ ...base, category: 31 })).toEqual(["category"]);
    expect(fields({ ...base, category: 1.5 })).toEqual(["category"]);
    expect(fields({ ...base, average: -3 })).toEqual(["average"]);
    expect(fields({ ...base, average: "abc" })).toEqual(["average"]);
    expect(fields({ ...base, electricityFactor: 0 })).toEqual(["electricityFactor"]);
    expect(fields({ ...base, source: " " })).toEqual(["source"]);
    expect(fields({ ...base, sitesCount: 0 })).toEqual(["sitesCount"]);
    expect(fields({ ...base, name: "オフィス（自社ビル）" })).toEqual([]); // full-width brackets fold
    const other = validateBenchmarkEntry({ ...base, name: "物販店(コンビニ)" });
    expect(other.problems.map((p) => p.field)).toEqual(["name"]);
    expect(other.problems[0].message.ja).toContain("区分 5");
    expect(other.problems[0].message.en).toContain("category 5's");
  });

  it("merge: the workbook's rows override the built-in ones, category by category", () => {
    const sheet = [
      {
        category: 2,
        name: "オフィス(自社ビル)",
        average: dec(60),
        electricityFactor: dec("0.489"),
        source: "sheet",
      },
      {
        category: 19,
        name: "旅館・ホテル",
        average: dec(100),
        electricityFactor: dec("0.489"),
        source: "sheet",
      },
      {
        category: 2,
        name: "オフィス(自社ビル)",
        average: dec(70),
        electricityFactor: dec("0.489"),
        source: "later",
      },
    ];
    const merged = mergeBenchmarks(sheet);
    expect(merged.map((e) => [e.category, e.average.toFixed(), e.source.slice(0, 5)])).toEqual([
      [2, "60", "sheet"],
      [19, "100", "sheet"],
      [5, "585.4", "東京都 改"],
    ]);
    expect(mergeBenchmarks([])).toEqual([...BUILT_IN_BENCHMARK]);
  });
});
