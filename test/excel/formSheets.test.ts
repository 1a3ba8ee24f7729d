/**
 * Which sheets the Excel snapshot reads in full (src/excel/formSheets.ts): a sheet larger than its first
 * window is read whole when some reader in the list wants its window — Tokyo's (その1) and the price sheet
 * included — and left at the window when none does.
 */
import { analyzeWorkbook } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { snapshotWorkbook, WINDOW } from "../../src/excel/snapshot";
import { toA1 } from "../../src/workbook/address";
import type { FakeSheetInit } from "../fakes/excelFake";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import { tokyoSono1Example } from "../support/examples";
import { PRICE_SHEET_NAME } from "../support/priceSheet";
import { install, type Installed } from "./helpers";

/** Rows past the window: the last one is at 0-based row LAST, 40 rows below the window's bottom. */
const LAST = WINDOW.rows + 40;

/** A price table whose rows run from the window into the rows below it (one price per row). */
function longPriceSheet(): FakeSheetInit {
  const cells: FakeSheetInit["cells"] = {
    A1: { value: "J-クレジット 参考価格（自社で確認したもの）" },
    A2: { value: "日付" },
    B2: { value: "クレジット区分" },
    C2: { value: "価格 (円/t-CO2)" },
    D2: { value: "出典" },
  };
  for (let r = 2; r <= LAST; r++) {
    cells[toA1(r, 0)] = { value: "2025-04-01" };
    cells[toA1(r, 1)] = { value: "再エネ発電" };
    cells[toA1(r, 2)] = { value: 3000 + r };
    cells[toA1(r, 3)] = { value: `見積 ${r + 1}` };
  }
  return { name: PRICE_SHEET_NAME, cells };
}

describe("needsFullRead: the readers' own test on the window", () => {
  let env: Installed | undefined;
  afterEach(() => env?.uninstall());

  it("reads a (その1) sheet and a price sheet whose rows go beyond the first window in full", async () => {
    const book = await fakeWorkbookFromBuffer(await tokyoSono1Example());
    const sono1 = book.sheets.find((s) => s.name === "その1")!;
    // A note far below the five-year table: the sheet's used range is now taller than the window.
    sono1.cells[toA1(LAST, 1)] = { value: "備考：提出後に訂正あり" };
    // A sheet as large that no reader wants stays at its window.
    const notes: FakeSheetInit = { name: "メモ", cells: { A1: { value: "打合せメモ" } } };
    notes.cells[toA1(LAST, 0)] = { value: "以上" };
    book.sheets.push(longPriceSheet(), notes);
    env = install(book);

    const snap = await env.run((ctx) => snapshotWorkbook(ctx));

    expect(snap.partialSheets).toEqual(["メモ"]);
    const sono1Grid = snap.sheets.find((g) => g.sheet === "その1")!;
    expect(sono1Grid.value(LAST, 1)).toBe("備考：提出後に訂正あり");
    const prices = snap.sheets.find((g) => g.sheet === PRICE_SHEET_NAME)!;
    expect(prices.bottom).toBe(LAST);
    expect(prices.value(LAST, 2)).toBe(3000 + LAST);
    expect(snap.sheets.find((g) => g.sheet === "メモ")!.rowCount).toBe(WINDOW.rows);

    // Every price row is read, the ones below the window too; (その1) is still analysed.
    const analysis = analyzeWorkbook(snap, DEFAULT_SETTINGS);
    const user = (analysis.prices ?? []).filter((p) => p.origin.startsWith(PRICE_SHEET_NAME));
    expect(user).toHaveLength(LAST - 1);
    expect(user.map((p) => p.yenPerT.toNumber())).toContain(3000 + LAST);
    expect(analysis.forms.map((f) => [f.sheet, f.kind])).toContainEqual(["その1", "tokyoBusiness"]);
  });
});
