/**
 * Form 8 (第8号様式), the cover sheet: the list of up to 10 sites of one submitter (事業所等の名称, 事業所番号,
 * 提出様式). Every listed site should have its Form 7 in the workbook; the rows that do not are pointed at.
 */
import { issue, type Issue, type Sourced } from "../../domain/issue";
import type { Grid } from "../grid";
import { normLabel, readText } from "../text";

export interface Form8Site {
  name: Sourced<string>;
  siteNumber: string | null;
}

const LABELS = ["事業所等の名称", "事業所番号", "提出様式"].map((l) => normLabel(l));

function valueRight(grid: Grid, row: number, col: number): { text: string; col: number } | null {
  const m = grid.mergeAt(row, col);
  for (let c = (m ? m.right : col) + 1; c <= Math.min(grid.right, col + 8); c++) {
    const t = readText(grid.value(row, c));
    if (!t) continue;
    if (LABELS.some((l) => normLabel(t).includes(l))) return null;
    return { text: t, col: c };
  }
  return null;
}

/** The sites listed on a Form 8 sheet, or null when the sheet is not a Form 8. */
export function readForm8(grid: Grid): Form8Site[] | null {
  let start = -1;
  for (let r = grid.top; r <= grid.bottom && start < 0; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const f = normLabel(grid.value(r, c));
      if (f.includes("提出事業所一覧") || f.includes("第8号様式")) {
        start = r;
        break;
      }
    }
  if (start < 0) return null;
  const out: Form8Site[] = [];
  for (let r = start; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      if (normLabel(grid.value(r, c)) !== LABELS[0]) continue;
      const name = valueRight(grid, r, c);
      if (!name) continue;
      let siteNumber: string | null = null;
      for (let cc = grid.left; cc <= grid.right; cc++)
        if (normLabel(grid.value(r + 1, cc)) === LABELS[1])
          siteNumber = valueRight(grid, r + 1, cc)?.text ?? null;
      out.push({
        name: { value: name.text, cell: { sheet: grid.sheet, address: grid.address(r, name.col) } },
        siteNumber,
      });
    }
  return out;
}

/** Issues for the listed sites that have no Form 7 with the same name (or site number). */
export function matchForm8(
  list: readonly Form8Site[],
  form7Sites: readonly { name: string | null; siteNumber: string | null }[],
): Issue[] {
  const names = new Set(form7Sites.map((s) => normLabel(s.name ?? "")).filter((n) => n));
  const numbers = new Set(form7Sites.map((s) => normLabel(s.siteNumber ?? "")).filter((n) => n));
  return list
    .filter(
      (s) => !names.has(normLabel(s.name.value)) && !(s.siteNumber && numbers.has(normLabel(s.siteNumber))),
    )
    .map((s) =>
      issue(
        "warning",
        "form8.missingForm7",
        s.name.cell,
        `${s.name.cell.address}: 第8号様式に載っている「${s.name.value}」の第7号様式がこのブックに見つかりません（名称の表記を確認してください）。`,
        `${s.name.cell.address}: Form 8 lists "${s.name.value}", but no Form 7 with that name is in this workbook (check how the name is written).`,
      ),
    );
}
