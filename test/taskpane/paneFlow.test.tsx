/**
 * The pane as a tool beside the sheet: the cards stay while the workbook is read again, focus goes where
 * the user continues (the result notice, the opener after cancel), Escape closes the preview, one action at
 * a time (buttons disabled meanwhile), settings re-analysed once after a pause, edits re-checked by
 * themselves (one read per burst, only for a form's sheet), and the selected cell's finding highlighted.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import type { WorkbookEvents } from "../../src/app/services";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { App } from "../../src/taskpane/App";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";
import { fakeServices, sheetServices } from "../support/paneServices";

const TIMING = { settingsMs: 60, liveMs: 60 };

/** The public case with a wrong city-gas CO2 typed in H22 (14.4; exactly 13.9585776) and 原油換算 empty. */
function analysis(settings: Settings = DEFAULT_SETTINGS): WorkbookAnalysis {
  const sink = new GridSink();
  writeForm7(
    sink,
    {},
    { usage: KOTO_USAGE, computed: { ...KOTO_PRINTED, "cityGas.co2T": 14.4, crudeOilKl: undefined } },
  );
  return analyzeWorkbook({ sheets: [sink.grid()] }, settings);
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const openPreview = async () => {
  await userEvent.click(await screen.findByRole("button", { name: "結果を書き込む" }));
  return screen.getByRole("region", { name: "書き込む内容の確認" });
};

describe("focus and the preview", () => {
  it("shows each value at its finding's precision with the exact value, and names the cell on its checkbox", async () => {
    render(<App services={fakeServices(analysis)} timing={TIMING} />);
    expect(await screen.findByText(/シートの値 14.4、正しい値 14.0/)).toBeInTheDocument();
    const preview = await openPreview();
    const row = within(preview).getByText("H22").closest("tr")!;
    expect(row).toHaveTextContent("14.4 → 14.0");
    expect(within(row).getByText("正確な値 13.9585776")).toBeInTheDocument();
    expect(within(row).getByTitle("正確な値 13.9585776")).toHaveTextContent("14.0");
    expect(within(row).getByRole("checkbox", { name: "セル H22 の入力値を上書きする" })).not.toBeChecked();
  });

  it("after a write puts focus on the result notice, whose next stop is 元に戻す; the cards never blank", async () => {
    const services = fakeServices(analysis);
    const reread = deferred<WorkbookAnalysis>();
    render(<App services={services} timing={TIMING} />);
    const preview = await openPreview();
    services.analyze.mockImplementationOnce(() => reread.promise);
    await userEvent.click(within(preview).getByRole("button", { name: "1 個のセルに書き込む" }));
    const notice = await screen.findByTestId("notice");
    expect(notice).toHaveTextContent("1 個のセルに書き込みました");
    await waitFor(() => expect(document.activeElement).toBe(notice));
    // While the workbook is read again: the figures stay, a small indicator, no full-pane spinner.
    expect(screen.getByText("31 kl")).toBeInTheDocument();
    expect(screen.getByTestId("refreshing")).toBeInTheDocument();
    expect(screen.queryByText("ブックを読み取っています…")).toBeNull();
    // The notice's first control is 元に戻す (jsdom's Tab skips a tabindex=-1 start: the browser test tabs).
    const undo = within(notice).getByRole("button", { name: "元に戻す" });
    expect(notice.querySelector("button")).toBe(undo);
    await act(async () => reread.resolve(analysis()));
    await waitFor(() => expect(screen.queryByTestId("refreshing")).toBeNull());
    // After undo, the notice of the undo has focus.
    await userEvent.click(undo);
    expect(await screen.findByText(/個のセルを元に戻しました/)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("notice")));
  });

  it("キャンセル and Escape close the preview and put focus back on the button that opened it", async () => {
    render(<App services={fakeServices(analysis)} timing={TIMING} />);
    const opener = await screen.findByRole("button", { name: "結果を書き込む" });
    let preview = await openPreview();
    await userEvent.click(within(preview).getByRole("button", { name: "キャンセル" }));
    expect(screen.queryByRole("region", { name: "書き込む内容の確認" })).toBeNull();
    expect(document.activeElement).toBe(opener);
    preview = await openPreview();
    within(preview).getByRole("checkbox", { name: "セル H22 の入力値を上書きする" }).focus();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "書き込む内容の確認" })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("runs one action at a time: every action button is disabled while a write runs", async () => {
    const services = fakeServices(analysis);
    const writing = deferred<{ batch: string; written: number }>();
    services.write.mockImplementationOnce(() => writing.promise);
    render(<App services={services} timing={TIMING} />);
    const preview = await openPreview();
    await userEvent.click(within(preview).getByRole("button", { name: "1 個のセルに書き込む" }));
    for (const name of [
      "結果を書き込む",
      "問題のセルに色を付ける",
      "色を消す",
      "再読み込み",
      "1 個のセルに書き込む",
    ])
      expect(screen.getByRole("button", { name })).toHaveAttribute("aria-disabled", "true");
    // A click on a disabled button does nothing: still one write.
    await userEvent.click(screen.getByRole("button", { name: "問題のセルに色を付ける" }));
    expect(services.mark).not.toHaveBeenCalled();
    await act(async () => writing.resolve({ batch: "B1", written: 1 }));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "結果を書き込む" })).not.toHaveAttribute("aria-disabled"),
    );
    expect(services.write).toHaveBeenCalledTimes(1);
  });

  it("warns before writing zeros into a form with an open error", async () => {
    // A blank form (no usage) without its floor area: the computed figures are zeros, 延べ面積 is an error.
    const blank = () => {
      const sink = new GridSink();
      writeForm7(sink, {}, { usage: {}, floorArea: null });
      return analyzeWorkbook({ sheets: [sink.grid()] }, DEFAULT_SETTINGS);
    };
    const a = blank();
    const form = a.forms[0];
    const zeros = form.writes.filter((w) => w.value === 0 && w.state !== "same").length;
    const errors = form.issues.filter((i) => i.severity === "error").length;
    expect(zeros).toBeGreaterThan(0);
    expect(errors).toBeGreaterThan(0);
    render(<App services={fakeServices(blank)} timing={TIMING} />);
    const preview = await openPreview();
    expect(within(preview).getByRole("alert")).toHaveTextContent(
      `この様式にはまだ ${errors} 件のエラーがあります。このまま書き込むと ${zeros} 個のセルに 0 が入ります。`,
    );
  });
});

