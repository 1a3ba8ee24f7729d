import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { PUBLICATION_ITEMS } from "../../src/workbook/publication/publicationSheet";
import { KOTO_PRINTED, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";
import { sheetServices } from "../support/paneServices";

// Many role queries over the whole pane: slow in jsdom on a loaded 2-core machine (each test passes in
// 2–30 s alone; under load they passed 60 s).
jest.setTimeout(180000);

const NAME = "港サンプルビル";

function form7Sheet(edit?: (s: GridSink) => void): GridSink {
  const sink = new GridSink();
  writeForm7(sink, {}, { usage: KOTO_USAGE, computed: KOTO_PRINTED, name: NAME, mainUse: "事務所" });
  edit?.(sink);
  return sink;
}

const picker = () => screen.findByRole("combobox", { name: "ベンチマーク区分（このシートに記入）" });

describe("the benchmark category chosen on the card and kept on the sheet", () => {
  it("previews the label and number next to 主たる用途, writes them, and the rank follows from the sheet", async () => {
    const sheet = form7Sheet();
    const services = sheetServices({ 第7号様式: sheet });
    render(<App services={services} />);
    expect(await screen.findByText(/ベンチマーク区分（1〜30）が指定されていないため/)).toBeInTheDocument();
    await userEvent.selectOptions(await picker(), "2");
    const preview = screen.getByRole("region", { name: "書き込む内容の確認" });
    expect(within(preview).getByText("G14")).toBeInTheDocument();
    expect(within(preview).getByText("H14")).toBeInTheDocument();
    await userEvent.click(within(preview).getByRole("button", { name: "2 個のセルに書き込む" }));
    expect(services.write.mock.calls[0][0].map((w) => [w.address, w.value])).toEqual([
      ["G14", "ベンチマーク区分"],
      ["H14", 2],
    ]);
    // Read back from the sheet: rank A2 (42.4 ÷ 65.4 = 64.8 % of the average), and the picker shows 2.
    expect(await screen.findByRole("img", { name: "ランク A2" })).toBeInTheDocument();
    expect(await picker()).toHaveValue("2");
    // The band's exact bounds (65.4 × 0.5 and × 0.75), the average and its source.
    expect(screen.getByTestId("benchmark-band")).toHaveTextContent(
      "A2 の範囲: 32.7 超 〜 49.05 以下 kg-CO2/m²（区分平均 65.4、出典: 東京都 改訂ベンチマーク（C40 事例研究に掲載の値））",
    );
    // The settings still say "as on the sheet": the rank comes from the sheet's cell.
    expect(services.saveSettings).not.toHaveBeenCalled();
  });

  it("asks consent before changing a category someone typed", async () => {
    const services = sheetServices({
      第7号様式: form7Sheet((s) => {
        s.set("G14", "ベンチマーク区分");
        s.set("H14", 5);
      }),
    });
    render(<App services={services} />);
    expect(await picker()).toHaveValue("5");
    await userEvent.selectOptions(await picker(), "2");
    const preview = screen.getByRole("region", { name: "書き込む内容の確認" });
    // Nothing to write until the box is ticked: no 「0 個のセルに書き込む」 button is shown.
    expect(within(preview).queryByRole("button", { name: /個のセルに書き込む/ })).toBeNull();
    await userEvent.click(within(preview).getByRole("checkbox", { name: "セル H14 の入力値を上書きする" }));
    await userEvent.click(within(preview).getByRole("button", { name: "1 個のセルに書き込む" }));
    expect(services.write.mock.calls[0][0].map((w) => [w.address, w.value, w.state])).toEqual([
      ["H14", 2, "input"],
    ]);
  });

  it("says where to type it when there is no free cell", async () => {
    const services = sheetServices({
      第7号様式: form7Sheet((s) => {
        s.set("H14", "備考");
        s.set("F15", "備考");
      }),
    });
    render(<App services={services} />);
    expect(await picker()).toBeDisabled();
    expect(screen.getByText(/主たる用途の隣に空いたセルがありません/)).toBeInTheDocument();
  });
});

describe("the publication sheet made from the card", () => {
  it("creates a sheet with the published items from the form, the date and the measures typed", async () => {
    const services = sheetServices({ 第7号様式: form7Sheet() });
    render(<App services={services} />);
    await userEvent.click(await screen.findByRole("button", { name: "公表シートを作成…" }));
    const panel = screen.getByRole("region", { name: "公表シート（区が公表する項目）" });
    // The form's date line is blank (年 月 日 with nothing filled): nothing to propose.
    const date = within(panel).getByRole("textbox", { name: /報告年月日/ });
    expect(date).toHaveValue("");
    await userEvent.click(date);
    await userEvent.paste("2025年6月30日");
    await userEvent.click(within(panel).getByRole("textbox", { name: /取組内容/ }));
    await userEvent.paste("照明のLED化\n空調の運用改善");
    await userEvent.click(within(panel).getByRole("button", { name: "公表シートを作成" }));
    expect(services.createSheet).toHaveBeenCalledTimes(1);
    const sheet = services.createSheet.mock.calls[0][0];
    expect(sheet.name).toBe(`公表_${NAME}`);
    const item = (label: string) => sheet.values.find((row) => row[0] === label)?.slice(1);
    expect(PUBLICATION_ITEMS.map((i) => [i.ja, ...item(i.ja)!])).toEqual([
      ["報告年月日", "2025年6月30日", null],
      ["事業所番号", null, null],
      ["事業所等名称", NAME, null],
      ["事業所等所在地", "港区芝公園一丁目1番1号", null],
      ["延べ面積", 1412.36, "㎡"],
      ["事業所の主たる用途", "事務所", null],
      ["二酸化炭素排出量（総量）", 60, "t-CO2/年"],
      ["二酸化炭素排出量（原単位）", 42.4, "kg-CO2/㎡"],
    ]);
    expect(sheet.values.slice(-2)).toEqual([
      ["・照明のLED化", null, null],
      ["・空調の運用改善", null, null],
    ]);
    expect(
      // 事業所番号 is blank, which is fine the first year: not named among the blank items.
      await screen.findByText(`シート「公表_${NAME}」を作成しました。`),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "元に戻す" })).toBeInTheDocument();
  });
});

describe("the publication sheet's date of report", () => {
  it("is proposed from the form's dated line", async () => {
    const services = sheetServices({ 第7号様式: form7Sheet((s) => s.set("G2", "令和7年6月30日")) });
    render(<App services={services} />);
    await userEvent.click(await screen.findByRole("button", { name: "公表シートを作成…" }));
    expect(screen.getByRole("textbox", { name: /報告年月日/ })).toHaveValue("令和7年6月30日");
  });
});
