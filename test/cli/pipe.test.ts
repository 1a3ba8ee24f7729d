import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { guardOutput } from "../../src/cli/stdout";
import { BLANK, FILLED } from "../support/examples";
import { buildCli } from "../support/builtCli";

let BIN = "";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-pipe-"));

/** Runs the installed command with its stdout read until the first chunk, then closed (as `| head -1` does). */
function runClosingStdout(
  argv: string[],
): Promise<{ code: number | null; signal: string | null; first: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
    let first = "";
    let err = "";
    child.stdout.once("data", (d: Buffer) => {
      first = d.toString("utf8");
      child.stdout.destroy(); // the reader goes away: every later write of the child meets EPIPE
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    child.on("close", (code, signal) => resolve({ code, signal, first, err }));
  });
}

describe("a closed standard output", () => {
  beforeAll(() => {
    BIN = buildCli();
  }, 120000);

  it("does not stop the run: the summary, the publication list and the filled copies are all written", async () => {
    const reports = path.join(tmp, "reports");
    fs.mkdirSync(reports);
    // enough files that the report goes on long after the reader has closed the pipe
    for (let i = 0; i < 24; i++)
      fs.copyFileSync(FILLED, path.join(reports, `site${String(i).padStart(2, "0")}.xlsx`));
    fs.copyFileSync(BLANK, path.join(reports, "zz-blank.xlsx"));
    const summary = path.join(tmp, "ward.xlsx");
    const publication = path.join(tmp, "pub.xlsx");
    const copies = path.join(tmp, "filled");
    const r = await runClosingStdout([
      "--summary",
      summary,
      "--publication",
      publication,
      "--write",
      copies,
      reports,
    ]);

    expect(r.first).toContain("site00.xlsx");
    expect(r.err).not.toMatch(/EPIPE|Unhandled/);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1); // the blank form's missing floor area is an error: the run's own verdict, not a crash
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.worksheets[0];
    // a header row and one row per file, the last file's among them
    expect(ws.actualRowCount).toBeGreaterThanOrEqual(26);
    const names: string[] = [];
    ws.eachRow((row) => names.push(String(row.getCell(1).value)));
    expect(names.some((n) => n.endsWith("zz-blank.xlsx"))).toBe(true);
    const pub = new ExcelJS.Workbook();
    await pub.xlsx.readFile(publication);
    expect(pub.worksheets[0].actualRowCount).toBeGreaterThanOrEqual(25);
    expect(fs.readdirSync(copies).sort()).toHaveLength(25);
    expect(fs.existsSync(path.join(copies, "zz-blank.xlsx"))).toBe(true);
  }, 120000);
});

describe("guardOutput", () => {
  it("drops writes once the stream reports an error, and never throws", () => {
    const listeners: ((e: Error) => void)[] = [];
    const written: string[] = [];
    let fail = false;
    const out = guardOutput({
      write: (s: string) => {
        if (fail) throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
        written.push(s);
        return true;
      },
      on: (_e, l) => listeners.push(l),
    });
    expect(out.write("a")).toBe(true);
    listeners.forEach((l) => l(Object.assign(new Error("write EPIPE"), { code: "EPIPE" })));
    expect(out.closed).toBe(true);
    expect(out.closedBy).toBe("EPIPE");
    expect(out.write("b")).toBe(false);
    expect(written).toEqual(["a"]);

    const sync = guardOutput({
      write: () => {
        fail = true;
        throw Object.assign(new Error("x"), { code: "EBADF" });
      },
      on: () => undefined,
    });
    expect(() => sync.write("c")).not.toThrow();
    expect(sync.closedBy).toBe("EBADF");
  });
});
