/**
 * The command line's outputs: where --write copies go with several files, that no copy or summary is ever
 * written over an input, the English report, the summary's one row per form and its extensible columns,
 * and the progress bar on a terminal.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SUMMARY_COLUMNS, SummaryBuilder } from "../../src/cli/summary";
import { FILLED } from "../support/examples";
import { form7Buffer, KOTO_USAGE } from "../support/form7Workbook";
import { runCli, sha } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-out-"));

const run = (argv: string[], tty = false) => runCli(argv, { tty });

/** A Form 7 with usage and every computed cell blank (so --write has cells to fill). */
async function blankComputed(name: string): Promise<{ buffer: Buffer; co2Total: string }> {
  const { buffer, cells } = await form7Buffer([
    { name: "第7号様式", forms: [{ content: { name, usage: KOTO_USAGE, floorArea: 1412.36 } }] },
  ]);
  return { buffer, co2Total: cells[0][0].computed.co2TotalT };
}

async function cellValue(file: string, address: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet("第7号様式")!.getCell(address).value;
}

function put(file: string, bytes: Buffer): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

describe("--write with several files", () => {
  it("mirrors a folder argument so same-named files in subfolders get their own copies", async () => {
    const dir = path.join(tmp, "ward");
    const a = await blankComputed("A ビル");
    const b = await blankComputed("B ビル");
    const fa = put(path.join(dir, "2024", "report.xlsx"), a.buffer);
    const fb = put(path.join(dir, "2025", "report.xlsx"), b.buffer);
    const before = [sha(fa), sha(fb)];
    const out = path.join(tmp, "filled");
    const r = await run(["--json", "--write", out, dir]);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.out).files;
    expect(files.map((f: { output: string }) => path.relative(out, f.output))).toEqual([
      path.join("2024", "report.xlsx"),
      path.join("2025", "report.xlsx"),
    ]);
    expect(files[0].written).toBeGreaterThan(0);
    expect(await cellValue(path.join(out, "2024", "report.xlsx"), a.co2Total)).toBe(60);
    expect([sha(fa), sha(fb)]).toEqual(before);
  });

  it("refuses a copy that would land on any input of the run, or on another file's copy (exit 2)", async () => {
    const x = put(path.join(tmp, "clash", "x", "a.xlsx"), (await blankComputed("X")).buffer);
    const y = put(path.join(tmp, "clash", "y", "a.xlsx"), (await blankComputed("Y")).buffer);
    const before = [sha(x), sha(y)];
    // y/a.xlsx's copy would be x/a.xlsx: an input of this run.
    const over = await run(["--json", "--write", path.dirname(x), y, x]);
    expect(over.code).toBe(2);
    const refused = JSON.parse(over.out).files;
    expect(refused.map((f: { error: { code: string } }) => f.error.code)).toEqual([
      "writeOverInput",
      "writeOverInput",
    ]);
    expect(refused[0].forms).toHaveLength(1); // still checked and reported
    expect([sha(x), sha(y)]).toEqual(before);
    // Two inputs named a.xlsx given by name: the second does not overwrite the first one's copy.
    const out = path.join(tmp, "clash", "out");
    const clash = await run(["--json", "--write", out, x, y]);
    expect(clash.code).toBe(2);
    const files = JSON.parse(clash.out).files;
    expect(files[0].error).toBeNull();
    expect(files[1].error.code).toBe("outputClash");
    expect(files[1].error.message).toContain(x);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "a.xlsx"));
    expect(wb.getWorksheet("第7号様式")!.getCell("C10").value).toBe("X");
  });

  it("needs a folder, not an existing file, for several inputs (usage, exit 2, nothing read)", async () => {
    const existing = put(path.join(tmp, "exists.xlsx"), fs.readFileSync(FILLED));
    const before = sha(existing);
    const r = await run(["--write", existing, FILLED, FILLED]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("使い方");
    expect(r.out).toBe("");
    expect(sha(existing)).toBe(before);
  });

  it("does not check its own earlier copies when they sit inside the folder being checked", async () => {
    const dir = path.join(tmp, "self");
    put(path.join(dir, "r.xlsx"), (await blankComputed("S")).buffer);
    const out = path.join(dir, "filled");
    expect((await run(["--json", "--write", out, dir])).code).toBe(0);
    const again = JSON.parse((await run(["--json", "--write", out, dir])).out).files;
    expect(again.map((f: { file: string }) => path.relative(dir, f.file))).toEqual(["r.xlsx"]);
  });
});

describe("--summary", () => {
  it("refuses to write the summary over an input (usage, exit 2)", async () => {
    const input = put(path.join(tmp, "sum-in.xlsx"), fs.readFileSync(FILLED));
    const before = sha(input);
    const r = await run(["--summary", input, input]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--summary");
    expect(sha(input)).toBe(before);
  });

  it("has one row per form: two Form 7 sheets in one file give two rows, sorted by sheet", async () => {
    const { buffer } = await form7Buffer([
      { name: "B棟", forms: [{ content: { name: "B棟", usage: KOTO_USAGE } }] },
      { name: "A棟", forms: [{ content: { name: "A棟", usage: KOTO_USAGE, floorArea: 20000 } }] },
    ]);
    const file = put(path.join(tmp, "two.xlsx"), buffer);
    const out = path.join(tmp, "two-summary.xlsx");
    const r = await run(["--summary", out, "--lang", "en", file]);
    expect(r.code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(3);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const sheetCol = header.indexOf("Sheet") + 1;
    expect([ws.getRow(2).getCell(sheetCol).value, ws.getRow(3).getCell(sheetCol).value]).toEqual([
      "A棟",
      "B棟",
    ]);
    expect(ws.getRow(2).getCell(header.indexOf("Class") + 1).value).toContain("低炭素化促進事業所");
  });

  it("takes extra columns from a list of definitions", async () => {
    const b = new SummaryBuilder("ja", null, [
      ...SUMMARY_COLUMNS,
      {
        key: "writes",
        ja: "記入セル数",
        en: "Writes",
        width: 8,
        value: (i) => i.form?.writes.length ?? null,
      },
    ]);
    const { analyzeWorkbook } = await import("../../src/app/analyze");
    const { readWorkbookFile } = await import("../../src/xlsx/read");
    const { DEFAULT_SETTINGS } = await import("../../src/domain/settings");
    b.add(FILLED, null, analyzeWorkbook(await readWorkbookFile(FILLED), DEFAULT_SETTINGS).forms);
    const [row] = b.sorted();
    expect(row).toHaveLength(SUMMARY_COLUMNS.length + 1);
    expect(typeof row[row.length - 1]).toBe("number");
  });
});

describe("the readable report and the terminal", () => {
  it("names the cells of the figures and of each row's usage, in English with --lang en", async () => {
    const r = await run(["--lang", "en", FILLED]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Form 7, sheet "第7号様式"');
    expect(r.out).toContain("CO2 total 60 t-CO2 (F19)");
    expect(r.out).toMatch(/D22 +City gas|D22 +都市ガス/);
    expect(r.out).toContain("1,207.7 GJ");
    expect(r.out).toContain("1 files: 0 unreadable, 0 errors");
  });

  it("draws a progress bar on a terminal's stderr and none otherwise", async () => {
    const tty = await run(["--json", FILLED, FILLED], true);
    expect(tty.err).toContain("\r[");
    expect(tty.err).toContain("2/2");
    expect((await run(["--json", FILLED, FILLED])).err).toBe("");
    expect(JSON.parse(tty.out).files).toHaveLength(2);
  });

  it("prints the usage for --help (exit 0)", async () => {
    const r = await run(["--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: co2-check");
  });
});
