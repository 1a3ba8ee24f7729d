/** co2-check --publication: the publication list, one row per Form 7 site, read back from the workbook. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLANK, EXAMPLES_DIR, FILLED, TOKYO_SONO2 } from "../support/examples";
import { form7Buffer, KOTO_USAGE } from "../support/form7Workbook";
import { runCli, sha } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-pub-"));

const run = (...argv: string[]) => runCli(argv);

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0];
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) =>
  Array.from({ length: ws.columnCount }, (_, i) => ws.getRow(n).getCell(i + 1).value ?? null);

const HEADER_JA = [
  "ファイル",
  "シート",
  "報告年月日",
  "事業所番号",
  "事業所等名称",
  "事業所等所在地",
  "延べ面積（㎡）",
  "事業所の主たる用途",
  "二酸化炭素排出量（総量）（t-CO2/年）",
  "二酸化炭素排出量（原単位）（kg-CO2/㎡）",
  "地球温暖化対策として実施している取組内容",
  "空欄の公表項目",
];

describe("co2-check --publication", () => {
  it("writes one row per Form 7 site of the examples, with the figures the form reports", async () => {
    const out = path.join(tmp, "pub.xlsx");
    const r = await run("--publication", out, EXAMPLES_DIR);
    expect(r.code).toBe(1); // the blank example has errors; the list is written all the same
    const ws = await sheetOf(out);
    expect(ws.name).toBe("公表一覧");
    expect(rowValues(ws, 1)).toEqual(HEADER_JA);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // The J-Credit, Fukuoka and Tokyo (その1) examples hold no Form 7 site: no row. Sorted by file; the
    // Tokyo (その2) example is a site (a Form 7 of variant tokyo).
    expect(ws.rowCount).toBe(4);
    expect(rowValues(ws, 2)).toEqual([
      BLANK,
      "第7号様式",
      null,
      null,
      null,
      "港区",
      null,
      "事務所",
      0,
      null,
      null,
      "報告年月日、事業所等名称、延べ面積、二酸化炭素排出量（原単位）、取組内容",
    ]);
    expect(rowValues(ws, 3)).toEqual([
      FILLED,
      "第7号様式",
      null,
      null,
      "サンプルビル",
      "港区芝公園一丁目1番1号",
      1412.36,
      "事務所",
      60,
      42.4,
      null,
      "報告年月日、取組内容",
    ]);
    expect(rowValues(ws, 4)).toEqual([
      TOKYO_SONO2,
      "その2",
      null,
      "A1000123",
      "江東区立サンプル小学校",
      "江東区東陽四丁目11番28号",
      1412.36,
      "その他",
      60,
      42.4,
      null,
      "報告年月日、取組内容",
    ]);
    expect(ws.getRow(3).getCell(7).numFmt).toBe("#,##0.00");
    expect(ws.getRow(3).getCell(9).numFmt).toBe("#,##0");
    expect(ws.getRow(3).getCell(10).numFmt).toBe("#,##0.0");
  });

  it("takes CO2 from result.reported (as --json, not the total typed on the sheet) and the form's date", async () => {
    const file = path.join(tmp, "typed.xlsx");
    // A total typed wrong on the sheet (99): the list publishes the form's reported figure (60).
    const { buffer } = await form7Buffer([
      {
        name: "報告",
        forms: [
          {
            content: {
              name: "港ビル",
              reportDate: "令和7年6月30日",
              siteNumber: "M-0001",
              usage: KOTO_USAGE,
              computed: { co2TotalT: 99 },
            },
          },
        ],
      },
    ]);
    fs.writeFileSync(file, buffer);
    const out = path.join(tmp, "typed-pub.xlsx");
    const r = await run("--json", "--publication", out, file);
    const figures = JSON.parse(r.out).files[0].forms[0].figures;
    const ws = await sheetOf(out);
    expect([ws.getRow(2).getCell(9).value, ws.getRow(2).getCell(10).value]).toEqual([
      figures.co2TotalT,
      figures.intensityKgPerM2,
    ]);
    expect(figures.co2TotalT).toBe(60);
    // The form's dated line is the report date; only the measures are left blank.
    expect(rowValues(ws, 2).slice(2, 5)).toEqual(["令和7年6月30日", "M-0001", "港ビル"]);
    expect(ws.getRow(2).getCell(12).value).toBe("取組内容");
    expect(JSON.parse(r.out).files[0].forms[0].site.reportDate).toBe("令和7年6月30日");
  });

  it("gives two rows for a workbook with two Form 7 sheets, sorted by sheet, headers in English", async () => {
    const { buffer } = await form7Buffer([
      { name: "B棟", forms: [{ content: { name: "B棟", usage: KOTO_USAGE, floorArea: 20000 } }] },
      { name: "A棟", forms: [{ content: { name: "A棟", usage: KOTO_USAGE, mainUse: "店舗" } }] },
    ]);
    const file = path.join(tmp, "two.xlsx");
    fs.writeFileSync(file, buffer);
    const out = path.join(tmp, "two-pub.xlsx");
    expect((await run("--publication", out, "--lang", "en", file)).code).toBe(0);
    const ws = await sheetOf(out);
    expect(ws.name).toBe("Publication list");
    expect(rowValues(ws, 1).slice(6, 10)).toEqual([
      "Total floor area (㎡)",
      "Main use",
      "CO2 emissions (total) (t-CO2/year)",
      "CO2 emissions (intensity) (kg-CO2/㎡)",
    ]);
    expect([2, 3].map((n) => rowValues(ws, n).slice(1, 10))).toEqual([
      ["A棟", null, null, "A棟", "港区芝公園一丁目1番1号", 1412.36, "店舗", 60, 42.4],
      ["B棟", null, null, "B棟", "港区芝公園一丁目1番1号", 20000, "事務所", 60, 3],
    ]);
    expect(ws.getRow(2).getCell(12).value).toBe("Date of report, measures");
  });

  it("leaves out an unreadable file (reported on the console, exit 2) and still writes the list", async () => {
    const zero = path.join(tmp, "zero.xlsx");
    fs.writeFileSync(zero, "");
    const out = path.join(tmp, "zero-pub.xlsx");
    const r = await run("--publication", out, zero, FILLED);
    expect(r.code).toBe(2);
    const ws = await sheetOf(out);
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value).toBe(FILLED);
  });

  it("never writes over an input, nor over another output of the run (usage, exit 2)", async () => {
    const input = path.join(tmp, "in.xlsx");
    fs.copyFileSync(FILLED, input);
    const before = sha(input);
    const over = await run("--publication", input, input);
    expect(over.code).toBe(2);
    expect(over.err).toContain("--publication");
    expect(over.err).toContain("入力ファイルには書き込みません");
    expect(sha(input)).toBe(before);
    const both = path.join(tmp, "both.xlsx");
    const same = await run("--summary", both, "--publication", both, FILLED);
    expect(same.code).toBe(2);
    expect(same.err).toContain("--summary と同じファイルです");
    expect(fs.existsSync(both)).toBe(false);
  });

  it("does not read its own earlier list when it sits in the folder being checked", async () => {
    const dir = path.join(tmp, "self");
    fs.mkdirSync(dir);
    fs.copyFileSync(FILLED, path.join(dir, "r.xlsx"));
    const out = path.join(dir, "pub.xlsx");
    expect((await run("--publication", out, dir)).code).toBe(0);
    const again = await run("--json", "--publication", out, dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).files.map((f: { file: string }) => path.basename(f.file))).toEqual([
      "r.xlsx",
    ]);
    expect((await sheetOf(out)).rowCount).toBe(2);
  });
});
