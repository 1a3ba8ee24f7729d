/**
 * The add-in through Microsoft's own Excel client (office-js) answered by the strict host (test/host):
 * round trips for checking and writing one Form 7 (targets 2 and 1), time per check, a workbook of 50
 * Form 7 sheets, a form sheet too big for one 5 MB response, and the large workbook (one Form 7,
 * 100,000 × 20 numbers, 900 × 60 Japanese text: target ≤ 3 round trips).
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../src/app/analyze";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { createExcelServices } from "../src/excel/services";
import { selectWrites } from "../src/workbook/writePlan";
import type { FakeWorkbookInit } from "../test/fakes/excelFake";
import { fakeWorkbookFromBuffer } from "../test/fakes/fromXlsx";
import { createStrictHost, type StrictHost, type StrictHostOptions } from "../test/host/strictHost";
import { bigSheets, form7Book } from "../test/support/bigWorkbook";
import { form7Buffer, KOTO_USAGE } from "../test/support/form7Workbook";
import { median, nowMs, report } from "./report";

const ROOT = path.resolve(__dirname, "../../..");
const MB = 1_000_000;

async function withFake<T>(
  init: FakeWorkbookInit,
  fn: (fake: StrictHost) => Promise<T>,
  options?: StrictHostOptions,
): Promise<T> {
  const fake = createStrictHost(init, options);
  const undo = fake.install(globalThis as unknown as Record<string, unknown>);
  try {
    return await fn(fake);
  } finally {
    undo();
  }
}

async function run(): Promise<void> {
  const filled = await fakeWorkbookFromBuffer(fs.readFileSync(path.join(ROOT, "examples/form7-filled.xlsx")));
  const blank = await fakeWorkbookFromBuffer(fs.readFileSync(path.join(ROOT, "examples/form7-blank.xlsx")));

  await withFake(filled, async (fake) => {
    const services = createExcelServices(analyzeWorkbook);
    await services.analyze(DEFAULT_SETTINGS);
    report("excel.syncs.check", fake.stats.syncs, "syncs");
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = nowMs();
      await services.analyze(DEFAULT_SETTINGS);
      times.push(nowMs() - t);
    }
    report("excel.form7CheckMs", median(times), "ms");
  });

  await withFake(blank, async (fake) => {
    const services = createExcelServices(analyzeWorkbook);
    const a = await services.analyze(DEFAULT_SETTINGS);
    fake.resetStats();
    const writes = selectWrites(a.forms.flatMap((f) => f.writes));
    await services.write(writes);
    report("excel.syncs.write", fake.stats.syncs, "syncs");
    report("excel.cellsWritten", writes.length, "cells");
  });

  const many = await form7Buffer(
    Array.from({ length: 50 }, (_, i) => ({
      name: `事業所${i + 1}`,
      forms: [{ content: { usage: KOTO_USAGE, floorArea: 1000 + i } }],
    })),
  );
  await withFake(await fakeWorkbookFromBuffer(many.buffer), async (fake) => {
    const services = createExcelServices(analyzeWorkbook);
    const t = nowMs();
    const a = await services.analyze(DEFAULT_SETTINGS);
    report("excel.fiftySheets.forms", a.forms.length, "forms");
    report("excel.fiftySheets.syncs", fake.stats.syncs, "syncs");
    report("excel.fiftySheets.checkMs", nowMs() - t, "ms");
  });

  // A 60,000 × 12 forecast-like sheet (a form: its header is in the window): more than one 5 MB
  // response, so it is read in blocks sized by the bytes its window returned.
  const header = ["メニュー", "2025年度", "2026年度", "2027年度"];
  const value = (r: number, c: number) => (r === 0 ? (header[c] ?? `列${c}`) : r * 1000.123 + c);
  await withFake(
    { sheets: [] },
    async (fake) => {
      const services = createExcelServices(analyzeWorkbook);
      await services.analyze(DEFAULT_SETTINGS);
      report("excel.bigRange.cells", 60000 * 12, "cells");
      report("excel.bigRange.syncs", fake.stats.syncs, "syncs");
      report("excel.bigRange.maxPayloadMB", fake.stats.maxPayloadBytes / MB, "MB");
    },
    { generated: [{ name: "大きな表", rows: 60000, cols: 12, value }] },
  );

  // The large workbook: only the Form 7 sheet is read in full.
  await withFake(
    await form7Book(),
    async (fake) => {
      const services = createExcelServices(analyzeWorkbook);
      const t = nowMs();
      const a = await services.analyze(DEFAULT_SETTINGS);
      const bytes = fake.stats.perSync.reduce((n, s) => n + s.request + s.response, 0);
      report("excel.bigWorkbook.forms", a.forms.length, "forms");
      report("excel.bigWorkbook.syncs", fake.stats.syncs, "syncs");
      report("excel.bigWorkbook.payloadMB", bytes / MB, "MB");
      report("excel.bigWorkbook.maxPayloadMB", fake.stats.maxPayloadBytes / MB, "MB");
      report("excel.bigWorkbook.checkMs", nowMs() - t, "ms");
    },
    { generated: bigSheets() },
  );
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
