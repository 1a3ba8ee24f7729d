/**
 * Finds Fukuoka's Table 1 (設備名 / 設備情報 / 件数/年 / 自家消費率) and Table 2 (設備名 / 想定されるCO2削減量 /
 * J-クレジット単価 / A / 還元率 / B, and the 計 row) by their labels, reads the preconditions printed on the
 * sheet (年間発電量 …kWh per kW, CO2排出係数, 認証対象期間 …年), recomputes the reductions from Table 1,
 * flags printed figures that differ, and plans A, B, ΣA and ΣB (and a blank reduction) into the table.
 */
import { dec, type Decimal } from "../../domain/decimal";
import { issueOf, sortIssues, type CellRef, type Issue, type Sourced } from "../../domain/issue";
import { READ_CODES, READ_MESSAGES } from "../../domain/readMessages";
import {
  checkAmount,
  checkPreconditions,
  checkPricesGiven,
  checkReduction,
  checkRevenue,
  rateAsFraction,
} from "../../domain/jcredit/returnCheck";
import type { CreditClass } from "../../domain/jcredit/cohort";
import {
  creditClassOf,
  FUKUOKA_PRECONDITIONS,
  perUnitAnnualT,
  reductionOverPeriod,
  revenue,
  totals,
  type EquipmentInput,
  type ReturnPreconditions,
} from "../../domain/jcredit/returnTable";
import type { Settings } from "../../domain/settings";
import type { FormAnalysisBase } from "../analysis";
import type { Grid } from "../grid";
import { normLabel, readNumber, readText, sheetLabels } from "../text";
import { noOwnEarlier, planWrite, type OwnEarlier, type PlannedWrite } from "../writePlan";

export interface ReturnRow {
  label: string;
  creditClass: CreditClass;
  /** From Table 1, where the row matches one (by ①②… or the name). */
  unitsPerYear: Decimal | null;
  perUnitTPerYear: Decimal | null;
  /** The reduction used: the printed one, else the recomputed one. */
  reductionT: Decimal;
  /** Recomputed from Table 1 and the preconditions, rounded per settings; exact before rounding. */
  recomputedT: Decimal | null;
  recomputedExactT: Decimal | null;
  priceYenPerT: Decimal | null;
  A: Decimal | null;
  returnRatePct: Decimal | null;
  B: Decimal | null;
  /** A1 addresses ("" where the table has no such column). */
  cells: { label: string; reductionT: string; price: string; A: string; rate: string; B: string };
}

export interface Table1Entry {
  label: string;
  equipment: EquipmentInput;
  cell: CellRef;
}

export interface ReturnTableAnalysis extends FormAnalysisBase {
  kind: "returnTable";
  rows: ReturnRow[];
  totals: { reductionT: Decimal; A: Decimal; B: Decimal };
  /** The 計 row's cells, where the table has one. */
  totalCells: { reductionT: string; A: string; B: string } | null;
  preconditions: ReturnPreconditions;
  /** Where each precondition was read; absent ones are Fukuoka's defaults. */
  preconditionCells: Partial<Record<keyof ReturnPreconditions, CellRef>>;
  table1: Table1Entry[];
}

type Col = "name" | "reduction" | "price" | "A" | "rate" | "B" | "info" | "units" | "self";

function headerCols(grid: Grid, r: number): Partial<Record<Col, number>> {
  const cols: Partial<Record<Col, number>> = {};
  const { cols: at, texts } = sheetLabels(grid).row(r);
  for (let i = 0; i < texts.length; i++) {
    const c = at[i];
    const f = texts[i];
    const put = (k: Col) => {
      if (cols[k] === undefined) cols[k] = c;
    };
    if (f.includes("設備名")) put("name");
    else if (f.includes("削減量")) put("reduction");
    else if (f.includes("単価")) put("price");
    else if (f.includes("還元率")) put("rate");
    else if (/^\(?a\)?(\(円\)|円|$)/.test(f)) put("A");
    else if (/^\(?b\)?(\(円\)|円|$)/.test(f)) put("B");
    else if (f.includes("設備情報")) put("info");
    else if (f.includes("件数")) put("units");
    else if (f.includes("自家消費")) put("self");
  }
  return cols;
}

/** Words a Table 2 header holds (設備名, 削減量, 単価 and 還元率 columns are required). */
export const TABLE2_HEADER_WORDS = ["設備名", "削減量", "単価", "還元率"];

/** ①②③… or the first characters of the name, to match Table 1 and Table 2 rows. */
function rowKey(label: string): string {
  const m = /^[①-⑳]|^\(?\d+\)?/.exec(label.trim());
  return m ? m[0] : normLabel(label).slice(0, 6);
}

interface Num {
  s: Sourced<Decimal>;
  /** A percent written as such (「60%」 as text, or a 0% number format). */
  percentFormatted: boolean;
  fraction: boolean;
}

