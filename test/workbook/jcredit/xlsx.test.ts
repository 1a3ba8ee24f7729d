/** The J-Credit readers over real .xlsx files built with exceljs and read by src/xlsx/read.ts. */
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { analyzeCreditForecasts } from "../../../src/workbook/jcredit/forecastTable";
import { forecastSheetLayout, readForecastSheet } from "../../../src/workbook/jcredit/forecastSheet";
import { analyzeReturnTables } from "../../../src/workbook/jcredit/returnTableSheet";
import { selectWrites } from "../../../src/workbook/writePlan";
import { readWorkbookBuffer } from "../../../src/xlsx/read";
import { loadCase } from "../../support/cases";
import { returnTableRows } from "../../support/jcreditWorkbooks";

interface MinatoCase {
  table: { columns: string[]; rows: { menu: string; holder: string; values: number[] }[] };
}
const kase = loadCase<MinatoCase>("minato-forecast-table.json");

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  // The seed's table from C5, 令和 headers, the menu merged over its two holders, text numbers 「1,086」.
  const ws = wb.addWorksheet("想定値");
  ws.getCell("C4").value = "▼全体の J-クレジット認証量 (想定値)";
  const header = [
    "区分",
    null,
    ...kase.table.columns.map((c) => (c.startsWith("R") ? `令和${c.slice(1)}年度` : c)),
  ];
  header.forEach((v, i) => (ws.getCell(5, 3 + i).value = v));
  let prev = "";
  kase.table.rows.forEach((r, i) => {
    const row = [
      r.menu === prev ? null : r.menu,
      r.holder || null,
      ...r.values.map((v) => (v >= 1000 ? v.toLocaleString("ja-JP") : v)),
    ];
    row.forEach((v, j) => (ws.getCell(6 + i, 3 + j).value = v));
    prev = r.menu;
  });
  ws.mergeCells("C6:C7");
  // Fukuoka's sheet with a bid (rates as 0.5 in % cells).
  const rt = wb.addWorksheet("還元額");
  for (const r of returnTableRows([3000, 3000, 3000, null], [0.5, 0.5, 0.5, null])) rt.addRow(r);
  for (const a of ["E14", "E15", "E16"]) rt.getCell(a).numFmt = "0%";
  rt.getCell("D17").value = { formula: "B17*C17", result: 0 };
  // The add-in's own forecast sheet.
  const fs = wb.addWorksheet("見通し");
  const layout = forecastSheetLayout({
    firstYear: 2026,
    years: 3,
    firstYearFraction: "0.81",
    menus: [
      {
        name: "LED照明 / 中小企業者等",
        creditClass: "energySaving",
        intake: { kind: "compound", first: 59, growth: "0.035" },
        reduction: { kind: "given", tPerUnitYear: "1.90" },
      },
    ],
  });
  layout.cells.forEach((row, r) =>
    row.forEach((c, k) => {
      const cell = fs.getCell(r + 1, k + 1);
      cell.value = c.value;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("J-Credit sheets in a real .xlsx", () => {
  it("finds the forecast table's two findings at their cells, reads Table 2, and reads the forecast sheet back", async () => {
    const snap = await readWorkbookBuffer(await workbook());
    const [forecast, returns, own] = snap.sheets;

    const [f] = analyzeCreditForecasts(forecast, DEFAULT_SETTINGS);
    expect(f.anchor.address).toBe("C5");
    expect(f.table.rows[1].label).toBe("太陽光発電 / 中小企業者等");
    expect(f.issues.filter((i) => i.severity === "error").map((i) => [i.cell?.address, i.params])).toEqual([
      ["M6", { printed: "1086", sumOfYears: "1084" }],
      ["M11", { printed: "7728", sumOfYearTotals: "7726", sumOfRowTotals: "7728" }],
    ]);
    expect(f.issues.filter((i) => i.code === "read.textNumber").map((i) => i.cell?.address)).toEqual([
      "M6", // 1,086
      "M9", // 4,023
      "M10", // 1,887
      "I11", // 1,062
      "J11",
      "K11",
      "L11",
      "M11", // 7,728
    ]);

    const [t] = analyzeReturnTables(returns, DEFAULT_SETTINGS);
    expect(t.rows.map((r) => r.returnRatePct?.toNumber() ?? null)).toEqual([50, 50, 50, null]);
    expect(t.totals.A.toNumber()).toBe((8170 + 220 + 960) * 3000);
    expect(t.totals.B.toNumber()).toBe(((8170 + 220 + 960) * 3000) / 2);
    // ④ has no price: its formula cell D17 is left alone; nothing is planned there.
    expect(t.writes.map((w) => w.address)).not.toContain("D17");
    expect(selectWrites(t.writes).map((w) => [w.address, w.value])).toContainEqual(["F18", 14025000]);

    const back = readForecastSheet(own)!;
    expect(back.issues).toEqual([]);
    const [ownTable] = analyzeCreditForecasts(own, DEFAULT_SETTINGS);
    expect(ownTable.issues).toEqual([]);
    expect(ownTable.table.rows[0].values.map((v) => v!.value.toNumber())).toEqual([90, 206, 325]);
  });
});
