import { Grid, type CellValue } from "../../../src/workbook/grid";
import { analyzeCreditForecasts } from "../../../src/workbook/jcredit/forecastTable";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { loadCase } from "../../support/cases";

interface MinatoCase {
  table: { columns: string[]; rows: { menu: string; holder: string; values: number[] }[] };
  expectedFindings: { row: string; column: string; printed: number }[];
}

const kase = loadCase<MinatoCase>("minato-forecast-table.json");

/** The seed's table at a given offset, with the menu written once for its holders (merged down). */
function seedGrid(
  opts: { top?: number; left?: number; header?: (c: string) => string; text?: boolean } = {},
): Grid {
  const top = opts.top ?? 2;
  const left = opts.left ?? 1;
  const rows: CellValue[][] = [];
  for (let i = 0; i < top; i++) rows.push([]);
  const pad = (r: CellValue[]) => [...Array(left).fill(null), ...r];
  rows.push(pad(["区分", null, ...kase.table.columns.map((c) => (opts.header ? opts.header(c) : c))]));
  let prevMenu = "";
  for (const r of kase.table.rows) {
    const menu = r.menu === prevMenu ? null : r.menu;
    prevMenu = r.menu;
    rows.push(
      pad([menu, r.holder || null, ...r.values.map((v) => (opts.text ? v.toLocaleString("ja-JP") : v))]),
    );
  }
  return new Grid({
    sheet: "想定値",
    values: rows,
    merges: [{ top: top + 1, left, bottom: top + 2, right: left }],
  });
}

describe("the seed's credit forecast table", () => {
  it("produces exactly its two findings, at the right cells, and no others", () => {
    const [a] = analyzeCreditForecasts(seedGrid());
    expect(a.table.years).toEqual(["R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15"]);
    expect(a.table.rows.map((r) => r.label)).toEqual([
      "太陽光発電 / 区民",
      "太陽光発電 / 中小企業者等",
      "燃料電池 / 区民",
      "LED照明 / 中小企業者等",
      "空調設備 / 中小企業者等",
    ]);
    const errors = a.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ["forecast.rowTotalMismatch", "L4", { printed: "1086", sumOfYears: "1084" }],
      [
        "forecast.grandTotalMismatch",
        "L9",
        { printed: "7728", sumOfYearTotals: "7726", sumOfRowTotals: "7728" },
      ],
    ]);
    expect(errors[1].message.ja).toContain("各行の累計の合計とは一致");
    expect(a.writes).toEqual([]);
  });

  it("reads 令和8年度 headers and text numbers like 「1,086」, shifted elsewhere on the sheet", () => {
    const [a] = analyzeCreditForecasts(
      seedGrid({
        top: 6,
        left: 3,
        text: true,
        header: (c) => (c.startsWith("R") ? `令和${c.slice(1)}年度` : c),
      }),
    );
    expect(a.table.years[0]).toBe("R8");
    expect(a.issues.filter((i) => i.severity === "error").map((i) => i.cell?.address)).toEqual(["N8", "N13"]);
    expect(a.issues.filter((i) => i.code === "read.textNumber").length).toBeGreaterThan(0);
  });

  it("reads 2026… headers in full-width and plans totals into blank total cells only", () => {
    const g = seedGrid({
      header: (c) =>
        c.startsWith("R")
          ? String(2018 + Number(c.slice(1))).replace(/\d/g, (d) =>
              String.fromCharCode(d.charCodeAt(0) + 0xfee0),
            )
          : c,
    });
    const values: CellValue[][] = [];
    for (let r = 0; r <= g.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c <= g.right; c++) row.push(g.value(r, c));
      values.push(row);
    }
    values[3][11] = null; // 区民 solar 累計 blank
    values[8][3] = null; // 合計 R8 blank
    const [a] = analyzeCreditForecasts(new Grid({ sheet: "S", values }));
    expect(a.writes.map((w) => [w.address, w.value, w.state])).toEqual([
      ["L4", 1084, "empty"],
      ["D9", 162, "empty"],
    ]);
  });
});

/** Values of a grid from A1, for editing a copy. */
function valuesOf(g: Grid): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r <= g.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c <= g.right; c++) row.push(g.value(r, c));
    out.push(row);
  }
  return out;
}