function num(grid: Grid, r: number, c: number | undefined, issues?: Issue[], what = ""): Num | null {
  if (c === undefined) return null;
  const v = grid.value(r, c);
  const n = readNumber(typeof v === "string" ? v.replace(/\s*[件台]\s*$/, "") : v);
  const cell = { sheet: grid.sheet, address: grid.address(r, c) };
  if (n.kind === "invalid" && issues)
    issues.push(
      issueOf(
        READ_MESSAGES,
        "error",
        READ_CODES.notANumber,
        cell,
        { what: { ja: what, en: what }, text: n.text, ask: false },
        { text: n.text },
      ),
    );
  if (n.kind !== "number") return null;
  const fmt = grid.numberFormat(r, c) ?? "";
  return {
    s: { value: n.value, cell },
    percentFormatted: n.unit === "%",
    fraction: !n.fromText && fmt.includes("%"),
  };
}

/** A percentage in percent (50): 「50%」, 50, or 0.5 in a cell formatted as %; a bare 0.5 is read as 50 %. */
function percent(n: Num | null, issues: Issue[], what: string): Decimal | null {
  if (!n) return null;
  const v = n.s.value;
  if (n.fraction) return v.mul(100);
  if (n.percentFormatted || v.gte(1) || v.isZero()) return v;
  issues.push(rateAsFraction(n.s, what));
  return v.mul(100);
}

function readPreconditions(grid: Grid): {
  p: ReturnPreconditions;
  cells: Partial<Record<keyof ReturnPreconditions, CellRef>>;
} {
  const p = { ...FUKUOKA_PRECONDITIONS };
  const cells: Partial<Record<keyof ReturnPreconditions, CellRef>> = {};
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string") continue;
      const t = v.normalize("NFKC");
      const cell = { sheet: grid.sheet, address: grid.address(r, c) };
      let m = /年間発電量[^\d]{0,12}([\d,]+(?:\.\d+)?)\s*kWh/i.exec(t);
      if (m && !cells.kWhPerKwYear) {
        p.kWhPerKwYear = dec(m[1].replace(/,/g, ""));
        cells.kWhPerKwYear = cell;
      }
      m = /排出係数[^\d]{0,12}(0?\.\d+)/.exec(t);
      if (m && !cells.gridFactorTPerKWh) {
        p.gridFactorTPerKWh = dec(m[1]);
        cells.gridFactorTPerKWh = cell;
      }
      m = /認証対象期間\s*(\d+)\s*年/.exec(t);
      if (m && !cells.years) {
        p.years = dec(m[1]);
        cells.years = cell;
      }
    }
  return { p, cells };
}

/** Table 1's rows: units per year, and the per-unit data written in the 設備情報 text. */
function readTable1(grid: Grid, issues: Issue[]): Table1Entry[] {
  for (let r = grid.top; r <= grid.bottom; r++) {
    const cols = headerCols(grid, r);
    if (cols.name === undefined || cols.units === undefined) continue;
    const out: Table1Entry[] = [];
    for (let rr = r + 1; rr <= grid.bottom; rr++) {
      const name = readText(grid.shownValue(rr, cols.name));
      if (!name) break;
      const info = cols.info !== undefined ? readText(grid.value(rr, cols.info)).normalize("NFKC") : "";
      // 「1台あたりのCO2年間削減量 (単位:t-CO2)を0.70tとする」: the number written in t after 削減量.
      const afterReduction = info.includes("削減量") ? info.slice(info.indexOf("削減量")) : "";
      const perUnit = /(\d+(?:\.\d+)?)\s*t(?:-?co2)?(?![a-z])/i.exec(afterReduction);
      const kw = /(?:発電出力|出力|容量)\s*(\d+(?:\.\d+)?)\s*kW(?!h)/i.exec(info);
      const selfText = /自家消費率?\s*(\d+(?:\.\d+)?)\s*%/.exec(info);
      const selfCell = num(grid, rr, cols.self, issues, `${name} 自家消費率`);
      // A share: 0.6, 60 %, 「60%」 or 60 all mean 0.6.
      let self: Decimal | null = null;
      if (selfCell)
        self =
          selfCell.percentFormatted || (!selfCell.fraction && selfCell.s.value.gt(1))
            ? selfCell.s.value.div(100)
            : selfCell.s.value;
      else if (selfText) self = dec(selfText[1]).div(100);
      out.push({
        label: name,
        cell: { sheet: grid.sheet, address: grid.address(rr, cols.name) },
        equipment: {
          unitsPerYear: num(grid, rr, cols.units, issues, `${name} 件数/年`)?.s.value ?? null,
          perUnitTPerYear: perUnit ? dec(perUnit[1]) : null,
          pvKw: kw ? dec(kw[1]) : null,
          selfConsumption: self,
        },
      });
    }
    return out;
  }
  return [];
}