describe("the publication form and StrictMode", () => {
  it("puts focus on the date when the form opens and back on its button after Escape", async () => {
    const sink = new GridSink();
    writeForm7(sink, {}, { usage: KOTO_USAGE, computed: KOTO_PRINTED });
    render(<App services={sheetServices({ 第7号様式: sink })} timing={TIMING} />);
    const opener = await screen.findByRole("button", { name: "公表シートを作成…" });
    await userEvent.click(opener);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /報告年月日/ })),
    );
    await userEvent.keyboard("{Escape}");
    const back = screen.getByRole("button", { name: "公表シートを作成…" });
    await waitFor(() => expect(document.activeElement).toBe(back));
  });

  it("reads the workbook once under StrictMode's double mount, and still shows it", async () => {
    const services = fakeServices(analysis);
    render(
      <StrictMode>
        <App services={services} timing={TIMING} />
      </StrictMode>,
    );
    expect(await screen.findByText("31 kl")).toBeInTheDocument();
    expect(services.analyze).toHaveBeenCalledTimes(1);
  });
});

describe("the category select", () => {
  it("keeps the previewed choice, so the arrow keys walk from one category to the next", async () => {
    const sink = new GridSink();
    writeForm7(sink, {}, { usage: KOTO_USAGE, computed: KOTO_PRINTED, mainUse: "事務所" });
    const services = sheetServices({ 第7号様式: sink });
    render(<App services={services} timing={TIMING} />);
    const select = await screen.findByRole("combobox", { name: "ベンチマーク区分（このシートに記入）" });
    await userEvent.selectOptions(select, "1");
    expect(select).toHaveValue("1");
    await userEvent.selectOptions(select, "2");
    expect(select).toHaveValue("2");
    await userEvent.selectOptions(select, "30");
    expect(select).toHaveValue("30");
    const preview = screen.getByRole("region", { name: "書き込む内容の確認" });
    expect(within(preview).getByText("H14").closest("tr")).toHaveTextContent("（空欄） → 30");
    await userEvent.keyboard("{Escape}");
    expect(select).toHaveValue("");
  });
});

