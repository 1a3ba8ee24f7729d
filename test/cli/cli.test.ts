import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readBenchmarkSheet } from "../../src/workbook/benchmark/benchmarkSheet";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { BLANK, FILLED } from "../support/examples";
import { form7Buffer, KOTO_PRINTED, KOTO_USAGE } from "../support/form7Workbook";
import { runCli, sha } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-cli-"));

const run = (...argv: string[]) => runCli(argv);

describe("co2-check --json", () => {
  it("reports the filled example with the contract's figures, exact strings, rows and cells", async () => {
    const { code, out } = await run("--json", FILLED);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.files).toHaveLength(1);
    const file = doc.files[0];
    expect(file.file).toBe(FILLED);
    expect(file.error).toBeNull();
    const f = file.forms[0];
    expect(f.kind).toBe("form7");
    expect(f.sheet).toBe("第7号様式");
    expect(f.figures).toEqual({
      energyGJ: 1207.7,
      crudeOilKl: 31,
      co2EnergyT: 60,
      co2WaterT: 0,
      co2TotalT: 60,
      intensityKgPerM2: 42.4,
    });
    expect(f.exact).toEqual({
      energyGJ: "1207.725379",
      co2EnergyT: "60.0316686",
      co2WaterT: "0.734786",
      crudeOilKl: "31.1593147782",
    });
    expect(f.rows.cityGas).toEqual({ usage: "6220.4", heatGJ: "279.918", co2T: "13.9585776", cell: "D22" });
    expect(f.rows.water).toEqual({ usage: "1056", heatGJ: null, co2T: "0.265056", cell: "D34" });
    expect(f.site).toMatchObject({ name: "サンプルビル", floorAreaM2: "1412.36", class: "mayReport" });
    expect(f.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });

  it("gives the benchmark standing for a chosen category, and says why there is none otherwise", async () => {
    const withCategory = JSON.parse((await run("--json", "--category", "2", FILLED)).out).files[0].forms[0];
    expect(withCategory.benchmark).toEqual({
      category: 2,
      average: "65.4",
      rank: "A2",
      ratio: "0.648",
      band: { from: "32.7", to: "49.05" },
      nextRank: "A3",
      cutToNextRankKgPerM2: "9.7",
      cutToNextRankT: "13.699892",
    });
    const none = JSON.parse((await run("--json", FILLED)).out).files[0].forms[0];
    expect(none.benchmark).toBeNull();
    expect(none.issues.map((i: { code: string }) => i.code)).toContain("benchmark.noCategory");
    const noAverage = JSON.parse((await run("--json", "--category", "19", FILLED)).out).files[0].forms[0];
    expect(noAverage.benchmark).toBeNull();
    expect(
      noAverage.issues.find((i: { code: string }) => i.code === "benchmark.noAverage").message,
    ).toContain("旅館・ホテル");
  });

  it("points at a wrong cell with both values and exits 1", async () => {
    const file = path.join(tmp, "wrong.xlsx");
    const { buffer } = await form7Buffer([
      {
        name: "報告",
        forms: [
          {
            content: {
              usage: KOTO_USAGE,
              computed: { ...KOTO_PRINTED, "cityGas.co2T": 14.4, co2TotalT: 61 },
            },
          },
        ],
      },
    ]);
    fs.writeFileSync(file, buffer);
    const { code, out } = await run("--json", file);
    expect(code).toBe(1);
    const issues = JSON.parse(out).files[0].forms[0].issues;
    const h22 = issues.find((i: { cell: string }) => i.cell === "H22");
    expect(h22).toMatchObject({
      severity: "error",
      code: "form7.mismatch",
      params: { expected: "14.0", found: "14.4", cause: "coef0014" },
    });
    const total = issues.find((i: { cell: string }) => i.cell === "F19");
    expect(total).toMatchObject({
      severity: "error",
      params: { expected: "60", found: "61", cause: "roundedNotTruncated" },
    });
  });
});

