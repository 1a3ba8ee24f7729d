/**
 * The summary's year sheets: 前年比 (each site's change from its previous reported year, flagged beyond the
 * threshold, naming both files), 未報告 (must-report sites reported last year and missing this year) and
 * 区の合計 (the ward's totals per benchmark category and fiscal year).
 */
import type ExcelJS from "exceljs";
import { BENCHMARK_CATEGORIES } from "../domain/benchmark/categories";
import type { Decimal } from "../domain/decimal";
import type { SiteFact } from "./siteFacts";
import { CLI_WORDS } from "./reportWords";
import { yearOverYear, type YearChange } from "./yearOverYear";

const n = (d: Decimal | null): number | null => (d === null ? null : d.toNumber());

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  widths: number[],
  formats: Record<number, string> = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({
    header: h,
    width: widths[i],
    style: formats[i] ? { numFmt: formats[i] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}

/** The warning a flagged change raises, naming both files. */
export function changeWarning(c: YearChange, thresholdPct: Decimal, lang: "ja" | "en"): string {
  const pct = (p: Decimal | null) => (p === null ? "—" : `${p.isNegative() ? "" : "+"}${p.toFixed(1)}%`);
  const site = c.name ?? c.siteNumber ?? "";
  return lang === "ja"
    ? `${site}: ${c.from.fiscalYear}年度（${c.from.file}）から${c.to.fiscalYear}年度（${c.to.file}）にCO2総量 ${pct(c.co2Pct)}、原単位 ${pct(c.intensityPct)}（±${thresholdPct.toFixed()}%を超える変化です。確認してください）`
    : `${site}: FY${c.from.fiscalYear} (${c.from.file}) to FY${c.to.fiscalYear} (${c.to.file}): CO2 total ${pct(c.co2Pct)}, intensity ${pct(c.intensityPct)} (a change beyond ±${thresholdPct.toFixed()} %; please check)`;
}

export function yearOverYearSheets(
  wb: ExcelJS.Workbook,
  sites: readonly SiteFact[],
  thresholdPct: Decimal,
  lang: "ja" | "en",
): void {
  const w = CLI_WORDS[lang];
  const yoy = yearOverYear(sites, thresholdPct);
  const c = sheet(
    wb,
    w.changesSheet,
    w.changesHead,
    [24, 12, 8, 30, 8, 30, 12, 12, 10, 9, 12, 12, 10, 9, 60],
    { 6: "#,##0", 7: "#,##0", 8: "#,##0", 9: "0.0", 10: "#,##0.0", 11: "#,##0.0", 12: "#,##0.0", 13: "0.0" },
  );
  for (const x of yoy.changes)
    c.addRow([
      x.name,
      x.siteNumber,
      x.from.fiscalYear,
      x.from.file,
      x.to.fiscalYear,
      x.to.file,
      n(x.from.co2TotalT),
      n(x.to.co2TotalT),
      n(x.co2DeltaT),
      n(x.co2Pct),
      n(x.from.intensity),
      n(x.to.intensity),
      n(x.intensityDelta),
      n(x.intensityPct),
      x.flagged ? changeWarning(x, thresholdPct, lang) : null,
    ]);
  const m = sheet(wb, w.missingSheet, w.missingHead, [24, 12, 10, 36, 16, 12]);
  for (const x of yoy.missing) m.addRow([x.name, x.siteNumber, x.lastYear, x.file, x.sheet, x.missingYear]);
  const t = sheet(wb, w.totalsSheet, w.totalsHead, [10, 28, 8, 10, 14, 16, 14], {
    4: "#,##0",
    5: "#,##0.00",
    6: "#,##0.0",
  });
  for (const x of yoy.totals)
    t.addRow([
      x.category,
      x.category === null ? w.noCategory : (BENCHMARK_CATEGORIES[x.category]?.ja ?? ""),
      x.fiscalYear,
      x.sites,
      n(x.co2TotalT),
      n(x.floorAreaM2),
      n(x.intensity),
    ]);
}
