// npm run bench: compiles the benchmarks (tsconfig.bench.json → .bench-tmp/js) and runs every
// bench/*.bench.ts in its own process; plain-JS benches (bench/*.bench.mjs) run too, after lib/ is built
// (tsconfig.cli.json), so they can import the command line's compiled modules from lib/. Each bench prints
// JSON lines {"name", "value", "unit"}; nothing here asserts a time. BENCH_ONLY=cli runs the benches whose
// file name contains "cli". A failing bench is reported and the others still run (exit 1 at the end).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = (project) =>
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", project], {
    cwd: root,
    stdio: "inherit",
  });
const only = process.env.BENCH_ONLY ?? "";

const tsBenches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts") && f.includes(only))
  .sort();
const jsBenches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.mjs") && f.includes(only))
  .sort();

if (tsBenches.length > 0) tsc("tsconfig.bench.json");
if (jsBenches.length > 0) tsc("tsconfig.cli.json");

const runs = [
  ...tsBenches.map((b) => path.join(root, ".bench-tmp/js/bench", b.replace(/\.ts$/, ".js"))),
  ...jsBenches.map((b) => path.join(root, "bench", b)),
];
let failed = 0;
for (const b of runs) {
  const r = spawnSync(process.execPath, ["--expose-gc", b], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`bench ${path.basename(b)} failed (exit ${r.status})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