describe("co2-check exit codes and broken files", () => {
  it("gives every unreadable file its own line, still checks the others, and exits 2", async () => {
    const zero = path.join(tmp, "zero.xlsx");
    fs.writeFileSync(zero, "");
    const text = path.join(tmp, "notes.xlsx");
    fs.writeFileSync(text, "this is not a workbook");
    const xls = path.join(tmp, "old.xls");
    fs.writeFileSync(
      xls,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
    );
    const missing = path.join(tmp, "missing.xlsx");
    const { code, out } = await run("--json", zero, text, xls, missing, FILLED);
    expect(code).toBe(2);
    const files = JSON.parse(out).files;
    expect(files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual([
      "empty",
      "notWorkbook",
      "legacyXls",
      "missing",
      null,
    ]);
    expect(files[4].forms[0].figures.co2TotalT).toBe(60);
  });

  it("says no form was found in a workbook without one (exit 2)", async () => {
    const file = path.join(tmp, "other.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("メモ").getCell("A1").value = "予算";
    await wb.xlsx.writeFile(file);
    const { code, out } = await run(file);
    expect(code).toBe(2);
    expect(out).toContain("様式が見つかりません");
  });

  it("rejects wrong arguments with the usage text (exit 2)", async () => {
    const r = await run("--category", "99", FILLED);
    expect(r.code).toBe(2);
    expect(r.err).toContain("使い方");
    expect((await run()).code).toBe(2);
    expect((await run("--bogus", FILLED)).code).toBe(2);
  });

  it("prints a Japanese report with cell addresses", async () => {
    const { code, out } = await run(BLANK);
    expect(code).toBe(1);
    expect(out).toContain("第7号様式 シート「第7号様式」");
    expect(out).toContain("[エラー]");
    expect(out).toContain("延床面積");
  });
});

describe("co2-check --write", () => {
  it("fills a copy, never touches the input, and never overwrites a formula or a typed value", async () => {
    const input = path.join(tmp, "input.xlsx");
    const { buffer, cells } = await form7Buffer([
      {
        name: "第7号様式",
        forms: [
          {
            content: {
              usage: KOTO_USAGE,
              computed: { energyGJ: { formula: "SUM(F22:F32)", result: 1207.7 }, co2TotalT: 99 },
            },
          },
        ],
      },
    ]);
    fs.writeFileSync(input, buffer);
    const before = sha(input);
    const out = path.join(tmp, "out.xlsx");
    const r = await run("--json", "--write", out, input);
    expect(r.code).toBe(1); // 総計 99 is wrong: reported, not overwritten
    expect(sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("第7号様式")!;
    const c = cells[0][0].computed;
    expect(ws.getCell(c["cityGas.co2T"]).value).toBe(13.9585776);
    expect(ws.getCell(c.crudeOilKl).value).toBe(31);
    expect(ws.getCell(c.intensityKgPerM2).value).toBe(42.4);
    expect(ws.getCell(c.co2TotalT).value).toBe(99);
    expect(ws.getCell(c.energyGJ).formula).toBe("SUM(F22:F32)");
    expect(await run("--write", input, input)).toMatchObject({ code: 2 });
    expect(sha(input)).toBe(before);
  });
});

describe("the installed command", () => {
  it("runs as `co2-check --json` from bin/ after the build", () => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: path.resolve(__dirname, "../..") });
    const out = execFileSync("node", [path.resolve(__dirname, "../../bin/co2-check.js"), "--json", FILLED], {
      encoding: "utf8",
    });
    expect(JSON.parse(out).files[0].forms[0].figures.intensityKgPerM2).toBe(42.4);
  }, 60000);
});

describe("co2-check --summary", () => {
  it("writes one row per form and per unreadable file, sorted, with the benchmark columns", async () => {
    const out = path.join(tmp, "ward.xlsx");
    const zero = path.join(tmp, "aaa-zero.xlsx");
    fs.writeFileSync(zero, "");
    const r = await run("--summary", out, "--category", "2", FILLED, zero);
    expect(r.code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("ランク");
    const rows = [2, 3].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    expect(String(rows[0][0]).localeCompare(String(rows[1][0]))).toBeLessThan(0); // sorted by file
    const bad = rows.find((r) => r[0] === zero)!;
    const good = rows.find((r) => r[0] === FILLED)!;
    expect(bad[bad.length - 1]).toContain("空");
    expect(good.slice(0, 4)).toEqual([FILLED, "第7号様式", "第7号様式", "サンプルビル"]);
    expect(good[header.indexOf("CO2 総計 (t-CO2)")]).toBe(60);
    expect(good[header.indexOf("ランク")]).toBe("A2");
    expect(ws.autoFilter).toBeTruthy();
    // The ward benchmark sheet reads back as a valid benchmark sheet.
    const snap = await readWorkbookBuffer(fs.readFileSync(out));
    const ward = readBenchmarkSheet(snap.sheets[1])!;
    expect(ward.issues).toEqual([]);
    expect(ward.entries.map((e) => [e.category, e.average.toNumber()])).toEqual([[2, 42.4]]);
  });
});
