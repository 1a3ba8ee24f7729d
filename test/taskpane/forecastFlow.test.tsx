import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { App } from "../../src/taskpane/App";
import { Grid, type CellValue } from "../../src/workbook/grid";
import { exampleForecastParams } from "../../src/workbook/jcredit/forecastSheet";
import { FORECAST_SHEET_NAME, forecastNewSheet } from "../../src/workbook/jcredit/forecastSheetAnalysis";
import type { OwnEarlier } from "../../src/workbook/writePlan";
import { fakeServices } from "../support/paneServices";

/** The forecast sheet after the user set L = 6; `typedOver` puts a typed number in the R8 total. */
function analysis(typedOver: boolean): WorkbookAnalysis {
  const values: CellValue[][] = forecastNewSheet(exampleForecastParams()).values.map((r) => [...r]);
  values[values.findIndex((r) => r[0] === "認証対象期間 L（年）")][1] = 6;
  const total = values.findIndex((r) => r[0] === "合計");
  if (typedOver) values[total][1] = 1;
  const width = Math.max(...values.map((r) => r.length));
  const grid = new Grid({
    sheet: FORECAST_SHEET_NAME,
    values: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
  });
  // Every result cell is the add-in's own, except the one typed over.
  const own: OwnEarlier = (_s, address) => !(typedOver && address === `B${total + 1}`);
  return analyzeWorkbook({ sheets: [grid] }, DEFAULT_SETTINGS, own);
}

const services = (typedOver: boolean) => fakeServices(() => analysis(typedOver));

describe("forecast sheet in the pane", () => {
  it("recompute reads the sheet afresh and writes every changed result at once", async () => {
    const s = services(false);
    render(<App services={s} />);
    await userEvent.click(await screen.findByRole("button", { name: "再計算して書き込む" }));
    expect(await screen.findByText(/個のセルの結果を更新しました/)).toBeInTheDocument();
    expect(s.analyze).toHaveBeenCalledTimes(3); // open, recompute, after the write
    const written = s.write.mock.calls[0][0];
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((w) => w.sheet === FORECAST_SHEET_NAME && w.state === "ownEarlier")).toBe(true);
  });

  it("asks before replacing a result someone typed over: the preview opens and nothing is written", async () => {
    const s = services(true);
    render(<App services={s} />);
    await userEvent.click(await screen.findByRole("button", { name: "再計算して書き込む" }));
    expect(await screen.findByText(/上書きの確認が必要なセルがあります/)).toBeInTheDocument();
    const preview = screen.getByRole("region", { name: "書き込む内容の確認" });
    expect(
      within(preview).getByText(
        "B" + (analysis(true).forms[0].writes.find((w) => w.state === "input")!.row + 1),
      ),
    ).toBeInTheDocument();
    expect(s.write).not.toHaveBeenCalled();
  });

  it("inserts the example sheet through the host and offers undo", async () => {
    // Offered where it fits: a workbook without forms (not one that already has the sheet).
    const s = fakeServices(() => ({ forms: [], issues: [] }));
    render(<App services={s} />);
    await userEvent.click(await screen.findByRole("button", { name: "J-クレジット見通しシートを挿入" }));
    expect(await screen.findByText(/シート「J-クレジット見通し」を作成しました/)).toBeInTheDocument();
    const sheet = s.createSheet.mock.calls[0][0];
    expect(sheet.name).toBe(FORECAST_SHEET_NAME);
    expect(sheet.chart?.type).toBe("columnStacked");
    expect(screen.getByRole("button", { name: "元に戻す" })).toBeInTheDocument();
  });
});
