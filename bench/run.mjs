// npm run bench: compiles the benchmarks (tsconfig.bench.json → .bench-tmp/js) and runs every
// bench/*.bench.ts in its own process. Each prints JSON lines {"name", "value", "unit"}; nothing here
// asserts a time. BENCH_ONLY=cli runs the benches whose file name contains "cli".
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(
  process.execPath,
  [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.bench.json"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const only = process.env.BENCH_ONLY ?? "";
const dir = path.join(root, ".bench-tmp/js/bench");
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.js") && f.includes(only))
  .sort();
let failed = 0;
for (const b of benches) {
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(dir, b)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`bench ${b} failed (exit ${r.status})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
