/**
 * The production task pane in headless Chromium over the Excel fake loaded from real .xlsx workbooks:
 * open, see the figures, click a finding, write the results, undo; assert the fake workbook's cells and that
 * no request left the machine. Screenshots of each state go to test-artifacts/.
 */
import fs from "node:fs";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import { BLANK, FILLED } from "../support/examples";
import { form7Buffer, KOTO_PRINTED, KOTO_USAGE } from "../support/form7Workbook";
import { forecastWorkbook, returnTableWorkbook } from "../support/jcreditWorkbooks";
import { foreignRequests, openPane, SOUND } from "./harness";
import { servedDist } from "./suite";

const server = servedDist();

const cell = (
  dump: {
    sheets: { name: string; cells: Record<string, { value?: unknown; formula?: string; fill?: string }> }[];
  },
  sheet: string,
  a: string,
) => dump.sheets.find((s) => s.name === sheet)?.cells[a];

describe("task pane end to end", () => {
  it("shows the filled example's figures in Japanese and selects a finding's cell", async () => {
    const { buffer } = await form7Buffer([
      {
        name: "第7号様式",
        forms: [{ content: { usage: KOTO_USAGE, computed: { ...KOTO_PRINTED, "cityGas.co2T": 14.4 } } }],
      },
    ]);
    const pane = await openPane(server.origin, await fakeWorkbookFromBuffer(buffer));
    const { page } = pane;
    await page.getByText("42.4 kg-CO2/m²").waitFor();
    await page.getByText("31 kl").waitFor();
    expect(await pane.inspect("01-figures-ja")).toEqual(SOUND);
    await page.getByRole("button", { name: "セル H22 を選択" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fake: { dump(): { selection: string | null } } }).__fake.dump()
          .selection !== null,
    );
    const dump = await pane.dump();
    expect(dump.selection).toContain("H22");
    await page.getByRole("button", { name: "問題のセルに色を付ける" }).click();
    await page.getByText(/個のセルに色を付けました/).waitFor();
    expect(cell(await pane.dump(), "第7号様式", "H22")).toMatchObject({
      value: 14.4,
      fill: expect.stringMatching(/^#/),
    });
    expect(await pane.inspect("01b-marked")).toEqual(SOUND);
    await page.getByRole("button", { name: "色を消す" }).click();
    await page.getByText(/色を元に戻しました/).waitFor();
    expect(cell(await pane.dump(), "第7号様式", "H22")?.fill).toBeUndefined();
    await page.getByRole("tab", { name: "English" }).click();
    await page.getByText("CO2 intensity").waitFor();
    expect(await pane.inspect("02-figures-en")).toEqual(SOUND);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 120000);

  it("writes the results after a preview, logs them, and undoes them", async () => {
    const pane = await openPane(server.origin, await fakeWorkbookFromBuffer(fs.readFileSync(BLANK)));
    const { page } = pane;
    await page.getByRole("button", { name: "結果を書き込む" }).click();
    await page.getByText("書き込む内容の確認").waitFor();
    expect(await pane.inspect("03-write-preview")).toEqual(SOUND);
    await page.getByRole("button", { name: /個のセルに書き込む/ }).click();
    await page.getByText(/個のセルに書き込みました/).waitFor();
    expect(await pane.inspect("04-written")).toEqual(SOUND);
    let dump = await pane.dump();
    expect(cell(dump, "第7号様式", "F16")?.value).toBe(0);
    expect(dump.sheets.map((s) => s.name)).toContain("CO2チェック記録");
    await page.getByRole("button", { name: "元に戻す" }).click();
    await page.getByText(/個のセルを元に戻しました/).waitFor();
    dump = await pane.dump();
    expect(cell(dump, "第7号様式", "F16")?.value ?? null).toBeNull();
    expect(await pane.inspect("05-undone")).toEqual(SOUND);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 120000);

  it("says what it looks for when the workbook has no form", async () => {
    const pane = await openPane(server.origin, {
      sheets: [{ name: "Sheet1", cells: { A1: { value: "予算" } } }],
    });
    await pane.page.getByText("様式が見つかりません").waitFor();
    expect(await pane.inspect("06-empty")).toEqual(SOUND);
    await pane.close();
  }, 120000);

  it("uses the filled example file as is", async () => {
    const pane = await openPane(server.origin, await fakeWorkbookFromBuffer(fs.readFileSync(FILLED)));
    await pane.page.getByText("60 t").first().waitFor();
    await pane.page.getByRole("button", { name: "設定" }).click();
    await pane.page.getByLabel("ベンチマーク区分", { exact: true }).selectOption("2");
    await pane.page.getByText("A3 まで あと 9.7 kg-CO2/m²（年 13.7 t）の削減").waitFor();
    expect(await pane.inspect("07-benchmark-and-settings")).toEqual(SOUND);
    expect((await pane.dump()).settings["co2check.settings"]).toMatchObject({ benchmarkCategory: 2 });
    await pane.close();
  }, 120000);
});

describe("the site's benchmark category and publication sheet", () => {
  it("keeps the category chosen on the card in the sheet, then makes the publication sheet; both undo", async () => {
    const pane = await openPane(server.origin, await fakeWorkbookFromBuffer(fs.readFileSync(FILLED)));
    const { page } = pane;
    await page.getByText("60 t").first().waitFor();
    await page.getByLabel("ベンチマーク区分（このシートに記入）").selectOption("2");
    await page.getByText("書き込む内容の確認").waitFor();
    expect(await pane.inspect("07b-category-preview")).toEqual(SOUND);
    await page.getByRole("button", { name: "2 個のセルに書き込む" }).click();
    await page.getByText("A3 まで あと 9.7 kg-CO2/m²（年 13.7 t）の削減").waitFor();
    let dump = await pane.dump();
    expect(cell(dump, "第7号様式", "G14")?.value).toBe("ベンチマーク区分");
    expect(cell(dump, "第7号様式", "H14")?.value).toBe(2);
    // The choice is the sheet's, not a setting.
    const stored = dump.settings["co2check.settings"] as { benchmarkCategory?: number | null } | undefined;
    expect(stored?.benchmarkCategory ?? null).toBeNull();

    await page.getByRole("button", { name: "公表シートを作成…" }).click();
    await page.getByRole("textbox", { name: /報告年月日/ }).fill("2025年6月30日");
    await page.getByRole("textbox", { name: /取組内容/ }).fill("照明のLED化\n空調の運用改善");
    expect(await pane.inspect("07c-publication-form")).toEqual(SOUND);
    await page.getByRole("button", { name: "公表シートを作成", exact: true }).click();
    await page.getByText(/シート「公表_.*」を作成しました/).waitFor();
    expect(await pane.inspect("07d-publication-made")).toEqual(SOUND);
    dump = await pane.dump();
    const pub = dump.sheets.find((x) => x.name.startsWith("公表_"));
    expect(pub).toBeDefined();
    const values = Object.fromEntries(Object.entries(pub!.cells).map(([a, c]) => [a, c.value]));
    expect(values).toMatchObject({
      A1: "港区地球温暖化対策報告書制度",
      A4: "報告年月日",
      B4: "2025年6月30日",
    });
    expect(Object.values(values)).toEqual(
      expect.arrayContaining([60, 42.4, "・照明のLED化", "・空調の運用改善"]),
    );

    // Undo removes the publication sheet, then the category cells.
    await page.getByRole("button", { name: "元に戻す" }).click();
    await page.getByText(/元に戻しました/).waitFor();
    dump = await pane.dump();
    expect(dump.sheets.some((x) => x.name.startsWith("公表_"))).toBe(false);
    await page.getByText("A3 まで あと 9.7 kg-CO2/m²（年 13.7 t）の削減").waitFor();
    await page.getByRole("button", { name: "元に戻す" }).click();
    await page.getByText(/2 個のセルを元に戻しました/).waitFor();
    dump = await pane.dump();
    expect([
      cell(dump, "第7号様式", "G14")?.value ?? null,
      cell(dump, "第7号様式", "H14")?.value ?? null,
    ]).toEqual([null, null]);
    await page.getByText(/ベンチマーク区分（1〜30）が指定されていないため/).waitFor();
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 120000);
});

describe("J-Credit sheets in the task pane", () => {
  it("shows the forecast table's findings and fills Fukuoka Table 2 from a bid", async () => {
    const forecast = await openPane(server.origin, await fakeWorkbookFromBuffer(await forecastWorkbook()));
    await forecast.page.getByText("J-クレジット認証量の想定表").waitFor();
    await forecast.page.getByRole("button", { name: "セル K3 を選択" }).waitFor();
    expect(await forecast.inspect("08-forecast-table")).toEqual(SOUND);
    await forecast.close();

    const pane = await openPane(
      server.origin,
      await fakeWorkbookFromBuffer(await returnTableWorkbook(3000, 50)),
    );
    const { page } = pane;
    await page.getByText("還元額の表（表2）").waitFor();
    await page.getByRole("table", { name: "ΣBの試算" }).waitFor();
    await page.getByRole("button", { name: "結果を書き込む" }).click();
    await page.getByRole("button", { name: "10 個のセルに書き込む" }).click();
    await page.getByText(/10 個のセルに書き込みました/).waitFor();
    const dump = await pane.dump();
    expect(cell(dump, "還元額", "D14")?.value).toBe(24510000);
    expect(cell(dump, "還元額", "F18")?.value).toBe(15945000);
    expect(await pane.inspect("09-return-table-written")).toEqual(SOUND);
    // A reference price picked for the what-if: a ※ row of its own, its source under the grid.
    await page
      .getByLabel("参考価格から選ぶ（再エネ発電）")
      .selectOption({ label: "第14回入札 再エネ発電 平均 ¥3,246/t（2023年5月）" });
    await page.getByRole("table", { name: "ΣBの試算" }).getByRole("rowheader", { name: "3,246 ※" }).waitFor();
    await page.getByText(/再エネ発電の単価 ¥3,246\/t は参考価格です/).waitFor();
    expect(await pane.inspect("09b-return-table-price-preset")).toEqual(SOUND);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 120000);
});
