/**
 * The add-in's own forecast sheet (task pane: 「見通しシートを挿入」): a pure layout of a cohort forecast —
 * parameters on top (common figures, per-year grid factor and prices, one row per menu), results below
 * (menu × fiscal year, 累計, 合計, by credit class, the ward's share, revenue) — as a 2-D array of values
 * with number formats and Japanese labels, no formulas. `readForecastSheet` reads the parameters back from
 * such a sheet (after the user edited them in the cells) so the forecast can be recomputed.
 *
 * The results block is itself a forecast table (R8… header, 累計 column, 合計 row), so the checker reads it.
 */
import { dec, type Decimal } from "../../domain/decimal";
import { issueOf, type Issue } from "../../domain/issue";
import {
  FORECAST_SHEET_CODES,
  FORECAST_SHEET_MESSAGES as FSM,
} from "../../domain/jcredit/forecastSheetMessages";
import {
  forecastFromParams,
  validateCohortParams,
  type CohortForecast,
  type CohortParams,
  type CohortParamsInput,
  type CreditClass,
} from "../../domain/jcredit/cohort";
import { fiscalYearLabel, parseFiscalYear, type FiscalYearStyle } from "../../domain/fiscalYear";
import {
  MINATO_SUBSIDY_HISTORY,
  SUBSIDY_HISTORY_LABELS,
  SUBSIDY_HISTORY_SOURCE,
  menuFromHistory,
} from "../../domain/jcredit/history";
import type { Area, Grid } from "../grid";
import { normLabel, readNumber, readText, sheetLabels } from "../text";

/** One cell of the layout. */
export interface LayoutCell {
  value: string | number | null;
  numberFormat?: string;
  bold?: boolean;
}

export interface ForecastSheetLayout {
  /** Row by row from A1; rows may differ in length. */
  cells: LayoutCell[][];
  merges: Area[];
  /** 0-based row of the results' header (R8 … 累計); null when the parameters do not validate. */
  resultsHeaderRow: number | null;
  forecast: CohortForecast | null;
  /** Validation messages when the parameters do not validate (also written on the sheet). */
  problems: string[];
}

export const FORECAST_SHEET_TITLE = "J-クレジット認証量の見通し（アドイン作成）";

const L = {
  common: "■ 共通パラメータ",
  firstYear: "開始年度（西暦）",
  years: "期間（年）",
  creditingYears: "認証対象期間 L（年）",
  f: "初年度の割合 f",
  cap: "認証の上限年度（空欄＝なし）",
  gridFactor: "排出係数 既定値（t-CO2/kWh）",
  priceRenewable: "単価 再エネ（円/t）",
  priceSaving: "単価 省エネ（円/t）",
  wardModel: "区への還元方式（成功報酬型／参加費型／なし）",
  share: "還元割合 s",
  fee: "参加費 F（円）",
  refPrice: "基準単価（円/t）",
  byYear: "■ 年度別（空欄＝既定値）",
  item: "項目",
  gridFactorYear: "排出係数（t-CO2/kWh）",
  menus: "■ メニュー",
  results: "■ 認証量の見通し（t-CO2）",
} as const;

const MENU_HEADER = [
  "メニュー名",
  "クレジット区分",
  "初回年度",
  "件数の与え方",
  "初年度件数",
  "増加（件/年・率）",
  "参加率",
  "実績の基準",
  "削減量の与え方",
  "1件あたり削減量（t/年）",
  "kW",
  "kWh/kW",
  "自家消費率",
  "節電量（kWh/年）",
  "年度別件数／実績件数 →",
] as const;

const CLASS_JA: Record<CreditClass, string> = { renewable: "再エネ", energySaving: "省エネ" };
const INTAKE_JA = {
  constant: "一定",
  linear: "線形",
  compound: "複利",
  given: "年度別",
  history: "実績",
} as const;
const REDUCTION_JA = { given: "直接", solar: "太陽光", savedKWh: "節電" } as const;

