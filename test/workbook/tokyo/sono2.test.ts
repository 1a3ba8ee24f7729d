/** (その2) read like Form 7, in the filed Koto layout and its variants, through the whole workbook flow. */
import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import type { Form7Analysis } from "../../../src/workbook/analysis";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { KOTO_CASE, KOTO_CASE_USAGE } from "../../support/tokyoCases";
import { form7Buffer, KOTO_PRINTED, type UsageKey } from "../../support/form7Workbook";
import {
  KOTO_TOKYO_PRINTED,
  tokyoBuffer,
  type TokyoContent,
  type TokyoLayout,
} from "../../support/tokyoWorkbook";

const koto = KOTO_CASE;
const KOTO_USAGE = KOTO_CASE_USAGE;

async function analyze(layout: TokyoLayout, content: TokyoContent = {}) {
  const { buffer, cells } = await tokyoBuffer([
    {
      name: "その2",
      site: [{ layout, content: { usage: KOTO_USAGE, computed: KOTO_TOKYO_PRINTED, ...content } }],
    },
  ]);
  const a = analyzeWorkbook(await readWorkbookBuffer(buffer), DEFAULT_SETTINGS);
  return { a, forms: a.forms as Form7Analysis[], cells: cells[0][0] };
}

const layouts: [string, TokyoLayout][] = [
  ["the filed Koto layout", {}],
  ["shifted 4 rows and 2 columns", { rowOffset: 4, colOffset: 2 }],
  ["extra blank columns", { extraColumns: true }],
  ["merged boxes", { mergedBoxes: true }],
  ["☑ marks in cells of their own", { mark: "☑", markApart: true }],
  [
    "✓ marks, circled numbers inside the labels, labels without spaces",
    { mark: "✓", circledInside: true, spaced: false },
  ],
  ["the table header 燃料等の種別 (as Form 7 prints it)", { tableHeader: "燃料等の種別" }],
  ["coefficients displayed rounded (0.014 for 0.0136)", { roundedDisplay: true }],
  [
    "everything at once",
    { rowOffset: 3, colOffset: 1, extraColumns: true, mergedBoxes: true, mark: "○", markApart: true },
  ],
];

