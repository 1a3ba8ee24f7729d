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
import { axeViolations, cutOff, PANE_WIDTHS, type AxeViolation, type CutOff } from "./gate";

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

/** Serves dist/ (or another build) on a free loopback port over plain HTTP. */
export function serveDist(dir = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
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
  /**
   * The state now, at every pane width (300, 350, then 320 px, where the screenshot is taken): what is cut
   * off at each width and axe-core's violations (see gate.ts). A sound state gives SOUND.
   */
  inspect(name: string): Promise<Inspection>;
  close(): Promise<void>;
}

export interface Inspection {
  cutOff: { [width: number]: CutOff[] };
  axe: AxeViolation[];
}

/** What inspect() gives for a state with nothing cut off and no accessibility violation. */
export const SOUND: Inspection = {
  cutOff: Object.fromEntries(PANE_WIDTHS.map((w) => [w, []])),
  axe: [],
};

/**
 * How the page is opened: the viewport (default 320 × 900, Excel's pane), the colour scheme and forced
 * colours (Windows high contrast), and what answers office.js: the fake (default), nothing (404), a failed
 * request, or the script as it behaves outside Office (`browser`: onReady gives no host) or in another Office
 * application (`word`). `holdOfficeJs` holds the answer back; `waitForLoad: false` returns as soon as the
 * page starts (to see it while office.js loads).
 */
export interface PaneView {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  forcedColors?: "active" | "none";
  officeJs?: "fake" | "missing" | "aborted" | "browser" | "word";
  /** office.js is answered only once this settles. */
  holdOfficeJs?: Promise<unknown>;
  waitForLoad?: boolean;
}

/** office.js as it behaves outside Excel: Office.onReady resolves with the host (none in a browser tab). */
const hostOnlyShim = (host: string | null) => `window.Office = {
  context: {},
  onReady: function (cb) {
    var info = { host: ${JSON.stringify(host)}, platform: null };
    if (cb) cb(info);
    return Promise.resolve(info);
  }
};`;

const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

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
  view: PaneView = {},
): Promise<Pane> {
  const viewport = view.viewport ?? { width: 320, height: 900 };
  const b = await launch();
  const context = await b.newContext({ viewport, locale: "ja-JP" });
  const page = await context.newPage();
  if (view.colorScheme || view.forcedColors)
    await page.emulateMedia({ colorScheme: view.colorScheme, forcedColors: view.forcedColors });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(
    ({ init, opts }) => {
      (window as unknown as { __FAKE_INIT: unknown }).__FAKE_INIT = init;
      (window as unknown as { __FAKE_OPTS: unknown }).__FAKE_OPTS = opts;
    },
    { init: workbook, opts: options },
  );
  await page.route(OFFICE_JS, async (route) => {
    await view.holdOfficeJs;
    const js = (body: string) => route.fulfill({ status: 200, contentType: "application/javascript", body });
    switch (view.officeJs ?? "fake") {
      case "fake":
        return js(officeShim());
      case "missing":
        return route.fulfill({ status: 404, body: "" });
      case "aborted":
        return route.abort("failed");
      case "browser":
        return js(hostOnlyShim(null));
      case "word":
        return js(hostOnlyShim("Word"));
    }
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(`${origin}/taskpane.html`, { waitUntil: view.waitForLoad === false ? "commit" : "load" });
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
    inspect: async (name) => {
      const found: Inspection = { cutOff: {}, axe: [] };
      for (const width of [...PANE_WIDTHS.filter((w) => w !== 320), 320]) {
        await page.setViewportSize({ width, height: viewport.height });
        await nextFrames(page);
        found.cutOff[width] = await cutOff(page);
      }
      const excused: string[] = [];
      found.axe = await axeViolations(page, excused);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, `${name}.json`), JSON.stringify({ ...found, excused }, null, 1));
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
      await page.setViewportSize(viewport);
      return found;
    },
    close: () => context.close(),
  };
}

/** Requests other than the page's own origin and the (shimmed) office.js. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && u !== OFFICE_JS && !u.startsWith("data:"));
}