const c = (value: string | number | null, numberFormat?: string, bold?: boolean): LayoutCell => {
  const out: LayoutCell = { value };
  if (numberFormat) out.numberFormat = numberFormat;
  if (bold) out.bold = true;
  return out;
};
const n = (d: Decimal | null | undefined, fmt?: string): LayoutCell => c(d ? d.toNumber() : null, fmt);
const PLAIN = "General";
const WHOLE = "#,##0";

function priceCells(
  p: CohortParams["prices"][CreditClass],
  years: number[],
): { base: LayoutCell; by: LayoutCell[] } {
  if (p === null) return { base: c(null, WHOLE), by: years.map(() => c(null, WHOLE)) };
  if (!("byYear" in p)) return { base: n(p, WHOLE), by: years.map(() => c(null, WHOLE)) };
  return { base: n(p.default, WHOLE), by: years.map((y) => n(p.byYear[String(y)], WHOLE)) };
}

function menuRow(m: CohortParams["menus"][number]): LayoutCell[] {
  const i = m.intake;
  const r = m.reduction;
  const kind =
    i.kind === "history" ? `実績・${INTAKE_JA[i.growth.rule]}` : INTAKE_JA[i.kind as keyof typeof INTAKE_JA];
  let first: Decimal | null = null;
  let step: Decimal | null = null;
  if (i.kind === "constant" || i.kind === "linear" || i.kind === "compound") first = i.first;
  if (i.kind === "linear") step = i.step;
  if (i.kind === "compound") step = i.growth;
  if (i.kind === "history" && i.growth.rule === "linear") step = i.growth.step;
  if (i.kind === "history" && i.growth.rule === "compound") step = i.growth.rate;
  const list: LayoutCell[] =
    i.kind === "given"
      ? i.units.map((u) => n(u, PLAIN))
      : i.kind === "history"
        ? i.counts.map((u) => (u === null ? c("-") : n(u, PLAIN)))
        : [];
  return [
    c(m.name),
    c(CLASS_JA[m.creditClass]),
    c(m.firstCohortYear ?? null, "0"),
    c(kind),
    n(first, PLAIN),
    n(step, PLAIN),
    i.kind === "history" ? n(i.participationRate, PLAIN) : c(null),
    i.kind === "history" ? c(i.base === "latest" ? "直近" : "平均") : c(null),
    c(REDUCTION_JA[r.kind]),
    r.kind === "given" ? n(r.tPerUnitYear, PLAIN) : c(null),
    r.kind === "solar" ? n(r.kW, PLAIN) : c(null),
    r.kind === "solar" ? n(r.kWhPerKw, PLAIN) : c(null),
    r.kind === "solar" ? n(r.selfConsumption, PLAIN) : c(null),
    r.kind === "savedKWh" ? n(r.kWh, PLAIN) : c(null),
    ...list,
  ];
}

/**
 * Lays out a forecast sheet for the parameters. Parameters that do not validate give a sheet with the
 * problems listed (and `problems` set) instead of a forecast.
 */
