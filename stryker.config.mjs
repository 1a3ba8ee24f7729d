// Mutation testing of the domain (`npm run mutation`; not part of `npm test`, it takes minutes).
// Only the domain tests run against the mutants; reports go to reports/mutation/ (git-ignored).
import path from "node:path";
import { fileURLToPath } from "node:url";

// The sandbox sits in .stryker-tmp/, so the tests find the shared cases through this variable
// (test/support/cases.ts) rather than their usual ../shared/cases beside the repository.
const root = path.dirname(fileURLToPath(import.meta.url));
process.env.CO2_CASES_DIR ??= path.resolve(root, "../shared/cases");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  plugins: ["@stryker-mutator/*", "./scripts/stryker-ignore-wording.mjs"],
  // Message wording is not mutated (see the plugin); it is reported as ignored.
  ignorers: ["wording"],
  jest: { projectType: "custom", configFile: "jest.stryker.config.js" },
  coverageAnalysis: "perTest",
  // Module-level mutants (constants, the zod schema of the cohort parameters) would each rerun every test;
  // they are reported as ignored, not run.
  ignoreStatic: true,
  // Two cores shared by several people.
  concurrency: 2,
  mutate: [
    "src/domain/form7/**/*.ts",
    "src/domain/benchmark/rank.ts",
    "src/domain/excellence/**/*.ts",
    "src/domain/jcredit/**/*.ts",
    "src/domain/decimal.ts",
    "src/domain/fiscalYear.ts",
    "src/domain/intensity.ts",
    // The words of the issues (each area's catalogue): wording, not logic.
    "!src/domain/**/messages.ts",
    "!src/domain/**/*Messages.ts",
  ],
  ignorePatterns: ["dist", "lib", "coverage", "test-artifacts", "reports", ".bench-tmp", "examples", "assets"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 10000,
};
