/**
 * The task pane as shipped: what taskpane.html loads besides office.js, gzipped (and the chunks loaded
 * later); the time from opening the page to the first rendered figures in headless Chromium over the
 * Excel fake; and that time as a ratio to the same harness opening a minimal Fluent page with one line of
 * text (bench/floor), measured alternately in the same run, so the machine's speed cancels out.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { fakeWorkbookFromBuffer } from "../test/fakes/fromXlsx";
import { closeBrowser, DIST, openPane, serveDist } from "../test/e2e/harness";
import { median, nowMs, report } from "./report";

const ROOT = path.resolve(__dirname, "../../..");
const FLOOR_DIST = path.join(ROOT, ".bench-tmp/floor");
const RUNS = 5;

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;

/** What the page itself loads (its scripts and styles, besides office.js), and every other .js of the build. */
function shippedGzipBytes(dir: string): { initial: number; later: number } {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<(?:script|link)[^>]+?(?:src|href)=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((u) => !/^https?:/.test(u))
    .map((u) => u.replace(/^\//, ""));
  const initial = zlib.gzipSync(html).length + local.reduce((n, u) => n + gz(path.join(dir, u)), 0);
  const later = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !local.includes(f))
    .reduce((n, f) => n + gz(path.join(dir, f)), 0);
  return { initial, later };
}

/** The floor page, built with the pane's own webpack configuration (only the entry differs). */
async function buildFloor(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(path.join(ROOT, "node_modules/webpack")) as typeof import("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { config } = require(path.join(ROOT, "webpack.config.js")) as {
    config: (env: object, argv: object) => import("webpack").Configuration;
  };
  const c = config({}, { mode: "production" });
  c.entry = { taskpane: path.join(ROOT, "bench/floor/index.tsx") };
  c.output = { ...c.output, path: FLOOR_DIST };
  c.stats = "errors-only";
  await new Promise<void>((resolve, reject) =>
    webpack(c).run((err, stats) =>
      err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString("errors-only"))) : resolve(),
    ),
  );
}

async function run(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  const shipped = shippedGzipBytes(DIST);
  report("taskpane.jsGzipKB", shipped.initial / 1024, "KB");
  report("taskpane.lazyChunksGzipKB", shipped.later / 1024, "KB");
  await buildFloor();
  const pane = await serveDist();
  const floor = await serveDist(FLOOR_DIST);
  const init = await fakeWorkbookFromBuffer(fs.readFileSync(path.join(ROOT, "examples/form7-filled.xlsx")));
  const time = async (origin: string, text: string) => {
    const t = nowMs();
    const p = await openPane(origin, init);
    await p.page.getByText(text).waitFor();
    const ms = nowMs() - t;
    await p.close();
    return ms;
  };
  const figures: number[] = [];
  const floors: number[] = [];
  try {
    // One warm-up of each (browser start, the shim's transpile), then alternate.
    await time(floor.origin, "Fluent floor page");
    await time(pane.origin, "42.4 kg-CO2/m²");
    for (let i = 0; i < RUNS; i++) {
      floors.push(await time(floor.origin, "Fluent floor page"));
      figures.push(await time(pane.origin, "42.4 kg-CO2/m²"));
    }
  } finally {
    await closeBrowser();
    await pane.close();
    await floor.close();
  }
  report("taskpane.firstFiguresMs", median(figures), "ms");
  report("taskpane.floorMs", median(floors), "ms");
  report("taskpane.firstFiguresRatio", median(figures) / median(floors), "x");
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
