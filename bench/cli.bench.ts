/**
 * The command line over generated workbooks: files per second, the ratio of load + locate + compute +
 * check to the exceljs load alone (the floor), and peak memory for 200 and 1,000 files (must not grow with
 * the number of files).
 *
 * The ratio is taken file by file, the floor and the full check of the same file back to back (in
 * alternating order), so a busy machine slows both sides alike; the median of five rounds is reported,
 * with the two per-file times it is made of.
 *
 * What the readers' list costs a Form 7 workbook (`cli.registryShare`): the analysis with every kind of
 * form registered ÷ with Form 7's reader alone. What running right after a load costs the analysis
 * (`cli.analysisAfterLoad`): the analysis after the load ÷ the same analysis right after another one. The
 * whole check ÷ exceljs's own load of the file (`cli.wholeToExcelJsLoad`), for reference.
 *
 * With every core: the speed-up of --jobs warm and cold, and beside it the machine's own ceiling (as many
 * independent processes as cores), so a speed-up under the number of cores can be told from one the
 * machine allows.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../src/app/analyze";
import { defaultJobs } from "../src/cli/args";
import { main } from "../src/cli/main";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { form7Reader } from "../src/workbook/form7/reader";
import { Workbook } from "../src/xlsx/exceljs";
import { loadExcelJs, snapshotOf } from "../src/xlsx/read";
import { makeCorpus } from "./corpus";
import { median, nowMs, report } from "./report";

const ROOT = path.resolve(__dirname, "../../..");
const TMP = path.join(ROOT, ".bench-tmp");
const sink = { write: () => true };

async function floorOf(file: string): Promise<number> {
  const t = nowMs();
  await loadExcelJs(fs.readFileSync(file));
  return nowMs() - t;
}

interface Round {
  floor: number;
  full: number;
  /** Of `full`: the snapshot (exceljs model → grids) and the analysis (locate, parse, compute, check). */
  snapshot: number;
  analysis: number;
}

async function fullOf(file: string, r: Round): Promise<void> {
  const t0 = nowMs();
  const wb = await loadExcelJs(fs.readFileSync(file));
  const t1 = nowMs();
  const snapshot = snapshotOf(wb);
  const t2 = nowMs();
  analyzeWorkbook(snapshot, DEFAULT_SETTINGS);
  const t3 = nowMs();
  r.full += t3 - t0;
  r.snapshot += t2 - t1;
  r.analysis += t3 - t2;
}

/** One round over the files, in ms. */
async function round(files: string[], flip: boolean): Promise<Round> {
  const r: Round = { floor: 0, full: 0, snapshot: 0, analysis: 0 };
  for (let i = 0; i < files.length; i++) {
    if ((i % 2 === 0) !== flip) {
      r.floor += await floorOf(files[i]);
      await fullOf(files[i], r);
    } else {
      await fullOf(files[i], r);
      r.floor += await floorOf(files[i]);
    }
  }
  return r;
}

/** One way of handling a file in a side-by-side figure: the ms it took (`round` counts from 0). */
type Side = (file: string, round: number) => Promise<number>;

/**
 * Two ways of handling the same files, side by side: the files alternate between the sides file by file
 * (the order flips every file and round), so a busy machine slows both alike; side A's ms ÷ side B's, per
 * round, and the median of the rounds.
 */
async function alternatedRatio(files: string[], rounds: number, a: Side, b: Side): Promise<number> {
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let msA = 0;
    let msB = 0;
    for (let i = 0; i < files.length; i++)
      for (const sideA of (i + r) % 2 ? [true, false] : [false, true])
        if (sideA) msA += await a(files[i], r);
        else msB += await b(files[i], r);
    ratios.push(msA / msB);
  }
  return median(ratios);
}

