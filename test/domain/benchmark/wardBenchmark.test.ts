import { dec } from "../../../src/domain/decimal";
import {
  exclusionOf,
  periodMonths,
  wardBenchmark,
  wardBenchmarkEntries,
  type ReportPoint,
} from "../../../src/domain/benchmark/wardBenchmark";

const p = (
  category: number | null,
  intensity: string | null,
  over: Partial<ReportPoint> = {},
): ReportPoint => ({
  category,
  intensity: intensity === null ? null : dec(intensity),
  period: "2024年4月～2025年3月",
  hasErrors: false,
  estimated: false,
  ...over,
});

describe("ward benchmark from the reports", () => {
  it("reads the months of a period", () => {
    expect(periodMonths("2024年4月～2025年3月")).toBe(12);
    expect(periodMonths("２０２４年１０月～２０２５年３月")).toBe(6);
    expect(periodMonths("2024/4-2025/3")).toBe(12);
    expect(periodMonths("令和6年度")).toBeNull();
  });

  it("averages per category, leaving out non-annual, estimated, erroneous and outlying reports", () => {
    const points = [
      p(2, "40"),
      p(2, "50"),
      p(2, "60"),
      p(2, "500"), // outlier: above 3× the median 55
      p(2, "45", { period: "2024年10月～2025年3月" }),
      p(2, "45", { estimated: true }),
      p(2, "45", { hasErrors: true }),
      p(5, "585.4"),
      p(null, "30"),
    ];
    expect(exclusionOf(points[4])).toBe("notAnnual");
    expect(wardBenchmark(points).map((w) => [w.category, w.average.toFixed(1), w.sites, w.excluded])).toEqual(
      [
        [2, "50.0", 3, 4],
        [5, "585.4", 1, 0],
      ],
    );
  });
});

describe("ward benchmark entries", () => {
  it("carry the site counts, the form's factor and a source, ready for a benchmark sheet", () => {
    const [e] = wardBenchmarkEntries([{ category: 2, average: dec("61.3"), sites: 4, excluded: 1 }]);
    expect([e.name, e.average.toFixed(), e.electricityFactor.toFixed(), e.sitesCount, e.excluded]).toEqual([
      "オフィス(自社ビル)",
      "61.3",
      "0.489",
      4,
      1,
    ]);
    expect(e.source).toContain("区への報告から算出");
  });
});
