/**
 * The --report page in headless Chromium: a run of many files and one workbook's check sheet, in Japanese
 * and English. The page loads nothing (only its own document is requested), its CSP lets its one style block
 * apply and nothing else, axe-core finds no violation, and screenshots (screen and A4 print) land in
 * test-artifacts/ to be looked at.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { form7Buffer, KOTO_USAGE, type UsageKey } from "../support/form7Workbook";
import { FILLED } from "../support/examples";
import { runCli } from "../support/cli";
import { ARTIFACTS, closeBrowser, launch, ROOT } from "./harness";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-report-"));
const inputs = path.join(tmp, "in");
const AXE = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

const scaled = (k: number) =>
  Object.fromEntries(Object.entries(KOTO_USAGE).map(([u, v]) => [u, v * k])) as Partial<
    Record<UsageKey, number>
  >;

async function form7(file: string, name: string, k: number, floorArea: number, period: string) {
  const { buffer } = await form7Buffer([
    { name: "第7号様式", forms: [{ content: { name, floorArea, usage: scaled(k), period } }] },
  ]);
  fs.mkdirSync(path.dirname(path.join(inputs, file)), { recursive: true });
  fs.writeFileSync(path.join(inputs, file), buffer);
}

beforeAll(async () => {
  await form7("2023/minato.xlsx", "港ビル", 1, 1412.36, "2023年4月～2024年3月");
  await form7("2024/minato.xlsx", "港ビル", 1.5, 1412.36, "2024年4月～2025年3月");
  await form7("2023/big.xlsx", "大ビル", 10, 12000, "2023年度");
  await form7("2024/shiba.xlsx", "芝ビル", 0.3, 2000, "2024年度");
  await form7("2024/odaiba.xlsx", "お台場オフィス", 2, 900, "2024年度");
  fs.writeFileSync(path.join(inputs, "2024/broken.xlsx"), "not a workbook");
}, 60_000);

afterAll(() => closeBrowser());

interface Opened {
  page: Page;
  requests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

async function open(file: string): Promise<Opened> {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.goto(`file://${file}`);
  return { page, requests, consoleErrors, close: () => context.close() };
}

async function axe(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const r = await w.axe.run();
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

async function check(file: string, shot: string): Promise<Page & { opened: Opened }> {
  const o = await open(file);
  const { page } = o;
  // Only the document itself was requested; the CSP reported nothing it blocked.
  expect(o.requests).toEqual([`file://${file}`]);
  expect(o.consoleErrors).toEqual([]);
  // The inline style applied under the strict CSP (its hash matches).
  expect(await page.$eval("th", (th) => getComputedStyle(th).backgroundColor)).toBe("rgb(238, 238, 238)");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${shot}.png`), fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.screenshot({ path: path.join(ARTIFACTS, `${shot}-print.png`), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  expect(await axe(page)).toEqual([]);
  return Object.assign(page, { opened: o });
}

describe("co2-check --report in Chromium", () => {
  it("the run's page: bands per category, ranks, emitters, changes, missing sites, unreadable files (ja)", async () => {
    const out = path.join(tmp, "ward-ja.html");
    const r = await runCli(["--category", "2", "--report", out, inputs]);
    expect(r.code).toBe(2); // the broken file
    const page = await check(out, "report-run-ja");
    const headings = await page.$$eval("h2", (hs) => hs.map((h) => h.textContent));
    expect(headings).toEqual([
      "区分ごとの原単位とランクの帯",
      "ランクの件数",
      "排出量の多い事業所",
      "前年比",
      "報告義務のある事業所で今年度の報告がないもの",
      "区の合計（区分・年度ごと）",
      "読めないファイル",
    ]);
    // Every chart is an image with a title, followed by the table behind it.
    const charts = await page.$$eval("svg", (svgs) =>
      svgs.map((s) => ({
        role: s.getAttribute("role"),
        title: s.querySelector("title")?.textContent ?? "",
        table: s.closest("figure")?.nextElementSibling?.tagName ?? null,
      })),
    );
    expect(charts.length).toBe(3);
    for (const c of charts) expect([c.role, c.title.length > 0, c.table]).toEqual(["img", true, "TABLE"]);
    // Category 2's table: five sites with their rank (average 65.4): 42.4 kg/m² is 64.8 %, A2.
    const rows = await page.$$eval("section:first-of-type table tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((x) => x[2]?.endsWith("2023/minato.xlsx"))?.slice(3)).toEqual([
      "2023",
      "42.4",
      "64.8%",
      "A2",
    ]);
    const text = await page.textContent("body");
    expect(text).toContain("±30%を超える変化");
    expect(text).toContain("大ビル");
    expect(text).toContain("broken.xlsx");
    await page.opened.close();
  });

  it("the run's page in English", async () => {
    const out = path.join(tmp, "ward-en.html");
    await runCli(["--lang", "en", "--category", "2", "--report", out, inputs]);
    const page = await check(out, "report-run-en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("CO2 report check");
    await page.opened.close();
  });

  it("one workbook's pre-submission check sheet: site, figures with cells, findings, standing", async () => {
    const out = path.join(tmp, "check-ja.html");
    expect((await runCli(["--category", "2", "--report", out, FILLED])).code).toBe(0);
    const page = await check(out, "report-check-ja");
    expect(await page.textContent("h1")).toBe("提出前チェックシート");
    const figures = await page.$$eval("table", (ts) =>
      [...ts[0].querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => td.textContent),
      ),
    );
    expect(figures).toContainEqual(["CO2排出量 総計", "60 t-CO2", "第7号様式!F19", "60"]);
    expect(figures).toContainEqual(["CO2排出量原単位", "42.4 kg-CO2/m²", "第7号様式!F20", "42.4"]);
    const text = await page.textContent("body");
    expect(text).toContain("サンプルビル");
    expect(text).toContain("A2");
    await page.opened.close();
  });

  it("the check sheet names each finding's cell and its likely cause (en)", async () => {
    // The public case with its total typed in kg (60,766.45… kg = 1000 × the exact total).
    const { buffer } = await form7Buffer([
      {
        name: "Form7",
        forms: [
          {
            content: {
              name: "Sample",
              floorArea: 1412.36,
              usage: KOTO_USAGE,
              period: "2024年度",
              computed: { co2TotalT: 60767 },
            },
          },
        ],
      },
    ]);
    const file = path.join(tmp, "wrong-total.xlsx");
    fs.writeFileSync(file, buffer);
    const out = path.join(tmp, "check-en.html");
    expect((await runCli(["--lang", "en", "--report", out, file])).code).toBe(1);
    const page = await check(out, "report-check-en");
    const findings = await page.$$eval("table", (ts) =>
      ts.flatMap((t) =>
        t.querySelector("caption")?.textContent?.startsWith("Findings")
          ? [...t.querySelectorAll("tbody tr")].map((tr) =>
              [...tr.querySelectorAll("td")].map((td) => td.textContent),
            )
          : [],
      ),
    );
    const figures = await page.$$eval("table", (ts) =>
      [...ts[0].querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => td.textContent),
      ),
    );
    expect(figures).toContainEqual(["CO2 total", "60 t-CO2", "Form7!F19", "60,767"]);
    const total = findings.find((f) => f[1] === "Form7!F19")!;
    expect(total[0]).toBe("error");
    expect(total[2]).toContain("the sheet holds 60,767; it should be 60");
    expect(total[2]).toContain("Likely cause");
    await page.opened.close();
  });
});