describe("forecast tables in other layouts", () => {
  it("names the menu and holder of each row, with the seed's longer menu names merged over three holders", () => {
    const values: CellValue[][] = [
      ["▼全体の J-クレジット認証量 (想定値)"],
      ["助成メニュー", "対象者", "令和8年度", "令和9年度", "令和10年度", "累計"],
      ["太陽光発電システム", "区民", 10, 20, 30, 60],
      [null, "管理組合等", 0, 0, 0, 0],
      [null, "中小企業者等", "１２", "２４", "３６", "７２"],
      ["家庭用燃料電池システム", "区民", 1, 2, 3, 6],
      ["省エネルギー診断に基づく設備改修（LED照明）", "中小企業者等", 5, 5, 5, 16],
      ["合計", null, 28, 51, 74, 154],
    ];
    const [a] = analyzeCreditForecasts(
      new Grid({ sheet: "S", values, merges: [{ top: 2, left: 0, bottom: 4, right: 0 }] }),
      DEFAULT_SETTINGS,
    );
    expect(a.fiscalYears).toEqual([2026, 2027, 2028]);
    expect(a.table.rows.map((r) => [r.label, r.menu, r.holder])).toEqual([
      ["太陽光発電システム / 区民", "太陽光発電システム", "区民"],
      ["太陽光発電システム / 管理組合等", "太陽光発電システム", "管理組合等"],
      ["太陽光発電システム / 中小企業者等", "太陽光発電システム", "中小企業者等"],
      ["家庭用燃料電池システム / 区民", "家庭用燃料電池システム", "区民"],
      [
        "省エネルギー診断に基づく設備改修（LED照明） / 中小企業者等",
        "省エネルギー診断に基づく設備改修（LED照明）",
        "中小企業者等",
      ],
    ]);
    // LED: 15 ≠ 16; 合計 R10 74 ≠ 3 + 36 + 30 + 5 = 74 (fine); grand: years 153, rows 154
    expect(a.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell?.address])).toEqual([
      ["forecast.rowTotalMismatch", "F7"],
      ["forecast.grandTotalMismatch", "F8"],
    ]);
    expect(a.issues.filter((i) => i.code === "read.textNumber").map((i) => i.cell?.address)).toEqual([
      "C5",
      "D5",
      "E5",
      "F5",
    ]);
  });

  it("leaves a subsidy history (counts by year, no 累計, no 合計) alone", () => {
    const values: CellValue[][] = [
      ["助成メニュー", "対象者", "H31 (R1)", "R2", "R3", "R4", "R5", "R6"],
      ["太陽光発電システム", "区民", 6, 5, 2, 6, 28, 41],
      ["管理組合等向け高効率空調機器", "管理組合等", "-", "-", "-", "-", 2, 8],
    ];
    expect(analyzeCreditForecasts(new Grid({ sheet: "S", values }), DEFAULT_SETTINGS)).toEqual([]);
  });

  it("finds two tables on one sheet, skips the note under the first", () => {
    const t = (top: string): CellValue[][] => [
      [top],
      ["区分", "R8", "R9", "累計"],
      ["LED照明", 1, 2, 3],
      ["空調設備", 1, 1, 2],
      ["合計", 2, 3, 5],
    ];
    const values = [...t("想定A"), ["※単位 t-CO2"], [], ...t("想定B")];
    values[values.length - 1] = ["合計", 2, 4, 5];
    const found = analyzeCreditForecasts(new Grid({ sheet: "S", values }), DEFAULT_SETTINGS);
    expect(
      found.map((f) => [f.anchor.address, f.table.rows.length, f.issues.map((i) => i.cell?.address)]),
    ).toEqual([
      ["A2", 2, []],
      ["A9", 2, ["C12", "D12"]],
    ]);
  });

  it("plans the grand total too when blank, never over a formula, and nothing with the setting off", () => {
    const values = valuesOf(seedGrid());
    values[3][11] = null; // 区民 solar 累計
    values[8][11] = null; // grand total
    const formulas: (string | null)[][] = values.map(() => []);
    formulas[4][11] = "=SUM(D5:K5)";
    values[4][11] = null; // a formula not yet calculated
    const g = new Grid({ sheet: "S", values, formulas });
    const [a] = analyzeCreditForecasts(g, DEFAULT_SETTINGS);
    expect(a.writes.map((w) => [w.address, w.value, w.state, w.numberFormat])).toEqual([
      ["L4", 1084, "empty", "#,##0"],
      ["L9", 7726, "empty", "#,##0"],
    ]);
    expect(
      analyzeCreditForecasts(g, { ...DEFAULT_SETTINGS, forecastFillBlankTotals: false })[0].writes,
    ).toEqual([]);
    // the older (grid, ownEarlier) call still works
    expect(analyzeCreditForecasts(g, DEFAULT_SETTINGS, () => false)[0].writes).toHaveLength(2);
  });

  it("reads a value that is not a number as an error at its cell, and the row still checks", () => {
    const values = valuesOf(seedGrid());
    values[5][5] = "約35";
    const [a] = analyzeCreditForecasts(new Grid({ sheet: "S", values }), DEFAULT_SETTINGS);
    expect(a.issues.find((i) => i.code === "read.notANumber")?.cell?.address).toBe("F6");
  });
});
