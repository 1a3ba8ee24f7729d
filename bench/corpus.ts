/** Generated Form 7 workbooks for the command-line benchmarks (varied layouts and usage). */
import fs from "node:fs";
import path from "node:path";
import { form7Buffer, KOTO_USAGE, type Form7Layout } from "../test/support/form7Workbook";

export async function makeCorpus(dir: string, count: number): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const distinct = Math.min(count, 200);
  const buffers: Buffer[] = [];
  for (let i = 0; i < distinct; i++) {
    const layout: Form7Layout = {
      rowOffset: i % 5,
      colOffset: i % 3,
      blankColumn: i % 4 === 0,
      fullWidth: i % 7 === 0,
      title: i % 6 !== 0,
    };
    const k = 1 + (i % 37) / 10;
    const usage = Object.fromEntries(
      Object.entries(KOTO_USAGE).map(([key, v]) => [key, Math.round((v ?? 0) * k * 10) / 10]),
    );
    const { buffer } = await form7Buffer([
      { name: `第7号様式`, forms: [{ layout, content: { usage, floorArea: 800 + i * 37.5 } }] },
    ]);
    buffers.push(buffer);
  }
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `report-${String(i).padStart(4, "0")}.xlsx`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, buffers[i % distinct]);
    files.push(file);
  }
  return files;
}
