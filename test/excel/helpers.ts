/**
 * Shared helpers for the Excel-port tests: Microsoft's Excel client (office-js) answered by the strict
 * host (test/host), installed on globalThis as Excel / Office / OfficeExtension.
 */
import type { FakeWorkbookInit } from "../fakes/excelFake";
import { createStrictHost, type StrictHost, type StrictHostOptions } from "../host/strictHost";

export interface Installed {
  host: StrictHost;
  /** Runs `f` in an Excel.run of the client, with the context typed as Office.js's. */
  run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  uninstall(): void;
}

export function install(workbook: FakeWorkbookInit, options?: StrictHostOptions): Installed {
  const host = createStrictHost(workbook, options);
  const uninstall = host.install(globalThis as unknown as Record<string, unknown>);
  return {
    host,
    run: (f) => host.Excel.run((ctx: unknown) => f(ctx as Excel.RequestContext)),
    uninstall,
  };
}

/** Round trips (batches that reached the host) while `f` runs. */
export async function syncsOf(host: StrictHost, f: () => Promise<unknown>): Promise<number> {
  const before = host.stats.syncs;
  await f();
  return host.stats.syncs - before;
}
