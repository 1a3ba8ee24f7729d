/**
 * --jobs N: the command line compiled (as `npm run build:cli` does, into a scratch folder of the repository
 * so node_modules resolve) and run in child processes, serially and with worker threads, over a folder of
 * every kind of file (Form 7s of two years, a forecast table, a return table, a Form 8 cover, a broken file,
 * --write copies refused and written). Everything must be identical: stdout, exit code, the summary, the
 * publication list and the report. The child counts the worker threads it starts, so the parallel run is
 * known to have used them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { FILLED } from "../support/examples";
import { form7Buffer, KOTO_USAGE } from "../support/form7Workbook";
import { form8Buffer } from "../support/form8Workbook";
import { forecastWorkbook, returnTableWorkbook } from "../support/jcreditWorkbooks";

const ROOT = path.resolve(__dirname, "../..");
const LIB = path.join(ROOT, ".bench-tmp/jobs-lib");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-jobs-"));
const inputs = path.join(tmp, "in");

const CHILD = `
const wt = require("node:worker_threads");
let started = 0, sent = 0;
const Original = wt.Worker;
wt.Worker = class extends Original {
  constructor(...a) { super(...a); started++; }
  postMessage(m, ...rest) { if (m && m.job) sent++; return super.postMessage(m, ...rest); }
};
const { main } = require(process.argv[1]);
const { startThreads } = require(process.argv[2]);
const argv = process.argv.slice(3);
let out = "", err = "";
// PRESTART: the threads loaded before the run, so that it sends them files from the start (a cold run
// sends them files only once they have loaded: a small folder may be checked by this thread alone).
const before = process.env.PRESTART ? startThreads(Number(process.env.PRESTART)) : Promise.resolve(0);
before
  .then((ready) => { if (process.env.PRESTART && ready < Number(process.env.PRESTART) - 1) throw new Error("threads not ready"); })
  .then(() => main(argv, { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) } }))
  .then((code) => process.stdout.write(JSON.stringify({ code, out, err, started, sent })));
`;

function run(
  argv: string[],
  prestart?: number,
): { code: number; out: string; err: string; started: number; sent: number } {
  const r = spawnSync(
    process.execPath,
    ["-e", CHILD, path.join(LIB, "cli/main.js"), path.join(LIB, "cli/pool.js"), ...argv],
    {
      encoding: "utf8",
      maxBuffer: 64 << 20,
      env: prestart ? { ...process.env, PRESTART: String(prestart) } : process.env,
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

async function cells(file: string): Promise<unknown[][][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.getSheetValues().map((r) => (r as unknown[]) ?? []));
}

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/typescript/bin/tsc"),
      "-p",
      "tsconfig.cli.json",
      "--noCheck",
      "--outDir",
      LIB,
    ],
    { cwd: ROOT },
  );
  fs.mkdirSync(path.join(inputs, "sub"), { recursive: true });
  for (let i = 0; i < 6; i++) fs.copyFileSync(FILLED, path.join(inputs, `f${i}.xlsx`));
  const year = async (name: string, k: number, period: string) =>
    (
      await form7Buffer([
        {
          name: "第7号様式",
          forms: [
            {
              content: {
                name: "港ビル",
                floorArea: 12000,
                period,
                usage: Object.fromEntries(Object.entries(KOTO_USAGE).map(([u, v]) => [u, v * k])),
              },
            },
          ],
        },
      ])
    ).buffer;
  fs.writeFileSync(path.join(inputs, "sub/a2023.xlsx"), await year("a", 10, "2023年度"));
  fs.writeFileSync(path.join(inputs, "sub/b2024.xlsx"), await year("b", 20, "2024年度"));
  fs.writeFileSync(
    path.join(inputs, "sub/cover.xlsx"),
    (await form8Buffer([{ name: "港ビル" }, { name: "芝ビル" }])).buffer,
  );
  fs.writeFileSync(path.join(inputs, "forecast.xlsx"), await forecastWorkbook());
  fs.writeFileSync(path.join(inputs, "returns.xlsx"), await returnTableWorkbook());
  fs.writeFileSync(path.join(inputs, "broken.xlsx"), "not a workbook");
}, 180_000);

describe("co2-check --jobs", () => {
  it("gives the same output, order, exit code, lists and report with worker threads as serially", async () => {
    const outs = (tag: string) => {
      const d = path.join(tmp, tag);
      fs.mkdirSync(d, { recursive: true });
      return {
        summary: path.join(d, "s.xlsx"),
        publication: path.join(d, "p.xlsx"),
        report: path.join(d, "r.html"),
        write: path.join(d, "copies"),
      };
    };
    const argv = (o: ReturnType<typeof outs>, jobs: string) => [
      "--jobs",
      jobs,
      "--summary",
      o.summary,
      "--publication",
      o.publication,
      "--report",
      o.report,
      inputs,
    ];
    const a = outs("serial");
    const b = outs("parallel");
    const serial = run(argv(a, "1"));
    const parallel = run(argv(b, "3"), 3);
    expect(serial.started).toBe(0);
    expect(parallel.started).toBe(2); // this thread is the third
    expect(parallel.sent).toBeGreaterThan(0); // the threads checked files
    expect(serial.code).toBe(2); // the broken file
    expect(parallel.code).toBe(serial.code);
    expect(parallel.out).toBe(serial.out);
    expect(serial.out).toContain("broken.xlsx");
    expect(serial.out).toContain("港ビル: 2023年度");
    expect(serial.out.indexOf("f0.xlsx")).toBeLessThan(serial.out.indexOf("f5.xlsx"));
    expect(await cells(b.summary)).toEqual(await cells(a.summary));
    expect(await cells(b.publication)).toEqual(await cells(a.publication));
    expect(fs.readFileSync(b.report, "utf8")).toBe(fs.readFileSync(a.report, "utf8"));

    const json1 = run(["--jobs", "1", "--json", inputs]);
    const json2 = run(["--jobs", "2", "--json", inputs], 2);
    expect(json2.sent).toBeGreaterThan(0);
    expect(json2.out).toBe(json1.out);
    // Cold: the thread still loading, this thread goes on checking; the same output whoever checks what.
    const cold = run(["--jobs", "2", "--json", inputs]);
    expect(cold.started).toBe(1);
    expect(cold.out).toBe(json1.out);
    expect(JSON.parse(json1.out).files).toHaveLength(12);
    expect(JSON.parse(json1.out).form8).toHaveLength(1); // 芝ビル: no Form 7 in sub/

    // --write: the copies decided in the run's order, written by the workers.
    const w1 = run(["--jobs", "1", "--write", a.write, inputs]);
    const w2 = run(["--jobs", "2", "--write", b.write, inputs], 2);
    expect(w2.sent).toBeGreaterThan(0);
    expect(w2.out.replaceAll(b.write, "OUT")).toBe(w1.out.replaceAll(a.write, "OUT"));
    expect(fs.readdirSync(b.write).sort()).toEqual(fs.readdirSync(a.write).sort());
  });
});