describe("settings and the live re-check", () => {
  it("saves every change at once but reads the workbook once after the changes stop", async () => {
    const services = fakeServices(analysis);
    render(<App services={services} timing={{ ...TIMING, settingsMs: 300 }} />);
    await screen.findByText("31 kl");
    await userEvent.click(screen.getByRole("button", { name: "設定" }));
    const radio = screen.getByRole("radio", { name: "10t単位で切り捨て（福岡市の表と同じ）" });
    radio.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(services.saveSettings).toHaveBeenCalledTimes(2);
    expect(services.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ returnReductionRounding: "none" }),
    );
    await waitFor(() => expect(services.analyze).toHaveBeenCalledTimes(2));
    expect(services.analyze).toHaveBeenLastCalledWith(
      expect.objectContaining({ returnReductionRounding: "none" }),
    );
    // Focus stayed in the radio group.
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "丸めない" }));
  });

  it("re-checks a form's sheet by itself once per burst of edits, and highlights the selected cell's finding", async () => {
    let events: WorkbookEvents | null = null;
    const stop = jest.fn(async () => undefined);
    const services = fakeServices(analysis, {
      watch: jest.fn(async (e: WorkbookEvents) => {
        events = e;
        return stop;
      }),
    });
    render(<App services={services} timing={TIMING} />);
    await screen.findByText("31 kl");
    await waitFor(() => expect(events).not.toBeNull());
    // Live: no 再読み込み in the top bar.
    expect(screen.queryByRole("button", { name: "再読み込み" })).toBeNull();
    act(() => {
      for (let i = 0; i < 5; i++) events!.changed("第7号様式", `C${10 + i}`);
      events!.changed("メモ", "A1"); // not a form's sheet
    });
    await waitFor(() => expect(services.analyze).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 200));
    expect(services.analyze).toHaveBeenCalledTimes(2);
    act(() => events!.changed("メモ", "A1"));
    await new Promise((r) => setTimeout(r, 200));
    expect(services.analyze).toHaveBeenCalledTimes(2);

    act(() => events!.selected({ sheet: "第7号様式", address: "H22" }));
    const item = await screen.findByRole("button", { name: "セル H22 を選択" });
    expect(item.closest("li")).toHaveAttribute("aria-current", "true");
    // Only that finding (getByRole over the whole pane is slow in jsdom: count the marked items).
    expect(document.querySelectorAll("li[aria-current='true']")).toHaveLength(1);

    // Off by the setting: events stop being watched and 再読み込み comes back.
    await userEvent.click(screen.getByRole("button", { name: "設定" }));
    await userEvent.click(screen.getByRole("checkbox", { name: /シートを編集したら自動でチェックし直す/ }));
    await waitFor(() => expect(stop).toHaveBeenCalled());
    expect(await screen.findByRole("button", { name: "再読み込み" })).toBeInTheDocument();
    expect(services.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ liveRecheck: false }));
  });

  it("re-checks only the edited form's sheet where the host can (one read of that sheet per burst)", async () => {
    let events: WorkbookEvents | null = null;
    const recheck = jest.fn(async (_sheets: readonly string[], s: Settings) => analysis(s));
    const services = fakeServices(analysis, {
      watch: jest.fn(async (e: WorkbookEvents) => {
        events = e;
        return async () => undefined;
      }),
      recheck,
    });
    render(<App services={services} timing={TIMING} />);
    await screen.findByText("31 kl");
    await waitFor(() => expect(events).not.toBeNull());
    act(() => {
      for (let i = 0; i < 3; i++) events!.changed("第7号様式", `D${22 + i}`);
      events!.changed("メモ", "A1"); // not a form's sheet: not read again
    });
    await waitFor(() => expect(recheck).toHaveBeenCalledTimes(1));
    expect(recheck).toHaveBeenCalledWith(["第7号様式"], expect.objectContaining({ liveRecheck: true }));
    await new Promise((r) => setTimeout(r, 200));
    expect(recheck).toHaveBeenCalledTimes(1);
    // The first read was the whole workbook; the live one did not read it again.
    expect(services.analyze).toHaveBeenCalledTimes(1);
  });

  it("offers what fits: an empty workbook gets a next step and the J-Credit sheet, no colouring", async () => {
    render(<App services={fakeServices(() => ({ forms: [], issues: [] }))} timing={TIMING} />);
    expect(await screen.findByTestId("empty-next")).toHaveTextContent(
      "第7号様式をチェックするには、様式のシートをこのブックに開くか貼り付けてから「再読み込み」を押してください。",
    );
    expect(screen.getByRole("button", { name: "J-クレジット見通しシートを挿入" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "問題のセルに色を付ける" })).toBeNull();
  });

  it("does not offer the J-Credit sheet beside a Form 7, nor 色を消す when no mark is in the workbook", async () => {
    render(<App services={fakeServices(analysis, { markCount: jest.fn(async () => 0) })} timing={TIMING} />);
    await screen.findByText("31 kl");
    expect(screen.getByRole("button", { name: "問題のセルに色を付ける" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "J-クレジット見通しシートを挿入" })).toBeNull();
    expect(screen.queryByRole("button", { name: "色を消す" })).toBeNull();
  });
});
