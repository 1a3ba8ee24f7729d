// Hand-made mutants (`npm run mutation:hand`; not part of `npm test`): what StrykerJS does not alter —
// Decimal comparison methods (lt ↔ lte, gt ↔ gte), rounding (floor ↔ round, truncate ↔ roundHalfUp, the
// decimal.js rounding modes) and a few number literals and module-level constants (which Stryker leaves
// as static mutants). Each mutant is written into the source file, the domain tests of its area run
// (`jest.stryker.config.js`), and the file is restored. A mutant the tests do not notice is printed as
// SURVIVED; the exit code is the number of survivors not listed as equivalent below.
//
//   node scripts/hand-mutants.mjs [file-substring …]     e.g. node scripts/hand-mutants.mjs cohort
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const FILES = [
  "src/domain/decimal.ts",
  "src/domain/benchmark/rank.ts",
  "src/domain/excellence/excellence.ts",
  ...["causes", "compute", "display", "inputs", "siteClass"].map((f) => `src/domain/form7/${f}.ts`),
  ...["cohort", "returnTable", "referencePrices"].map((f) => `src/domain/jcredit/${f}.ts`),
];

/** Swaps applied at every occurrence, one mutant each. */
const SWAPS = [
  [".lt(", ".lte("],
  [".lte(", ".lt("],
  [".gt(", ".gte("],
  [".gte(", ".gt("],
  [".floor()", ".round()"],
  [".round()", ".floor()"],
  ["truncate(", "roundHalfUp("],
  ["roundHalfUp(", "truncate("],
  ["ROUND_DOWN", "ROUND_HALF_UP"],
  ["ROUND_HALF_UP", "ROUND_DOWN"],
  ["ROUND_CEIL", "ROUND_HALF_UP"],
];

/** Named mutants: [file, the exact text, its replacement, why]. */
const NAMED = [
  [
    "src/domain/jcredit/returnTable.ts",
    "floorToStep(exact, 10)",
    "exact.div(10).round().mul(10)",
    "10 t rounded, not floored",
  ],
  [
    "src/domain/jcredit/returnTable.ts",
    "kWhPerKwYear: dec(1200)",
    "kWhPerKwYear: dec(1000)",
    "Fukuoka's 1,200 kWh/kW",
  ],
  ["src/domain/jcredit/returnTable.ts", "years: dec(8)", "years: dec(10)", "Fukuoka's 8 years"],
  ["src/domain/jcredit/returnTable.ts", ".div(100).floor()", ".floor().div(100)", "B floored after ÷ 100"],
  [
    "src/domain/jcredit/cohort.ts",
    "exactRevenue.mul(p.wardShare.share).floor()",
    "exactRevenue.floor().mul(p.wardShare.share).floor()",
    "ward's revenue share after flooring",
  ],
  [
    "src/domain/jcredit/cohort.ts",
    'energySaving: sum(menus.filter((m) => m.creditClass === "energySaving")',
    'energySaving: sum(menus.filter((m) => m.creditClass !== "renewable" && false)',
    "byClass.energySaving",
  ],
  [
    "src/domain/jcredit/cohort.ts",
    "m.firstCohortYear > p.firstYear + p.years - 1",
    "m.firstCohortYear >= p.firstYear + p.years - 1",
    "a first cohort in the horizon's last year",
  ],
  [
    "src/domain/jcredit/cohort.ts",
    'z.prefault(nonNegative, "0.000423")',
    'z.prefault(nonNegative, "0.0004")',
    "default grid factor",
  ],
  [
    "src/domain/jcredit/cohort.ts",
    "creditingYears: z._default(whole(1, 30), 8)",
    "creditingYears: z._default(whole(1, 30), 10)",
    "8 crediting years by default",
  ],
  [
    "src/domain/jcredit/cohort.ts",
    "firstYearFraction: z.prefault(fraction, 1)",
    'firstYearFraction: z.prefault(fraction, "0.5")',
    "f = 1 by default",
  ],
  [
    "src/domain/excellence/excellence.ts",
    "xs.every((x) => x !== null) ?",
    "true ?",
    "a three-year base where one year lacks an intensity",
  ],
  ["src/domain/excellence/excellence.ts", ".div(3) : null", ".div(2) : null", "the three-year mean"],
  [
    "src/domain/excellence/excellence.ts",
    "baseYear = nowYear - 2;",
    "baseYear = nowYear - 1;",
    "the three years dated at their middle year",
  ],
  [
    "src/domain/excellence/excellence.ts",
    "export const BASE_FISCAL_YEAR = 2013;",
    "export const BASE_FISCAL_YEAR = 2014;",
    "FY2013",
  ],
  [
    "src/domain/excellence/excellence.ts",
    "export const DEFAULT_THRESHOLD_PCT = dec(2);",
    "export const DEFAULT_THRESHOLD_PCT = dec(3);",
    "2 % a year",
  ],
  [
    "src/domain/excellence/excellence.ts",
    "roundHalfUp(r.mul(100), 30)",
    "roundHalfUp(r.mul(100), 10)",
    "the % rounded at 30 decimals before the cut",
  ],
  [
    "src/domain/form7/causes.ts",
    'const NEAR = dec("0.002");',
    'const NEAR = dec("0.0002");',
    "× 1000 by the ratio",
  ],
  [
    "src/domain/form7/causes.ts",
    '    case "crudeOilKl":\n      return x.crudeOilKl;',
    '    case "crudeOilKl":\n      return expected;',
    "原油換算 rounded, not truncated",
  ],
  [
    "src/domain/form7/causes.ts",
    '    case "co2EnergyT":\n      return x.co2EnergyT;',
    '    case "co2EnergyT":\n      return expected;',
    "energy CO2 rounded, not truncated",
  ],
  [
    "src/domain/form7/causes.ts",
    'if (key === "co2Energy.subtotal") return energy.map(co2Key);',
    "",
    "the CO2 energy subtotal's rows",
  ],
  [
    "src/domain/form7/inputs.ts",
    "export const ELECTRICITY_KWH_PER_M2 = { min: dec(1), max: dec(3000) };",
    "export const ELECTRICITY_KWH_PER_M2 = { min: dec(2), max: dec(3001) };",
    "1 and 3,000 kWh/m²",
  ],
  [
    "src/domain/form7/inputs.ts",
    "export const INTENSITY_MAX_KG_PER_M2 = dec(1000);",
    "export const INTENSITY_MAX_KG_PER_M2 = dec(1001);",
    "1,000 kg-CO2/m²",
  ],
  [
    "src/domain/form7/siteClass.ts",
    "MUST_REPORT_AREA_M2 = dec(10000)",
    "MUST_REPORT_AREA_M2 = dec(10001)",
    "10,000 m²",
  ],
  [
    "src/domain/form7/siteClass.ts",
    "MAY_REPORT_AREA_M2 = dec(300)",
    "MAY_REPORT_AREA_M2 = dec(301)",
    "300 m²",
  ],
  ["src/domain/benchmark/rank.ts", 'A4: dec("0.25")', 'A4: dec("0.26")', "the A4 bound"],
  ["src/domain/benchmark/rank.ts", 'B1: dec("1.50")', 'B1: dec("1.51")', "the B1 bound"],
  ["src/domain/benchmark/rank.ts", "cutKg.mul(area).div(1000)", "cutKg.mul(area).div(100)", "kg → t"],
  [
    "src/domain/benchmark/rank.ts",
    "roundHalfUp(s.ratio, 3).toFixed(3)",
    "roundHalfUp(s.ratio, 2).toFixed(3)",
    "the ratio at 3 decimals",
  ],
];

