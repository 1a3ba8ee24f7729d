/**
 * What Form 7 has, on a (その2): writes into blank computed cells, the benchmark rank and the category's
 * cell, excellence against an earlier Form 7 sheet of the same site; and what (その2) adds: the ※2 tenant
 * estimate in the totals and the renewable-energy section.
 */
import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import type { Form7Analysis } from "../../../src/workbook/analysis";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { form7Buffer } from "../../support/form7Workbook";
import { KOTO_CASE_USAGE } from "../../support/tokyoCases";
import { tokyoBuffer, type TokyoContent } from "../../support/tokyoWorkbook";

async function site(content: TokyoContent, settings: Settings = DEFAULT_SETTINGS) {
  const { buffer, cells } = await tokyoBuffer([
    { name: "その2", site: [{ content: { usage: KOTO_CASE_USAGE, ...content } }] },
  ]);
  const a = analyzeWorkbook(await readWorkbookBuffer(buffer), settings);
  return { f: a.forms[0] as Form7Analysis, cells: cells[0][0] };
}

describe("(その2) with what Form 7 has", () => {
  it("plans every blank computed cell (preview: all empty), at full precision for rows and totals", async () => {
    const { f, cells } = await site({});
    expect(f.writes.every((w) => w.state === "empty")).toBe(true);
    const v = (key: string) => f.writes.find((w) => w.address === cells.computed[key])?.value;
    expect([
      v("energyGJ"),
      v("cityGas.co2T"),
      v("crudeOilKl"),
      v("co2TotalT"),
      v("intensityKgPerM2"),
    ]).toEqual([1207.725379, 13.9585776, 31, 60, 42.4]);
    // and the history row of its fiscal year (FY2017, from the heading) is planned with it
    expect(f.history?.fiscalYear).toBe(2017);
  });

  it("ranks against the benchmark and keeps the category right of the main-use ticks", async () => {
    const { f } = await site({}, { ...DEFAULT_SETTINGS, benchmarkCategory: 2 });
    expect(f.benchmark?.category).toBe(2);
    expect(f.benchmark?.rank).toBeTruthy();
    const { f: g } = await site({ mainUse: ["事務所"] });
    // 6 options in C…H: the label goes to I10, the number to J10
    expect([g.categorySlot?.label?.address, g.categorySlot?.value.address]).toEqual(["I10", "J10"]);
    expect(g.tokyo?.suggestedCategory).toBe(2);
  });

  it("judges excellence against an earlier Form 7 sheet of the same site (by site number)", async () => {
    const { buffer } = await tokyoBuffer([{ name: "H29", site: [{ content: { usage: KOTO_CASE_USAGE } }] }]);
    const earlier = await form7Buffer([
      {
        name: "H25",
        forms: [
          {
            content: {
              name: "旧名称",
              siteNumber: "A1000123",
              period: "2013年4月～2014年3月",
              usage: { ...KOTO_CASE_USAGE, electricityDay: 100000 },
            },
          },
        ],
      },
    ]);
    const a = await readWorkbookBuffer(buffer);
    const b = await readWorkbookBuffer(earlier.buffer);
    const forms = analyzeWorkbook({ ...a, sheets: [...b.sheets, ...a.sheets] }, DEFAULT_SETTINGS)
      .forms as Form7Analysis[];
    const tokyo = forms.find((f) => f.variant === "tokyo")!;
    expect(tokyo.excellence?.base?.fiscalYear).toBe(2013);
    expect(tokyo.excellence?.years).toBe(4);
    // 71 t → 50.2 kg/m² in FY2013; 42.4 in FY2017: 1 − (42.4 ÷ 50.2)^(1/4) = 4.133… → 4.13 %
    expect(tokyo.excellence?.co2.ratePct?.toFixed(2)).toBe("4.13");
    expect(tokyo.excellence?.excellent).toBe(true);
    expect(tokyo.years?.map((y) => y.fiscalYear)).toEqual([2013, 2017]);
  });
});

