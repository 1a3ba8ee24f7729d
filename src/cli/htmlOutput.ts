/** --report: the page written beside its target and renamed into place (a failed save leaves no half page). */
import fs from "node:fs";
import { renderReport, type RunReport } from "./htmlReport";

export async function writeHtmlReport(out: string, report: RunReport): Promise<void> {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await fs.promises.writeFile(tmp, renderReport(report), "utf8");
    await fs.promises.rename(tmp, out);
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}
