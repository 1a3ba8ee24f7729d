import { dec } from "../../../src/domain/decimal";
import type { Form7Result, Form7Site } from "../../../src/domain/form7/types";
import { publicationLayout, PUBLICATION_ITEMS } from "../../../src/workbook/publication/publicationSheet";

const cell = (address: string) => ({ sheet: "第7号様式", address });
const site: Pick<Form7Site, "name" | "address" | "siteNumber" | "floorAreaM2" | "mainUse"> = {
  name: { value: "港サンプルビル", cell: cell("D5") },
  address: { value: "東京都港区芝公園1-5-25", cell: cell("D6") },
  siteNumber: { value: "M-0001", cell: cell("D4") },
  floorAreaM2: { value: dec("1412.36"), cell: cell("D7") },
  mainUse: { value: "事務所", cell: cell("D9") },
};
const result = {
  reported: {
    energyGJ: dec("1207.7"),
    crudeOilKl: dec("31.1"),
    co2EnergyT: dec("59.6"),
    co2WaterT: dec("0.3"),
    co2TotalT: dec("59.9"),
    intensityKgPerM2: dec("42.4"),
  },
} as Pick<Form7Result, "reported">;

describe("the publication sheet of a site", () => {
  it("lays out the guide's eight items from the Form 7 result and site, then the measures", () => {
    const p = publicationLayout({
      site,
      result,
      reportDate: "2025年6月30日",
      measures: ["照明の LED 化", " ", "空調の運用改善"],
    });
    expect(p.values[0][0]).toBe("港区地球温暖化対策報告書制度");
    expect(PUBLICATION_ITEMS.map((i) => p.values[p.rows[i.key]])).toEqual([
      ["報告年月日", "2025年6月30日", null],
      ["事業所番号", "M-0001", null],
      ["事業所等名称", "港サンプルビル", null],
      ["事業所等所在地", "東京都港区芝公園1-5-25", null],
      ["延べ面積", 1412.36, "㎡"],
      ["事業所の主たる用途", "事務所", null],
      ["二酸化炭素排出量（総量）", 59.9, "t-CO2/年"],
      ["二酸化炭素排出量（原単位）", 42.4, "kg-CO2/㎡"],
    ]);
    expect(p.numberFormats[p.rows.co2Intensity][1]).toBe("#,##0.0");
    expect(p.values.slice(-3).map((r) => r[0])).toEqual([
      "地球温暖化対策として実施している取組内容",
      "・照明の LED 化",
      "・空調の運用改善",
    ]);
    expect(p.values.every((r) => r.length === 3)).toBe(true);
    expect(p.numberFormats).toHaveLength(p.values.length);
    expect(p.issues).toEqual([]);
  });

  it("points at the Form 7 cell of every item left blank; a first-year site number may stay blank", () => {
    const p = publicationLayout({
      site: { ...site, siteNumber: null, mainUse: null, floorAreaM2: null },
      result: { reported: { ...result.reported, intensityKgPerM2: null } },
      reportDate: null,
      measures: [],
      anchor: cell("A1"),
    });
    expect(p.issues.map((i) => [i.severity, i.code, i.cell?.address, i.params?.item ?? null])).toEqual([
      ["warning", "publication.missing", "A1", "reportDate"],
      ["info", "publication.noSiteNumber", "A1", null],
      ["warning", "publication.missing", "A1", "floorArea"],
      ["warning", "publication.missing", "A1", "mainUse"],
      ["warning", "publication.missing", "A1", "co2Intensity"],
      ["info", "publication.noMeasures", "A1", null],
    ]);
    expect(p.values[p.rows.floorArea]).toEqual(["延べ面積", null, "㎡"]);
    expect(p.blank).toEqual(["reportDate", "floorArea", "mainUse", "co2Intensity"]);
  });
});
