/**
 * Runs the real production task-pane bundle (dist/) in headless Chromium, with the office.js CDN request
 * answered by a shim: the in-memory Excel fake (test/fakes/excelFake.ts, transpiled for the browser) loaded
 * with a real workbook. Records every network request the page makes.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import ts from "typescript";
import type { FakeDump, FakeOptions, FakeWorkbookInit } from "../fakes/excelFake";

/** The repository root (also when this file runs compiled under .bench-tmp/). */
function findRoot(dir: string): string {
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d))
    if (fs.existsSync(path.join(d, "package.json")) && fs.existsSync(path.join(d, "manifest.xml"))) return d;
  return path.resolve(__dirname, "../..");
}

export const ROOT = findRoot(__dirname);
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
  ".json": "application/json",
};

/** Serves dist/ on a free loopback port over plain HTTP. */
export function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    }),
  );
}

let shimSource: string | null = null;

/** The fake, transpiled for the browser; it installs Excel and Office from window.__FAKE_INIT. */
export function officeShim(): string {
  if (shimSource) return shimSource;
  const src = fs.readFileSync(path.join(ROOT, "test/fakes/excelFake.ts"), "utf8");
  const js = ts.transpileModule(src, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  shimSource = `(function () {
  var module = { exports: {} }; var exports = module.exports;
  ${js}
  var fake = module.exports.createFakeExcel(window.__FAKE_INIT, window.__FAKE_OPTS || {});
  fake.install(window);
  window.__fake = fake;
})();`;
  return shimSource;
}

export interface Pane {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** The fake workbook as it is now. */
  dump(): Promise<FakeDump>;
  stats(): Promise<{ syncs: number; maxPayloadBytes: number }>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Opens the task pane on a fake workbook. */
export async function openPane(
  origin: string,
  workbook: FakeWorkbookInit,
  options: FakeOptions = {},
  viewport = { width: 420, height: 900 },
): Promise<Pane> {
  const b = await launch();
  const context = await b.newContext({ viewport, locale: "ja-JP" });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(
    ({ init, opts }) => {
      (window as unknown as { __FAKE_INIT: unknown }).__FAKE_INIT = init;
      (window as unknown as { __FAKE_OPTS: unknown }).__FAKE_OPTS = opts;
    },
    { init: workbook, opts: options },
  );
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: officeShim() }),
  );
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(`${origin}/taskpane.html`);
  return {
    page,
    requests,
    dump: () => page.evaluate(() => (window as unknown as { __fake: { dump(): FakeDump } }).__fake.dump()),
    stats: () =>
      page.evaluate(() => {
        const s = (window as unknown as { __fake: { stats: { syncs: number; maxPayloadBytes: number } } })
          .__fake.stats;
        return { syncs: s.syncs, maxPayloadBytes: s.maxPayloadBytes };
      }),
    screenshot: async (name) => {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => context.close(),
  };
}

/** Requests other than the page's own origin and the (shimmed) office.js. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && u !== OFFICE_JS && !u.startsWith("data:"));
}
