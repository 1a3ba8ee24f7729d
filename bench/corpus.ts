/**
 * Generated Form 7 workbooks for the command-line benchmarks: 200 distinct ones (shifted, extra blank
 * column, full-width labels, merged labels, Nm³, with and without title, usage scaled, some with the
 * computed cells typed in, some with two sheets or two forms on a sheet); larger corpora repeat them.
 * Files are rewritten every run so a changed generator never leaves stale ones behind.
 */
import fs from "node:fs";
import path from "node:path";
import {
  form7Buffer,
  KOTO_PRINTED,
  KOTO_USAGE,
  type Form7Content,
  type Form7Layout,
} from "../test/support/form7Workbook";

async function distinctWorkbook(i: number): Promise<Buffer> {
  const layout: Form7Layout = {
    rowOffset: i % 5,
    colOffset: i % 3,
    blankColumn: i % 4 === 0,
    fullWidth: i % 7 === 0,
    title: i % 6 !== 0,
    merged: i % 5 === 2,
    unitStyle: i % 9 === 0 ? "Nm³" : "Nm3",
  };
  const k = 1 + (i % 37) / 10;
  const usage = Object.fromEntries(
    Object.entries(KOTO_USAGE).map(([key, v]) => [key, Math.round((v ?? 0) * k * 10) / 10]),
  );
  const content: Form7Content = {
    name: `ビル${i}`,
    usage,
    floorArea: 800 + i * 37.5,
    // Every eighth report has the public case's printed figures typed in: right at k = 1, wrong otherwise.
    computed: i % 8 === 3 ? KOTO_PRINTED : undefined,
  };
  const sheets =
    i % 10 === 5
      ? [
          { name: "第7号様式", forms: [{ layout, content }] },
          {
            name: "前年度",
            forms: [{ layout, content: { ...content, period: "令和5年4月1日～令和6年3月31日" } }],
          },
        ]
      : i % 10 === 7
        ? [
            {
              name: "第7号様式",
              forms: [
                { layout, content },
                { layout: { title: false }, content },
              ],
            },
          ]
        : [{ name: "第7号様式", forms: [{ layout, content }] }];
  return (await form7Buffer(sheets)).buffer;
}

export async function makeCorpus(dir: string, count: number): Promise<string[]> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const distinct = Math.min(count, 200);
  const buffers: Buffer[] = [];
  for (let i = 0; i < distinct; i++) buffers.push(await distinctWorkbook(i));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `report-${String(i).padStart(4, "0")}.xlsx`);
    fs.writeFileSync(file, buffers[i % distinct]);
    files.push(file);
  }
  return files;
}
