/**
 * Stable codes of the Form 7 checks (Issue.code) and of the likely causes of a mismatch
 * (Issue.params.cause). The command line's JSON and the task pane key on them: never rename one.
 */

export const FORM7_CODES = {
  /** A computed cell holds another figure than the engine's, at the precision the form shows (error). */
  mismatch: "form7.mismatch",
  /** A formula cell with no saved result (info). */
  noCachedValue: "form7.formulaWithoutValue",
  /** A computed cell of a row whose usage is blank holds a non-zero figure (warning). */
  valueWithoutUsage: "form7.valueWithoutUsage",
  /** A usage below zero (error). */
  negativeUsage: "form7.negativeUsage",
  /** No floor area: no intensity, no site class (error). */
  missingFloorArea: "form7.missingFloorArea",
  /** A floor area of zero or below (error). */
  badFloorArea: "form7.nonPositiveFloorArea",
  /** A floor area under 1 m² (error; a unit slip). */
  tinyFloorArea: "form7.implausibleFloorArea",
  /** A printed coefficient differs from the official set (warning). */
  coefficientDiffers: "form7.coefficientDiffers",
  /** その他の燃料 with usage but no unit, heat coefficient or emission factor (error). */
  otherFuelCoefficients: "form7.otherFuelCoefficients",
  /** その他の燃料 coefficient outside what any fuel has (warning). */
  otherFuelImplausible: "form7.otherFuelImplausible",
  /** その他の燃料 in a thousand-unit (kL, t, 千Nm³) with a coefficient per kL/t/千Nm³: heat 1000 × too small (warning). */
  otherFuelUnitScale: "form7.otherFuelUnitScale",
  /** Usage with no unit on its row (warning). */
  missingUnit: "form7.missingUnit",
  /** A row's printed unit is not the one its arithmetic assumes (千kWh, MWh, kL …) (warning). */
  unitDiffers: "form7.unitDiffers",
  /** Electricity per m² outside anything real (< 1 or > 3,000 kWh/m²·year) (warning). */
  electricityImplausible: "form7.electricityPerAreaImplausible",
  /** Intensity over 1,000 kg-CO2/m² (warning). */
  intensityImplausible: "form7.intensityImplausible",
  /** Day/night electricity and その他の買電 both filled (warning). */
  doubleCount: "form7.possibleDoubleCount",
} as const;

export type Form7Code = (typeof FORM7_CODES)[keyof typeof FORM7_CODES];

/** Likely causes of a mismatch (Issue.params.cause). */
export const FORM7_CAUSES = {
  /** City gas CO2 with 0.014 instead of 0.0136 t-C/GJ (the row, or a total that includes it). */
  coef0014: "coef0014",
  /** Rounded half up (or left unrounded) where the form truncates. */
  roundedNotTruncated: "roundedNotTruncated",
  /** Truncated where the form rounds half up (rows and 合計 rows). */
  truncatedNotRounded: "truncatedNotRounded",
  /** 1000 times the right figure: a ÷1000 missing, or the usage in another unit than the figure. */
  unitTimes1000: "unitTimes1000",
  /** 1/1000 of the right figure. */
  unitDiv1000: "unitDiv1000",
  /** Electricity CO2 from the heat (GJ) instead of from kWh. */
  electricityFromGJ: "electricityFromGJ",
  /** Water and sewer CO2 counted in the energy CO2. */
  waterInEnergy: "waterInEnergy",
  /** Heat-row CO2 by the other rule than the heatRowCo2 setting. */
  heatRowCo2Rule: "heatRowCo2Rule",
  /** The figure follows from the other coefficient set (printed vs official) than the setting uses. */
  otherCoefficientSet: "otherCoefficientSet",
  /** Intensity from the unrounded CO2 total instead of the whole-number one. */
  intensityFromExactTotal: "intensityFromExactTotal",
  /** A total that is not the sum of its rows (or 総計 not the sum of its two parts) as the sheet holds them. */
  totalNotSum: "totalNotSum",
  /** A total that adds up the sheet's rows, whose values are wrong. */
  rowsWrong: "rowsWrong",
  /** A 合計 that adds the shown (rounded) rows instead of the full-precision ones. */
  sumOfRoundedRows: "sumOfRoundedRows",
  /** A summary figure that follows from a wrong figure the sheet holds (e.g. 原油換算 from a wrong GJ total). */
  followsHeldFigure: "followsHeldFigure",
} as const;

export type Form7Cause = (typeof FORM7_CAUSES)[keyof typeof FORM7_CAUSES];
