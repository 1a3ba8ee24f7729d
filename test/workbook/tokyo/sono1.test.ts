/** (その1) read and recomputed cell by cell: the Shinagawa FY2022 figures, both orientations, the sites' sum. */
import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import type { TokyoBusinessAnalysis } from "../../../src/workbook/tokyo/business";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { SHINAGAWA, SHINAGAWA_CASE } from "../../support/tokyoCases";
import {
  tokyoBuffer,
  type TokyoBusinessContent,
  type TokyoBusinessLayout,
} from "../../support/tokyoWorkbook";

const shinagawa = SHINAGAWA_CASE;

async function analyze(content: TokyoBusinessContent, layout: TokyoBusinessLayout = {}) {
  const { buffer } = await tokyoBuffer([{ name: "その1", business: { layout, content } }]);
  const a = analyzeWorkbook(await readWorkbookBuffer(buffer), DEFAULT_SETTINGS);
  return a.forms.filter((f): f is TokyoBusinessAnalysis => f.kind === "tokyoBusiness");
}

describe.each<[string, TokyoBusinessLayout]>([
  ["years across the columns", {}],
  ["years down the rows, shifted", { yearsDown: true, rowOffset: 3, colOffset: 2 }],
  ["labels without spaces", { spaced: false }],
])("(その1) with %s", (_n, layout) => {
  it("reproduces every figure of the Shinagawa case and finds nothing wrong", async () => {
    const [b] = await analyze(SHINAGAWA, layout);
    expect(b.businessNumber?.value).toBe("A0973");
    expect(b.years.map((y) => y.fiscalYear)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(b.result.years.map((y) => y.intensityKgPerM2?.toFixed(5))).toEqual(
      shinagawa.years.map((y) => y.intensityKgPerM2),
    );
    expect(b.result.averageRates.co2ReductionPct?.toFixed(2)).toBe("-4.88");
    expect(b.result.averageRates.intensityImprovementPct?.toFixed(2)).toBe("-4.49");
    expect(b.issues).toEqual([]);
    expect(b.writes.filter((w) => w.state !== "same")).toEqual([]);
  });
});

describe("(その1) checks cell by cell", () => {
  it("a rounded intensity and a rounded rate are reported at their cells, and the writes fix them", async () => {
    const years = SHINAGAWA.years.map((y, i) => (i === 1 ? { ...y, intensity: 30.23168 } : y));
    const [b] = await analyze({ ...SHINAGAWA, years, intensityImprovementPct: -4.5 });
    expect(b.issues.map((i) => [i.cell?.address, i.code, i.params?.cause])).toEqual([
      ["C10", "tokyo.business.intensityMismatch", "roundedNotTruncated"],
      ["C15", "tokyo.business.rateMismatch", "roundedNotTruncated"],
    ]);
    expect(b.writes.filter((w) => w.state !== "same").map((w) => [w.address, w.value, w.state])).toEqual([
      ["C10", 30.23167, "input"],
      ["C15", -4.49, "input"],
    ]);
  });
  it("blank computed cells are planned as empty writes", async () => {
    const years = SHINAGAWA.years.map((y) => ({ ...y, intensity: undefined }));
    const [b] = await analyze({ ...SHINAGAWA, years, co2ReductionPct: undefined });
    const planned = b.writes.filter((w) => w.state === "empty").map((w) => [w.address, w.value]);
    expect(planned).toEqual([
      ["B10", 30.44348],
      ["C10", 30.23167],
      ["D10", 32.46548],
      ["E10", 34.7513],
      ["F10", 36.30403],
      ["C14", -4.88],
    ]);
  });
  it("compares the (その2) sites of the latest year in the same workbook with the table's total", async () => {
    const usage = { electricityDay: 1000000 }; // 489 t each
    const site = (name: string, siteNumber: string) => ({
      content: { usage, name, siteNumber, year: "令和4年度" },
    });
    const { buffer } = await tokyoBuffer([
      { name: "その1", business: { content: SHINAGAWA } },
      { name: "その2", site: [site("A校", "A1"), site("B校", "A2")] },
    ]);
    const a = analyzeWorkbook(await readWorkbookBuffer(buffer), DEFAULT_SETTINGS);
    const b = a.forms.find((f): f is TokyoBusinessAnalysis => f.kind === "tokyoBusiness")!;
    const w = b.issues.find((i) => i.code === "tokyo.business.sitesSumDiffers");
    expect([w?.cell?.address, w?.params?.sites, w?.params?.table, w?.params?.siteCount]).toEqual([
      "F8",
      "978",
      "12903",
      "2",
    ]);
  });
});
