/**
 * HostServices for task-pane component tests. Every call is a jest mock, so tests can look at what the pane
 * asked for. `fakeServices` answers `analyze` with the given analysis function; `sheetServices` runs the
 * real flow over sheets held in memory and puts written values into them, so the next analysis reads them
 * back.
 */
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import type { HostServices } from "../../src/app/services";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import type { GridSink } from "./gridSink";

export type MockServices = jest.Mocked<HostServices<WorkbookAnalysis>>;

export function fakeServices(
  analyze: (s: Settings) => WorkbookAnalysis,
  overrides: Partial<HostServices<WorkbookAnalysis>> = {},
): MockServices {
  return {
    analyze: jest.fn(async (s: Settings) => analyze(s)),
    select: jest.fn(async () => undefined),
    write: jest.fn(async (w) => ({ batch: "B1", written: w.length })),
    createSheet: jest.fn(async (sheet) => ({ batch: "B2", written: 1, sheet: sheet.name, chart: true })),
    undoLast: jest.fn(async () => ({ batch: "B1", restored: 1 })),
    mark: jest.fn(async (i) => i.length),
    clearMarks: jest.fn(async () => 0),
    loadSettings: jest.fn(async () => DEFAULT_SETTINGS),
    saveSettings: jest.fn(async () => undefined),
    ...overrides,
  } as MockServices;
}

export function sheetServices(sheets: Record<string, GridSink>): MockServices {
  const services = fakeServices((s) =>
    analyzeWorkbook({ sheets: Object.entries(sheets).map(([name, sink]) => sink.grid(name)) }, s),
  );
  services.write.mockImplementation(async (writes) => {
    for (const w of writes) sheets[w.sheet].put(w.row, w.col, w.value);
    return { batch: "B1", written: writes.length };
  });
  return services;
}
