import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { analyzeForm7Sheets } from "../../../src/workbook/form7/analyze";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { form7Buffer, KOTO_PRINTED, KOTO_USAGE, type Form7Layout } from "../../support/form7Workbook";

async function analyzeOne(layout: Form7Layout, content = {}) {
  const { buffer, cells } = await form7Buffer([{ name: "第7号様式", forms: [{ layout, content }] }]);
  const snap = await readWorkbookBuffer(buffer);
  return { forms: analyzeForm7Sheets(snap.sheets[0], DEFAULT_SETTINGS), cells: cells[0][0] };
}

const layouts: [string, Form7Layout][] = [
  ["the seed's layout", {}],
  ["shifted 5 rows and 3 columns", { rowOffset: 5, colOffset: 3 }],
  ["an extra blank column", { blankColumn: true }],
  ["full-width labels and Nm³", { fullWidth: true, unitStyle: "Nm³" }],
  ["no title (Tokyo その2 style), no merged cells", { title: false, merged: false }],
];

describe.each(layouts)("Form 7 in %s", (_name, layout) => {
  it("finds every row and computed cell where the builder put them and computes the public case", async () => {
    const { forms, cells } = await analyzeOne(layout, { usage: KOTO_USAGE, computed: KOTO_PRINTED });
    expect(forms).toHaveLength(1);
    const f = forms[0];
    for (const row of f.form.input.rows) {
      if (row.usage) expect(row.usage.cell.address).toBe(cells.usage[row.key]);
    }
    for (const [key, held] of Object.entries(f.form.computed))
      expect([key, held!.cell.address]).toEqual([key, cells.computed[key]]);
    expect(Object.keys(f.form.computed)).toHaveLength(Object.keys(cells.computed).length);
    expect(f.form.input.site.floorAreaM2?.value.toFixed()).toBe("1412.36");
    expect(f.form.input.site.floorAreaM2?.cell.address).toBe(cells.floorArea);
    expect(f.result.reported.crudeOilKl.toNumber()).toBe(31);
    expect(f.result.reported.co2TotalT.toNumber()).toBe(60);
    expect(f.result.reported.intensityKgPerM2?.toNumber()).toBe(42.4);
    expect(f.siteClass).toBe("mayReport");
    // The published form's printed figures are all consistent: no error.
    expect(f.issues.filter((i) => i.severity === "error")).toEqual([]);
    // Every computed cell already holds its value: nothing to write.
    expect(f.writes.filter((w) => w.state !== "same")).toEqual([]);
  });
});

describe("site header fields", () => {
  it("reads name, use and floor area next to their labels", async () => {
    const { forms } = await analyzeOne({}, { usage: KOTO_USAGE, name: "港サンプルビル", mainUse: "事務所" });
    const site = forms[0].form.input.site;
    expect(site.name?.value).toBe("港サンプルビル");
    expect(site.mainUse?.value).toBe("事務所");
    expect(site.address?.value).toContain("港区");
  });
});
