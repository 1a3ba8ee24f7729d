/**
 * The add-in against the in-memory Excel fake: syncs for checking and writing one Form 7 (targets 2 and 1),
 * time in the fake, a workbook of 50 Form 7 sheets, and a range too big for one 5 MB payload.
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../src/app/analyze";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { createExcelServices } from "../src/excel/services";
import { selectWrites } from "../src/workbook/writePlan";
import { createFakeExcel, type FakeWorkbookInit } from "../test/fakes/excelFake";
import { fakeWorkbookFromBuffer } from "../test/fakes/fromXlsx";
import { form7Buffer, KOTO_USAGE } from "../test/support/form7Workbook";
import { median, nowMs, report } from "./report";

const ROOT = path.resolve(__dirname, "../../..");

async function withFake<T>(
  init: FakeWorkbookInit,
  fn: (fake: ReturnType<typeof createFakeExcel>) => Promise<T>,
): Promise<T> {
  const fake = createFakeExcel(init);
  const undo = fake.install(globalThis);
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

  // A 60,000 × 12 sheet of numbers: more than one 5 MB response, so it is read in blocks.
  const cells: Record<string, { value: number }> = {};
  for (let r = 1; r <= 60000; r++)
    for (let c = 0; c < 12; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = { value: r * 1000.123 + c };
  await withFake({ sheets: [{ name: "大きな表", cells }] }, async (fake) => {
    const services = createExcelServices(analyzeWorkbook);
    await services.analyze(DEFAULT_SETTINGS);
    report("excel.bigRange.cells", 60000 * 12, "cells");
    report("excel.bigRange.syncs", fake.stats.syncs, "syncs");
    report("excel.bigRange.maxPayloadMB", fake.stats.maxPayloadBytes / 1048576, "MB");
  });
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
