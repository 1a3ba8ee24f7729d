/**
 * The pane as a tool beside the sheet, in headless Chromium at a task pane's width over the Excel fake:
 * focus after write / cancel / undo, Escape, the arrow keys in the category select, settings changed from
 * the keyboard, a live re-check after a cell edit (one read per burst, none for the add-in's own writes)
 * with no full-pane spinner, and the selected cell's finding highlighted. Screenshots to test-artifacts/.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import { BLANK, FILLED } from "../support/examples";
import { form7Buffer, KOTO_PRINTED, KOTO_USAGE } from "../support/form7Workbook";
import { openPane } from "./harness";
import { servedDist } from "./suite";

const server = servedDist();

const PANE = { viewport: { width: 320, height: 720 } };

/** What has focus: its accessible-ish text (aria-label, else its text), and its test id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? null,
      text: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim(),
      testId: el?.getAttribute("data-testid") ?? null,
    };
  });

/** Whether the element is wholly inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight + 1;
  }, selector);

/** Records, from now on, whether the full-pane spinner ever shows (it must not after the first load). */
const watchSpinner = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __spinnerSeen: boolean };
    w.__spinnerSeen = false;
    new MutationObserver(() => {
      if (document.body.textContent?.includes("ブックを読み取っています…")) w.__spinnerSeen = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
const spinnerSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spinnerSeen: boolean }).__spinnerSeen);

const runs = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fake: { stats: { runs: number } } }).__fake.stats.runs);

async function koto(cityGasCo2 = 14.0) {
  const { buffer } = await form7Buffer([
    {
      name: "第7号様式",
      forms: [{ content: { usage: KOTO_USAGE, computed: { ...KOTO_PRINTED, "cityGas.co2T": cityGasCo2 } } }],
    },
  ]);
  return fakeWorkbookFromBuffer(buffer);
}

