import { Grid, type CellValue } from "../../../src/workbook/grid";
import { analyzeCreditForecasts } from "../../../src/workbook/jcredit/forecastTable";
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
