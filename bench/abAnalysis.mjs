// A/B of the analysis (analyzeWorkbook) between two compiled trees, as the command line meets it: each file
// is loaded fresh (the package check and exceljs) and snapshotted before each side analyses it, so the
// analysis runs on fresh strings and after exceljs's code, as in `cli.loadRatio`. The two sides alternate
// file by file (the order flips every file and round), so a busy machine slows both alike. An A/A run (one
// tree against a copy of itself, eight rounds, a quiet machine) gives 1.01–1.03 in either order — the tree
// named second runs a little slower — where the bench's ratio swings by ± 0.15 from run to run: a change
// of 5 % or more can be told from noise, one of 1–2 % cannot.
//
//   npx tsc -p tsconfig.bench.json                  # tree B: this work tree → .bench-tmp/js
//   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   (cd /tmp/base && npx tsc -p tsconfig.bench.json) # tree A
//   node bench/abAnalysis.mjs /tmp/base/.bench-tmp/js .bench-tmp/js [rounds]
//
// Uses the bench's 200-file corpus (.bench-tmp/corpus-200, made by BENCH_ONLY=cli npm run bench).
// Prints each round's ms of analysis per file on each side and B ÷ A; the median from round 2 on.
// Not part of `npm run bench` (its name has no .bench.): a tool for comparing a change, not a figure.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [treeA, treeB, roundsArg] = process.argv.slice(2);
if (!treeA || !treeB) {
  process.stderr.write("usage: node bench/abAnalysis.mjs <compiled tree A> <compiled tree B> [rounds]\n");
  process.exit(2);
}
const side = (tree) => ({
  analyze: require(path.resolve(tree, "src/app/analyze.js")).analyzeWorkbook,
  settings: require(path.resolve(tree, "src/domain/settings.js")).DEFAULT_SETTINGS,
  ms: 0,
});
const A = side(treeA);
const B = side(treeB);
// One load for both sides (tree A's): the load is not what is compared.
const { loadExcelJs, snapshotOf } = require(path.resolve(treeA, "src/xlsx/read.js"));

const dir = path.join(root, ".bench-tmp/corpus-200");
if (!fs.existsSync(dir)) {
  process.stderr.write(`no corpus at ${dir}: run BENCH_ONLY=cli npm run bench once\n`);
  process.exit(2);
}
const bytes = fs
  .readdirSync(dir)
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f)));
const rounds = Number(roundsArg ?? 6);
const ratios = [];
for (let r = 0; r < rounds; r++) {
  A.ms = 0;
  B.ms = 0;
  for (let i = 0; i < bytes.length; i++) {
    for (const s of (i + r) % 2 ? [A, B] : [B, A]) {
      const snapshot = snapshotOf(await loadExcelJs(bytes[i]));
      const t = process.hrtime.bigint();
      s.analyze(snapshot, s.settings);
      s.ms += Number(process.hrtime.bigint() - t) / 1e6;
    }
  }
  const perFile = (s) => (s.ms / bytes.length).toFixed(3);
  process.stdout.write(`round ${r}: A ${perFile(A)} ms, B ${perFile(B)} ms a file, B/A ${(B.ms / A.ms).toFixed(3)}\n`);
  if (r >= 2) ratios.push(B.ms / A.ms);
}
ratios.sort((x, y) => x - y);
if (ratios.length) process.stdout.write(`median B/A (rounds 2 on): ${ratios[ratios.length >> 1].toFixed(3)}\n`);
