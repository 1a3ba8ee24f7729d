/**
 * Intensities per square metre of floor area, the one place they are computed: CO2 in kg-CO2/m² from
 * tonnes, energy in MJ/m² from GJ (both × 1000 ÷ m²). Full precision; each form rounds as it prints.
 */
import { THOUSAND, type Decimal } from "./decimal";

/** x × 1000 ÷ m² (t → kg/m², GJ → MJ/m²); null without a positive (finite) floor area or without x. */
export function perSquareMetre(x: Decimal | null, floorAreaM2: Decimal | null): Decimal | null {
  if (x === null || floorAreaM2 === null || !floorAreaM2.isFinite() || !floorAreaM2.gt(0)) return null;
  return x.mul(THOUSAND).div(floorAreaM2);
}

/** kg-CO2/m² from t-CO2. */
export const co2Intensity = perSquareMetre;

/** MJ/m² from GJ (the excellence level's energy intensity). */
export const energyIntensityMJ = perSquareMetre;
