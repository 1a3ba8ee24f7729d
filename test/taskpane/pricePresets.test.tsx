/**
 * Reference prices as presets in the two what-ifs: nothing is used until the user picks one, a pick fills
 * the price field and shows its source, the workbook's price sheet comes first, and a typed price wins.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeWorkbook } from "../../src/app/analyze";
import { dec, type Decimal } from "../../src/domain/decimal";
import { forecastCohorts, validateCohortParams } from "../../src/domain/jcredit/cohort";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { App } from "../../src/taskpane/App";
import { ForecastWhatIf } from "../../src/taskpane/forecast/ForecastWhatIf";
import { LangContext } from "../../src/taskpane/i18n";
import { OwnPricesContext } from "../../src/taskpane/paneContext";
import { WhatIf } from "../../src/taskpane/WhatIf";
import { Grid, type CellValue } from "../../src/workbook/grid";
import { exampleForecastParams } from "../../src/workbook/jcredit/forecastSheet";
import { readPriceSheet } from "../../src/workbook/jcredit/priceSheet";
import { returnTableRows } from "../support/jcreditWorkbooks";
import { fakeServices } from "../support/paneServices";
import { PRICE_SHEET_NAME, PRICE_SHEET_ROWS } from "../support/priceSheet";

const grid = (sheet: string, rows: CellValue[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  return new Grid({ sheet, values: rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)) });
};
const OWN = readPriceSheet(grid(PRICE_SHEET_NAME, PRICE_SHEET_ROWS))!.prices;

const ROWS = [
  { reductionT: dec(1290), creditClass: "renewable" as const, priceYenPerT: dec(3000) },
  { reductionT: dec(170), creditClass: "energySaving" as const, priceYenPerT: dec(1800) },
];

function show(ui: React.ReactElement, lang: "ja" | "en" = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>
        <OwnPricesContext.Provider value={OWN}>{ui}</OwnPricesContext.Provider>
      </LangContext.Provider>
    </FluentProvider>,
  );
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole("option")
    .map((o) => o.textContent);
const pick = (select: HTMLElement, text: RegExp) =>
  userEvent.selectOptions(select, within(select).getByRole("option", { name: text }));

/** The ΣB what-if's cell at a price row and a rate column (30, 40, 50, 60 %). */
function sigmaB(priceRow: RegExp, rate: 30 | 40 | 50 | 60): string {
  const row = within(screen.getByRole("table", { name: "ΣBの試算" })).getByRole("row", { name: priceRow });
  return within(row).getAllByRole("cell")[[30, 40, 50, 60].indexOf(rate)].textContent ?? "";
}

