/**
 * What the workbook tells the pane by itself (ExcelApi 1.7): `worksheet.onChanged` and
 * `worksheet.onSelectionChanged` on every sheet (and on sheets added later, `worksheets.onAdded`). The
 * add-in's own writes are not reported: the services note the cells each write touches (`OwnWrites`), and
 * a change whose every cell was just written by the add-in is dropped; so is any change of the log sheet.
 * Hosts without the requirement set get null: the pane keeps its 再読み込み button.
 */
import type { WorkbookEvents } from "../app/services";
import type { CellRef } from "../domain/issue";
import { fromA1, toA1 } from "../workbook/address";
import { apiSupported } from "./snapshot";

/** Cells the add-in wrote a moment ago (their change events are its own), and sheets muted for a while. */
export class OwnWrites {
  private readonly cells = new Map<string, number>();
  private readonly muted = new Map<string, number>();

  constructor(
    private readonly ttlMs = 5000,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** The add-in is about to write these cells. */
  expect(cells: readonly CellRef[]): void {
    const until = this.clock() + this.ttlMs;
    for (const c of cells) this.cells.set(key(c.sheet, c.address), until);
  }

  /** The add-in is about to change cells of these sheets it cannot list (e.g. an undo of an older batch). */
  mute(sheets: readonly string[], ms = this.ttlMs): void {
    const until = this.clock() + ms;
    for (const s of sheets) this.muted.set(s.toLowerCase(), until);
  }

  /** Whether a change of `address` on `sheet` is the add-in's own (every cell of the range). */
  isOwn(sheet: string, address: string): boolean {
    const now = this.clock();
    if ((this.muted.get(sheet.toLowerCase()) ?? 0) >= now || (this.muted.get("*") ?? 0) >= now) return true;
    const cells = cellsOf(address);
    if (cells === null || cells.length === 0) return false;
    return cells.every((a) => (this.cells.get(key(sheet, a)) ?? 0) >= now);
  }
}

const key = (sheet: string, address: string) => `${sheet.toLowerCase()}!${address.replace(/\$/g, "")}`;

/** The cells of "F16" or "F16:F22" (at most 10,000; null beyond, or for anything else). */
function cellsOf(address: string): string[] | null {
  const out: string[] = [];
  for (const part of address.replace(/^.*!/, "").split(",")) {
    const [a, b = a] = part.split(":");
    let from, to;
    try {
      from = fromA1(a);
      to = fromA1(b);
    } catch {
      return null;
    }
    if ((to.row - from.row + 1) * (to.col - from.col + 1) > 10000) return null;
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push(toA1(r, c));
  }
  return out;
}

type Handler = OfficeExtension.EventHandlerResult<unknown>;

/**
 * Registers the handlers (one Excel.run, one sync); resolves to a function that removes them, or null where
 * the host has no events. `ignoreSheets` are never reported (the add-in's log).
 */
export async function watchWorkbook(
  events: WorkbookEvents,
  own: OwnWrites,
  ignoreSheets: readonly string[] = [],
): Promise<(() => Promise<void>) | null> {
  if (!apiSupported("ExcelApi", "1.7")) return null;
  const ignored = new Set(ignoreSheets.map((s) => s.toLowerCase()));
  const handlers: Handler[] = [];
  const watchSheet = (ws: Excel.Worksheet, name: string) => {
    if (ignored.has(name.toLowerCase())) return;
    handlers.push(
      ws.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        if (!own.isOwn(name, e.address)) events.changed(name, e.address);
      }),
      ws.onSelectionChanged.add(async (e: Excel.WorksheetSelectionChangedEventArgs) => {
        events.selected({ sheet: name, address: e.address });
      }),
    );
  };
  await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    await ctx.sync();
    for (const ws of sheets.items) watchSheet(ws, ws.name);
    handlers.push(
      sheets.onAdded.add(async (e: Excel.WorksheetAddedEventArgs) => {
        // A sheet added later (pasted, inserted): watch it too.
        await Excel.run(async (c2) => {
          const ws = c2.workbook.worksheets.getItem(e.worksheetId);
          ws.load("name");
          await c2.sync();
          watchSheet(ws, ws.name);
          await c2.sync();
        });
      }),
    );
    await ctx.sync();
  });
  // A handler is removed in the context it was added in.
  return async () => {
    for (const h of handlers.splice(0))
      await Excel.run(h.context, async (ctx) => {
        h.remove();
        await ctx.sync();
      });
  };
}