export function forecastSheetLayout(
  input: CohortParamsInput,
  opts: { yearStyle?: FiscalYearStyle; note?: string } = {},
): ForecastSheetLayout {
  const v = validateCohortParams(input);
  const rows: LayoutCell[][] = [[c(FORECAST_SHEET_TITLE, undefined, true)]];
  if (opts.note) rows.push([c(opts.note)]);
  rows.push([]);
  if (!v.ok) {
    rows.push([c("パラメータに誤りがあります（Parameters do not validate）", undefined, true)]);
    for (const m of v.messages) rows.push([c(m)]);
    return { cells: rows, merges: [], resultsHeaderRow: null, forecast: null, problems: v.messages };
  }
  const p = v.params;
  const style = opts.yearStyle ?? "reiwa";
  const years = Array.from({ length: p.years }, (_, i) => p.firstYear + i);
  const labels = years.map((y) => fiscalYearLabel(y, style));
  const ward = p.wardShare;
  const pr = priceCells(p.prices.renewable, years);
  const ps = priceCells(p.prices.energySaving, years);
  rows.push(
    [c(L.common, undefined, true)],
    [c(L.firstYear), c(p.firstYear, "0"), c(fiscalYearLabel(p.firstYear, "reiwaJa"))],
    [c(L.years), c(p.years, "0")],
    [c(L.creditingYears), c(p.creditingYears, "0")],
    [c(L.f), n(p.firstYearFraction, PLAIN)],
    [c(L.cap), c(p.capYear, "0")],
    [c(L.gridFactor), n(p.defaultGridFactor, PLAIN)],
    [c(L.priceRenewable), pr.base],
    [c(L.priceSaving), ps.base],
    [c(L.wardModel), c(ward === null ? "なし" : ward.model === "successFee" ? "成功報酬型" : "参加費型")],
    [c(L.share), ward?.model === "successFee" ? n(ward.share, PLAIN) : c(null)],
    [c(L.fee), ward?.model === "participationFee" ? n(ward.feeYen, WHOLE) : c(null, WHOLE)],
    [
      c(L.refPrice),
      ward?.model === "participationFee" ? n(ward.referencePriceYenPerT, WHOLE) : c(null, WHOLE),
    ],
    [],
    [c(L.byYear, undefined, true)],
    [c(L.item, undefined, true), ...labels.map((l) => c(l, undefined, true))],
    [c(L.gridFactorYear), ...years.map((y) => n(p.gridFactor[String(y)], PLAIN))],
    [c(L.priceRenewable), ...pr.by],
    [c(L.priceSaving), ...ps.by],
    [],
    [c(L.menus, undefined, true)],
    MENU_HEADER.map((h) => c(h, undefined, true)),
    ...p.menus.map(menuRow),
    [],
  );
  if (p.menus.some((m) => m.intake.kind === "history"))
    rows.push([c(`実績件数の年度: ${SUBSIDY_HISTORY_LABELS.join("・")}（「-」＝その年度は事業なし）`)]);
  const f = forecastFromParams(p);
  rows.push([c(L.results, undefined, true)]);
  const resultsHeaderRow = rows.length;
  rows.push([
    c("区分", undefined, true),
    ...labels.map((l) => c(l, undefined, true)),
    c("累計", undefined, true),
  ]);
  for (const m of f.menus) rows.push([c(m.name), ...m.credits.map((x) => n(x, WHOLE)), n(m.total, WHOLE)]);
  rows.push([c("合計", undefined, true), ...f.totals.map((x) => n(x, WHOLE)), n(f.grandTotal, WHOLE)]);
  rows.push(
    [],
    [c("再エネ クレジット計（t）"), n(f.byClass.renewable, WHOLE)],
    [c("省エネ クレジット計（t）"), n(f.byClass.energySaving, WHOLE)],
    [c("収益（円）"), f.revenueYen ? n(f.revenueYen, WHOLE) : c("単価なし")],
  );
  if (f.ward) {
    rows.push([c("区への還元（t）"), n(f.ward.tonnes, f.ward.model === "successFee" ? WHOLE : "#,##0.0")]);
    if (f.ward.equivalentTonnes) rows.push([c("参加費の換算（t）"), n(f.ward.equivalentTonnes, "#,##0.0")]);
    rows.push([c("区の収益（円）"), f.ward.revenueYen ? n(f.ward.revenueYen, WHOLE) : c("単価なし")]);
  }
  return { cells: rows, merges: [], resultsHeaderRow, forecast: f, problems: [] };
}

/** The built-in example: the seed's subsidy history (seed 001) with the public case's per-unit figures. */
export function exampleForecastParams(): CohortParamsInput {
  const pick = (menu: string, holder: string) =>
    MINATO_SUBSIDY_HISTORY.find((r) => r.menu === menu && r.holder === holder)!;
  const growth = { rule: "compound" as const, rate: "0.035" };
  const given = (t: string) => ({ kind: "given" as const, tPerUnitYear: t });
  return {
    firstYear: 2026,
    years: 8,
    creditingYears: 8,
    firstYearFraction: "0.81",
    menus: [
      menuFromHistory(pick("太陽光発電システム", "区民"), {
        participationRate: "1",
        reduction: given("0.70"),
        growth,
      }),
      menuFromHistory(pick("太陽光発電システム", "中小企業者等"), {
        participationRate: "1",
        reduction: given("3.26"),
        growth,
      }),
      menuFromHistory(pick("家庭用燃料電池システム", "区民"), {
        participationRate: "1",
        reduction: given("0.60"),
        growth,
      }),
      menuFromHistory(pick("省エネルギー診断に基づく設備改修（LED照明）", "中小企業者等"), {
        participationRate: "1",
        reduction: given("1.90"),
        growth,
      }),
      menuFromHistory(pick("事業所用高効率空調機器", "中小企業者等"), {
        participationRate: "1",
        reduction: given("0.67"),
        growth,
      }),
    ],
  };
}

