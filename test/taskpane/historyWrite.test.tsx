import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { App } from "../../src/taskpane/App";
import { Grid, type CellValue } from "../../src/workbook/grid";
import { HISTORY_COLUMNS } from "../../src/workbook/history/historySheet";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";
import { fakeServices } from "../support/paneServices";

const NAME = "港サンプルビル";
const HEADER = HISTORY_COLUMNS.map((c) => c.ja);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * The public case as FY2024 (reported 1,207.7 GJ, 60 t, 42.4 kg-CO2/m², 1,412.36 m²), its computed cells
 * empty; with a 報告履歴 sheet holding FY2013 and FY2023 when `history` is set.
 */
function workbook(history: boolean, computed: Record<string, number> = {}) {
  return (_s: Settings): WorkbookAnalysis => {
    const sink = new GridSink();
    writeForm7(sink, {}, { usage: KOTO_USAGE, period: "2024年4月～2025年3月", name: NAME, computed });
    const sheets = [sink.grid("2024年度")];
    const values: CellValue[][] = [
      HEADER,
      [2013, NAME, null, 1412.36, 1700, 80, null, 61.0, null],
      [2023, NAME, null, 1412.36, 1250, 62, null, 44.0, null],
    ];
    if (history) sheets.push(new Grid({ sheet: "報告履歴", values }));
    return analyzeWorkbook({ sheets }, DEFAULT_SETTINGS);
  };
}

async function openPreview() {
  await userEvent.click(await screen.findByRole("button", { name: "結果を書き込む" }));
  return screen.getByRole("region", { name: "書き込む内容の確認" });
}

describe("recording the year in 報告履歴 when a Form 7 is written", () => {
  it("previews the history row with the form's cells and writes both in one batch, stamped", async () => {
    const services = fakeServices(workbook(true));
    render(<App services={services} />);
    // The card shows the three known years as a chart.
    expect(
      await screen.findByRole("img", { name: /2013年度から2024年度まで.*基準: 2013年度/ }),
    ).toBeInTheDocument();
    const preview = await openPreview();
    expect(
      screen.getByText(
        "あわせて「報告履歴」シートの 4 行目に2024年度の数値を追記します（下の「報告履歴・2024年度」の行）。",
      ),
    ).toBeInTheDocument();
    expect(within(preview).getByText("報告履歴・2024年度: エネルギー原単位 (MJ/m²)")).toBeInTheDocument();
    const confirm = within(preview).getByRole("button", { name: /個のセルに書き込む$/ });
    await userEvent.click(confirm);
    expect(services.write).toHaveBeenCalledTimes(1);
    const batch = services.write.mock.calls[0][0];
    const own = batch.filter((w) => w.sheet === "報告履歴");
    // 1,207.7 GJ × 1000 ÷ 1,412.36 m² = 855.09… → 855.1 MJ/m²; the time last, only with the row
    expect(own.map((w) => [w.address, w.value])).toEqual([
      ["A4", 2024],
      ["B4", NAME],
      ["D4", 1412.36],
      ["E4", 1207.7],
      ["F4", 60],
      ["G4", 855.1],
      ["H4", 42.4],
      ["I4", expect.stringMatching(ISO)],
    ]);
    expect(batch.filter((w) => w.sheet === "2024年度").length).toBe(batch.length - 8);
    expect(services.createSheet).not.toHaveBeenCalled();
    expect(
      await screen.findByText(`${batch.length} 個のセルに書き込みました。`, { exact: false }),
    ).toBeInTheDocument();
  });

  it("creates 報告履歴 after the write when there is none, and says it was a second step", async () => {
    const services = fakeServices(workbook(false));
    render(<App services={services} />);
    const preview = await openPreview();
    expect(
      screen.getByText(/「報告履歴」シートはまだありません。書き込みの後に作成し、2024年度/),
    ).toBeInTheDocument();
    await userEvent.click(within(preview).getByRole("button", { name: /個のセルに書き込む$/ }));
    expect(services.write).toHaveBeenCalledTimes(1);
    expect(services.write.mock.calls[0][0].every((w) => w.sheet === "2024年度")).toBe(true);
    expect(services.createSheet).toHaveBeenCalledTimes(1);
    expect(services.write.mock.invocationCallOrder[0]).toBeLessThan(
      services.createSheet.mock.invocationCallOrder[0],
    );
    const sheet = services.createSheet.mock.calls[0][0];
    expect(sheet.name).toBe("報告履歴");
    expect(sheet.values).toEqual([
      HEADER,
      [2024, NAME, null, 1412.36, 1207.7, 60, 855.1, 42.4, expect.stringMatching(ISO)],
    ]);
    expect(
      await screen.findByText(
        /「報告履歴」シートを作成して2024年度の数値を記録しました（書き込みとは別の操作です/,
      ),
    ).toBeInTheDocument();
  });

  it("records the year alone when the form needs no write", async () => {
    // Every computed cell filled as the form prints it: nothing to write but the history.
    const services = fakeServices(workbook(false, KOTO_PRINTED));
    render(<App services={services} />);
    const preview = await openPreview();
    // Nothing to write in the form: no disabled 「0 個のセルに書き込む」, only the history sheet is offered.
    expect(within(preview).queryByRole("button", { name: /個のセルに書き込む/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "「報告履歴」シートだけを作成して記録する" }));
    expect(services.write).not.toHaveBeenCalled();
    expect(services.createSheet.mock.calls[0][0].values[1].slice(0, 2)).toEqual([2024, NAME]);
    expect(
      await screen.findByText("「報告履歴」シートを作成して2024年度の数値を記録しました。"),
    ).toBeInTheDocument();
  });
});
