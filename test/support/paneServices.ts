/**
 * HostServices for task-pane component tests over sheets held in memory: `analyze` runs the real flow over
 * them, `write` puts the values into them (so the next analysis reads them back), `createSheet` records the
 * sheet. Every call is a jest mock, so tests can look at what the pane asked for.
 */
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import type { HostServices } from "../../src/app/services";
import type { CellRef } from "../../src/domain/issue";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import type { GridSink } from "./gridSink";

export function sheetServices(sheets: Record<string, GridSink>): jest.Mocked<HostServices<WorkbookAnalysis>> {
  return {
    analyze: jest.fn(async (s: Settings) =>
      analyzeWorkbook({ sheets: Object.entries(sheets).map(([name, sink]) => sink.grid(name)) }, s),
    ),
    select: jest.fn(async (_cell: CellRef) => undefined),
    write: jest.fn(async (writes) => {
      for (const w of writes) sheets[w.sheet].put(w.row, w.col, w.value);
      return { batch: "B1", written: writes.length };
    }),
    createSheet: jest.fn(async (sheet) => ({ batch: "B2", written: 1, sheet: sheet.name, chart: false })),
    undoLast: jest.fn(async () => ({ batch: "B1", restored: 1 })),
    mark: jest.fn(async (i) => i.length),
    clearMarks: jest.fn(async () => 0),
    loadSettings: jest.fn(async () => DEFAULT_SETTINGS),
    saveSettings: jest.fn(async (_s: Settings) => undefined),
  } as jest.Mocked<HostServices<WorkbookAnalysis>>;
}