export const EXAMPLE_SOURCE = SUBSIDY_HISTORY_SOURCE;

/* ---------------------------------------------------------------- reading the parameters back */

const JA_CLASS: Record<string, CreditClass> = { 再エネ: "renewable", 省エネ: "energySaving" };
const JA_INTAKE: Record<string, "constant" | "linear" | "compound" | "given"> = {
  一定: "constant",
  線形: "linear",
  複利: "compound",
  年度別: "given",
};
const JA_REDUCTION: Record<string, "given" | "solar" | "savedKWh"> = {
  直接: "given",
  太陽光: "solar",
  節電: "savedKWh",
};

/**
 * Reads the parameters back from a forecast sheet laid out by `forecastSheetLayout` (anywhere on the
 * sheet; labels are matched folded). Returns the input for `forecastCohorts` (validate it with
 * `validateCohortParams`) and an issue for every cell that cannot be read; null when the sheet is not one.
 */
export function readForecastSheet(grid: Grid): { params: CohortParamsInput; issues: Issue[] } | null {
  const issues: Issue[] = [];
  const labels = sheetLabels(grid);
  const find = (label: string): { r: number; c: number } | null => {
    const at = labels.exact(normLabel(label));
    return at ? { r: at.row, c: at.col } : null;
  };
  const title = find(FORECAST_SHEET_TITLE);
  const menuHeader = find(MENU_HEADER[0]);
  if (!title || !menuHeader) return null;
  const cellRef = (r: number, c: number) => ({ sheet: grid.sheet, address: grid.address(r, c) });
  const numAt = (r: number, c: number, what: string): string | null => {
    const x = readNumber(grid.value(r, c));
    if (x.kind === "blank") return null;
    if (x.kind === "invalid") {
      issues.push(
        issueOf(FSM, "error", FORECAST_SHEET_CODES.notANumber, cellRef(r, c), { what, text: x.text }),
      );
      return null;
    }
    return x.value.toFixed();
  };
  const right = (label: string): string | null => {
    const at = find(label);
    return at ? numAt(at.r, at.c + 1, label) : null;
  };
  const textRight = (label: string): string => {
    const at = find(label);
    return at ? readText(grid.value(at.r, at.c + 1)) : "";
  };
  const int = (s: string | null): number | undefined => (s === null ? undefined : Number(s));

  // Per-year rows: the header row after 項目 gives the fiscal years.
  const itemAt = find(L.item);
  const yearCols: { c: number; fy: number }[] = [];
  if (itemAt)
    for (let c = itemAt.c + 1; c <= grid.right; c++) {
      const fy = parseFiscalYear(normLabel(grid.value(itemAt.r, c)));
      if (fy === null) break;
      yearCols.push({ c, fy });
    }
  const byYear = (label: string): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!itemAt) return out;
    for (let r = itemAt.r + 1; r <= itemAt.r + 4; r++) {
      if (normLabel(grid.value(r, itemAt.c)) !== normLabel(label)) continue;
      for (const { c, fy } of yearCols) {
        const v = numAt(r, c, `${label} ${fiscalYearLabel(fy)}`);
        if (v !== null) out[String(fy)] = v;
      }
    }
    return out;
  };
  const price = (label: string) => {
    const base = right(label);
    const years = byYear(label);
    if (Object.keys(years).length === 0) return base;
    return { default: base, byYear: years };
  };

  const menus: CohortParamsInput["menus"] = [];
  const h = menuHeader;
  for (let r = h.r + 1; r <= grid.bottom; r++) {
    const name = readText(grid.value(r, h.c));
    if (!name) break;
    const at = (k: number) => numAt(r, h.c + k, `${name} ${MENU_HEADER[k]}`);
    const text = (k: number) =>
      readText(grid.value(r, h.c + k))
        .normalize("NFKC")
        .trim();
    const list: (string | null)[] = [];
    for (let c = h.c + 14; c <= grid.right; c++) {
      const t = readText(grid.value(r, c));
      if (t === "-" || t === "－" || t === "ー") list.push(null);
      else if (t === "") break;
      else list.push(numAt(r, c, `${name} 件数`));
    }
    const kindText = text(3);
    const cls = JA_CLASS[text(1)];
    const bad = (k: number, column: "creditClass" | "intake" | "reduction") =>
      issues.push(
        issueOf(FSM, "error", FORECAST_SHEET_CODES.badChoice, cellRef(r, h.c + k), {
          menu: name,
          header: MENU_HEADER[k],
          column,
        }),
      );
    if (!cls) bad(1, "creditClass");
    let intake: CohortParamsInput["menus"][number]["intake"] | null = null;
    const first = at(4) ?? "0";
    const step = at(5) ?? "0";
    const hist = /^実績[・･]?(一定|線形|複利)?$/.exec(kindText);
    if (hist) {
      const rule = JA_INTAKE[hist[1] ?? "一定"];
      intake = {
        kind: "history",
        counts: list,
        participationRate: at(6) ?? "1",
        base: text(7) === "平均" ? "average" : "latest",
        growth:
          rule === "linear"
            ? { rule: "linear", step }
            : rule === "compound"
              ? { rule: "compound", rate: step }
              : { rule: "constant" },
      };
    } else if (JA_INTAKE[kindText] === "given") intake = { kind: "given", units: list.map((x) => x ?? "0") };
    else if (JA_INTAKE[kindText] === "constant") intake = { kind: "constant", first };
    else if (JA_INTAKE[kindText] === "linear") intake = { kind: "linear", first, step };
    else if (JA_INTAKE[kindText] === "compound") intake = { kind: "compound", first, growth: step };
    else bad(3, "intake");
    const rk = JA_REDUCTION[text(8)];
    let reduction: CohortParamsInput["menus"][number]["reduction"] | null = null;
    if (rk === "given") reduction = { kind: "given", tPerUnitYear: at(9) ?? "" };
    else if (rk === "solar")
      reduction = { kind: "solar", kW: at(10) ?? "", kWhPerKw: at(11) ?? "", selfConsumption: at(12) ?? "" };
    else if (rk === "savedKWh") reduction = { kind: "savedKWh", kWh: at(13) ?? "" };
    else bad(8, "reduction");
    if (!cls || !intake || !reduction) continue;
    const firstCohort = int(at(2));
    menus.push({
      name,
      creditClass: cls,
      ...(firstCohort !== undefined ? { firstCohortYear: firstCohort } : {}),
      intake,
      reduction,
    });
  }

  const model = textRight(L.wardModel);
  let wardShare: CohortParamsInput["wardShare"] = null;
  if (model === "成功報酬型") wardShare = { model: "successFee", share: right(L.share) ?? "" };
  if (model === "参加費型")
    wardShare = {
      model: "participationFee",
      feeYen: right(L.fee) ?? "",
      referencePriceYenPerT: right(L.refPrice) ?? "",
    };
  const params: CohortParamsInput = {
    firstYear: int(right(L.firstYear)) ?? Number.NaN,
    years: int(right(L.years)) ?? Number.NaN,
    creditingYears: int(right(L.creditingYears)),
    firstYearFraction: right(L.f) ?? undefined,
    capYear: int(right(L.cap)) ?? null,
    defaultGridFactor: right(L.gridFactor) ?? undefined,
    gridFactor: byYear(L.gridFactorYear),
    menus,
    prices: { renewable: price(L.priceRenewable), energySaving: price(L.priceSaving) },
    wardShare,
  };
  return { params, issues };
}

/** Exact figures of a layout, for tests and previews: the value of a cell as a Decimal (null if none). */
export function layoutDecimal(layout: ForecastSheetLayout, row: number, col: number): Decimal | null {
  const v = layout.cells[row]?.[col]?.value;
  return typeof v === "number" ? dec(v) : null;
}
