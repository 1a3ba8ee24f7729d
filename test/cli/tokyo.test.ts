/**
 * The Tokyo examples from the command line: --json reproduces the public cases to the digit (the (その2)
 * as a Form 7 of variant tokyo, the (その1) as tokyoBusiness), the text report, --summary, and Form 8
 * matching a (その2) site by its boxed 事業所番号.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { TOKYO_SONO1, TOKYO_SONO2 } from "../support/examples";
import { runCli } from "../support/cli";
import { form8Buffer } from "../support/form8Workbook";
import { KOTO_CASE, KOTO_CASE_USAGE, SHINAGAWA_CASE } from "../support/tokyoCases";
import { tokyoBuffer } from "../support/tokyoWorkbook";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-tokyo-"));
const run = (...argv: string[]) => runCli(argv);

describe("co2-check on the Tokyo examples", () => {
  it("--json: the (その2) example is a Form 7 of variant tokyo with the Koto case's figures", async () => {
    const { code, out } = await run("--json", TOKYO_SONO2);
    expect(code).toBe(0);
    const [f] = JSON.parse(out).files[0].forms;
    expect([f.kind, f.variant, f.sheet]).toEqual(["form7", "tokyo", "その2"]);
    expect(f.figures).toEqual(KOTO_CASE.expected.reported);
    expect(f.exact).toEqual(KOTO_CASE.expected.exact);
    for (const [key, want] of Object.entries(KOTO_CASE.expected.rows))
      expect([key, f.rows[key].heatGJ, f.rows[key].co2T]).toEqual([key, want.heatGJ, want.co2T]);
    expect(f.site).toMatchObject({
      name: "江東区立サンプル小学校",
      siteNumber: "A1000123",
      floorAreaM2: "1412.36",
      mainUse: "その他",
      class: "mayReport",
      ownership: { owner: "self", extent: "whole", ticked: ["自己所有", "建物の全部"] },
      mainUseTicked: ["その他"],
    });
    expect(f.tokyo).toMatchObject({
      fiscalYear: 2017,
      postcode: "135-8383",
      municipality: "江東区",
      tenant: null,
    });
    expect(f.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    expect(f.writes).toBe(0);
  });

  it("--json: the (その1) example is tokyoBusiness with the Shinagawa figures", async () => {
    const { code, out } = await run("--json", TOKYO_SONO1);
    expect(code).toBe(0);
    const [f] = JSON.parse(out).files[0].forms;
    expect(f.kind).toBe("tokyoBusiness");
    expect(f.businessNumber).toBe(SHINAGAWA_CASE.businessNumber);
    expect(
      f.years.map((y: Record<string, unknown>) => ({
        fiscalYear: y.fiscalYear,
        co2T: y.co2T,
        floorAreaM2: y.floorAreaM2,
        intensityKgPerM2: y.intensityKgPerM2,
      })),
    ).toEqual(SHINAGAWA_CASE.years);
    expect(f.years[0].cells).toEqual({
      fiscalYear: "B7",
      co2T: "B8",
      floorAreaM2: "B9",
      intensityKgPerM2: "B10",
    });
    expect(f.averageRates).toEqual({
      co2ReductionPct: SHINAGAWA_CASE.expect.averageCo2ReductionPct,
      intensityImprovementPct: SHINAGAWA_CASE.expect.averageIntensityImprovementPct,
      cells: { co2ReductionPct: "C14", intensityImprovementPct: "C15" },
    });
    expect(f.issues).toEqual([]);
  });

  it("the text report names the form, the year, the ticks and the rates", async () => {
    const two = await run(TOKYO_SONO2);
    expect(two.out).toContain("■ 都 地球温暖化対策報告書（その2） シート「その2」 江東区立サンプル小学校");
    expect(two.out).toContain("年度: 2017 (A13)");
    expect(two.out).toContain("主たる用途: その他");
    expect(two.out).toContain("総計 60 t");
    const one = await run("--lang", "en", TOKYO_SONO1);
    expect(one.out).toContain(
      "2022  CO2 12,903 t  floor area 355,415 m²  intensity 36.30403 kg-CO2/m² (F10)",
    );
    expect(one.out).toContain(
      "Average CO2 reduction rate -4.88 %   average intensity improvement rate -4.49 %",
    );
  });

  it("--summary lists the (その2) site with its figures and the (その1) as its own form", async () => {
    const out = path.join(tmp, "summary.xlsx");
    const r = await run("--summary", out, TOKYO_SONO2, TOKYO_SONO1);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const rows = [2, 3].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    const col = (name: string) => header.indexOf(name);
    const two = rows.find((x) => x[col("様式")] === "都報告書(その2)")!;
    expect([two[col("事業所番号")], two[col("事業所等の名称")]]).toEqual([
      "A1000123",
      "江東区立サンプル小学校",
    ]);
    expect(rows.some((x) => x[col("様式")] === "都報告書(その1)")).toBe(true);
  });

  it("--write fills a blank (その2)'s computed cells in a copy, which then checks clean", async () => {
    const input = path.join(tmp, "blank-sono2.xlsx");
    const { buffer, cells } = await tokyoBuffer([
      { name: "その2", site: [{ content: { usage: KOTO_CASE_USAGE } }] },
    ]);
    fs.writeFileSync(input, buffer);
    const out = path.join(tmp, "filled-sono2.xlsx");
    const r = await run("--json", "--write", out, input);
    // 32 computed cells, less the 10 of the five unused rows (steam, hot and cold water, その他の燃料)
    expect(Object.keys(cells[0][0].computed)).toHaveLength(32);
    expect(JSON.parse(r.out).files[0].written).toBe(22);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const c = cells[0][0].computed;
    const ws = wb.getWorksheet("その2")!;
    expect(
      [c["cityGas.co2T"], c.crudeOilKl, c.co2TotalT, c.intensityKgPerM2].map((a) => ws.getCell(a).value),
    ).toEqual([13.9585776, 31, 60, 42.4]);
    const again = JSON.parse((await run("--json", out)).out).files[0].forms[0];
    expect([again.writes, again.figures.co2TotalT]).toEqual([0, 60]);
  });

  it("compares a (その1) with the (その2) sites of its folder, one workbook each, at the end of the run", async () => {
    const dir = path.join(tmp, "business");
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(TOKYO_SONO1, path.join(dir, "sono1.xlsx"));
    // Two sites of FY2022 (令和4年度), 489 t each (1,000,000 kWh): 978 t against the table's 12,903 t.
    for (const [name, n] of [
      ["a.xlsx", "A1"],
      ["b.xlsx", "A2"],
    ]) {
      const { buffer } = await tokyoBuffer([
        {
          name: "その2",
          site: [{ content: { usage: { electricityDay: 1000000 }, siteNumber: n, year: "令和4年度" } }],
        },
      ]);
      fs.writeFileSync(path.join(dir, name), buffer);
    }
    const doc = JSON.parse((await run("--json", dir)).out);
    expect(
      doc.tokyoBusiness.map(
        (x: { file: string; cell: string; code: string; params: Record<string, string> }) => [
          path.basename(x.file),
          x.cell,
          x.code,
          x.params.sites,
          x.params.siteCount,
        ],
      ),
    ).toEqual([["sono1.xlsx", "F8", "tokyo.business.sitesSumDiffers", "978", "2"]]);
    // Not raised in the file's own block: there its folder is not known yet.
    const sono1 = doc.files.find((f: { file: string }) => f.file.endsWith("sono1.xlsx"));
    expect(sono1.forms[0].issues).toEqual([]);
    const text = await run(dir);
    expect(text.out).toContain("■ 都（その1）の合計と同じフォルダの（その2）事業所の合計");
    expect(text.out).toContain("同じフォルダの（その2）2事業所の合計は 978 t です");
    // A run with no (その1) has no such field.
    expect(JSON.parse((await run("--json", TOKYO_SONO2)).out).tokyoBusiness).toBeUndefined();
  });

  it("a Form 8 listing the (その2) site by its site number finds it in the same folder", async () => {
    const dir = path.join(tmp, "submitter");
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(TOKYO_SONO2, path.join(dir, "koto.xlsx"));
    const ok = await form8Buffer([
      { name: "江東の学校", siteNumber: "A1000123", form: "地球温暖化対策報告書（その2）" },
    ]);
    fs.writeFileSync(path.join(dir, "cover.xlsx"), ok.buffer);
    const found = JSON.parse((await run("--json", dir)).out);
    expect(found.form8).toEqual([]);
    const missing = await form8Buffer([{ name: "別の学校", siteNumber: "A9999999" }]);
    fs.writeFileSync(path.join(dir, "cover.xlsx"), missing.buffer);
    const notFound = JSON.parse((await run("--json", dir)).out);
    expect(notFound.form8.map((x: { code: string }) => x.code)).toEqual(["form8.missingForm7"]);
  });
});
