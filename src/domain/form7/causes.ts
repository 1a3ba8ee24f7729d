/**
 * The likely cause of a mismatch between a computed cell as the sheet holds it and the engine's figure
 * (spec form7.md section 4). Each cause is a hypothesis that is recomputed and must reproduce the held
 * figure at the precision the form shows; the first that does is named. Order: a factor of 1000; a total
 * or summary figure that follows from the sheet's own wrong cells (it adds up wrong rows, or is computed
 * from a wrong held figure) — the root is elsewhere; for the truncated summary figures, rounding; the
 * what-if computations (0.014, electricity from GJ, the other heat-row rule, the other coefficient set,
 * water in the energy CO2); truncation of a rounded figure; and last a total that is not the sum of the
 * rows the sheet holds.
 */
import { dec, roundHalfUp, sum, THOUSAND, THOUSANDTH, truncate, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import type { Settings } from "../settings";
import { carbonToCo2, CRUDE_OIL_KL_PER_GJ, OFFICIAL_ROWS } from "./coefficients";
import { FORM7_CAUSES, type Form7Cause } from "./codes";
import type { CauseArgs } from "./messages";
import { coefficientsFor, computeForm7, summarize } from "./compute";
import { FIGURE_DISPLAY, heldMatches, heldShown, shown } from "./display";
import {
  co2Key,
  heatKey,
  type Form7FigureKey,
  type Form7Result,
  type Form7RowKey,
  type Form7RowResult,
  type Form7Held,
} from "./types";

/** A cause: its code, what its words (FORM7_CAUSE_WORDS) need, and its public figures. */
export interface Cause {
  code: Form7Cause;
  args?: CauseArgs;
  /** Extra figures behind the cause (e.g. the sum of the held rows), as strings. */
  params?: Record<string, string>;
}

export interface CauseContext {
  sheet: Form7Held;
  result: Form7Result;
  settings: Settings;
}

const NEAR = dec("0.002");
const ONE = dec(1);
const ELECTRICITY: readonly Form7RowKey[] = ["electricityDay", "electricityNight", "electricityOther"];
const HEAT_ROWS: readonly Form7RowKey[] = ["industrialSteam", "otherSteam", "hotWater", "coldWater"];

function sameDecimal(a: Decimal | null, b: Decimal | null): boolean {
  return a === null || b === null ? a === b : a.eq(b);
}

/** A what-if computation: every figure as it would be with one mistake. */
interface Variant {
  cause: Cause;
  cells: Form7Result["cells"];
}

function area(ctx: CauseContext): Decimal | null {
  return ctx.sheet.input.site.floorAreaM2?.value ?? null;
}

/** All figures with some rows replaced (and, optionally, water CO2 counted as energy). */
function whatIf(
  ctx: CauseContext,
  replace: (r: Form7RowResult) => Partial<Form7RowResult> | null,
  waterInEnergy = false,
): Form7Result["cells"] | null {
  let changed = waterInEnergy;
  const rows = (Object.values(ctx.result.rows) as Form7RowResult[]).map((r) => {
    const over = r.usage === null ? null : replace(r);
    if (!over) return r;
    changed = true;
    return { ...r, ...over };
  });
  if (!changed) return null;
  const cells: Form7Result["cells"] = {};
  for (const r of rows) {
    const h = heatKey(r.key);
    const c = co2Key(r.key);
    if (ctx.result.cells[h] !== undefined && r.heatGJ !== null) cells[h] = r.heatGJ;
    if (ctx.result.cells[c] !== undefined) cells[c] = r.co2T;
  }
  // The local object takes the totals (the same keys in the same order as a spread, without a copy).
  return Object.assign(cells, summarize(rows, area(ctx), { waterInEnergy }).cells);
}

function variants(ctx: CauseContext): Variant[] {
  const out: Variant[] = [];
  const add = (cells: Form7Result["cells"] | null, cause: Cause) => {
    if (cells) out.push({ cause, cells });
  };
  const c0014 = dec("0.014");
  add(
    whatIf(ctx, (r) =>
      r.key === "cityGas" && r.heatGJ && r.emissionCoef && !r.emissionCoef.eq(c0014)
        ? { co2T: carbonToCo2(r.heatGJ.mul(c0014)) }
        : null,
    ),
    { code: FORM7_CAUSES.coef0014 },
  );
  // Electricity CO2 from the heat column. Three formulas a sheet plausibly holds: the heat rows' formula
  // copied down (GJ × 0.489), the fuel rows' formula copied down (GJ × 0.489 × 44/12), and the
  // electricity formula pointing at the GJ column instead of the kWh one (GJ ÷ 1000 × 0.489).
  const fromGJ: [string, (gj: Decimal, c: Decimal) => Decimal][] = [
    ["GJ × 0.489", (gj, c) => gj.mul(c)],
    ["GJ × 0.489 × 44/12", (gj, c) => carbonToCo2(gj.mul(c))],
    ["GJ ÷ 1000 × 0.489", (gj, c) => gj.mul(THOUSANDTH).mul(c)],
  ];
  for (const [formula, f] of fromGJ)
    add(
      whatIf(ctx, (r) =>
        ELECTRICITY.includes(r.key) && r.heatGJ && r.emissionCoef
          ? { co2T: f(r.heatGJ, r.emissionCoef) }
          : null,
      ),
      { code: FORM7_CAUSES.electricityFromGJ, args: { formula }, params: { formula } },
    );
  const other = ctx.settings.heatRowCo2 === "heatUsed" ? "primaryEnergy" : "heatUsed";
  add(
    whatIf(ctx, (r) =>
      HEAT_ROWS.includes(r.key) && r.heatGJ && r.emissionCoef && r.usage
        ? {
            co2T:
              other === "primaryEnergy"
                ? r.heatGJ.mul(r.emissionCoef)
                : r.usage.mul(THOUSANDTH).mul(r.emissionCoef),
          }
        : null,
    ),
    { code: FORM7_CAUSES.heatRowCo2Rule, args: { rule: other }, params: { rule: other } },
  );
  const otherSet = ctx.settings.coefficientSet === "official" ? "sheet" : "official";
  // Where both sets give every row the same coefficients (a sheet printing the official ones), the other
  // set computes the very same figures: there is nothing to recompute.
  const setsAgree = ctx.sheet.input.rows.every((r) => {
    const a = coefficientsFor(r, ctx.settings);
    const b = coefficientsFor(r, { coefficientSet: otherSet });
    return sameDecimal(a.heatCoef, b.heatCoef) && sameDecimal(a.emissionCoef, b.emissionCoef);
  });
  const alt = setsAgree ? null : computeForm7(ctx.sheet.input, { ...ctx.settings, coefficientSet: otherSet });
  const differs =
    alt !== null &&
    (Object.keys(alt.cells) as Form7FigureKey[]).some(
      (k) => ctx.result.cells[k] && !alt.cells[k]!.eq(ctx.result.cells[k]!),
    );
  if (alt && differs)
    add(alt.cells, {
      code: FORM7_CAUSES.otherCoefficientSet,
      args: { set: otherSet },
      params: { set: otherSet },
    });
  if (!ctx.result.exact.co2WaterT.isZero())
    add(
      whatIf(ctx, () => null, true),
      { code: FORM7_CAUSES.waterInEnergy },
    );
  return out;
}

/** Variants are computed once per check (they recompute the form). */
const VARIANTS = new WeakMap<CauseContext, Variant[]>();
function variantsOf(ctx: CauseContext): Variant[] {
  let v = VARIANTS.get(ctx);
  if (!v) VARIANTS.set(ctx, (v = variants(ctx)));
  return v;
}

/** The unrounded counterpart of a figure (summary figures are truncated in `cells`). */
function unrounded(key: Form7FigureKey, ctx: CauseContext, expected: Decimal): Decimal {
  const x = ctx.result.exact;
  const a = area(ctx);
  switch (key) {
    case "crudeOilKl":
      return x.crudeOilKl;
    case "co2EnergyT":
      return x.co2EnergyT;
    case "co2WaterT":
      return x.co2WaterT;
    case "co2TotalT":
      return x.co2EnergyT.plus(x.co2WaterT);
    case "intensityKgPerM2":
      return a && a.gt(0) ? ctx.result.reported.co2TotalT.mul(THOUSAND).div(a) : expected;
    default:
      return expected;
  }
}

function unitSlip(key: Form7FigureKey, held: Decimal, heldAsShown: Decimal, exact: Decimal): Cause | null {
  if (exact.isZero() || held.isZero()) return null;
  // A ratio within 0.2 % of 1000 (of 0.001) puts the held figure's leading digit 2 to 4 places above (below)
  // the exact one's (`e`: the power of ten of a Decimal's leading digit): elsewhere the ratio, a long
  // division, cannot be near either and is not taken.
  const gap = held.e - exact.e;
  const ratio = Math.abs(gap) >= 2 && Math.abs(gap) <= 4 ? held.div(exact) : null;
  // ÷ 1000 and ÷ 0.001 are exact, so they are taken as products (the same decimals, faster).
  const near = (scale: Decimal) => ratio !== null && ratio.mul(scale).minus(ONE).abs().lte(NEAR);
  const matches = (alt: Decimal) => heldAsShown.eq(shown(key, alt)); // heldMatches(key, held, alt)
  if (near(THOUSANDTH) || matches(exact.mul(THOUSAND))) return { code: FORM7_CAUSES.unitTimes1000 };
  if (near(THOUSAND) || matches(exact.mul(THOUSANDTH))) return { code: FORM7_CAUSES.unitDiv1000 };
  return null;
}

function roundingOfSummary(
  key: Form7FigureKey,
  held: Decimal,
  shownHeld: Decimal,
  ctx: CauseContext,
): Cause | null {
  const places = FIGURE_DISPLAY[key].places;
  const x = ctx.result.exact;
  const rounded: Cause = { code: FORM7_CAUSES.roundedNotTruncated };
  if (key === "crudeOilKl" || key === "co2EnergyT" || key === "co2WaterT")
    return shownHeld.eq(roundHalfUp(unrounded(key, ctx, held), places)) ? rounded : null;
  if (key === "co2TotalT") {
    if (shownHeld.eq(roundHalfUp(x.co2EnergyT.plus(x.co2WaterT)))) return rounded;
    if (shownHeld.eq(roundHalfUp(x.co2EnergyT).plus(roundHalfUp(x.co2WaterT))))
      return { ...rounded, args: { of: "parts" } };
    return null;
  }
  const a = area(ctx);
  if (key === "intensityKgPerM2" && a && a.gt(0)) {
    const fromWhole = ctx.result.reported.co2TotalT.mul(THOUSAND).div(a);
    const fromExact = x.co2EnergyT.plus(x.co2WaterT).mul(THOUSAND).div(a);
    if (shownHeld.eq(truncate(fromExact, 1)) || shownHeld.eq(roundHalfUp(fromExact, 1)))
      return { code: FORM7_CAUSES.intensityFromExactTotal };
    if (shownHeld.eq(roundHalfUp(fromWhole, 1))) return { ...rounded, args: { of: "intensity" } };
  }
  return null;
}

function fromVariants(key: Form7FigureKey, figures: ShownFigures, ctx: CauseContext): Cause | null {
  const { expected, expectedShown, heldAsShown } = figures;
  for (const v of variantsOf(ctx)) {
    const alt = v.cells[key];
    // A figure the mistake leaves as it is (most rows of most variants: the very same Decimal) shows
    // what the form should show, so it cannot explain the held one; no rounding needed to know that.
    if (alt === undefined || alt === expected || alt.eq(expected)) continue;
    const altShown = shown(key, alt);
    // heldMatches(key, held, alt), with the shown figures computed once
    if (!altShown.eq(expectedShown) && heldAsShown.eq(altShown)) return v.cause;
  }
  return null;
}

/** The held cells a total adds up, by group. */
function parts(ctx: CauseContext, key: Form7FigureKey): Form7FigureKey[] | null {
  const rows = ctx.sheet.input.rows.map((r) => r.key);
  const energy = rows.filter((k) => OFFICIAL_ROWS[k].group !== "water");
  const water = rows.filter((k) => OFFICIAL_ROWS[k].group === "water");
  if (key === "energyGJ") return energy.map(heatKey);
  if (key === "co2Energy.subtotal") return energy.map(co2Key);
  if (key === "co2Water.subtotal") return water.map(co2Key);
  return null;
}

function heldValue(ctx: CauseContext, key: Form7FigureKey): Decimal | null {
  return ctx.sheet.computed[key]?.value ?? null;
}

function sumRelation(key: Form7FigureKey, heldAsShown: Decimal, ctx: CauseContext): Cause | null {
  const places = FIGURE_DISPLAY[key].places;
  const p = parts(ctx, key);
  if (p) {
    const present = p.filter((k) => heldValue(ctx, k) !== null);
    if (!present.length) return null;
    const s = sum(present.map((k) => heldValue(ctx, k)!));
    const sumText = formatDecimal(roundHalfUp(s, places), places);
    if (!heldAsShown.eq(roundHalfUp(s, places)))
      return { code: FORM7_CAUSES.totalNotSum, args: { sum: sumText }, params: { heldSum: s.toFixed() } };
    const wrong = present.filter((k) => {
      const e = ctx.result.cells[k];
      return e === undefined ? !heldValue(ctx, k)!.isZero() : !heldMatches(k, heldValue(ctx, k)!, e);
    });
    if (wrong.length) {
      const cells = wrong.map((k) => ctx.sheet.computed[k]!.cell.address).join(", ");
      return { code: FORM7_CAUSES.rowsWrong, args: { cells }, params: { rows: cells } };
    }
    return { code: FORM7_CAUSES.sumOfRoundedRows, params: { heldSum: s.toFixed() } };
  }
  const follows = (from: Form7FigureKey, derived: Decimal): Cause | null => {
    const cell = ctx.sheet.computed[from]!.cell.address;
    return heldAsShown.eq(shown(key, derived))
      ? { code: FORM7_CAUSES.followsHeldFigure, args: { cells: cell }, params: { from: cell } }
      : null;
  };
  const hv = (k: Form7FigureKey) => heldValue(ctx, k);
  if (key === "co2TotalT") {
    const e = hv("co2EnergyT");
    const w = hv("co2WaterT");
    if (e === null || w === null) return null;
    if (!heldAsShown.eq(heldShown("co2EnergyT", e).plus(heldShown("co2WaterT", w)))) {
      const s = formatDecimal(heldShown("co2EnergyT", e).plus(heldShown("co2WaterT", w)));
      return {
        code: FORM7_CAUSES.totalNotSum,
        args: { sum: s, of: "parts" },
        params: { heldSum: heldShown("co2EnergyT", e).plus(heldShown("co2WaterT", w)).toFixed() },
      };
    }
    const wrong = (["co2EnergyT", "co2WaterT"] as const).filter(
      (k) => !heldMatches(k, hv(k)!, ctx.result.cells[k] ?? hv(k)!),
    );
    if (!wrong.length) return null;
    const cells = wrong.map((k) => ctx.sheet.computed[k]!.cell.address).join(", ");
    return { code: FORM7_CAUSES.followsHeldFigure, args: { cells, of: "parts" }, params: { from: cells } };
  }
  const upstream: Partial<Record<Form7FigureKey, [Form7FigureKey, (v: Decimal) => Decimal | null]>> = {
    crudeOilKl: ["energyGJ", (v) => v.mul(CRUDE_OIL_KL_PER_GJ)],
    co2EnergyT: ["co2Energy.subtotal", (v) => v],
    co2WaterT: ["co2Water.subtotal", (v) => v],
    intensityKgPerM2: [
      "co2TotalT",
      (v) => {
        const a = area(ctx);
        return a && a.gt(0) ? v.mul(THOUSAND).div(a) : null;
      },
    ],
  };
  const u = upstream[key];
  if (!u) return null;
  const v = hv(u[0]);
  if (v === null) return null;
  const d = u[1](v);
  const upExpected = ctx.result.cells[u[0]];
  if (d === null || upExpected === undefined || heldMatches(u[0], v, upExpected)) return null;
  return follows(u[0], d);
}

/** A mismatch's two figures, and each as the form shows it (rounded once, read by every hypothesis). */
interface ShownFigures {
  held: Decimal;
  expected: Decimal;
  heldAsShown: Decimal;
  expectedShown: Decimal;
}

/**
 * The likely cause of a mismatch at `key`, or null when none fits. `shownAlready`: the held and expected
 * figures as the form shows them, when the caller has them (heldShown and shown of the two).
 */
export function likelyCause(
  key: Form7FigureKey,
  held: Decimal,
  expected: Decimal,
  ctx: CauseContext,
  shownAlready?: { heldAsShown: Decimal; expectedShown: Decimal },
): Cause | null {
  const figures: ShownFigures = {
    held,
    expected,
    heldAsShown: shownAlready?.heldAsShown ?? heldShown(key, held),
    expectedShown: shownAlready?.expectedShown ?? shown(key, expected),
  };
  const { heldAsShown } = figures;
  const summary = FIGURE_DISPLAY[key].mode === "truncate";
  const truncatedRow = (): Cause | null =>
    !summary && heldAsShown.eq(truncate(expected, FIGURE_DISPLAY[key].places))
      ? { code: FORM7_CAUSES.truncatedNotRounded }
      : null;
  // A total consistent with the sheet's own (wrong) rows points at those rows; a total that is not even
  // the sum of its held rows is named only when no computation explains it.
  const relation = sumRelation(key, heldAsShown, ctx);
  const notSum = relation?.code === FORM7_CAUSES.totalNotSum ? relation : null;
  return (
    unitSlip(key, held, heldAsShown, unrounded(key, ctx, expected)) ??
    (notSum ? null : relation) ??
    (summary ? roundingOfSummary(key, held, heldAsShown, ctx) : null) ??
    fromVariants(key, figures, ctx) ??
    truncatedRow() ??
    notSum
  );
}
