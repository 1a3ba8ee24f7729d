/**
 * Finds Fukuoka's Table 1 (設備名 / 設備情報 / 件数/年 / 自家消費率) and Table 2 (設備名 / 想定されるCO2削減量 /
 * J-クレジット単価 / A / 還元率 / B, and the 計 row) by their labels, reads the preconditions printed on the
 * sheet, recomputes the reductions, flags printed ones that differ, and plans A, B and the totals.
 */
import { dec, type Decimal } from "../../domain/decimal";
import { formatDecimal } from "../../domain/format";
import { issue, sortIssues, type Issue, type Sourced } from "../../domain/issue";
import {
  FUKUOKA_PRECONDITIONS,
  reductionOverPeriod,
  revenue,
  totals,
  type EquipmentInput,
  type ReturnPreconditions,
} from "../../domain/jcredit/returnTable";
import type { Settings } from "../../domain/settings";
import type { FormAnalysisBase } from "../analysis";
import type { Grid } from "../grid";
import { normLabel, readNumber, readText } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";

export interface ReturnRow {
  label: string;
  reductionT: Decimal;
  recomputedT: Decimal | null;
  priceYenPerT: Decimal | null;
  A: Decimal | null;
  returnRatePct: Decimal | null;
  B: Decimal | null;
  cells: { reductionT: string; A: string; B: string };
}

export interface ReturnTableAnalysis extends FormAnalysisBase {
  kind: "returnTable";
  rows: ReturnRow[];
  totals: { reductionT: Decimal; A: Decimal; B: Decimal };
  preconditions: ReturnPreconditions;
}

type Col = "name" | "reduction" | "price" | "A" | "rate" | "B" | "info" | "units" | "self";

function headerCols(grid: Grid, r: number): Partial<Record<Col, number>> {
  const cols: Partial<Record<Col, number>> = {};
  for (let c = grid.left; c <= grid.right; c++) {
    const f = normLabel(grid.value(r, c));
    if (!f) continue;
    const put = (k: Col) => {
      if (cols[k] === undefined) cols[k] = c;
    };
    if (f.includes("設備名")) put("name");
    else if (f.includes("削減量")) put("reduction");
    else if (f.includes("単価")) put("price");
    else if (f.includes("還元率")) put("rate");
    else if (/^a[(（]?円|^a$|^\(a\)/.test(f)) put("A");
    else if (/^b[(（]?円|^b$|^\(b\)/.test(f)) put("B");
    else if (f.includes("設備情報")) put("info");
    else if (f.includes("件数")) put("units");
    else if (f.includes("自家消費")) put("self");
  }
  return cols;
}

/** ①②③… or the first characters of the name, to match Table 1 and Table 2 rows. */
function rowKey(label: string): string {
  const f = normLabel(label);
  const m = /^[①-⑳]|^\(?\d+\)?/.exec(label.trim());
  return m ? m[0] : f.slice(0, 6);
}

function num(grid: Grid, r: number, c: number | undefined): Sourced<Decimal> | null {
  if (c === undefined) return null;
  const v = grid.value(r, c);
  const n = readNumber(typeof v === "string" ? v.replace(/[件台]\s*$/, "") : v);
  return n.kind === "number"
    ? { value: n.value, cell: { sheet: grid.sheet, address: grid.address(r, c) } }
    : null;
}

function readPreconditions(grid: Grid): { p: ReturnPreconditions; found: string[] } {
  let text = "";
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v === "string") text += `${v.normalize("NFKC")}\n`;
    }
  const found: string[] = [];
  const p = { ...FUKUOKA_PRECONDITIONS };
  let m = /1kWあたりの年間発電量は?\s*([\d,.]+)\s*kWh/i.exec(text);
  if (m) {
    p.kWhPerKwYear = dec(m[1].replace(/,/g, ""));
    found.push("kWhPerKwYear");
  }
  m = /排出係数は?\s*([\d.]+)/.exec(text);
  if (m) {
    p.gridFactorTPerKWh = dec(m[1]);
    found.push("gridFactor");
  }
  m = /認証対象期間\s*(\d+)\s*年/.exec(text);
  if (m) {
    p.years = dec(m[1]);
    found.push("years");
  }
  return { p, found };
}

