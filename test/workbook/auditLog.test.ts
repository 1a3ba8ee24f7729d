/** The audit log as data: its rows, the add-in's own earlier values, and what undo restores — no Excel. */
import {
  LOG_HEADERS,
  LOG_SHEET,
  SHEET_CREATED,
  createdSheetValue,
  logRowOf,
  mayRestore,
  ownEarlierFromLog,
  planUndo,
  rangeTopLeft,
  readLogRows,
  undoneNote,
} from "../../src/workbook/auditLog";
import { Grid, type CellValue } from "../../src/workbook/grid";
import type { PlannedWrite } from "../../src/workbook/writePlan";

const header = [...LOG_HEADERS] as CellValue[];
/** 日時, バッチ, シート, セル, 旧値, 旧数式, 新値, 取消, 旧書式 */
const row = (
  batch: string,
  address: string,
  old: CellValue,
  value: CellValue,
  undone: string | null = null,
) => ["2026-12-02T09:00:00Z", batch, "第7号様式", address, old, null, value, undone, null] as CellValue[];

function log(rows: CellValue[][]): Grid {
  return new Grid({ sheet: LOG_SHEET, values: [header, ...rows] });
}

describe("the audit log", () => {
  it("reads its rows, skipping the header and blank rows, with formulas only where they start with =", () => {
    const g = new Grid({
      sheet: LOG_SHEET,
      values: [
        header,
        row("b1", "F19", null, 60),
        [],
        ["t", "b1", "第7号様式", "F20", 1, "=F19/F3", 2, null, "0.0"],
      ],
    });
    const rows = readLogRows(g);
    expect(rows.map((r) => [r.row, r.address, r.old, r.value, r.oldFormula, r.oldFormat])).toEqual([
      [1, "F19", null, 60, null, null],
      [3, "F20", 1, 2, "=F19/F3", "0.0"],
    ]);
  });

  it("knows a value as the add-in's own while the cell holds the last live write (an undone one does not count)", () => {
    const own = ownEarlierFromLog(log([row("b1", "F19", null, 60), row("b2", "F19", 60, 61, "undone")]));
    expect(own("第7号様式", "F19", 60)).toBe(true);
    expect(own("第7号様式", "$f$19", 60.0000000001)).toBe(true);
    expect(own("第7号様式", "F19", 61)).toBe(false);
    expect(own("第7号様式", "F20", 60)).toBe(false);
  });

  it("plans the undo of the last live batch: first old value and last new value per cell", () => {
    const plan = planUndo(
      readLogRows(
        log([
          row("b1", "F19", null, 60),
          row("b2", "F19", 60, 61),
          row("b2", "F19", 61, 62),
          row("b2", "F20", 5, 6),
        ]),
      ),
    )!;
    expect(plan.batch).toBe("b2");
    expect(plan.rows).toHaveLength(3);
    expect([...plan.cells.values()].map((c) => [c.first.old, c.last.value])).toEqual([
      [60, 62],
      [5, 6],
    ]);
    expect(plan.created.size).toBe(0);
    expect(planUndo(readLogRows(log([row("b1", "F19", null, 60, "done")])))).toBeNull();
  });

  it("names the sheets a batch created, with their fingerprints", () => {
    const plan = planUndo(
      readLogRows(
        log([["t", "b3", "報告履歴", SHEET_CREATED, null, null, createdSheetValue("abc"), null, null]]),
      ),
    )!;
    expect([...plan.created]).toEqual([["報告履歴", "abc"]]);
  });

  it("restores a cell only while it holds what was written, and no formula", () => {
    const [last] = readLogRows(log([row("b1", "F19", null, 60)]));
    expect(mayRestore(last, { value: 60, formula: null })).toBe(true);
    expect(mayRestore(last, { value: 61, formula: null })).toBe(false);
    expect(mayRestore(last, { value: 60, formula: "=SUM(H22:H34)" })).toBe(false);
    expect(undoneNote("T", true)).toBe("T 変更済のため復元せず");
    expect(undoneNote("T", false)).toBe("T");
  });

  it("logs a write with its texts kept as text and the old format where the write sets one", () => {
    const w = {
      sheet: "第7号様式",
      address: "F20",
      old: "abc",
      oldFormula: "=F19/F3",
      value: 42.4,
      numberFormat: "0.0",
    } as unknown as PlannedWrite;
    expect(logRowOf(w, { time: "T", batch: "B" }, null)).toEqual([
      "'T",
      "'B",
      "'第7号様式",
      "F20",
      "'abc",
      "'=F19/F3",
      42.4,
      "",
      "'General",
    ]);
  });

  it("finds the top-left cell of a used range's address", () => {
    expect(rangeTopLeft("'CO2チェック記録'!$B$3:$J$9")).toEqual({ row: 2, col: 1 });
    expect(rangeTopLeft("Sheet1!A1")).toEqual({ row: 0, col: 0 });
  });
});