/**
 * What the readers' list costs a Form 7 workbook: the analysis with every kind of form registered ÷ the
 * analysis with Form 7's reader alone, on the same fresh snapshot (the other kinds find nothing on these
 * files, so both give the same analysis). Each file is loaded and snapshotted for each side, alternated
 * (alternatedRatio); only the analysis is timed.
 */
async function registryShare(files: string[], rounds: number): Promise<number> {
  const seen = { all: [] as string[], alone: [] as string[] };
  const side =
    (alone: boolean): Side =>
    async (file, round) => {
      const snapshot = snapshotOf(await loadExcelJs(fs.readFileSync(file)));
      const t = nowMs();
      const analysis = alone
        ? analyzeWorkbook(snapshot, DEFAULT_SETTINGS, undefined, {}, [form7Reader])
        : analyzeWorkbook(snapshot, DEFAULT_SETTINGS);
      const ms = nowMs() - t;
      if (round === 0) (alone ? seen.alone : seen.all).push(JSON.stringify(analysis));
      return ms;
    };
  const ratio = await alternatedRatio(files, rounds, side(false), side(true));
  // The figure means something only if both sides did the same: checked on the first round's analyses,
  // outside the timing.
  if (seen.all.some((a, i) => a !== seen.alone[i]))
    throw new Error("registryShare: Form 7's reader alone analysed a file differently");
  return ratio;
}

/**
 * What the load does to the analysis after it: the analysis of a file right after its load (as the command
 * line runs it) ÷ the analysis of a second snapshot of the same load right after the first analysis (new
 * Grids, so the label index is made again, on the same strings). Both do the same work; the second finds
 * the CPU's caches holding the analysis's code and data instead of exceljs's. Also the ms a file of the
 * second, the analysis's own cost without that penalty. The median of the rounds. (By now the kept
 * answers of text and numbers hold every value of these 200 files, so the first analysis misses none that
 * the second would then find: 0 misses a file on either side, counted by hand.)
 */
async function analysisAfterLoad(
  files: string[],
  rounds: number,
): Promise<{ ratio: number; warmMs: number }> {
  const ratios: number[] = [];
  const warms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let afterLoad = 0;
    let afterAnalysis = 0;
    for (const file of files) {
      const wb = await loadExcelJs(fs.readFileSync(file));
      const first = snapshotOf(wb);
      const second = snapshotOf(wb);
      const t0 = nowMs();
      analyzeWorkbook(first, DEFAULT_SETTINGS);
      const t1 = nowMs();
      analyzeWorkbook(second, DEFAULT_SETTINGS);
      const t2 = nowMs();
      afterLoad += t1 - t0;
      afterAnalysis += t2 - t1;
    }
    ratios.push(afterLoad / afterAnalysis);
    warms.push(afterAnalysis / files.length);
  }
  return { ratio: median(ratios), warmMs: median(warms) };
}

/**
 * The whole check of a file (our load, the snapshot, the analysis) ÷ exceljs's own load of the same bytes
 * (`Workbook.xlsx.load`, as a script that reads the file with exceljs would: no package check, every part
 * inflated by exceljs). Not the floor of `cli.loadRatio` (that is our load, which hands exceljs the parts
 * the package check already inflated, stored, without those nothing is read from): a reference for what
 * reading these files costs at all. Alternated file by file (alternatedRatio).
 */
function wholeToExcelJs(files: string[], rounds: number): Promise<number> {
  const timed =
    (work: (bytes: Buffer) => Promise<unknown>): Side =>
    async (file) => {
      const t = nowMs();
      await work(fs.readFileSync(file));
      return nowMs() - t;
    };
  return alternatedRatio(
    files,
    rounds,
    timed(async (bytes) => analyzeWorkbook(snapshotOf(await loadExcelJs(bytes)), DEFAULT_SETTINGS)),
    timed((bytes) => new Workbook().xlsx.load(bytes as unknown as ArrayBuffer)),
  );
}

