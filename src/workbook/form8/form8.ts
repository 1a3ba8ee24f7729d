import { issueOf } from "../../domain/issue";
import { FORM8_MESSAGES as FM } from "../../domain/form8/messages";
/**
 * Form 8 (第8号様式, 地球温暖化対策報告書提出書), the cover sheet: its list 地球温暖化対策報告書提出事業所一覧
 * holds up to 10 sites of one submitter, two rows each (guide 2.2.1):
 *
 *   | n | 事業所等の名称 | <name>            |          |             |
 *   |   | 事業所番号     | <number>          | 提出様式 | <form used> |
 *
 * Every listed site should have its Form 7 (or the Tokyo form standing in for it) in the workbook; the
 * rows that do not are pointed at. Labels are matched after folding (full-width, spaces), values are the
 * first non-label cell to the right of their label (merged label cells skipped).
 */
import { type CellRef, type Issue, type Sourced } from "../../domain/issue";
import type { Grid } from "../grid";
import { sameSite } from "../sameSite";
import { normLabel, readText, sheetLabels } from "../text";

export interface Form8Site {
  /** The list's number 1–10, where the sheet shows it. */
  index: number | null;
  /** The sheet row of 事業所等の名称. */
  row: number;
  /** 事業所等の名称 (null when only a number is filled). */
  name: Sourced<string> | null;
  /** 事業所番号 (blank the first year: the ward assigns the numbers). */
  siteNumber: Sourced<string> | null;
  /** 提出様式: which form was submitted (第7号様式, 都様式 …). */
  form: Sourced<string> | null;
  /** The cell issues about this site point at: the name, or the number when there is no name. */
  cell: CellRef;
}

export interface Form8 {
  sheet: string;
  /** The title or list label that identified the sheet. */
  anchor: CellRef;
  sites: Form8Site[];
}

const NAME = normLabel("事業所等の名称");
const NUMBER = normLabel("事業所番号");
const FORM = normLabel("提出様式");
const LABELS = [NAME, NUMBER, FORM];
export const FORM8_TITLES = ["第8号様式", "地球温暖化対策報告書提出書", "提出事業所一覧"].map((t) =>
  normLabel(t),
);

function isLabel(text: string): boolean {
  const f = normLabel(text);
  return LABELS.some((l) => f.startsWith(l));
}

/** The first non-label value right of (row, col), within 8 columns, or null when a label comes first. */
function valueRight(grid: Grid, row: number, col: number): Sourced<string> | null {
  const m = grid.mergeAt(row, col);
  for (let c = (m ? m.right : col) + 1; c <= Math.min(grid.right, col + 8); c++) {
    const t = readText(grid.value(row, c));
    if (!t) continue;
    if (isLabel(t)) return null;
    return { value: t, cell: { sheet: grid.sheet, address: grid.address(row, c) } };
  }
  return null;
}

function findLabel(grid: Grid, row: number, label: string, fromCol = grid.left): number | null {
  const { cols, texts } = sheetLabels(grid).row(row);
  for (let i = 0; i < texts.length; i++) if (cols[i] >= fromCol && texts[i].startsWith(label)) return cols[i];
  return null;
}

/** The list number left of the name label on its row or the row above the number label (merged). */
function indexLeft(grid: Grid, row: number, col: number): number | null {
  for (let c = col - 1; c >= Math.max(grid.left, col - 3); c--) {
    const v = grid.shownValue(row, c);
    const n = typeof v === "number" ? v : Number(normLabel(v));
    if (Number.isInteger(n) && n >= 1 && n <= 10 && readText(v) !== "") return n;
  }
  return null;
}

