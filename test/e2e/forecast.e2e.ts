/**
 * The forecast sheet end to end in headless Chromium over the Excel fake: insert it from the pane, see the
 * figures and chart, change a parameter in the sheet, recompute in one click, undo, compare a variant.
 */
import { forecastCohorts } from "../../src/domain/jcredit/cohort";
import { applyVariant, compareForecasts } from "../../src/domain/jcredit/variant";
import { toA1 } from "../../src/workbook/address";
import { exampleForecastParams } from "../../src/workbook/jcredit/forecastSheet";
import { FORECAST_SHEET_NAME, forecastNewSheet } from "../../src/workbook/jcredit/forecastSheetAnalysis";
import { foreignRequests, openPane, SOUND } from "./harness";
import { servedDist } from "./suite";

const server = servedDist();

type Dump = { sheets: { name: string; cells: Record<string, { value?: unknown }>; charts?: unknown[] }[] };
const sheetOf = (d: Dump) => d.sheets.find((s) => s.name === FORECAST_SHEET_NAME);

/** Where a labelled row's first value / the 合計 row's 累計 sit on the created sheet. */
const layout = forecastNewSheet(exampleForecastParams()).values;
const rowOf = (label: string, after = 0) => layout.findIndex((r, i) => i >= after && r[0] === label);
const resultsHeader = rowOf("区分");
const GRAND = toA1(rowOf("合計", resultsHeader), exampleForecastParams().years + 1);
const L_CELL = toA1(rowOf("認証対象期間 L（年）"), 1);

describe("the forecast sheet in the task pane", () => {
  it("inserts the sheet, recomputes after a parameter changes, undoes, and compares a variant", async () => {
    const pane = await openPane(server.origin, { sheets: [{ name: "Sheet1", cells: {} }] });
    const { page } = pane;
    await page.getByText("様式が見つかりません").waitFor();
    await page.getByRole("button", { name: "J-クレジット見通しシートを挿入" }).click();
    await page.getByText(/シート「J-クレジット見通し」を作成しました/).waitFor();
    await page.getByRole("img", { name: /年度別・メニュー別の認証量/ }).waitFor();

    const eight = forecastCohorts(exampleForecastParams()).grandTotal.toNumber();
    const six = forecastCohorts({ ...exampleForecastParams(), creditingYears: 6 }).grandTotal.toNumber();
    expect(six).toBeLessThan(eight);
    let sheet = sheetOf(await pane.dump())!;
    expect(sheet.cells[GRAND].value).toBe(eight);
    expect(sheet.charts).toHaveLength(1);
    await page.getByText(`${eight.toLocaleString("ja-JP")} t-CO2`).waitFor();
    expect(await pane.inspect("10-forecast-inserted")).toEqual(SOUND);

    // The user edits a parameter in the sheet, then recomputes with one click.
    await page.evaluate(
      async ([name, address]) => {
        const x = window as unknown as {
          Excel: {
            run(f: (ctx: { workbook: any; sync(): Promise<void> }) => Promise<void>): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
          };
        };
        await x.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem(name).getRange(address).values = [[6]];
          await ctx.sync();
        });
      },
      [FORECAST_SHEET_NAME, L_CELL] as const,
    );
    await page.getByRole("button", { name: "再計算して書き込む" }).click();
    await page.getByText(/個のセルの結果を更新しました/).waitFor();
    sheet = sheetOf(await pane.dump())!;
    expect(sheet.cells[GRAND].value).toBe(six);
    expect(sheet.cells[L_CELL].value).toBe(6);
    await page.getByText(`${six.toLocaleString("ja-JP")} t-CO2`).waitFor();
    expect(await pane.inspect("11-forecast-recomputed")).toEqual(SOUND);

    // Undo puts the earlier results back (the user's parameter stays: it was not the add-in's write).
    await page.getByRole("button", { name: "元に戻す" }).click();
    await page.getByText(/元に戻しました/).waitFor();
    sheet = sheetOf(await pane.dump())!;
    expect(sheet.cells[GRAND].value).toBe(eight);
    expect(sheet.cells[L_CELL].value).toBe(6);

    // Recompute again, then a what-if with prices: B's revenue is the engine's figure.
    await page.getByRole("button", { name: "再計算して書き込む" }).click();
    await page.getByText(/個のセルの結果を更新しました/).waitFor();
    const a = { ...exampleForecastParams(), creditingYears: 6 };
    const c = compareForecasts(a, applyVariant(a, { priceRenewable: "4000", priceEnergySaving: "1500" }));
    if (!c.ok) throw new Error(c.messages.join());
    const revenueB = c.lines.find((l) => l.what === "revenueYen")!.b!.toNumber();
    await page.getByLabel("単価 再エネ（円/t）").fill("4000");
    await page.getByLabel("単価 省エネ（円/t）").fill("1500");
    await page
      .getByRole("table", { name: /比較/ })
      .getByRole("cell", { name: revenueB.toLocaleString("ja-JP"), exact: true })
      .waitFor();
    expect(await pane.inspect("12-forecast-what-if")).toEqual(SOUND);

    // Reference prices as presets: picked, each fills B's field, its source shown under the comparison.
    const d = compareForecasts(a, applyVariant(a, { priceRenewable: "3246", priceEnergySaving: "1551" }));
    if (!d.ok) throw new Error(d.messages.join());
    const presetRevenue = d.lines.find((l) => l.what === "revenueYen")!.b!.toNumber();
    await page
      .getByLabel("参考価格から選ぶ（再エネ発電）")
      .selectOption({ label: "第14回入札 再エネ発電 平均 ¥3,246/t（2023年5月）" });
    await page
      .getByLabel("参考価格から選ぶ（省エネ他）")
      .selectOption({ label: "第14回入札 省エネ他 平均 ¥1,551/t（2023年5月）" });
    await page
      .getByRole("table", { name: /比較/ })
      .getByRole("cell", { name: presetRevenue.toLocaleString("ja-JP"), exact: true })
      .waitFor();
    await page.getByText(/省エネ他の単価 ¥1,551\/t は参考価格です/).waitFor();
    expect(await page.getByLabel("単価 再エネ（円/t）").inputValue()).toBe("3246");
    expect(await pane.inspect("13-forecast-price-presets")).toEqual(SOUND);
    expect(foreignRequests(pane.requests, server.origin)).toEqual([]);
    await pane.close();
  }, 90000);
});