describe("reference prices in the return table's what-if", () => {
  it("offers the workbook's rows first, uses none until one is picked, then shows its source", async () => {
    show(<WhatIf rows={ROWS} />);
    const renewable = screen.getByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" });
    expect(optionTexts(renewable)).toEqual([
      "（選ばない：入力した単価を使う）",
      "ブックの価格表: J-クレジット市場 再エネ発電 ¥5,200/t（2025年4月）",
      "第14回入札 再エネ発電 平均 ¥3,246/t（2023年5月）",
    ]);
    // Nothing applied: the table's own prices, no source shown, no 3,246 row.
    expect(renewable).toHaveValue("");
    expect(screen.getByLabelText("再エネの単価（円/t、※の行）")).toHaveValue("3000");
    expect(screen.queryByText(/出典/)).toBeNull();
    expect(screen.queryByRole("row", { name: /^3,246/ })).toBeNull();

    await pick(renewable, /第14回入札 再エネ発電/);
    expect(screen.getByLabelText("再エネの単価（円/t、※の行）")).toHaveValue("3246");
    // 50 %: floor(1290 × 3246 × 0.5) + floor(170 × 1800 × 0.5) = 2,093,670 + 153,000.
    expect(sigmaB(/^3,246 ※/, 50)).toBe("2,246,670");
    expect(sigmaB(/^3,000/, 50)).toBe("2,088,000"); // the grid's own steps stay
    const note = screen.getByText(/再エネ発電の単価 ¥3,246\/t は参考価格です/);
    expect(note).toHaveTextContent("時点 2023-05-17");
    expect(note).toHaveTextContent("出典: J-クレジット制度事務局の発表");

    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（省エネ他）" }), /第14回入札 省エネ他/);
    expect(screen.getByLabelText("省エネの単価（円/t）")).toHaveValue("1551");
    // floor(170 × 1551 × 0.5) = 131,835.
    expect(sigmaB(/^3,246 ※/, 50)).toBe("2,225,505");
    expect(sigmaB(/^3,246 ※/, 30)).toBe(String((1256202 + 79101).toLocaleString("ja-JP")));
  });

  it("lets a typed price win: the field is what the grid uses, and the preset's source goes", async () => {
    show(<WhatIf rows={ROWS} />);
    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" }), /第14回入札/);
    const field = screen.getByLabelText("再エネの単価（円/t、※の行）");
    await userEvent.clear(field);
    await userEvent.type(field, "2,400");
    expect(sigmaB(/^2,400 ※/, 50)).toBe("1,701,000"); // 1290 × 1200 + 170 × 900
    expect(screen.queryByRole("row", { name: /^3,246/ })).toBeNull();
    expect(screen.getByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" })).toHaveValue("");
    expect(screen.queryByText(/参考価格です/)).toBeNull();
    expect(screen.getByText("※ 再エネの単価 2,400 円/t（入力した単価）")).toBeInTheDocument();
  });

  it("marks the workbook's own price with its cell", async () => {
    show(<WhatIf rows={ROWS} />);
    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" }), /ブックの価格表/);
    expect(sigmaB(/^5,200 ※/, 50)).toBe((1290 * 2600 + 170 * 900).toLocaleString("ja-JP"));
    expect(screen.getByText(/¥5,200\/t は参考価格です/)).toHaveTextContent(
      "J-クレジット市場 （時点 2025-04-01、このブックの価格表 参考価格!C3） 出典: 取引所の約定（2025年4月）",
    );
  });
});

describe("reference prices in the forecast sheet's what-if", () => {
  const params = exampleForecastParams(); // the example has no prices: revenue unknown
  const valid = validateCohortParams(params);
  if (!valid.ok) throw new Error(valid.messages.join());
  const credits = forecastCohorts(params).byClass;
  const revenue = (r: Decimal, e: Decimal) =>
    credits.renewable.mul(r).plus(credits.energySaving.mul(e)).floor().toNumber().toLocaleString("ja-JP");
  const revenueB = () => {
    const table = screen.getByRole("table", { name: "比較（A＝シートのパラメータ、B＝変更案）" });
    // The revenue row shows only once A or B is priced.
    const row = within(table).queryByRole("row", { name: /^収益/ });
    return row ? within(row).getAllByRole("cell")[1].textContent : null;
  };

  it("prices B's revenue with the picked presets, to the yen, each with its source", async () => {
    show(<ForecastWhatIf params={params} />);
    expect(revenueB()).toBeNull();
    expect(credits.renewable.gt(0) && credits.energySaving.gt(0)).toBe(true);
    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" }), /第14回入札/);
    expect(screen.getByLabelText("単価 再エネ（円/t）")).toHaveValue("3246");
    expect(revenueB()).toBeNull(); // energy saving still unpriced
    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（省エネ他）" }), /第14回入札/);
    expect(revenueB()).toBe(revenue(dec(3246), dec(1551)));
    expect(screen.getAllByText(/は参考価格です/).map((n) => n.textContent)).toEqual([
      expect.stringMatching(
        /^再エネ発電の単価 ¥3,246\/t は参考価格です: 政府保有J-クレジットの第14回入札.*出典: J-クレジット制度事務局/,
      ),
      expect.stringMatching(
        /^省エネ他の単価 ¥1,551\/t は参考価格です: 政府保有J-クレジットの第14回入札.*出典: J-クレジット制度事務局/,
      ),
    ]);
  });

  it("uses the price typed over a preset", async () => {
    show(<ForecastWhatIf params={params} />);
    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" }), /第14回入札/);
    await pick(screen.getByRole("combobox", { name: "参考価格から選ぶ（省エネ他）" }), /ブックの価格表/);
    expect(revenueB()).toBe(revenue(dec(3246), dec(2100)));
    const field = screen.getByLabelText("単価 再エネ（円/t）");
    await userEvent.clear(field);
    await userEvent.type(field, "4000");
    expect(revenueB()).toBe(revenue(dec(4000), dec(2100)));
    expect(screen.getAllByText(/は参考価格です/)).toHaveLength(1);
  });

  it("speaks English", async () => {
    show(<ForecastWhatIf params={params} />, "en");
    const select = screen.getByRole("combobox", { name: "Pick a reference price (renewable power)" });
    expect(optionTexts(select)).toEqual([
      "(none: use the price you type)",
      "workbook's price sheet: J-クレジット市場 renewable power ¥5,200/t (Apr 2025)",
      "14th tender, renewable power, average ¥3,246/t (May 2023)",
    ]);
    await pick(select, /14th tender/);
    expect(screen.getByText(/The renewable power price ¥3,246\/t is a reference price:/)).toHaveTextContent(
      "(as of 2023-05-17) source: J-クレジット制度事務局の発表",
    );
  });
});

describe("the pane passes the workbook's price sheet to the what-ifs", () => {
  it("offers the price sheet's row in the return table's card", async () => {
    const analysis = analyzeWorkbook(
      {
        sheets: [
          grid("還元額", returnTableRows([3000, 3000, 3000, 3000], [50, 50, 50, 50])),
          grid(PRICE_SHEET_NAME, PRICE_SHEET_ROWS),
        ],
      },
      DEFAULT_SETTINGS,
    );
    render(<App services={fakeServices(() => analysis)} />);
    const select = await screen.findByRole("combobox", { name: "参考価格から選ぶ（再エネ発電）" });
    expect(optionTexts(select).slice(1)).toEqual([
      "ブックの価格表: J-クレジット市場 再エネ発電 ¥5,200/t（2025年4月）",
      "第14回入札 再エネ発電 平均 ¥3,246/t（2023年5月）",
    ]);
    // The price sheet's bad row is listed with the workbook's findings.
    expect(analysis.prices).toHaveLength(2);
    expect(screen.getByText(/B5: クレジット区分は/)).toBeInTheDocument();
  }, 180_000);
});
