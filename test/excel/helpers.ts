/** Shared helpers for the Excel-port tests: a fake installed on globalThis, contexts typed as Excel's. */
import { createFakeExcel, type FakeExcel, type FakeOptions, type FakeWorkbookInit } from "../fakes/excelFake";

export interface Installed {
  fake: FakeExcel;
  /** Runs `f` in an Excel.run of the fake, with the context typed as Office.js's. */
  run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  uninstall(): void;
}

export function install(workbook: FakeWorkbookInit, options?: FakeOptions): Installed {
  const fake = createFakeExcel(workbook, options);
  const uninstall = fake.install(globalThis);
  return {
    fake,
    run: (f) => fake.Excel.run((ctx: unknown) => f(ctx as Excel.RequestContext)),
    uninstall,
  };
}

/** Syncs made while `f` runs. */
export async function syncsOf(fake: FakeExcel, f: () => Promise<unknown>): Promise<number> {
  const before = fake.stats.syncs;
  await f();
  return fake.stats.syncs - before;
}