interface Table1Row {
  e: EquipmentInput;
}

function readTable1(grid: Grid): Map<string, Table1Row> {
  const out = new Map<string, Table1Row>();
  for (let r = grid.top; r <= grid.bottom; r++) {
    const cols = headerCols(grid, r);
    if (cols.name === undefined || cols.units === undefined) continue;
    for (let rr = r + 1; rr <= grid.bottom; rr++) {
      const name = readText(grid.value(rr, cols.name));
      if (!name) break;
      const info = cols.info !== undefined ? readText(grid.value(rr, cols.info)).normalize("NFKC") : "";
      // 「1台あたりのCO2年間削減量 (単位:t-CO2)を0.70tとする」: the last number written in t.
      const perUnit = info.includes("削減量")
        ? [...info.matchAll(/([\d.]+)\s*t(?![-a-z])/gi)].pop()
        : undefined;
      const kw = /発電出力\s*([\d.]+)\s*kW/i.exec(info);
      let self = num(grid, rr, cols.self)?.value ?? null;
      if (self && self.gt(1)) self = self.div(100);
      out.set(rowKey(name), {
        e: {
          unitsPerYear: num(grid, rr, cols.units)?.value ?? null,
          perUnitTPerYear: perUnit ? dec(perUnit[1]) : null,
          pvKw: kw ? dec(kw[1]) : null,
          selfConsumption: self,
        },
      });
    }
    break;
  }
  return out;
}

