/**
 * The command line over generated workbooks: files per second, the ratio of load + locate + compute +
 * check to the exceljs load alone (the floor), and peak memory for 200 and 1,000 files (must not grow with
 * the number of files).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../src/app/analyze";
import { main } from "../src/cli/main";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { loadExcelJs, snapshotOf } from "../src/xlsx/read";
import { makeCorpus } from "./corpus";
import { median, nowMs, report } from "./report";

const ROOT = path.resolve(__dirname, "../../..");
const TMP = path.join(ROOT, ".bench-tmp");
const sink = { write: () => true };

async function loadOnly(files: string[]): Promise<number> {
  const t = nowMs();
  for (const f of files) await loadExcelJs(fs.readFileSync(f));
  return nowMs() - t;
}

async function fullCheck(files: string[]): Promise<number> {
  const t = nowMs();
  for (const f of files) analyzeWorkbook(snapshotOf(await loadExcelJs(fs.readFileSync(f))), DEFAULT_SETTINGS);
  return nowMs() - t;
}

/** Runs the command line over `dir` in a child process, sampling its memory; returns the peak RSS in MB. */
function peakMemory(dir: string): number {
  const script = `
    const { main } = require(${JSON.stringify(path.join(__dirname, "../src/cli/main.js"))});
    let peak = 0;
    const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
    const timer = setInterval(sample, 10);
    main(["--json", ${JSON.stringify(dir)}], { stdout: { write: () => true }, stderr: { write: () => true } }).then(() => {
      sample(); clearInterval(timer); process.stdout.write(String(peak / 1048576));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  return Number(r.stdout);
}

async function run(): Promise<void> {
  const files200 = await makeCorpus(path.join(TMP, "corpus-200"), 200);
  await loadOnly(files200.slice(0, 20)); // warm up
  await fullCheck(files200.slice(0, 20));
  const floor: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 3; i++) {
    floor.push(await loadOnly(files200));
    full.push(await fullCheck(files200));
  }
  report("bench.workbooks", files200.length, "files");
  report("cli.loadRatio", median(full) / median(floor), "ratio");
  const t = nowMs();
  await main(["--json", path.join(TMP, "corpus-200")], { stdout: sink, stderr: sink });
  report("cli.filesPerSecond", (files200.length * 1000) / (nowMs() - t), "files/s");
  report("cli.peakMemoryMB.200", peakMemory(path.join(TMP, "corpus-200")), "MB");
  const files1000 = await makeCorpus(path.join(TMP, "corpus-1000"), 1000);
  const t2 = nowMs();
  await main(["--json", path.join(TMP, "corpus-1000")], { stdout: sink, stderr: sink });
  report("cli.filesPerSecond.1000", (files1000.length * 1000) / (nowMs() - t2), "files/s");
  report("cli.peakMemoryMB.1000", peakMemory(path.join(TMP, "corpus-1000")), "MB");
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