/** Runs the command line over `dir` in a child process, sampling its memory every 5 ms. */
function peakMemory(dir: string): { rssMB: number; heapMB: number } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(__dirname, "../src/cli/main.js"))});
    let rss = 0, heap = 0;
    const sample = () => {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed + m.external + m.arrayBuffers);
    };
    const timer = setInterval(sample, 5);
    const sink = { write: () => true };
    main(["--json", ${JSON.stringify(dir)}], { stdout: sink, stderr: sink }).then(() => {
      sample(); clearInterval(timer);
      process.stdout.write(JSON.stringify({ rssMB: rss / 1048576, heapMB: heap / 1048576 }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`memory child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { rssMB: number; heapMB: number };
}

async function timedMain(dir: string, count: number, jobs = defaultJobs()): Promise<number> {
  const t = nowMs();
  await main(["--jobs", String(jobs), "--json", dir], { stdout: sink, stderr: sink });
  return (count * 1000) / (nowMs() - t);
}

/**
 * Files per second with every core (worker threads) ÷ with one, on the same files in the same run: five
 * pairs in alternating order, the median ratio (a busy machine slows both sides of a pair alike). Both
 * sides warm: V8 compiles each thread's code anew, and a thread that has checked a hundred files is still
 * compiling — on two cores that work competes with both checking threads, so a pair timed then measures the
 * thread's warm-up, not its speed. So before the pairs the threads (kept by the command line for the next
 * run of the process, as this thread keeps its loaded and compiled modules) run over the files until each
 * has checked as many as this thread had before (`checkedHere`); the cold figure, start-up and warm-up
 * included, is below.
 */
async function parallelSpeedup(
  dir: string,
  count: number,
  checkedHere: number,
): Promise<{ ratio: number; jobs: number; warmupRuns: number }> {
  const jobs = defaultJobs();
  // Each run hands the N checkers (this thread and N − 1 threads) about count / N files each.
  const warmupRuns = Math.ceil((checkedHere * jobs) / count);
  for (let i = 0; i < warmupRuns; i++) await timedMain(dir, count, jobs);
  const ratios: number[] = [];
  for (let i = 0; i < 5; i++) {
    const one = i % 2 === 0 ? await timedMain(dir, count, 1) : 0;
    const all = await timedMain(dir, count, jobs);
    const one2 = i % 2 === 0 ? one : await timedMain(dir, count, 1);
    ratios.push(all / one2);
  }
  return { ratio: median(ratios), jobs, warmupRuns };
}

/** The same, each run a fresh process (start-up of the process and of its threads included). */
function coldSpeedup(dir: string, count: number): number {
  const once = (jobs: number) => {
    const script = `
      const { main } = require(${JSON.stringify(path.join(__dirname, "../src/cli/main.js"))});
      const sink = { write: () => true };
      main(["--jobs", "${jobs}", "--json", ${JSON.stringify(dir)}], { stdout: sink, stderr: sink });`;
    const t = nowMs();
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    if (r.error) throw r.error;
    return (count * 1000) / (nowMs() - t);
  };
  const ratios: number[] = [];
  for (let i = 0; i < 2; i++) {
    const one = i === 0 ? once(1) : 0;
    const all = once(defaultJobs());
    ratios.push(all / (i === 0 ? one : once(1)));
  }
  return median(ratios);
}

/**
 * The ceiling any --jobs can reach on this machine: files per second of as many independent serial
 * processes as there are cores, each checking the same files at once, ÷ one such process alone (start-up
 * included, as in the cold figure above). Nothing is shared between them — no thread, heap or queue of
 * ours — so what keeps this under the number of cores is the machine (memory, caches, the runtime's own
 * helper threads), not the command line. Median of three pairs.
 */
async function parallelCeiling(dir: string, count: number): Promise<number> {
  const script = `
    const { main } = require(${JSON.stringify(path.join(__dirname, "../src/cli/main.js"))});
    const sink = { write: () => true };
    main(["--jobs", "1", "--json", ${JSON.stringify(dir)}], { stdout: sink, stderr: sink });`;
  const child = () =>
    new Promise<void>((resolve, reject) =>
      spawn(process.execPath, ["-e", script], { stdio: "ignore" })
        .on("error", reject)
        .on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`ceiling child: exit ${code}`)))),
    );
  const rate = async (processes: number) => {
    const t = nowMs();
    await Promise.all(Array.from({ length: processes }, child));
    return (processes * count * 1000) / (nowMs() - t);
  };
  const ratios: number[] = [];
  for (let i = 0; i < 3; i++) {
    const one = await rate(1);
    ratios.push((await rate(defaultJobs())) / one);
  }
  return median(ratios);
}

async function run(): Promise<void> {
  const dir200 = path.join(TMP, "corpus-200");
  const files200 = await makeCorpus(dir200, 200);
  report("bench.workbooks", files200.length, "files");
  const warmup = files200.slice(0, 30);
  await round(warmup, false); // warm up
  const rounds: Round[] = [];
  for (let i = 0; i < 5; i++) rounds.push(await round(files200, i % 2 === 1));
  /** Files this thread has checked so far: the rounds' full checks (then the runs below). */
  let checkedHere = warmup.length + rounds.length * files200.length;
  const ratios = rounds.map((r) => r.full / r.floor);
  const mid = rounds[ratios.indexOf(median(ratios))];
  report("cli.loadRatio", median(ratios), "ratio");
  report("cli.loadMsPerFile", mid.floor / files200.length, "ms");
  report("cli.snapshotMsPerFile", mid.snapshot / files200.length, "ms");
  report("cli.analysisMsPerFile", mid.analysis / files200.length, "ms");
  report("cli.registryShare", await registryShare(files200, 5), "ratio");
  const after = await analysisAfterLoad(files200, 5);
  report("cli.analysisAfterLoad", after.ratio, "ratio");
  report("cli.analysisMsPerFile.afterAnalysis", after.warmMs, "ms");
  report("cli.wholeToExcelJsLoad", await wholeToExcelJs(files200, 5), "ratio");
  report("cli.filesPerSecond", await timedMain(dir200, files200.length, 1), "files/s");
  report("cli.filesPerSecond.allCores", await timedMain(dir200, files200.length), "files/s");
  // The registry's rounds (each file twice), the after-load rounds (twice), the exceljs rounds (once) and
  // the two runs above.
  checkedHere += 25 * files200.length + files200.length + Math.round(files200.length / defaultJobs());
  const m200 = peakMemory(dir200);
  report("cli.peakMemoryMB.200", m200.rssMB, "MB");
  report("cli.peakHeapMB.200", m200.heapMB, "MB");

  const dir1000 = path.join(TMP, "corpus-1000");
  const files1000 = await makeCorpus(dir1000, 1000);
  report("bench.workbooks.1000", files1000.length, "files");
  report("cli.filesPerSecond.1000", await timedMain(dir1000, files1000.length, 1), "files/s");
  checkedHere += files1000.length;
  // Runs of 1,000 files: a pair of 200-file runs (under half a second each) swung from 1.3 to 2.3.
  const speedup = await parallelSpeedup(dir1000, files1000.length, checkedHere);
  report("cli.jobs", speedup.jobs, "threads");
  report("cli.parallelWarmupRuns", speedup.warmupRuns, "runs");
  report("cli.parallelSpeedup", speedup.ratio, "ratio");
  report("cli.parallelSpeedup.cold1000", coldSpeedup(dir1000, files1000.length), "ratio");
  report("cli.parallelCeiling.1000", await parallelCeiling(dir1000, files1000.length), "ratio");
  const m1000 = peakMemory(dir1000);
  report("cli.peakMemoryMB.1000", m1000.rssMB, "MB");
  report("cli.peakHeapMB.1000", m1000.heapMB, "MB");
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