describe.each(layouts)("(その2) in %s", (_name, layout) => {
  it("reproduces the Koto case to the digit, as one Form 7 analysis of variant tokyo", async () => {
    const { forms, cells } = await analyze(layout);
    expect(forms).toHaveLength(1);
    const f = forms[0];
    expect([f.kind, f.variant]).toEqual(["form7", "tokyo"]);
    for (const [key, want] of Object.entries(koto.expected.rows)) {
      const r = f.result.rows[key as UsageKey]!;
      expect([key, r.heatGJ?.toFixed() ?? null, r.co2T.toFixed()]).toEqual([key, want.heatGJ, want.co2T]);
    }
    for (const [key, want] of Object.entries(koto.expected.exact))
      expect([key, f.result.exact[key as keyof typeof f.result.exact].toFixed()]).toEqual([key, want]);
    const r = f.result.reported;
    expect({
      energyGJ: r.energyGJ.toNumber(),
      crudeOilKl: r.crudeOilKl.toNumber(),
      co2EnergyT: r.co2EnergyT.toNumber(),
      co2WaterT: r.co2WaterT.toNumber(),
      co2TotalT: r.co2TotalT.toNumber(),
      intensityKgPerM2: r.intensityKgPerM2?.toNumber(),
    }).toEqual(koto.expected.reported);
    // Every computed cell found where the builder put it, ①–⑯.
    for (const [key, held] of Object.entries(f.form.computed))
      expect([key, held!.cell.address]).toEqual([key, cells.computed[key]]);
    expect(Object.keys(f.form.computed).sort()).toEqual(Object.keys(cells.computed).sort());
    expect(f.form.input.site.floorAreaM2?.cell.address).toBe(cells.floorArea);
    // The coefficients are values, whatever the display: 0.0136 held, not 0.014.
    expect(f.form.input.rows.find((x) => x.key === "cityGas")?.emissionCoef?.value.toFixed()).toBe("0.0136");
    expect(f.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(f.writes.filter((w) => w.state !== "same")).toEqual([]);
  });

  it("reads the boxed 事業所番号 and postcode, the ticks and the fiscal year of the heading", async () => {
    const { forms, cells } = await analyze(layout);
    const f = forms[0];
    const site = f.form.input.site;
    expect(site.siteNumber?.value).toBe("A1000123");
    expect(site.siteNumber?.cell.address).toBe(cells.siteNumberFirst);
    expect(site.name?.value).toBe("江東区立サンプル小学校");
    expect(site.address?.value).toBe("江東区東陽四丁目11番28号");
    expect(f.tokyo?.postcode?.value).toBe("135-8383");
    expect(f.tokyo?.municipality?.value).toBe("江東区");
    expect([f.tokyo?.ownership.owner, f.tokyo?.ownership.extent]).toEqual(["self", "whole"]);
    expect(f.tokyo?.mainUseTicked.map((u) => u.use)).toEqual(["other"]);
    expect(site.mainUse?.value).toBe("その他");
    expect(f.tokyo?.fiscalYear?.value).toBe(2017);
    expect(f.tokyo?.fiscalYear?.cell.address).toBe(cells.heading);
  });
});

describe("(その2) ticks and headings", () => {
  it.each([
    [
      "an office renting part of a building",
      { owner: "他者所有", extent: "建物の一部（テナント）", mainUse: ["事務所"] },
      ["other", "partTenant"],
      ["office"],
      1,
    ],
    [
      "an owner-occupied office building",
      { owner: "自己所有", extent: "建物の全部", mainUse: ["事務所"] },
      ["self", "whole"],
      ["office"],
      2,
    ],
    [
      "a mixed use, two ticks",
      {
        owner: "自己所有",
        extent: "建物の一部（その他）",
        mainUse: ["商業施設（物販）", "商業施設（飲食）"],
      },
      ["self", "partOther"],
      ["retail", "restaurant"],
      null,
    ],
    ["nothing ticked", { owner: null, extent: null, mainUse: [] }, [null, null], [], null],
  ] as const)("%s", async (_n, content, own, uses, category) => {
    for (const layout of [{}, { mark: "☑", markApart: true }] as TokyoLayout[]) {
      const { forms } = await analyze(layout, content as TokyoContent);
      const t = forms[0].tokyo!;
      expect([t.ownership.owner, t.ownership.extent]).toEqual(own);
      expect(t.mainUseTicked.map((u) => u.use)).toEqual(uses);
      expect(t.suggestedCategory).toBe(category);
    }
  });

  it.each([
    ["令和4年度", 2022],
    ["2021年度", 2021],
    ["平成元年度", 1989],
  ])("the heading's %s is fiscal year %d", async (year, fy) => {
    const { forms } = await analyze({}, { year });
    expect(forms[0].tokyo?.fiscalYear?.value).toBe(fy);
  });

  it("a wrong figure is reported at its cell with the cause (0.014 used for 0.0136)", async () => {
    // 279.918 GJ × 0.014 × 44/12 = 14.37 t instead of 13.96 t.
    const { forms, cells } = await analyze({}, { computed: { ...KOTO_TOKYO_PRINTED, "cityGas.co2T": 14.4 } });
    const e = forms[0].issues.find((i) => i.cell?.address === cells.computed["cityGas.co2T"]);
    expect(e?.code).toBe("form7.mismatch");
    expect(e?.params?.cause).toBe("coef0014");
    expect(forms[0].writes.find((w) => w.address === cells.computed["cityGas.co2T"])?.value).toBe(13.9585776);
  });

  it("sits beside a Form 7 sheet and a second (その2) below the first; each read once", async () => {
    const { buffer } = await tokyoBuffer([
      {
        name: "その2",
        site: [
          { content: { usage: KOTO_USAGE } },
          { content: { usage: KOTO_USAGE, name: "第二校舎", siteNumber: "A1000124" } },
        ],
      },
    ]);
    const f7 = await form7Buffer([
      { name: "第7号様式", forms: [{ content: { usage: KOTO_USAGE, computed: KOTO_PRINTED } }] },
    ]);
    const a = await readWorkbookBuffer(buffer);
    const b = await readWorkbookBuffer(f7.buffer);
    const both = analyzeWorkbook({ ...a, sheets: [...a.sheets, ...b.sheets] }, DEFAULT_SETTINGS);
    const forms = both.forms as Form7Analysis[];
    expect(
      forms.map((f) => [f.sheet, f.variant ?? "form7", f.form.input.site.siteNumber?.value ?? null]),
    ).toEqual([
      ["その2", "tokyo", "A1000123"],
      ["その2", "tokyo", "A1000124"],
      ["第7号様式", "form7", null],
    ]);
    expect(forms.every((f) => f.result.reported.co2TotalT.toNumber() === 60)).toBe(true);
  });
});