export function analyzeReturnTables(
  grid: Grid,
  settings: Settings,
  own: OwnEarlier = noOwnEarlier,
): ReturnTableAnalysis[] {
  const out: ReturnTableAnalysis[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const cols = headerCols(grid, r);
    if (
      cols.name === undefined ||
      cols.reduction === undefined ||
      cols.price === undefined ||
      cols.rate === undefined
    )
      continue;
    const { p, found } = readPreconditions(grid);
    const t1 = readTable1(grid);
    const issues: Issue[] = [];
    const writes: PlannedWrite[] = [];
    const rows: ReturnRow[] = [];
    let totalRow: number | null = null;
    const ref = (rr: number, c: number | undefined) => (c === undefined ? "" : grid.address(rr, c));
    /** Plans a whole number (t or yen) into (row, col) when the table has that column. */
    const planWhole = (
      row: number,
      col: number | undefined,
      value: Decimal | null,
      ja: string,
      en: string,
    ) => {
      if (col !== undefined && value !== null)
        writes.push(
          planWrite(grid, row, col, value.toNumber(), { ja, en }, { ownEarlier: own, numberFormat: "#,##0" }),
        );
    };
    for (let rr = r + 1; rr <= grid.bottom; rr++) {
      const label = readText(grid.shownValue(rr, cols.name));
      if (!label) break;
      if (/^(計|合計)$/.test(normLabel(label))) {
        totalRow = rr;
        break;
      }
      const printed = num(grid, rr, cols.reduction);
      const eq = t1.get(rowKey(label));
      const re = eq ? reductionOverPeriod(eq.e, p, settings.returnReductionRounding) : null;
      if (printed && re && !printed.value.eq(re.rounded))
        issues.push(
          issue(
            "warning",
            "return.reductionDiffers",
            printed.cell,
            `${printed.cell.address}（${label}）の削減量 ${formatDecimal(printed.value)} t は、表1と前提条件から求めた ${formatDecimal(re.rounded)} t（${formatDecimal(re.exact)} t を丸め）と異なります。`,
            `${printed.cell.address} (${label}): the printed reduction ${formatDecimal(printed.value)} t differs from ${formatDecimal(re.rounded)} t recomputed from Table 1 and the preconditions (${formatDecimal(re.exact)} t before rounding).`,
            { printed: printed.value.toFixed(), recomputed: re.rounded.toFixed() },
          ),
        );
      const reductionT = printed?.value ?? re?.rounded ?? null;
      if (reductionT === null) {
        issues.push(
          issue(
            "warning",
            "return.noReduction",
            { sheet: grid.sheet, address: ref(rr, cols.reduction) },
            `${ref(rr, cols.reduction)}（${label}）の削減量がなく、表1からも求められません。`,
            `${ref(rr, cols.reduction)} (${label}): no reduction, and Table 1 does not give one.`,
          ),
        );
        continue;
      }
      if (!printed && re && grid.isEmpty(rr, cols.reduction))
        planWhole(rr, cols.reduction, re.rounded, `${label} 削減量(t)`, `${label} reduction (t)`);
      const price = num(grid, rr, cols.price)?.value ?? null;
      let rate = num(grid, rr, cols.rate)?.value ?? null;
      if (rate && rate.lt(1) && rate.gt(0)) rate = rate.mul(100); // 0.5 formatted as 50 %
      const rev = revenue({ reductionT, priceYenPerT: price, returnRatePct: rate });
      const aPrinted = num(grid, rr, cols.A);
      const bPrinted = num(grid, rr, cols.B);
      if (rev) {
        planWhole(rr, cols.A, rev.A, `${label} A(円)`, `${label} A (yen)`);
        planWhole(rr, cols.B, rev.B, `${label} B(円)`, `${label} B (yen)`);
        for (const [held, want, what] of [
          [aPrinted, rev.A, "A"],
          [bPrinted, rev.B, "B"],
        ] as const)
          if (held && want && !held.value.eq(want))
            issues.push(
              issue(
                "error",
                "return.mismatch",
                held.cell,
                `${held.cell.address}（${label} ${what}）: シートの値 ${formatDecimal(held.value)}、正しい値 ${formatDecimal(want)}。`,
                `${held.cell.address} (${label} ${what}): the sheet holds ${formatDecimal(held.value)}; it should be ${formatDecimal(want)}.`,
                { expected: want.toFixed(), found: held.value.toFixed() },
              ),
            );
      }
      rows.push({
        label,
        reductionT,
        recomputedT: re?.rounded ?? null,
        priceYenPerT: price,
        A: rev?.A ?? null,
        returnRatePct: rate,
        B: rev?.B ?? null,
        cells: { reductionT: ref(rr, cols.reduction), A: ref(rr, cols.A), B: ref(rr, cols.B) },
      });
    }
    const tot = totals(rows);
    if (totalRow !== null) {
      planWhole(totalRow, cols.A, tot.A, "計 A(円)", "total A (yen)");
      planWhole(totalRow, cols.B, tot.B, "計 B(円)", "total B (yen)");
    }
    if (found.length < 3)
      issues.push(
        issue(
          "info",
          "return.defaultPreconditions",
          { sheet: grid.sheet, address: grid.address(r, cols.name) },
          `前提条件（1kWあたり年間発電量・排出係数・認証対象期間）の一部がシートに見つからないため、福岡市の表の値（1,200 kWh、0.000423、8年）を使っています。`,
          `Some preconditions (kWh per kW, grid factor, crediting years) are not on the sheet; Fukuoka's values (1,200 kWh, 0.000423, 8 years) are used.`,
        ),
      );
    out.push({
      kind: "returnTable",
      sheet: grid.sheet,
      anchor: { sheet: grid.sheet, address: grid.address(r, cols.name) },
      issues: sortIssues(issues),
      writes,
      rows,
      totals: tot,
      preconditions: p,
    });
    r = totalRow ?? r;
  }
  return out;
}
