/**
 * 報告年月日 of a Form 7: the dated line above its site block (「年 月 日」 on the blank form, top right),
 * typed as text (令和7年6月30日, 2025年6月30日, 2025/6/30) or entered as a date cell. Published on the
 * publication sheet; nothing is computed from it.
 */
import type { Sourced } from "../../domain/issue";
import { keptAnswers } from "../../domain/kept";
import { DATE1904_OFFSET, EXCEL_EPOCH_MS, type Grid } from "../grid";
import type { Form7Location } from "./locate";

const ERA_DATE = /^(令和|平成|R|H)?(元|\d{1,4})年(\d{1,2})月(\d{1,2})日$/i;
const SLASH_DATE = /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}$/;
/** Serials of 2000-01-01 and 2099-12-31 in the 1900 date system. */
const SERIAL_RANGE = [36526, 73050] as const;

/**
 * A text as a date (folded: NFKC, no white space), or null when it is none. Kept by text: the same titles
 * and labels head every form of a run.
 */
const textDate = keptAnswers(5000, (v: string): string | null => {
  const t = v.normalize("NFKC").replace(/\s+/g, "");
  // (A text with 年月日 is never a slash date, nor the other way round.)
  const m = ERA_DATE.exec(t);
  const valid = m
    ? Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[4]) >= 1 && Number(m[4]) <= 31
    : SLASH_DATE.test(t);
  return valid ? t : null;
});

function dateText(grid: Grid, row: number, col: number): string | null {
  const v = grid.shownValue(row, col);
  if (typeof v === "string") return textDate(v);
  if (typeof v !== "number" || !Number.isInteger(v)) return null;
  // As a serial of the 1900 date system (a 1904 workbook counts the same day 1,462 lower).
  const serial = grid.date1904 ? v + DATE1904_OFFSET : v;
  if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return null;
  // A date cell: a serial shown with a date format.
  const fmt = (grid.numberFormat(row, col) ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (!/[ye年]/i.test(fmt) || !/[d日]/i.test(fmt)) return null;
  const d = new Date(EXCEL_EPOCH_MS + serial * 86400000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The first date in the form's own rows above its site block (or its table), or null. */
export function readReportDate(grid: Grid, loc: Form7Location): Sourced<string> | null {
  const firstSiteRow = Math.min(
    loc.header.row,
    ...Object.values(loc.site).map((s) => (s ? s.label.row : loc.header.row)),
  );
  for (let r = Math.max(loc.top, grid.top); r < firstSiteRow; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const t = dateText(grid, r, c);
      if (t) return { value: t, cell: { sheet: grid.sheet, address: grid.address(r, c) } };
    }
  return null;
}
