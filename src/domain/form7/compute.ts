/**
 * The Form 7 engine: per-row heat and CO2, group totals, 原油換算, CO2 totals and intensity, with the
 * rounding the published forms show (spec form7.md sections 2 and 3). Decimal throughout, no float.
 */
import { co2Intensity } from "../intensity";
import { sum, truncate, roundHalfUp, THOUSANDTH, type Decimal, ZERO } from "../decimal";
import type { Settings } from "../settings";
import { carbonToCo2, CRUDE_OIL_KL_PER_GJ, OFFICIAL_ROWS } from "./coefficients";
import {
  co2Key,
  heatKey,
  type Form7Input,
  type Form7Result,
  type Form7RowInput,
  type Form7RowResult,
} from "./types";

export {
  FIGURE_DISPLAY,
  figureDisplay,
  shown,
  sameShown,
  heldShown,
  heldMatches,
  type FigureDisplay,
} from "./display";

/**
 * The coefficients a row is computed with. 'official': the official set; 'sheet': the coefficients
 * printed on the sheet where present, the official ones where not. その他の燃料 has no official set: always
 * the sheet's (null when missing). Water rows have no heat coefficient whatever the sheet prints.
 */
export function coefficientsFor(
  row: Form7RowInput,
  settings: Pick<Settings, "coefficientSet">,
): { heatCoef: Decimal | null; emissionCoef: Decimal | null } {
  const official = OFFICIAL_ROWS[row.key];
  if (row.key === "otherFuel")
    return { heatCoef: row.heatCoef?.value ?? null, emissionCoef: row.emissionCoef?.value ?? null };
  if (settings.coefficientSet === "sheet")
    return {
      heatCoef: official.heatCoef === null ? null : (row.heatCoef?.value ?? official.heatCoef),
      emissionCoef: row.emissionCoef?.value ?? official.emissionCoef,
    };
  return { heatCoef: official.heatCoef, emissionCoef: official.emissionCoef };
}

/** One row at full precision; `heatKnown`/`co2Known` are false where a coefficient is missing. */
interface RowComputation {
  result: Form7RowResult;
  heatKnown: boolean;
  co2Known: boolean;
}

function computeRow(row: Form7RowInput, settings: Settings): RowComputation {
  const def = OFFICIAL_ROWS[row.key];
  const { heatCoef, emissionCoef } = coefficientsFor(row, settings);
  const usage = row.usage?.value ?? null;
  const u = usage ?? ZERO;
  // Heat: usage × coef ÷ 1000 (fuels per 千 units, electricity per 千kWh, heat rows MJ → GJ). Water: none.
  const hasHeat = def.emissionKind !== "tCO2/千m3";
  const heatGJ = !hasHeat ? null : heatCoef ? u.mul(heatCoef).mul(THOUSANDTH) : ZERO;
  let co2T: Decimal | null = null;
  if (emissionCoef)
    switch (def.emissionKind) {
      case "tC/GJ": // fuels: GJ × t-C/GJ × 44/12 (needs the heat)
        co2T = heatCoef && heatGJ ? carbonToCo2(heatGJ.mul(emissionCoef)) : null;
        break;
      case "tCO2/GJ": // heat rows: on the heat used (MJ ÷ 1000) or on the primary-energy GJ (a setting)
        co2T =
          settings.heatRowCo2 === "primaryEnergy" && heatGJ
            ? heatGJ.mul(emissionCoef)
            : u.mul(THOUSANDTH).mul(emissionCoef);
        break;
      case "tCO2/千kWh": // electricity: from kWh, not from GJ
      case "tCO2/千m3": // water and sewer
        co2T = u.mul(THOUSANDTH).mul(emissionCoef);
        break;
    }
  return {
    result: { key: row.key, usage, heatGJ, co2T: co2T ?? ZERO, heatCoef, emissionCoef },
    heatKnown: hasHeat && heatCoef !== null,
    co2Known: co2T !== null,
  };
}

