/**
 * The command as installed: src/ compiled as `npm run build:cli` does, run by a copy of bin/co2-check.js. Each
 * test file builds its own copy (under test-artifacts/), so parallel test files never run a lib/ that another
 * one is rewriting.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

/** Compiles src/ into a private lib/ beside a copy of bin/; returns the path of that bin/co2-check.js. */
export function buildCli(): string {
  const dir = path.join(ROOT, "test-artifacts", `cli-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, [
    path.join(ROOT, "node_modules/typescript/bin/tsc"),
    "-p",
    path.join(ROOT, "tsconfig.cli.json"),
    "--outDir",
    path.join(dir, "lib"),
  ]);
  const bin = path.join(dir, "bin", "co2-check.js");
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bin", "co2-check.js"), bin);
  return bin;
}
