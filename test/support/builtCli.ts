/** The command as installed: lib/ compiled from src/ (as `npm run build:cli` does), run by bin/co2-check.js. */
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/co2-check.js");

/** Compiles src/ into lib/ (once per test file that calls it, in beforeAll). */
export function buildCli(): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
    },
  );
}