export function analyzeReturnTables(
  grid: Grid,
  settings: Settings,
  own: OwnEarlier = noOwnEarlier,
): ReturnTableAnalysis[] {
  const out: ReturnTableAnalysis[] = [];
  // Table 2's header names these four columns: a sheet that never mentions one of them holds no table.
  const labels = sheetLabels(grid);
  if (!TABLE2_HEADER_WORDS.every((w) => labels.mentions(w))) return out;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const cols = headerCols(grid, r);
    if (
      cols.name === undefined ||
      cols.reduction === undefined ||
      cols.price === undefined ||
      cols.rate === undefined
    )
      continue;
    const issues: Issue[] = [];
    const { p, cells: preCells } = readPreconditions(grid);
    const table1 = readTable1(grid, issues);
    const byKey = new Map(table1.map((t) => [rowKey(t.label), t]));
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
      if (/^(計|合計|総計)$/.test(normLabel(label))) {
        totalRow = rr;
        break;
      }
      const printed = num(grid, rr, cols.reduction, issues, `${label} 削減量`);
      const t1 = byKey.get(rowKey(label)) ?? null;
      const re = t1 ? reductionOverPeriod(t1.equipment, p, settings.returnReductionRounding) : null;
      issues.push(
        ...checkReduction(label, printed?.s ?? null, re, {
          sheet: grid.sheet,
          address: ref(rr, cols.reduction),
        }),
      );
      const reductionT = printed?.s.value ?? re?.rounded ?? null;
      if (reductionT === null) continue;
      if (!printed && re && grid.isEmpty(rr, cols.reduction))
        planWhole(rr, cols.reduction, re.rounded, `${label} 削減量(t)`, `${label} reduction (t)`);
      const price = num(grid, rr, cols.price, issues, `${label} 単価`)?.s.value ?? null;
      const rate = percent(num(grid, rr, cols.rate, issues, `${label} 還元率`), issues, `${label} 還元率`);
      const rev = revenue({ reductionT, priceYenPerT: price, returnRatePct: rate });
      const aPrinted = num(grid, rr, cols.A, issues, `${label} A`)?.s ?? null;
      const bPrinted = num(grid, rr, cols.B, issues, `${label} B`)?.s ?? null;
      if (rev) {
        planWhole(rr, cols.A, rev.A, `${label} A(円)`, `${label} A (yen)`);
        planWhole(rr, cols.B, rev.B, `${label} B(円)`, `${label} B (yen)`);
      }
      issues.push(
        ...checkRevenue(
          label,
          rev,
          { A: aPrinted, B: bPrinted },
          { sheet: grid.sheet, address: ref(rr, cols.rate) },
        ),
      );
      const eq = t1?.equipment ?? null;
      rows.push({
        label,
        creditClass: creditClassOf(eq, label),
        unitsPerYear: eq?.unitsPerYear ?? null,
        perUnitTPerYear: eq ? perUnitAnnualT(eq, p) : null,
        reductionT,
        recomputedT: re?.rounded ?? null,
        recomputedExactT: re?.exact ?? null,
        priceYenPerT: price,
        A: rev?.A ?? null,
        returnRatePct: rate,
        B: rev?.B ?? null,
        cells: {
          label: ref(rr, cols.name),
          reductionT: ref(rr, cols.reduction),
          price: ref(rr, cols.price),
          A: ref(rr, cols.A),
          rate: ref(rr, cols.rate),
          B: ref(rr, cols.B),
        },
      });
    }
    const tot = totals(rows);
    if (totalRow !== null) {
      const anyA = rows.some((x) => x.A);
      const anyB = rows.some((x) => x.B);
      if (anyA) planWhole(totalRow, cols.A, tot.A, "計 A(円)", "total A (yen)");
      if (anyB) planWhole(totalRow, cols.B, tot.B, "計 B(円)", "total B (yen)");
      const held = (c: number | undefined, what: string) => num(grid, totalRow!, c, issues, what)?.s ?? null;
      issues.push(...checkAmount(held(cols.reduction, "計 削減量"), tot.reductionT, "計 削減量"));
      issues.push(...checkAmount(held(cols.A, "計 A"), anyA ? tot.A : null, "計 A"));
      issues.push(...checkAmount(held(cols.B, "計 B"), anyB ? tot.B : null, "計 B"));
    }
    if (rows.length > 0)
      issues.push(...checkPricesGiven(rows, { sheet: grid.sheet, address: rows[0].cells.price }));
    issues.push(...checkPreconditions(preCells, { sheet: grid.sheet, address: grid.address(r, cols.name) }));
    out.push({
      kind: "returnTable",
      sheet: grid.sheet,
      anchor: { sheet: grid.sheet, address: grid.address(r, cols.name) },
      issues: sortIssues(issues),
      writes,
      rows,
      totals: tot,
      totalCells:
        totalRow === null
          ? null
          : { reductionT: ref(totalRow, cols.reduction), A: ref(totalRow, cols.A), B: ref(totalRow, cols.B) },
      preconditions: p,
      preconditionCells: preCells,
      table1,
    });
    r = totalRow ?? r;
  }
  return out;
}
