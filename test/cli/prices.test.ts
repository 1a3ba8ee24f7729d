import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { returnTableRows } from "../support/jcreditWorkbooks";
import { runCli } from "../support/cli";
import { PRICE_SHEET_NAME, PRICE_SHEET_ROWS } from "../support/priceSheet";

let file: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("還元額");
  for (const r of returnTableRows([3000, 3000, 3000, 3000], [50, 50, 50, 50])) ws.addRow(r);
  const ps = wb.addWorksheet(PRICE_SHEET_NAME);
  for (const r of PRICE_SHEET_ROWS) ps.addRow(r);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "co2-prices-")), "bid.xlsx");
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
});

describe("co2-check lists the workbook's price sheet", () => {
  it("in --json: its rows with their cells, and its bad cells as workbook issues", async () => {
    const { code, out } = await runCli(["--json", file]);
    const f = JSON.parse(out).files[0];
    expect(code).toBe(1); // the bad price row is an error, as a bad benchmark row is (the row is not used)
    expect(f.referencePrices).toEqual([
      {
        creditClass: "renewable",
        yenPerT: "5200",
        date: "2025-04-01",
        source: "取引所の約定（2025年4月）",
        what: "J-クレジット市場",
        cell: "参考価格!C3",
      },
      {
        creditClass: "energySaving",
        yenPerT: "2100",
        date: "2025-03-31",
        source: "仲介会社の見積",
        what: "見積",
        cell: "参考価格!C4",
      },
    ]);
    expect(
      f.issues.map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell]),
    ).toEqual([["priceSheet.badClass", PRICE_SHEET_NAME, "B5"]]);
    // Listed, never applied: the table's A stays at its own price.
    expect(f.forms[0].totals.A).toBe(10630 * 3000);
  });

  it("in the text report: one line per price with its cell and source, in Japanese and English", async () => {
    const ja = (await runCli([file])).out;
    expect(ja).toContain(
      "  参考価格（ブックの価格表） 参考価格!C3: ¥5,200/t 再エネ発電（2025-04-01、出典: 取引所の約定（2025年4月））",
    );
    const en = (await runCli(["--lang", "en", file])).out;
    expect(en).toContain(
      "  reference price (the workbook's price sheet) 参考価格!C4: ¥2,100/t energy saving and other (2025-03-31; source: 仲介会社の見積)",
    );
  });
});
