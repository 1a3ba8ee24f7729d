/**
 * (その2) footnote ※2: a tenant's estimated electricity where it has no meter (spec tokyo.md):
 *   ⑪ GJ  = unit figure (MJ/m²·h) × floor area (m²) × operating hours (h) ÷ 1000
 *   ⑫ kWh = ⑪ ÷ the その他の買電 heat coefficient (GJ/千kWh) × 1000
 *   ⑬ t   = ⑫ ÷ 1000 × the electricity emission coefficient ⑨ (t-CO2/千kWh)
 * kept at full precision like every row; the estimate counts as electricity in the totals (⑭, ⑮).
 */
import { roundHalfUp, truncate, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issueOf, type Issue } from "../issue";
import type { Settings } from "../settings";
import { coefficientsFor, summarize } from "../form7/compute";
import type { Form7Result, Form7RowInput, Form7RowResult, HeldFigure } from "../form7/types";
import { TOKYO_TENANT_CODES, TOKYO_TENANT_MESSAGES as M } from "./messages";

export interface TenantInput {
  unitFigure: Decimal | null;
  floorAreaM2: Decimal | null;
  hours: Decimal | null;
}

export interface TenantResult {
  heatGJ: Decimal;
  kWh: Decimal;
  co2T: Decimal;
  /** The coefficients used (その他の買電's, official or the sheet's as the coefficient setting says). */
  heatCoef: Decimal;
  emissionCoef: Decimal;
}

/**
 * ⑪–⑬ from the block's own figures, with the その他の買電 row's coefficients (`otherPurchase`: that row as
 * read, for the sheet's coefficients under coefficientSet "sheet"). null when a figure is missing.
 */
export function computeTenant(
  input: TenantInput,
  otherPurchase: Form7RowInput | null,
  settings: Pick<Settings, "coefficientSet">,
): TenantResult | null {
  const { unitFigure, floorAreaM2, hours } = input;
  if (unitFigure === null || floorAreaM2 === null || hours === null) return null;
  const row: Form7RowInput = otherPurchase ?? {
    key: "electricityOther",
    usage: null,
    unit: null,
    heatCoef: null,
    emissionCoef: null,
  };
  const { heatCoef, emissionCoef } = coefficientsFor(row, settings);
  if (heatCoef === null || emissionCoef === null || heatCoef.isZero()) return null;
  const heatGJ = unitFigure.mul(floorAreaM2).mul(hours).div(1000);
  const kWh = heatGJ.div(heatCoef).mul(1000);
  const co2T = kWh.div(1000).mul(emissionCoef);
  return { heatGJ, kWh, co2T, heatCoef, emissionCoef };
}

/** The form's totals with the tenant estimate counted as electricity (the rows' own figures unchanged). */
export function withTenant(
  result: Form7Result,
  tenant: TenantResult,
  floorAreaM2: Decimal | null,
): Form7Result {
  const estimate: Form7RowResult = {
    key: "electricityOther",
    usage: tenant.kWh,
    heatGJ: tenant.heatGJ,
    co2T: tenant.co2T,
    heatCoef: tenant.heatCoef,
    emissionCoef: tenant.emissionCoef,
  };
  const rows = [...(Object.values(result.rows) as Form7RowResult[]), estimate];
  const totals = summarize(rows, floorAreaM2);
  return {
    ...result,
    exact: totals.exact,
    reported: totals.reported,
    cells: { ...result.cells, ...totals.cells },
  };
}

/** The cells of ⑪, ⑫ and ⑬ as the sheet holds them. */
export interface TenantHeld {
  heatGJ: HeldFigure | null;
  kWh: HeldFigure | null;
  co2T: HeldFigure | null;
}

const TENANT_FIGURES = [
  { key: "heatGJ", places: 1 },
  { key: "kWh", places: 0 },
  { key: "co2T", places: 1 },
] as const;

export const TENANT_MISMATCH = TOKYO_TENANT_CODES.mismatch;

/**
 * ⑪–⑬ as held against the recomputed figures, at the precision shown (GJ and t at 1 decimal, kWh whole),
 * rounded as the tokyoTenantRounding setting says: the form prints no rule for this block; half up (the
 * default) is the table rows' own.
 */
export function checkTenant(
  held: TenantHeld,
  tenant: TenantResult,
  rounding: Settings["tokyoTenantRounding"] = "halfUp",
): Issue[] {
  const shown = (v: Decimal, places: number) =>
    rounding === "truncate" ? truncate(v, places) : roundHalfUp(v, places);
  const out: Issue[] = [];
  for (const f of TENANT_FIGURES) {
    const h = held[f.key];
    if (!h || h.value === null) continue;
    const expected = shown(tenant[f.key], f.places);
    const found = shown(h.value, f.places);
    if (found.eq(expected)) continue;
    out.push(
      issueOf(
        M,
        "error",
        TENANT_MISMATCH,
        h.cell,
        { figure: f.key, found: formatDecimal(found, f.places), expected: formatDecimal(expected, f.places) },
        { expected: expected.toFixed(f.places), found: h.value.toFixed(), figure: f.key },
      ),
    );
  }
  return out;
}
