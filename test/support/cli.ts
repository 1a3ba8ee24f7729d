/** Runs co2-check in process with captured output, and hashes files (to prove an input was not modified). */
import crypto from "node:crypto";
import fs from "node:fs";
import { main } from "../../src/cli/main";

export async function runCli(
  argv: readonly string[],
  options: { tty?: boolean } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: options.tty ?? false },
  });
  return { code, out, err };
}

export const sha = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
