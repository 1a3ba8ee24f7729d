import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MAX_UNPACKED_BYTES } from "../../src/xlsx/packageGuard";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { FILLED } from "../support/examples";
import { buildCli } from "../support/builtCli";
import { expandingWorkbook } from "../support/zipBomb";

let BIN = "";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-untrusted-"));

/**
 * Runs the installed command over `file` with --json; its child reports its own peak RSS on exit: VmHWM of
 * /proc/self/status where there is one. Not `process.resourceUsage().maxRSS`: on Linux that keeps the
 * high-water mark of the memory the child was forked with, i.e. of this Jest worker (192 MB for a child
 * that peaked at 70, once the worker had grown), until the child outgrows it.
 */
function checkInChild(file: string): {
  json: { files: { file: string; error: { code: string; message: string } | null }[] };
  peakMB: number;
  status: number | null;
} {
  const probe = path.join(tmp, "peak.js");
  fs.writeFileSync(
    probe,
    [
      'const fs = require("fs");',
      "const own = () => {",
      '  try { const m = /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8")); if (m) return Number(m[1]); } catch {}',
      "  return process.resourceUsage().maxRSS;",
      "};",
      'process.on("exit", () => fs.writeSync(2, "\\nPEAK_RSS_KB " + own() + "\\n"));',
      "",
    ].join("\n"),
  );
  const r = spawnSync(process.execPath, ["--require", probe, BIN, "--json", file], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const peak = /PEAK_RSS_KB (\d+)/.exec(r.stderr);
  if (!peak) throw new Error(`child did not report its peak memory: ${r.stderr}`);
  return { json: JSON.parse(r.stdout), peakMB: Number(peak[1]) / 1024, status: r.status };
}

describe("a workbook that expands beyond the limit", () => {
  beforeAll(() => {
    BIN = buildCli();
  }, 120000);

  it("is refused from its declared sizes, before anything is inflated, with bounded memory", async () => {
    const bomb = await expandingWorkbook(fs.readFileSync(FILLED), 800);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024); // about 0.8 MB on disk
    const file = path.join(tmp, "expands-800MB.xlsx");
    fs.writeFileSync(file, bomb);
    const { json, peakMB, status } = checkInChild(file);
    expect(status).toBe(2);
    expect(json.files[0].file).toBe(file);
    expect(json.files[0].error!.code).toBe("tooLarge");
    expect(json.files[0].error!.message).toMatch(/800 MB.*200 MB/);
    // A Node process that loads this code idles near 60–100 MB; inflating the sheet alone would take 800.
    expect(peakMB).toBeLessThan(180);
  }, 120000);

  it("is refused when its headers lie about the size, inflating no more than they declare", async () => {
    const bomb = await expandingWorkbook(fs.readFileSync(FILLED), 800, 4096);
    const file = path.join(tmp, "lying-header.xlsx");
    fs.writeFileSync(file, bomb);
    const { json, peakMB } = checkInChild(file);
    expect(json.files[0].error!.code).toBe("tooLarge");
    expect(json.files[0].error!.message).toContain("xl/worksheets/sheet1.xml");
    expect(peakMB).toBeLessThan(180);
  }, 120000);

  it("reads a workbook just under the limit, and the limit is 200 MB", async () => {
    expect(MAX_UNPACKED_BYTES).toBe(200 * 1024 * 1024);
    const padded = await expandingWorkbook(fs.readFileSync(FILLED), 2);
    const snap = await readWorkbookBuffer(padded);
    expect(snap.sheets[0].sheet).toBe("第7号様式");
  });
});
