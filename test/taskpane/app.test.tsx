import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import type { HostServices } from "../../src/app/services";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { App } from "../../src/taskpane/App";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";
import { fakeServices } from "../support/paneServices";

// Many role queries over the whole pane: slow in jsdom on a loaded 2-core machine (each test passes in
// 2–30 s alone; under load they passed 60 s).
jest.setTimeout(180000);

/** A real analysis of a Form 7 grid: the public case with a wrong city-gas CO2 and a formula in 総計. */
function analysis(settings: Settings = DEFAULT_SETTINGS): WorkbookAnalysis {
  const sink = new GridSink();
  writeForm7(
    sink,
    {},
    {
      usage: { ...KOTO_USAGE, electricityDay: "77,471.1" as unknown as number },
      computed: {
        ...KOTO_PRINTED,
        "cityGas.co2T": 14.4,
        crudeOilKl: undefined,
        co2TotalT: { formula: "F17+F18", result: 60 },
      },
    },
  );
  return analyzeWorkbook({ sheets: [sink.grid()] }, settings);
}

const appServices = (overrides: Partial<HostServices<WorkbookAnalysis>> = {}) =>
  fakeServices(analysis, { undoLast: jest.fn(async () => ({ batch: "B1", restored: 3 })), ...overrides });

describe("task pane", () => {
  it("shows the figures formatted for Japan and the findings with their cells", async () => {
    render(<App services={appServices()} />);
    expect(await screen.findByText("31 kl")).toBeInTheDocument();
    expect(screen.getByText("1,207.7 GJ")).toBeInTheDocument();
    expect(screen.getByText("42.4 kg-CO2/m²")).toBeInTheDocument();
    expect(screen.getByText("低炭素化協力事業所（任意報告）")).toBeInTheDocument();
    expect(screen.getByText(/シートの値 14.4、正しい値 14.0/)).toBeInTheDocument();
    expect(screen.getByText(/文字列「77,471.1」として入力されています/)).toBeInTheDocument();
  });

  it("selects a finding's cell in Excel", async () => {
    const services = appServices();
    render(<App services={services} />);
    await userEvent.click(await screen.findByRole("button", { name: "セル H22 を選択" }));
    expect(services.select).toHaveBeenCalledWith({ sheet: "第7号様式", address: "H22" });
  });

  it("switches to English without reading the workbook again", async () => {
    const services = appServices();
    render(<App services={services} />);
    await screen.findByText("31 kl");
    await userEvent.click(screen.getByRole("tab", { name: "English" }));
    expect(await screen.findByText("CO2 intensity")).toBeInTheDocument();
    expect(screen.getByText(/the sheet holds 14.4; it should be 14.0/)).toBeInTheDocument();
    expect(services.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ language: "en" }));
    expect(services.analyze).toHaveBeenCalledTimes(1);
  });

  it("previews writes, leaves formula and typed cells alone unless ticked, and undoes", async () => {
    const services = appServices();
    render(<App services={services} />);
    await userEvent.click(await screen.findByRole("button", { name: "結果を書き込む" }));
    const preview = screen.getByRole("region", { name: "書き込む内容の確認" });
    // 原油換算 (F16) is empty: planned; H22 holds 14.4 typed: needs a tick; 総計 is a formula but shows 60: unchanged.
    expect(within(preview).getByText("F16")).toBeInTheDocument();
    expect(within(preview).queryByText("F19")).toBeNull();
    await userEvent.click(within(preview).getByRole("button", { name: "1 個のセルに書き込む" }));
    expect(services.write).toHaveBeenCalledTimes(1);
    expect(services.write.mock.calls[0][0].map((w) => w.address)).toEqual(["F16"]);
    expect(await screen.findByText(/1 個のセルに書き込みました/)).toBeInTheDocument();

    await userEvent.click(await screen.findByRole("button", { name: "結果を書き込む" }));
    const again = screen.getByRole("region", { name: "書き込む内容の確認" });
    await userEvent.click(within(again).getByRole("checkbox", { name: "セル H22 の入力値を上書きする" }));
    await userEvent.click(within(again).getByRole("button", { name: "2 個のセルに書き込む" }));
    expect(services.write.mock.calls[1][0].map((w) => [w.address, w.value])).toEqual([
      ["H22", 13.9585776],
      ["F16", 31],
    ]);
    await userEvent.click(await screen.findByRole("button", { name: "元に戻す" }));
    expect(services.undoLast).toHaveBeenCalled();
    expect(await screen.findByText(/3 個のセルを元に戻しました/)).toBeInTheDocument();
    // Undo again goes back one more batch; once the log has none, it says so and offers no more.
    services.undoLast.mockResolvedValueOnce({ batch: null, restored: 0 });
    await userEvent.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(services.undoLast).toHaveBeenCalledTimes(2);
    expect(await screen.findByText("元に戻す書き込みはありません。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "元に戻す" })).toBeNull();
  });

  it("says what it looks for when there is no form", async () => {
    render(<App services={appServices({ analyze: jest.fn(async () => ({ forms: [], issues: [] })) })} />);
    expect(await screen.findByText("様式が見つかりません")).toBeInTheDocument();
    expect(screen.getByText(/燃料等の種別/)).toBeInTheDocument();
  });

  it("shows an Office error in plain words with a retry, never a blank pane", async () => {
    const analyze = jest
      .fn<Promise<WorkbookAnalysis>, [Settings]>()
      .mockRejectedValueOnce(new Error("RichApi.Error: The workbook is busy"))
      .mockImplementation(async (s) => analysis(s));
    render(<App services={appServices({ analyze })} />);
    expect(await screen.findByText("Excelとのやりとりでエラーが起きました")).toBeInTheDocument();
    expect(screen.getByText(/The workbook is busy/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "もう一度試す" }));
    expect(await screen.findByText("31 kl")).toBeInTheDocument();
  });

  it("saves a changed setting in the workbook and computes again with it", async () => {
    const services = appServices();
    render(<App services={services} />);
    await screen.findByText("31 kl");
    await userEvent.click(screen.getByRole("button", { name: "設定" }));
    await userEvent.click(screen.getByRole("radio", { name: /一次エネルギー換算ベース/ }));
    await waitFor(() => expect(services.analyze).toHaveBeenCalledTimes(2));
    expect(services.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ heatRowCo2: "primaryEnergy" }),
    );
    expect(services.analyze).toHaveBeenLastCalledWith(
      expect.objectContaining({ heatRowCo2: "primaryEnergy" }),
    );
  });

  it("words a notice in the language chosen after it appeared", async () => {
    render(<App services={appServices()} />);
    await userEvent.click(await screen.findByRole("button", { name: "問題のセルに色を付ける" }));
    const n = (await screen.findByText(/個のセルに色を付けました/)).textContent!.match(/\d+/)![0];
    await userEvent.click(screen.getByRole("tab", { name: "English" }));
    expect(await screen.findByText(`Coloured ${n} cells (values unchanged).`)).toBeInTheDocument();
  });
});
