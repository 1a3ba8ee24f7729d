/** The ward's year on the command line: fiscal year and excellence columns, the year sheets, the warning. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { form7Buffer, KOTO_USAGE, type UsageKey } from "../support/form7Workbook";
import { runCli } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-ward-"));
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "co2-ward-out-"));
const scaled = (k: number) =>
  Object.fromEntries(Object.entries(KOTO_USAGE).map(([key, v]) => [key, v * k])) as Partial<
    Record<UsageKey, number>
  >;

async function site(file: string, content: Parameters<typeof form7Buffer>[0][0]["forms"][0]["content"]) {
  const { buffer } = await form7Buffer([{ name: "第7号様式", forms: [{ content }] }]);
  const p = path.join(tmp, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, buffer);
  return p;
}

const sheetRows = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(2)
    .map((r) => (r as unknown[]).slice(1));

beforeAll(async () => {
  const base = { floorArea: 1412.36, usage: KOTO_USAGE };
  await site("2023/minato.xlsx", {
    ...base,
    name: "港ビル",
    siteNumber: "A-1",
    period: "2023年4月～2024年3月",
  });
  // The same site a year later (same number, name typed with a space): usage up by half.
  await site("2024/minato.xlsx", {
    floorArea: 1412.36,
    usage: scaled(1.5),
    name: "港 ビル",
    siteNumber: "A-1",
    period: "2024年4月～2025年3月",
  });
  // A must-report site reported for 2023 only.
  await site("2023/big.xlsx", { floorArea: 12000, usage: scaled(10), name: "大ビル", period: "令和5年度" });
});

describe("co2-check --summary: years and changes", () => {
  it("adds the fiscal year, and sheets of changes, missing must-report sites and ward totals", async () => {
    const out = path.join(outDir, "ward-en.xlsx");
    const r = await runCli(["--lang", "en", "--category", "2", "--summary", out, tmp]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Ward benchmark",
      "Year over year",
      "Missing",
      "Ward totals",
    ]);
    const summary = wb.getWorksheet("Summary")!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const fy = header.indexOf("Fiscal year");
    expect(sheetRows(summary).map((row) => [row[0], row[fy]])).toEqual([
      [path.join(tmp, "2023/big.xlsx"), 2023],
      [path.join(tmp, "2023/minato.xlsx"), 2023],
      [path.join(tmp, "2024/minato.xlsx"), 2024],
    ]);
    for (const h of ["Excellence level", "Base year", "Judged", "CO2 intensity, avg. annual reduction (%)"])
      expect(header).toContain(h);

    const [change] = sheetRows(wb.getWorksheet("Year over year")!);
    // 60 t → 91 t (the public case's usage × 1.5: 90 t energy + 1 t water, as the form reports them):
    // +31 t, 31 ÷ 60 = +51.7 %; intensity 42.4 → 64.4 kg/m², +22 ÷ 42.4 = +51.9 %.
    expect(change.slice(0, 10)).toEqual([
      "港 ビル",
      "A-1",
      2023,
      path.join(tmp, "2023/minato.xlsx"),
      2024,
      path.join(tmp, "2024/minato.xlsx"),
      60,
      91,
      31,
      51.7,
    ]);
    expect(change.slice(10, 14)).toEqual([42.4, 64.4, 22, 51.9]);
    expect(change[14]).toContain("2023/minato.xlsx");
    expect(change[14]).toContain("2024/minato.xlsx");
    expect(change[14]).toContain("±30");

    expect(sheetRows(wb.getWorksheet("Missing")!)).toEqual([
      ["大ビル", undefined, 2023, path.join(tmp, "2023/big.xlsx"), "第7号様式", 2024],
    ]);
    const totals = sheetRows(wb.getWorksheet("Ward totals")!);
    expect(totals.map((t) => [t[0], t[2], t[3], t[4]])).toEqual([
      // FY2023: 60 t + the big site's 607 t (usage × 10: 600 t energy + 7 t water); FY2024: 91 t.
      [2, 2023, 2, 667],
      [2, 2024, 1, 91],
    ]);
  });

  it("raises the change as a warning naming both files, with the threshold as a flag", async () => {
    const r = await runCli(["--lang", "en", tmp]);
    expect(r.out).toContain("■ Year over year and missing reports");
    expect(r.out).toMatch(
      /\[warning\] 港 ビル: FY2023 \(.*2023\/minato\.xlsx\) to FY2024 \(.*2024\/minato\.xlsx\): CO2 total \+51\.7%, intensity \+51\.9%/,
    );
    expect(r.out).toContain("大ビル: reported for FY2023");
    const quiet = await runCli(["--lang", "en", "--change-threshold", "60", tmp]);
    expect(quiet.out).not.toContain("[warning] 港 ビル");
    expect((await runCli(["--change-threshold", "abc", tmp])).code).toBe(2);
  });
});

describe("co2-check --summary: the excellence columns", () => {
  it("shows the workbook's excellence level: both rates, the base year, the verdict and whether judged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "co2-excellence-"));
    const { buffer } = await form7Buffer([
      {
        name: "2013",
        forms: [{ content: { name: "港ビル", floorArea: 1412.36, usage: KOTO_USAGE, period: "平成25年度" } }],
      },
      {
        name: "2024",
        forms: [
          {
            content: {
              name: "港ビル",
              floorArea: 1412.36,
              usage: scaled(0.5),
              period: "2024年4月～2025年3月",
            },
          },
        ],
      },
    ]);
    const file = path.join(dir, "two-years.xlsx");
    fs.writeFileSync(file, buffer);
    const out = path.join(outDir, "excellence.xlsx");
    expect((await runCli(["--lang", "en", "--summary", out, file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Summary")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h);
    const rows = sheetRows(ws);
    const latest = rows.find((r) => r[col("Sheet")] === "2024")!;
    // Half the usage over 11 years: 1 − 0.5^(1/11) = 6.1069… %, truncated at 2 decimals (energy, exact GJ);
    // CO2 intensity 42.4 → 21.2 kg/m² as reported: the same ratio.
    expect([
      latest[col("Fiscal year")],
      latest[col("Energy intensity, avg. annual reduction (%)")],
      latest[col("CO2 intensity, avg. annual reduction (%)")],
      latest[col("Base year")],
      latest[col("Excellence level")],
      latest[col("Judged")],
    ]).toEqual([2024, 6.1, 6.1, "2013", "met", "yes"]);
    // The earlier sheet is the base, not judged itself.
    const earlier = rows.find((r) => r[col("Sheet")] === "2013")!;
    expect([earlier[col("Fiscal year")], earlier[col("Excellence level")]]).toEqual([2013, undefined]);
  });
});