/** Form 8 on a grid: the listed sites with their cells, or null when the sheet is not a Form 8. */
export function locateForm8(grid: Grid): Form8 | null {
  const labels = sheetLabels(grid);
  const [title] = labels.containing(FORM8_TITLES);
  if (!title) return null;
  const anchor: CellRef = { sheet: grid.sheet, address: grid.address(title.row, title.col) };
  const start = title.row;
  const sites: Form8Site[] = [];
  for (let r = start; r <= grid.bottom; r++) {
    const nameCol = findLabel(grid, r, NAME);
    if (nameCol === null) continue;
    const name = valueRight(grid, r, nameCol);
    // 事業所番号 and 提出様式: on the next row (the seed's layout), or on the same row.
    let siteNumber: Sourced<string> | null = null;
    let form: Sourced<string> | null = null;
    for (const rr of [r, r + 1]) {
      const nc = findLabel(grid, rr, NUMBER);
      if (nc !== null && !siteNumber) siteNumber = valueRight(grid, rr, nc);
      const fc = findLabel(grid, rr, FORM);
      if (fc !== null && !form) form = valueRight(grid, rr, fc);
    }
    if (!name && !siteNumber) continue;
    sites.push({
      index: indexLeft(grid, r, nameCol),
      row: r,
      name,
      siteNumber,
      form,
      cell: name?.cell ?? siteNumber!.cell,
    });
  }
  return { sheet: grid.sheet, anchor, sites };
}

/** The sites listed on a Form 8 sheet, or null when the sheet is not a Form 8. */
export function readForm8(grid: Grid): Form8Site[] | null {
  return locateForm8(grid)?.sites ?? null;
}

/** A Form 7 of the workbook, as Form 8 is matched against it. */
export interface Form7SiteRef {
  sheet?: string;
  /** The file it is in, when the sites come from several files (the command line's folder). */
  file?: string;
  name: string | null;
  siteNumber: string | null;
}

/**
 * Where the Form 7 sites were looked for, when not in the Form 8's own workbook: the files of a folder
 * that the command line checked (the messages name the folder and how many files were searched).
 */
export interface Form8Scope {
  folder: string;
  /** Files of the folder that were read. */
  files: number;
  /** Files of the folder that could not be read (a site's Form 7 may be in one of them). */
  unreadable: number;
}

/**
 * Issues for the listed sites that have no Form 7 in the workbook (or, with a scope, in any file of the
 * folder): matched by site number where both give one, else by name after folding (full-width, spaces,
 * middle dots). A site matched by name whose numbers differ is pointed at too (one of the two numbers is
 * wrong).
 */
export function matchForm8(
  list: readonly Form8Site[],
  form7Sites: readonly Form7SiteRef[],
  scope?: Form8Scope,
): Issue[] {
  const issues: Issue[] = [];
  for (const s of list) {
    const name = normLabel(s.name?.value ?? "");
    const number = normLabel(s.siteNumber?.value ?? "");
    const key = { siteName: s.name?.value ?? null, siteNumber: s.siteNumber?.value ?? null };
    if (form7Sites.some((f) => sameSite(key, { siteName: f.name, siteNumber: f.siteNumber }))) continue;
    // Not the same site, but the same name: both give a site number, and the two differ.
    const byName = name ? form7Sites.find((f) => normLabel(f.name ?? "") === name) : undefined;
    const shown = s.name?.value ?? s.siteNumber?.value ?? "";
    if (byName) {
      const other = normLabel(byName.siteNumber ?? "");
      if (number && other && other !== number)
        issues.push(
          issueOf(
            FM,
            "warning",
            "form8.siteNumberDiffers",
            s.siteNumber!.cell,
            { site: shown, form8: s.siteNumber!.value, form7: String(byName.siteNumber), place: byName },
            { form8: s.siteNumber!.value, form7: byName.siteNumber ?? "" },
          ),
        );
      continue;
    }
    issues.push(
      issueOf(
        FM,
        "warning",
        "form8.missingForm7",
        s.cell,
        {
          site: shown,
          index: s.index ? String(s.index) : null,
          byNumber: !!number,
          scope: scope ? { folder: scope.folder, files: scope.files, unreadable: scope.unreadable } : null,
        },
        scope ? { site: shown, folder: scope.folder } : { site: shown },
      ),
    );
  }
  return issues;
}
