/**
 * (その2) on one sheet: locate → parse → compute (the Form 7 engine, with the ※2 tenant estimate counted in
 * the totals) → the checks of ⑪–⑬. Each site then becomes a Form 7 analysis with variant "tokyo"
 * (form7Analysis): everything built on Form 7 (excellence, history, publication, summary, Form 8) reads it.
 */
import { computeForm7 } from "../../domain/form7/compute";
import type { Settings } from "../../domain/settings";
import { checkTenant, computeTenant, withTenant, type TenantResult } from "../../domain/tokyo/tenant";
import type { Form7Found } from "../form7/analyze";
import type { Grid } from "../grid";
import { locateTokyoSites, type TokyoSiteLocation } from "./locate";
import { parseTokyoSite, type TokyoSiteExtras } from "./parse";

/** What a (その2) analysis adds to Form 7's: the sheet's own fields and the tenant estimate's figures. */
export interface TokyoSiteAnalysis extends TokyoSiteExtras {
  tenantResult: TenantResult | null;
}

/** Every (その2) site on the sheet, parsed and computed. */
export function readTokyoSites(
  grid: Grid,
  settings: Settings,
  locations: readonly TokyoSiteLocation[] = locateTokyoSites(grid),
): Form7Found[] {
  return locations.map((loc) => {
    const { form, tokyo } = parseTokyoSite(grid, loc);
    const area = form.input.site.floorAreaM2?.value ?? null;
    let result = computeForm7(form.input, settings);
    const otherPurchase = form.input.rows.find((r) => r.key === "electricityOther") ?? null;
    const tenantResult = tokyo.tenant ? computeTenant(tokyo.tenant.input, otherPurchase, settings) : null;
    // ⑫ counts in the totals unless the settings say it is already typed into その他の買電.
    if (tenantResult && settings.tokyoTenantInOtherPurchase === "separate")
      result = withTenant(result, tenantResult, area);
    const issues =
      tenantResult && tokyo.tenant
        ? checkTenant(tokyo.tenant.held, tenantResult, settings.tokyoTenantRounding)
        : [];
    return { grid, loc, form, result, tokyo: { extras: { ...tokyo, tenantResult }, issues } };
  });
}