/**
 * Mutants the tests cannot notice because the program behaves the same: "file: the line as written | swap"
 * → reason. Keyed by the line's text, not its number, so that an edit elsewhere in the file does not
 * un-list them; a key that fits more than one mutant, or none, stops the run. Kept short and explained in
 * README.md ("Mutation testing").
 */
const FLOOR = "unreachable: an intensity mismatch needs a floor area > 0";
const EQUIVALENT = new Map([
  [
    "src/domain/form7/causes.ts: const sumText = formatDecimal(roundHalfUp(s, places), places); | roundHalfUp( → truncate(",
    "wording: the sum as the message shows it",
  ],
  [
    "src/domain/form7/inputs.ts: const looksCo2 = asCarbon.gte(p.emissionCoef.min) && asCarbon.lte(p.emissionCoef.max); | .gte( → .gt(",
    "wording: looksCo2 only picks the hint's text (and 0.010 × 44/12 ÷ 44/12 is not exactly 0.010)",
  ],
  [
    "src/domain/form7/inputs.ts: const looksCo2 = asCarbon.gte(p.emissionCoef.min) && asCarbon.lte(p.emissionCoef.max); | .lte( → .lt(",
    "wording: looksCo2 only picks the hint's text (and 0.040 × 44/12 ÷ 44/12 is not exactly 0.040)",
  ],
  // An intensity is compared (and so given a cause) only when the form has one, i.e. a floor area above 0.
  [
    "src/domain/form7/causes.ts: return a && a.gt(0) ? ctx.result.reported.co2TotalT.mul(THOUSAND).div(a) : expected; | .gt( → .gte(",
    FLOOR,
  ],
  ['src/domain/form7/causes.ts: if (key === "intensityKgPerM2" && a && a.gt(0)) { | .gt( → .gte(', FLOOR],
  ["src/domain/form7/causes.ts: return a && a.gt(0) ? v.mul(THOUSAND).div(a) : null; | .gt( → .gte(", FLOOR],
]);

