/**
 * The task pane as shipped: everything taskpane.html loads besides office.js, gzipped; and the time from
 * opening the page to the first rendered figures in headless Chromium (over the Excel fake).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { fakeWorkbookFromBuffer } from "../test/fakes/fromXlsx";
import { closeBrowser, DIST, openPane, serveDist } from "../test/e2e/harness";
import { median, nowMs, report } from "./report";

const ROOT = path.resolve(__dirname, "../../..");

function shippedGzipBytes(): number {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<(?:script|link)[^>]+?(?:src|href)=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((u) => !/^https?:/.test(u));
  let bytes = zlib.gzipSync(html).length;
  for (const u of local)
    bytes += zlib.gzipSync(fs.readFileSync(path.join(DIST, u.replace(/^\//, "")))).length;
  return bytes;
}

async function run(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  report("taskpane.jsGzipKB", shippedGzipBytes() / 1024, "KB");
  const server = await serveDist();
  const init = await fakeWorkbookFromBuffer(fs.readFileSync(path.join(ROOT, "examples/form7-filled.xlsx")));
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const t = nowMs();
      const pane = await openPane(server.origin, init);
      await pane.page.getByText("42.4 kg-CO2/m²").waitFor();
      times.push(nowMs() - t);
      await pane.close();
    }
  } finally {
    await closeBrowser();
    await server.close();
  }
  report("taskpane.firstFiguresMs", median(times), "ms");
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
