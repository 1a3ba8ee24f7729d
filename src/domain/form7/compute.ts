/**
 * The Form 7 engine: per-row heat and CO2, group totals, 原油換算, CO2 totals and intensity, with the
 * rounding the published forms show (spec form7.md sections 2 and 3). Decimal throughout.
 */
import { dec, sum, truncate, roundHalfUp, type Decimal, ZERO } from "../decimal";
import type { Settings } from "../settings";
import { CO2_PER_C, CRUDE_OIL_KL_PER_GJ, OFFICIAL_ROWS } from "./coefficients";
import type { Form7FigureKey, Form7Input, Form7Result, Form7RowInput, Form7RowResult } from "./types";

const THOUSAND = dec(1000);

/** How each computed cell is shown: decimals, rounding mode, Excel number format. */
export interface FigureDisplay {
  places: number;
  mode: "halfUp" | "truncate";
  numberFormat: string;
}

const ROW_FIGURE: FigureDisplay = { places: 1, mode: "halfUp", numberFormat: "#,##0.0" };
const WHOLE_TRUNCATED: FigureDisplay = { places: 0, mode: "truncate", numberFormat: "#,##0" };

/** Display rule of a computed cell (rows and 合計: 1 dp half-up; summary: whole, truncated; intensity 1 dp truncated). */
export function figureDisplay(key: Form7FigureKey): FigureDisplay {
  switch (key) {
    case "crudeOilKl":
    case "co2EnergyT":
    case "co2WaterT":
    case "co2TotalT":
      return WHOLE_TRUNCATED;
    case "intensityKgPerM2":
      return { places: 1, mode: "truncate", numberFormat: "#,##0.0" };
    default:
      return ROW_FIGURE;
  }
}

/** A figure as the form shows it. */
export function shown(key: Form7FigureKey, value: Decimal): Decimal {
  const d = figureDisplay(key);
  return d.mode === "truncate" ? truncate(value, d.places) : roundHalfUp(value, d.places);
}

/** The coefficients a row is computed with, per the coefficient-set setting. */
export function coefficientsFor(
  row: Form7RowInput,
  settings: Pick<Settings, "coefficientSet">,
): { heatCoef: Decimal | null; emissionCoef: Decimal | null } {
  const official = OFFICIAL_ROWS[row.key];
  if (row.key === "otherFuel" || settings.coefficientSet === "sheet") {
    return {
      heatCoef:
        official.heatCoef === null && row.key !== "otherFuel"
          ? null
          : (row.heatCoef?.value ?? official.heatCoef),
      emissionCoef: row.emissionCoef?.value ?? official.emissionCoef,
    };
  }
  return { heatCoef: official.heatCoef, emissionCoef: official.emissionCoef };
}

function computeRow(row: Form7RowInput, settings: Settings): Form7RowResult {
  const def = OFFICIAL_ROWS[row.key];
  const { heatCoef, emissionCoef } = coefficientsFor(row, settings);
  const usage = row.usage?.value ?? null;
  const u = usage ?? ZERO;
  let heatGJ: Decimal | null = null;
  let co2T: Decimal = ZERO;
  switch (def.emissionKind) {
    case "tC/GJ":
      heatGJ = heatCoef ? u.mul(heatCoef).div(THOUSAND) : ZERO;
      co2T = emissionCoef ? heatGJ.mul(emissionCoef).mul(CO2_PER_C) : ZERO;
      break;
    case "tCO2/GJ":
      heatGJ = heatCoef ? u.mul(heatCoef).div(THOUSAND) : ZERO;
      co2T = emissionCoef
        ? settings.heatRowCo2 === "primaryEnergy"
          ? heatGJ.mul(emissionCoef)
          : u.div(THOUSAND).mul(emissionCoef)
        : ZERO;
      break;
    case "tCO2/1000kWh":
      heatGJ = heatCoef ? u.mul(heatCoef).div(THOUSAND) : ZERO;
      co2T = emissionCoef ? u.div(THOUSAND).mul(emissionCoef) : ZERO;
      break;
    case "tCO2/1000m3":
      heatGJ = null;
      co2T = emissionCoef ? u.div(THOUSAND).mul(emissionCoef) : ZERO;
      break;
  }
  return { key: row.key, usage, heatGJ, co2T, heatCoef, emissionCoef };
}

export function computeForm7(input: Form7Input, settings: Settings): Form7Result {
  const rows: Form7Result["rows"] = {};
  const cells: Form7Result["cells"] = {};
  for (const row of input.rows) {
    const r = computeRow(row, settings);
    rows[row.key] = r;
    if (r.usage === null) continue; // blank: not used; its computed cells stay as they are
    if (r.heatGJ !== null) cells[`${row.key}.heatGJ`] = r.heatGJ;
    cells[`${row.key}.co2T`] = r.co2T;
  }
  const all = Object.values(rows) as Form7RowResult[];
  const energyRows = all.filter((r) => OFFICIAL_ROWS[r.key].group !== "water");
  const waterRows = all.filter((r) => OFFICIAL_ROWS[r.key].group === "water");
  const energyGJ = sum(energyRows.map((r) => r.heatGJ ?? ZERO));
  const co2EnergyT = sum(energyRows.map((r) => r.co2T));
  const co2WaterT = sum(waterRows.map((r) => r.co2T));
  const crudeOilKl = energyGJ.mul(CRUDE_OIL_KL_PER_GJ);

  const reportedEnergy = truncate(co2EnergyT);
  const reportedWater = truncate(co2WaterT);
  const co2TotalT = reportedEnergy.plus(reportedWater);
  const area = input.site.floorAreaM2?.value ?? null;
  const intensity = area && area.gt(0) ? truncate(co2TotalT.mul(THOUSAND).div(area), 1) : null;

  const reported = {
    energyGJ: roundHalfUp(energyGJ, 1),
    crudeOilKl: truncate(crudeOilKl),
    co2EnergyT: reportedEnergy,
    co2WaterT: reportedWater,
    co2TotalT,
    intensityKgPerM2: intensity,
  };
  cells.energyGJ = energyGJ;
  cells["co2Energy.subtotal"] = co2EnergyT;
  cells["co2Water.subtotal"] = co2WaterT;
  cells.crudeOilKl = reported.crudeOilKl;
  cells.co2EnergyT = reported.co2EnergyT;
  cells.co2WaterT = reported.co2WaterT;
  cells.co2TotalT = reported.co2TotalT;
  if (intensity !== null) cells.intensityKgPerM2 = intensity;

  return { rows, exact: { energyGJ, co2EnergyT, co2WaterT, crudeOilKl }, reported, cells };
}
