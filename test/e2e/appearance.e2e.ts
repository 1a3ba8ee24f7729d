/**
 * The production pane in headless Chromium in Office's dark theme, in the browser's dark colour scheme and
 * under forced colours (Windows high contrast), and outside Excel: office.js missing, failing, loaded in a
 * plain browser tab or in another Office application, and slow to load (the skeleton). Every state passes
 * the gate (nothing cut off at 300/320/350 px, axe-core WCAG 2.1 A/AA); screenshots at 320 px go to
 * test-artifacts/.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { toA1 } from "../../src/workbook/address";
import { exampleForecastParams } from "../../src/workbook/jcredit/forecastSheet";
import { forecastNewSheet } from "../../src/workbook/jcredit/forecastSheetAnalysis";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import type { FakeOptions, FakeSheetInit } from "../fakes/excelFake";
import { FILLED } from "../support/examples";
import { foreignRequests, openPane, SOUND, type PaneView } from "./harness";
import { servedDist } from "./suite";

const server = servedDist();

/** The add-in's forecast sheet (example parameters) as a sheet of the fake workbook. */
function forecastSheet(): FakeSheetInit {
  const sheet = forecastNewSheet(exampleForecastParams());
  const cells: FakeSheetInit["cells"] = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) cells[toA1(r, c)] = { value: value as string | number };
    }),
  );
  return { name: sheet.name, cells };
}

/** Office's Black theme as Excel reports it (sample colours of that theme). */
const BLACK: FakeOptions["officeTheme"] = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#3B3B3B",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
  themeId: 0,
};

/** The filled Form 7 rated in category 2 (the benchmark bar shows). */
const withCategory: FakeOptions = { settings: { "co2check.settings": { benchmarkCategory: 2 } } };

const rgb = (page: Page, selector: string, prop: "backgroundColor" | "color" | "fill") =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el)[p], prop);