describe("focus, Escape and the keyboard", () => {
  it("preview scrolls into view, Escape and キャンセル return focus, the notice takes it after write and undo", async () => {
    const pane = await openPane(
      server.origin,
      await fakeWorkbookFromBuffer(fs.readFileSync(BLANK)),
      {},
      PANE,
    );
    const { page } = pane;
    const opener = page.getByRole("button", { name: "結果を書き込む" });
    await opener.waitFor();
    await watchSpinner(page);
    await opener.focus();
    await page.keyboard.press("Enter");
    const preview = page.getByRole("region", { name: "書き込む内容の確認" });
    await preview.waitFor();
    // The blank form still lacks its floor area: the pane says so before writing zeros.
    await preview
      .getByRole("alert")
      .getByText(/このまま書き込むと \d+ 個のセルに 0 が入ります/)
      .waitFor();
    await page.waitForFunction(() => {
      const r = document.querySelector("section[aria-label='書き込む内容の確認']")!.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    });
    await pane.screenshot("11-preview-in-view-320");
    await page.keyboard.press("Escape");
    await preview.waitFor({ state: "detached" });
    expect(await focused(page)).toMatchObject({ text: "結果を書き込む" });

    await page.keyboard.press("Enter");
    await preview.waitFor();
    await preview.getByRole("button", { name: "キャンセル" }).click();
    await preview.waitFor({ state: "detached" });
    expect(await focused(page)).toMatchObject({ text: "結果を書き込む" });

    await page.keyboard.press("Enter");
    await preview.getByRole("button", { name: /個のセルに書き込む/ }).click();
    await page.getByText(/個のセルに書き込みました/).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "notice");
    expect(await inView(page, "[data-testid='notice']")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "BUTTON", text: "元に戻す" });
    await pane.screenshot("12-written-notice-focused-320");
    await page.keyboard.press("Enter");
    await page.getByText(/個のセルを元に戻しました/).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "notice");
    expect(await inView(page, "[data-testid='notice']")).toBe(true);
    // Three re-reads (after write, after undo) and never the full-pane spinner.
    expect(await spinnerSeen(page)).toBe(false);
    await pane.screenshot("13-undone-notice-focused-320");
    await pane.close();
  }, 120000);

  it("reaches every benchmark category with the arrow keys, each previewed", async () => {
    const pane = await openPane(
      server.origin,
      await fakeWorkbookFromBuffer(fs.readFileSync(FILLED)),
      {},
      PANE,
    );
    const { page } = pane;
    const select = page.getByLabel("ベンチマーク区分（このシートに記入）");
    await select.waitFor();
    await select.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
    expect(await select.inputValue()).toBe("5");
    const preview = page.getByRole("region", { name: "書き込む内容の確認" });
    await preview.getByText("（空欄） → 5").waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowUp");
    expect(await select.inputValue()).toBe("2");
    await preview.getByText("（空欄） → 2").waitFor();
    expect(await focused(page)).toMatchObject({ tag: "SELECT" });
    await pane.screenshot("14-category-by-keyboard-320");
    await page.keyboard.press("Escape");
    await preview.waitFor({ state: "detached" });
    expect(await select.inputValue()).toBe("");
    expect(await focused(page)).toMatchObject({ tag: "SELECT" });
    await pane.close();
  }, 120000);

  it("switches the language from the keyboard: Tab reaches the selected tab, an arrow the other, Enter picks it", async () => {
    const pane = await openPane(server.origin, await koto(), {}, PANE);
    const { page } = pane;
    await page.getByText("42.4 kg-CO2/m²").waitFor();
    const list = page.getByRole("tablist", { name: "表示言語" });
    await list.getByRole("tab", { name: "日本語" }).focus();
    expect(await list.getByRole("tab", { name: "日本語" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowRight");
    const en = list.getByRole("tab", { name: "English" });
    expect(await en.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("tablist", { name: "Language" }).waitFor();
    expect(await page.getByRole("tab", { name: "English" }).getAttribute("aria-selected")).toBe("true");
    await pane.close();
  }, 120000);

  it("keeps focus in a settings radio group and reads the workbook once after the arrow keys", async () => {
    const pane = await openPane(server.origin, await koto(), {}, PANE);
    const { page } = pane;
    await page.getByText("42.4 kg-CO2/m²").waitFor();
    await watchSpinner(page);
    await page.getByRole("button", { name: "設定" }).click();
    const first = page.getByRole("radio", { name: "10t単位で切り捨て（福岡市の表と同じ）" });
    await first.focus();
    // The layout has settled: every on-demand chunk has arrived (they are fetched after the first figures) and
    // the settings panel's opening motion (Fluent's Collapse, a Web Animation) has ended.
    await page.waitForFunction(
      () =>
        document.querySelector("[data-chunk-loading]") === null &&
        document.getAnimations().every((a) => a.playState !== "running"),
    );
    const before = await runs(page);
    // Where the control stands in the document (the viewport's y moves while the browser scrolls the focused
    // control into view, which it may still be doing here).
    const docY = () => first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const y0 = await docY();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const last = page.getByRole("radio", { name: "丸めない" });
    await page.waitForFunction(
      () =>
        (
          window as unknown as {
            __fake: { dump(): { settings: Record<string, { returnReductionRounding?: string }> } };
          }
        ).__fake.dump().settings["co2check.settings"]?.returnReductionRounding === "none",
    );
    await page.waitForTimeout(1500);
    expect(await last.evaluate((el) => el === document.activeElement)).toBe(true);
    // One analysis (one Excel.run) for the two changes; the focused control stayed where it was.
    expect((await runs(page)) - before).toBe(1);
    expect(Math.abs((await docY()) - y0)).toBeLessThan(2);
    expect(await spinnerSeen(page)).toBe(false);
    await pane.close();
  }, 120000);
});

describe("live re-check", () => {
  it("re-checks after a burst of edits in one read, not after the add-in's own writes; highlights the selected cell's finding", async () => {
    const pane = await openPane(server.origin, await koto(), {}, PANE);
    const { page } = pane;
    await page.getByText("42.4 kg-CO2/m²").waitFor();
    // Events are watched: no 再読み込み.
    await page.getByRole("button", { name: "問題のセルに色を付ける" }).waitFor();
    expect(await page.getByRole("button", { name: "再読み込み" }).count()).toBe(0);
    await watchSpinner(page);
    expect(await page.getByRole("button", { name: "セル H22 を選択" }).count()).toBe(0);

    const before = await runs(page);
    // A person types the city-gas usage three times in a row (a burst): 6,220.4 → 7,000 Nm³.
    await page.evaluate(() => {
      const f = (window as unknown as { __fake: { userEdit(s: string, a: string, v: number): void } }).__fake;
      f.userEdit("第7号様式", "D22", 6500);
      f.userEdit("第7号様式", "D22", 6800);
      f.userEdit("第7号様式", "D22", 7000);
    });
    // 7,000 × 45.0 ÷ 1000 = 315.0 GJ; × 0.0136 t/GJ… the sheet's 14.0 is now wrong: a finding at H22.
    await page.getByRole("button", { name: "セル H22 を選択" }).waitFor();
    await page.waitForTimeout(1500);
    expect((await runs(page)) - before).toBe(1);
    expect(await spinnerSeen(page)).toBe(false);
    await pane.screenshot("15-live-recheck-320");

    // Selecting H22 in the sheet highlights its finding.
    await page.evaluate(() =>
      (window as unknown as { __fake: { userSelect(s: string, a: string): void } }).__fake.userSelect(
        "第7号様式",
        "H22",
      ),
    );
    const current = page.locator("li[aria-current='true']");
    await current.getByRole("button", { name: "セル H22 を選択" }).waitFor();
    expect(await current.count()).toBe(1);
    await pane.screenshot("16-selected-finding-320");

    // The add-in's own writes are followed by its own re-read only: one Excel.run for the write, one for
    // 報告履歴 created after it, one to watch each sheet the writes added (the log, 報告履歴), one re-read.
    await page.getByRole("button", { name: "結果を書き込む" }).click();
    const preview = page.getByRole("region", { name: "書き込む内容の確認" });
    await preview.getByRole("checkbox", { name: "セル H22 の入力値を上書きする" }).check();
    const sheetsBefore = (await pane.dump()).sheets.length;
    const beforeWrite = await runs(page);
    await preview.getByRole("button", { name: /個のセルに書き込む/ }).click();
    await page.getByText(/個のセルに書き込みました/).waitFor();
    await page.waitForTimeout(2000);
    const names = (await pane.dump()).sheets.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(["CO2チェック記録", "報告履歴"]));
    expect((await runs(page)) - beforeWrite).toBe(1 + 1 + (names.length - sheetsBefore) + 1);
    expect(await spinnerSeen(page)).toBe(false);
    await pane.close();
  }, 120000);
});
