/**
 * What checking an untrusted package costs (packageGuard.ts: the central directory read and every part
 * inflated up to its declared size), as a share of exceljs's own load of the same file — the floor
 * `cli.loadRatio` divides by includes it. Each round times the bare exceljs load and the check of the same
 * file back to back, over the example workbooks; the median of five rounds is reported.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkPackage } from "../src/xlsx/packageGuard";
import { median, nowMs, report } from "./report";

const EXAMPLES = path.resolve(__dirname, "../../../examples");

async function main(): Promise<void> {
  const files = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => fs.readFileSync(path.join(EXAMPLES, f)));
  const shares: number[] = [];
  const checks: number[] = [];
  for (let round = 0; round < 5; round++) {
    let load = 0;
    let check = 0;
    for (let i = 0; i < 50; i++)
      for (const buf of files) {
        let t = nowMs();
        await new ExcelJS.Workbook().xlsx.load(buf as unknown as ArrayBuffer);
        load += nowMs() - t;
        t = nowMs();
        checkPackage(buf);
        check += nowMs() - t;
      }
    shares.push(check / load);
    checks.push(check / (50 * files.length));
  }
  report("package.checkShareOfLoad", median(shares), "ratio");
  report("package.checkMsPerFile", median(checks), "ms");
}

void main();
