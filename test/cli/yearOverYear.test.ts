import { dec } from "../../src/domain/decimal";
import type { SiteFact } from "../../src/cli/siteFacts";
import { groupSites, wardTotals, yearOverYear } from "../../src/cli/yearOverYear";

const fact = (f: Partial<SiteFact>): SiteFact => ({
  file: "a.xlsx",
  sheet: "第7号様式",
  name: null,
  siteNumber: null,
  fiscalYear: 2024,
  siteClass: "mayReport",
  floorAreaM2: "2000",
  co2TotalT: "100",
  intensity: "50",
  category: 2,
  rank: null,
  average: null,
  errors: 0,
  warnings: 0,
  ...f,
});

describe("year over year across the run's files", () => {
  it("matches sites by the history sheet's rule: the number where both give one, else the folded name", () => {
    const groups = groupSites([
      fact({ name: "港ビル", siteNumber: "123" }),
      fact({ name: "別の名前", siteNumber: "１２３" }), // same number (full width): same site
      fact({ name: "港ビル", siteNumber: "999" }), // both numbered, different: another site
      fact({ name: "芝 ビル" }),
      fact({ name: "芝ビル", siteNumber: "555" }), // one side without a number: by name
      fact({}), // neither name nor number: not matched at all
    ]);
    expect(groups.map((g) => g.length)).toEqual([2, 1, 2]);
  });

  it("gives each site's change in t and %, and flags one beyond the threshold naming both files", () => {
    const y = yearOverYear(
      [
        fact({ file: "2023/a.xlsx", fiscalYear: 2023, name: "港ビル", co2TotalT: "100", intensity: "50" }),
        fact({ file: "2024/a.xlsx", fiscalYear: 2024, name: "港ビル", co2TotalT: "135", intensity: "60" }),
        fact({ file: "2023/b.xlsx", fiscalYear: 2023, name: "芝ビル", co2TotalT: "80", intensity: "40" }),
        fact({ file: "2024/b.xlsx", fiscalYear: 2024, name: "芝ビル", co2TotalT: "72", intensity: "36" }),
      ],
      dec(30),
    );
    expect(y.latestYear).toBe(2024);
    const [a, b] = y.changes;
    expect([a.from.file, a.to.file]).toEqual(["2023/a.xlsx", "2024/a.xlsx"]);
    expect([a.co2DeltaT.toString(), a.co2Pct!.toString(), a.intensityPct!.toString()]).toEqual([
      "35",
      "35",
      "20",
    ]);
    expect(a.flagged).toBe(true);
    expect([b.co2DeltaT.toString(), b.co2Pct!.toString(), b.intensityDelta!.toString()]).toEqual([
      "-8",
      "-10",
      "-4",
    ]);
    expect(b.flagged).toBe(false);
    // The threshold is a setting: exactly at it is not flagged, beyond it is; at 5 % the fall of 10 % is.
    const pair = (to: string) => [
      fact({ fiscalYear: 2023, name: "x", co2TotalT: "100", intensity: null }),
      fact({ name: "x", co2TotalT: to, intensity: null }),
    ];
    expect(yearOverYear(pair("130"), dec(30)).changes[0].flagged).toBe(false);
    expect(yearOverYear(pair("69.9"), dec(30)).changes[0].flagged).toBe(true);
    expect(yearOverYear(pair("90"), dec(5)).changes[0].flagged).toBe(true);
  });

  it("names must-report sites reported last year and missing this year (not smaller sites)", () => {
    const y = yearOverYear([
      fact({
        fiscalYear: 2023,
        name: "大ビル",
        siteClass: "mustReport",
        floorAreaM2: "15000",
        file: "old.xlsx",
      }),
      fact({
        fiscalYear: 2023,
        name: "広いビル",
        siteClass: "unknown",
        floorAreaM2: "10000",
        file: "old2.xlsx",
      }),
      fact({ fiscalYear: 2023, name: "小ビル", siteClass: "mayReport", floorAreaM2: "500" }),
      fact({ fiscalYear: 2022, name: "昔ビル", siteClass: "mustReport", floorAreaM2: "20000" }),
      fact({ fiscalYear: 2024, name: "新ビル" }),
    ]);
    expect(y.missing.map((m) => [m.name, m.lastYear, m.missingYear, m.file])).toEqual([
      ["大ビル", 2023, 2024, "old.xlsx"],
      ["広いビル", 2023, 2024, "old2.xlsx"],
    ]);
  });

  it("totals the ward per category and fiscal year, intensity over the sites giving a floor area", () => {
    const t = wardTotals([
      fact({ category: 2, co2TotalT: "100", floorAreaM2: "2000" }),
      fact({ category: 2, co2TotalT: "50.5", floorAreaM2: "1000" }),
      fact({ category: 2, co2TotalT: "10", floorAreaM2: null }),
      fact({ category: 2, fiscalYear: 2023, co2TotalT: "7" }),
      fact({ category: null, co2TotalT: "1" }),
    ]);
    expect(
      t.map((x) => [
        x.category,
        x.fiscalYear,
        x.sites,
        x.co2TotalT.toString(),
        x.floorAreaM2.toString(),
        x.intensity?.toString(),
      ]),
    ).toEqual([
      [2, 2023, 1, "7", "2000", "3.5"],
      [2, 2024, 3, "160.5", "3000", "50.2"],
      [null, 2024, 1, "1", "2000", "0.5"],
    ]);
  });
});