function testsFor(file) {
  // Form 7: the test files of the module first (a quicker run); the whole folder for the shared ones.
  const form7 = {
    inputs: ["check.inputs", "inputs.mutants"],
    causes: ["check.causes", "causes.mutants"],
    siteClass: ["siteClass"],
  }[path.basename(file, ".ts")];
  if (form7) return form7.map((t) => `test/domain/form7/${t}`);
  if (file.includes("/form7/")) return ["test/domain/form7"];
  if (file.includes("/benchmark/")) return ["test/domain/benchmark"];
  if (file.includes("/excellence/")) return ["test/domain/excellence"];
  if (file.includes("/jcredit/")) return ["test/domain/jcredit"];
  return ["test/domain"];
}

function lineOf(text, index) {
  return text.slice(0, index).split("\n").length;
}

function mutants(filter) {
  const out = [];
  for (const file of FILES) {
    if (filter.length && !filter.some((f) => file.includes(f))) continue;
    const text = fs.readFileSync(path.join(root, file), "utf8");
    for (const [from, to] of SWAPS) {
      if (
        to.includes("(") &&
        !to.startsWith(".") &&
        !new RegExp(`\\b${to.slice(0, -1)}\\b`).test(text.replace(/[^\n]*function [^\n]*/g, ""))
      )
        continue; // the replacement function is not imported here: a mutant that cannot compile tells nothing
      let i = text.indexOf(from);
      while (i >= 0) {
        const lineStart = text.lastIndexOf("\n", i) + 1;
        const line = text.slice(lineStart, text.indexOf("\n", i));
        // comments, imports, definitions, and the lines of message templates (wording, not figures)
        const skip =
          /^\s*(\*|\/\/|import|export function|function|`)/.test(line) ||
          (from.endsWith("(") && !from.startsWith(".") && /[\w.]$/.test(text[i - 1]));
        if (!skip)
          out.push({
            file,
            at: i,
            from,
            to,
            id: `${file}:${lineOf(text, i)} ${from} → ${to}`,
            key: `${file}: ${line.trim()} | ${from} → ${to}`,
            why: line.trim(),
          });
        i = text.indexOf(from, i + from.length);
      }
    }
    for (const [f, from, to, why] of NAMED) {
      if (f !== file) continue;
      const i = text.indexOf(from);
      if (i < 0 || text.indexOf(from, i + 1) >= 0)
        throw new Error(`${file}: "${from}" is not there exactly once`);
      out.push({ file, at: i, from, to, id: `${file}:${lineOf(text, i)} ${why}`, why });
    }
  }
  return out;
}

const args = process.argv.slice(2);
// --only=TEXT keeps the mutants whose id contains TEXT (e.g. --only=causes.ts:258)
const only = args.filter((a) => a.startsWith("--only=")).map((a) => a.slice(7));
const all = mutants(args.filter((a) => !a.startsWith("--")));
// Every listed equivalent names exactly one mutant (checked over the files in this run).
for (const key of EQUIVALENT.keys()) {
  const n = all.filter((m) => m.key === key).length;
  const file = key.slice(0, key.indexOf(":"));
  if (all.some((m) => m.file === file) && n !== 1)
    throw new Error(`EQUIVALENT "${key}" fits ${n} mutants, not one`);
}
const list = all.filter((m) => !only.length || only.some((o) => m.id.includes(o)));
console.log(`${list.length} hand-made mutants`);
if (args.includes("--list")) {
  for (const m of list) console.log(`${m.id}   | ${m.why}`);
  process.exit(0);
}
let survived = 0;
// The file under mutation, restored on Ctrl-C as well (the runs are awaited, so the signal is handled).
let restore = () => {};
process.on("SIGINT", () => {
  restore();
  process.exit(130);
});
const run = (m) =>
  new Promise((resolve) => {
    const jest = path.join(root, "node_modules/.bin/jest");
    const args = ["--config", "jest.stryker.config.js", "-w", "1", "--bail", "--silent", ...testsFor(m.file)];
    const child = spawn(process.execPath, [jest, ...args], { cwd: root, stdio: "ignore" });
    child.on("exit", (code) => resolve(code !== 0));
  });
for (const m of list) {
  const full = path.join(root, m.file);
  const original = fs.readFileSync(full, "utf8");
  restore = () => fs.writeFileSync(full, original);
  fs.writeFileSync(full, original.slice(0, m.at) + m.to + original.slice(m.at + m.from.length));
  let killed;
  try {
    killed = await run(m);
  } finally {
    restore();
    restore = () => {};
  }
  const eq = m.key ? EQUIVALENT.get(m.key) : undefined;
  if (!killed && !eq) survived++;
  console.log(
    `${killed ? "killed  " : eq ? "equival." : "SURVIVED"} ${m.id}${!killed ? `   | ${m.why}` : ""}${eq ? ` (${eq})` : ""}`,
  );
}
console.log(`${list.length - survived} of ${list.length} noticed or equivalent`);
process.exitCode = Math.min(survived, 100);