describe("(その2) tenant estimate ⑪–⑬", () => {
  const tenant = { unitFigure: 0.3, area: 200, hours: 3000 };
  it("is computed from the sheet's own figures and counted in the totals", async () => {
    const { f, cells } = await site({ tenant: { ...tenant, heatGJ: 180, kWh: 18443, co2T: 9.0 } });
    const t = f.tokyo!.tenantResult!;
    expect([t.heatGJ.toFixed(), t.kWh.toFixed(4), t.co2T.toFixed(4)]).toEqual([
      "180",
      "18442.6230",
      "9.0184",
    ]);
    expect(f.tokyo!.tenant!.cells).toEqual({
      unitFigure: { sheet: "その2", address: cells.tenant.unitFigure },
      floorAreaM2: { sheet: "その2", address: cells.tenant.area },
      hours: { sheet: "その2", address: cells.tenant.hours },
    });
    const r = f.result.reported;
    expect([
      r.energyGJ.toFixed(1),
      r.crudeOilKl.toNumber(),
      r.co2TotalT.toNumber(),
      r.intensityKgPerM2?.toFixed(),
    ]).toEqual(["1387.7", 35, 69, "48.8"]);
    expect(f.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
  it("a wrong ⑫ is reported at its cell", async () => {
    const { f, cells } = await site({ tenant: { ...tenant, heatGJ: 180, kWh: 18.4, co2T: 9.0 } });
    const e = f.issues.find((i) => i.code === "tokyo.tenant.mismatch");
    expect([e?.cell?.address, e?.params?.expected]).toEqual([cells.tenant.kWh, "18443"]);
  });
  it("a total that leaves the estimate out is a mismatch", async () => {
    const { f, cells } = await site({ tenant, computed: { co2TotalT: 60 } });
    const e = f.issues.find((i) => i.cell?.address === cells.computed.co2TotalT);
    expect([e?.code, e?.params?.expected]).toEqual(["form7.mismatch", "69"]);
  });
});

describe("(その2) tenant estimate under the two settings the form leaves open", () => {
  const tenant = { unitFigure: 0.3, area: 200, hours: 3000 };
  it("⑫ taken as already in その他の買電 (included): the totals are Form 7's own, 60 t, and 60 is no mismatch", async () => {
    const settings = { ...DEFAULT_SETTINGS, tokyoTenantInOtherPurchase: "included" as const };
    const { f, cells } = await site({ tenant, computed: { co2TotalT: 60 } }, settings);
    expect(f.tokyo!.tenantResult!.kWh.toFixed(4)).toBe("18442.6230");
    expect([f.result.reported.crudeOilKl.toNumber(), f.result.reported.co2TotalT.toNumber()]).toEqual([
      31, 60,
    ]);
    expect(f.issues.find((i) => i.cell?.address === cells.computed.co2TotalT)).toBeUndefined();
  });
  it("⑫ of 18,442.62 kWh held as 18,443: right when rounded half up, a mismatch (18442) when truncated", async () => {
    const held = { ...tenant, heatGJ: 180, kWh: 18443, co2T: 9.0 };
    const { f } = await site({ tenant: held });
    expect(f.issues.filter((i) => i.code === "tokyo.tenant.mismatch")).toEqual([]);
    const { f: g, cells } = await site(
      { tenant: held },
      { ...DEFAULT_SETTINGS, tokyoTenantRounding: "truncate" },
    );
    const e = g.issues.filter((i) => i.code === "tokyo.tenant.mismatch");
    expect(e.map((i) => [i.cell?.address, i.params?.expected, i.params?.found])).toEqual([
      [cells.tenant.kWh, "18442", "18443"],
    ]);
  });
});

describe("(その2) renewable energy", () => {
  it("reads each line of the section with its value and unit, and changes no figure", async () => {
    const { f } = await site({
      renewable: [
        { label: "太陽光発電の発電量（自家消費）", value: 1200, unit: "kWh" },
        { label: "再生可能エネルギー電気の購入", value: "あり" },
      ],
    });
    expect(f.tokyo?.renewable.map((r) => [r.label, r.value, r.unit])).toEqual([
      ["太陽光発電の発電量（自家消費）", "1200", "kWh"],
      ["再生可能エネルギー電気の購入", "あり", null],
    ]);
    expect(f.result.reported.co2TotalT.toNumber()).toBe(60);
  });
});