/**
 * Computes every figure of the form. Blank usage (null) is "not used": the row is in `rows` with usage
 * null and zero CO2, but none of its cells is in `cells` (they stay as they are). An explicit 0 gives 0.
 * その他の燃料 without its coefficients contributes nothing and has no cells (the checks report it).
 */
export function computeForm7(input: Form7Input, settings: Settings): Form7Result {
  const rows: Form7Result["rows"] = {};
  const cells: Form7Result["cells"] = {};
  for (const row of input.rows) {
    const c = computeRow(row, settings);
    rows[row.key] = c.result;
    if (c.result.usage === null) continue;
    if (c.heatKnown && c.result.heatGJ !== null) cells[heatKey(row.key)] = c.result.heatGJ;
    if (c.co2Known) cells[co2Key(row.key)] = c.result.co2T;
  }
  const totals = summarize(Object.values(rows) as Form7RowResult[], input.site.floorAreaM2?.value ?? null);
  // The local object takes the totals (the same keys in the same order as a spread, without a copy).
  return { rows, exact: totals.exact, reported: totals.reported, cells: Object.assign(cells, totals.cells) };
}

/** Options of summarize for the checks' what-if figures (never used for the real figures). */
export interface SummarizeOptions {
  /** Add the water CO2 to the energy CO2 (a mistake the checks look for). */
  waterInEnergy?: boolean;
}

/**
 * Totals, 原油換算, the reported summary figures and the intensity from full-precision rows (spec §2–3):
 * 合計 rows are sums of the full-precision rows, never of the shown values; 総計 is the sum of the two
 * truncated parts; 原単位 = ROUNDDOWN(総計 × 1000 ÷ 延床面積, 1), null without a positive floor area.
 */
export function summarize(
  rows: readonly Form7RowResult[],
  floorAreaM2: Decimal | null,
  options: SummarizeOptions = {},
): Pick<Form7Result, "exact" | "reported" | "cells"> {
  const energyRows = rows.filter((r) => OFFICIAL_ROWS[r.key].group !== "water");
  const waterRows = rows.filter((r) => OFFICIAL_ROWS[r.key].group === "water");
  const energyGJ = sum(energyRows.map((r) => r.heatGJ ?? ZERO));
  const co2WaterT = sum(waterRows.map((r) => r.co2T));
  const co2Energy = sum(energyRows.map((r) => r.co2T));
  const co2EnergyT = options.waterInEnergy ? co2Energy.plus(co2WaterT) : co2Energy;
  const crudeOilKl = energyGJ.mul(CRUDE_OIL_KL_PER_GJ);

  const reportedEnergy = truncate(co2EnergyT);
  const reportedWater = truncate(co2WaterT);
  const co2TotalT = reportedEnergy.plus(reportedWater);
  const area = floorAreaM2;
  const exactIntensity = co2Intensity(co2TotalT, area);
  const intensity = exactIntensity === null ? null : truncate(exactIntensity, 1);

  const reported = {
    energyGJ: roundHalfUp(energyGJ, 1),
    crudeOilKl: truncate(crudeOilKl),
    co2EnergyT: reportedEnergy,
    co2WaterT: reportedWater,
    co2TotalT,
    intensityKgPerM2: intensity,
  };
  const cells: Form7Result["cells"] = {
    energyGJ,
    "co2Energy.subtotal": co2EnergyT,
    "co2Water.subtotal": co2WaterT,
    crudeOilKl: reported.crudeOilKl,
    co2EnergyT: reported.co2EnergyT,
    co2WaterT: reported.co2WaterT,
    co2TotalT: reported.co2TotalT,
  };
  if (intensity !== null) cells.intensityKgPerM2 = intensity;
  return { exact: { energyGJ, co2EnergyT, co2WaterT, crudeOilKl }, reported, cells };
}