/** Relative luminance of a computed "rgb(r, g, b)". */
const luminance = (css: string) => {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Opens the filled example (benchmark bar) beside the add-in's forecast sheet (stacked chart): both charts in
 * one pane. (The top bar offers the forecast insert only where no form stands, so the sheet is there already.)
 */
async function chartsIn(view: PaneView, options: FakeOptions, name: string) {
  const book = await fakeWorkbookFromBuffer(fs.readFileSync(FILLED));
  const pane = await openPane(server.origin, { sheets: [...book.sheets, forecastSheet()] }, options, view);
  const { page } = pane;
  await page.getByText("A3 まで あと 9.7 kg-CO2/m²（年 13.7 t）の削減").waitFor();
  expect(await pane.inspect(`${name}-form7`)).toEqual(SOUND);
  await page.getByRole("img", { name: /年度別・メニュー別の認証量/ }).waitFor();
  expect(await pane.inspect(`${name}-forecast`)).toEqual(SOUND);
  return pane;
}

describe("Office's themes, the colour scheme and forced colours", () => {
  it("follows Office's Black theme: a dark pane on Office's background, charts drawn in light colours", async () => {
    const pane = await chartsIn({}, { ...withCategory, officeTheme: BLACK }, "20-office-black");
    const { page } = pane;
    expect(await rgb(page, "body", "backgroundColor")).toBe("rgb(38, 38, 38)");
    expect(luminance(await rgb(page, "main", "color"))).toBeGreaterThan(0.8);
    // The bar's rank labels and marker, the forecast chart's years: light on dark.
    expect(luminance(await rgb(page, 'svg[aria-label^="ランク"] text', "fill"))).toBeGreaterThan(0.8);
    expect(luminance(await rgb(page, 'svg[aria-label^="ランク"] path', "fill"))).toBeGreaterThan(0.8);
    expect(luminance(await rgb(page, 'svg[aria-label^="年度別"] text', "fill"))).toBeGreaterThan(0.8);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 120000);

  it("follows Office's Colorful theme in light, whatever the browser's scheme", async () => {
    const pane = await openPane(
      server.origin,
      await fakeWorkbookFromBuffer(fs.readFileSync(FILLED)),
      {
        officeTheme: {
          bodyBackgroundColor: "#FFFFFF",
          bodyForegroundColor: "#262626",
          controlBackgroundColor: "#FFFFFF",
          controlForegroundColor: "#262626",
          isDarkTheme: false,
          themeId: 1,
        },
      },
      { colorScheme: "dark" },
    );
    await pane.page.getByText("42.4 kg-CO2/m²").waitFor();
    expect(await rgb(pane.page, "body", "backgroundColor")).toBe("rgb(255, 255, 255)");
    await pane.close();
  }, 120000);

  it("follows the browser's dark colour scheme when Office gives no theme", async () => {
    const pane = await openPane(
      server.origin,
      await fakeWorkbookFromBuffer(fs.readFileSync(FILLED)),
      withCategory,
      { colorScheme: "dark" },
    );
    await pane.page.getByText("42.4 kg-CO2/m²").waitFor();
    expect(luminance(await rgb(pane.page, "body", "backgroundColor"))).toBeLessThan(0.05);
    expect(await pane.inspect("21-scheme-dark")).toEqual(SOUND);
    await pane.close();
  }, 120000);

  it("draws the charts in system colours under forced colours", async () => {
    const pane = await chartsIn({ forcedColors: "active", colorScheme: "dark" }, withCategory, "22-forced");
    const { page } = pane;
    const canvasText = await rgb(page, "body", "color");
    const canvas = await rgb(page, "body", "backgroundColor");
    expect(canvasText).not.toBe(canvas);
    const highlight = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "Highlight";
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    });
    expect(highlight).not.toBe(canvas);
    // The bar's rank labels and the chart's axis text in CanvasText; the site's marker in Highlight.
    expect(await rgb(page, 'svg[aria-label^="ランク"] text', "fill")).toBe(canvasText);
    expect(await rgb(page, 'svg[aria-label^="ランク"] path', "fill")).toBe(highlight);
    expect(await rgb(page, 'svg[aria-label^="年度別"] text', "fill")).toBe(canvasText);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 120000);
});

describe("outside Excel", () => {
  const outside = async (officeJs: PaneView["officeJs"], name: string, says: RegExp) => {
    const pane = await openPane(server.origin, { sheets: [] }, {}, { officeJs });
    const { page } = pane;
    await page.getByRole("heading", { name: "CO2報告チェック（Excel アドイン）" }).waitFor();
    await page.getByText(says).first().waitFor();
    await page.getByRole("link", { name: "manifest.xml" }).first().waitFor();
    expect(await page.getByText(/Excel is not defined|もう一度試す/).count()).toBe(0);
    expect(await page.getByRole("button").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "CO2 report check (an Excel add-in)" }).count()).toBe(1);
    expect(await pane.inspect(name)).toEqual(SOUND);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  };

  it("says what this is and how to load it when office.js is not found (404)", async () => {
    await outside("missing", "30-outside-no-office-js", /office\.js）を読み込めませんでした/);
  }, 120000);

  it("says the same when the office.js request fails", async () => {
    await outside("aborted", "31-outside-office-js-failed", /office\.js）を読み込めませんでした/);
  }, 120000);

  it("says it runs in Excel's task pane when opened in a browser tab", async () => {
    await outside("browser", "32-outside-browser", /ブラウザーで直接開いても使えません/);
  }, 120000);

  it("says it is for Excel only when opened in another Office application", async () => {
    await outside("word", "33-outside-word", /Excel 専用です（いまは Word の中で開かれています）/);
  }, 120000);

  it("shows a skeleton of the pane while office.js loads, then the figures", async () => {
    let release = () => {};
    const officeJsArrives = new Promise<void>((r) => (release = r));
    const pane = await openPane(
      server.origin,
      await fakeWorkbookFromBuffer(fs.readFileSync(FILLED)),
      {},
      { holdOfficeJs: officeJsArrives, waitForLoad: false },
    );
    const { page } = pane;
    const status = page.getByRole("status").filter({ hasText: "読み込んでいます" });
    await status.waitFor();
    expect(await page.getByText("CO2報告チェック").first().isVisible()).toBe(true);
    expect(await pane.inspect("34-skeleton")).toEqual(SOUND);
    release();
    await page.getByText("42.4 kg-CO2/m²").waitFor();
    expect(await status.count()).toBe(0);
    await pane.close();
  }, 120000);
});
