import { render, screen, within } from "@testing-library/react";
import { analyzeWorkbook } from "../../src/app/analyze";
import { dec } from "../../src/domain/decimal";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { Form7Analysis } from "../../src/workbook/analysis";
import { Grid, type CellValue } from "../../src/workbook/grid";
import { HISTORY_COLUMNS } from "../../src/workbook/history/historySheet";
import { LangContext, type Lang } from "../../src/taskpane/i18n";
import { plotPoints, YearChart } from "../../src/taskpane/YearChart";
import { KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { GridSink } from "../support/gridSink";

const NAME = "港サンプルビル";

/** The public case as FY2024 with earlier years typed in 報告履歴 (1,412.36 m²). */
function form(rows: [number, number, number][]): Form7Analysis {
  const sink = new GridSink();
  writeForm7(sink, {}, { usage: KOTO_USAGE, period: "2024年4月～2025年3月", name: NAME });
  const values: CellValue[][] = [
    HISTORY_COLUMNS.map((c) => c.ja),
    ...rows.map(([y, gj, co2i]) => [y, NAME, null, 1412.36, gj, null, null, co2i, null]),
  ];
  const a = analyzeWorkbook(
    { sheets: [sink.grid("2024年度"), new Grid({ sheet: "報告履歴", values })] },
    DEFAULT_SETTINGS,
  );
  return a.forms[0] as Form7Analysis;
}

function show(f: Form7Analysis, lang: Lang = "ja") {
  return render(
    <LangContext.Provider value={lang}>
      <YearChart years={f.years ?? []} excellence={f.excellence} currentYear={2024} />
    </LangContext.Provider>,
  );
}

const cells = (row: HTMLElement) => Array.from(row.querySelectorAll("th, td"), (c) => c.textContent);

describe("the year-by-year chart", () => {
  it("draws three years with FY2013 as the base, and lists the figures in a hidden table", () => {
    const f = form([
      [2013, 1700, 61.0],
      [2023, 1250, 44.0],
    ]);
    expect(f.excellence?.energy.ratePct?.toFixed(2)).toBe("3.06");
    const { container } = show(f);
    expect(
      screen.getByRole("img", {
        name: "2013年度から2024年度までのエネルギー原単位とCO2原単位の推移。基準: 2013年度",
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row");
    // MJ/m² = GJ × 1000 ÷ 1,412.36: 1,203.66 / 885.04 / 855.11 (FY2024 from the exact 1,207.725379 GJ)
    expect(rows.map(cells)).toEqual([
      ["年度", "エネルギー原単位 (MJ/m²)", "CO2原単位 (kg-CO2/m²)"],
      ["2013年度（基準）", "1,203.7", "61.0"],
      ["2023年度", "885.0", "44.0"],
      ["2024年度", "855.1", "42.4"],
    ]);
    // The base year is a square in each panel; the other years are dots.
    expect(container.querySelectorAll("svg rect")).toHaveLength(2);
    expect(container.querySelectorAll("svg circle")).toHaveLength(4);
    expect(container.querySelectorAll("svg polyline")).toHaveLength(2);
  });

  it("marks the three averaged years as the base when FY2013 is unknown, in English too", () => {
    const f = form([
      [2021, 1300, 46.0],
      [2022, 1280, 45.1],
      [2023, 1250, 44.0],
    ]);
    expect(f.excellence?.co2.ratePct?.toFixed(2)).toBe("2.96");
    const { container } = show(f, "en");
    expect(
      screen.getByRole("img", {
        name: "Energy and CO2 intensity from FY2021 to FY2024. Base: FY2021・FY2022・FY2023",
      }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole("table")).getAllByRole("row").map(cells)).toEqual([
      ["Fiscal year", "Energy intensity (MJ/m²)", "CO2 intensity (kg-CO2/m²)"],
      ["FY2021 (base)", "920.4", "46.0"],
      ["FY2022 (base)", "906.3", "45.1"],
      ["FY2023 (base)", "885.0", "44.0"],
      ["FY2024", "855.1", "42.4"],
    ]);
    expect(container.querySelectorAll("svg rect")).toHaveLength(6);
  });

  it("is not drawn with fewer than two years", () => {
    const f = form([]);
    expect(f.years?.map((y) => y.fiscalYear)).toEqual([2024]);
    const { container } = show(f);
    expect(container).toBeEmptyDOMElement();
  });

  it("places points by order, the largest value at the top, leaving out unknown ones", () => {
    expect(plotPoints([dec(10), null, dec(20)], 100, 50)).toEqual([{ x: 0, y: 50 }, null, { x: 100, y: 0 }]);
    expect(plotPoints([dec(5), dec(5)], 90, 40)).toEqual([
      { x: 0, y: 20 },
      { x: 90, y: 20 },
    ]);
    // 15 of 10…20 sits mid-height: (20 − 15) ÷ 10 × 60 = 30
    expect(plotPoints([dec(10), dec(15), dec(20)], 60, 60)[1]).toEqual({ x: 30, y: 30 });
  });
});
