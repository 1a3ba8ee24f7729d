/**
 * How each computed cell of Form 7 is shown (spec form7.md section 3): the decimals, the rounding mode and
 * the Excel number format. Comparisons of held and computed figures happen at this precision.
 */
import { roundHalfUp, truncate, type Decimal } from "../decimal";
import { FORM7_ROW_KEYS, type Form7FigureKey } from "./types";

/** Display rule of one computed cell. */
export interface FigureDisplay {
  /** Decimals the form shows. */
  places: number;
  /** 四捨五入 (rows and 合計 rows) or 切り捨て (summary block). */
  mode: "halfUp" | "truncate";
  /** Excel number format for the cell. */
  numberFormat: string;
}

/** Rows and the 合計 rows: kept at full precision, shown at 1 decimal, half up. */
const ROW: FigureDisplay = { places: 1, mode: "halfUp", numberFormat: "#,##0.0" };
/** 原油換算 kl and the CO2 t of the summary block: whole numbers, truncated. */
const SUMMARY: FigureDisplay = { places: 0, mode: "truncate", numberFormat: "#,##0" };
/** 原単位 kg-CO2/m²: 1 decimal, truncated (ROUNDDOWN(…, 1)). */
const INTENSITY: FigureDisplay = { places: 1, mode: "truncate", numberFormat: "0.0" };

function buildTable(): Readonly<Record<Form7FigureKey, FigureDisplay>> {
  const t: Partial<Record<Form7FigureKey, FigureDisplay>> = {};
  for (const k of FORM7_ROW_KEYS) {
    t[`${k}.heatGJ`] = ROW;
    t[`${k}.co2T`] = ROW;
  }
  t.energyGJ = ROW;
  t["co2Energy.subtotal"] = ROW;
  t["co2Water.subtotal"] = ROW;
  t.crudeOilKl = SUMMARY;
  t.co2EnergyT = SUMMARY;
  t.co2WaterT = SUMMARY;
  t.co2TotalT = SUMMARY;
  t.intensityKgPerM2 = INTENSITY;
  return t as Record<Form7FigureKey, FigureDisplay>;
}

/** Display rule of every computed cell of the form. */
export const FIGURE_DISPLAY: Readonly<Record<Form7FigureKey, FigureDisplay>> = buildTable();

/** Display rule of a computed cell. */
export function figureDisplay(key: Form7FigureKey): FigureDisplay {
  return FIGURE_DISPLAY[key];
}

/** A figure as the form shows it (rounded or truncated at the figure's decimals). */
export function shown(key: Form7FigureKey, value: Decimal): Decimal {
  const d = FIGURE_DISPLAY[key];
  return d.mode === "truncate" ? truncate(value, d.places) : roundHalfUp(value, d.places);
}

/** True when two values show the same figure on the form. */
export function sameShown(key: Form7FigureKey, a: Decimal, b: Decimal): boolean {
  return shown(key, a).eq(shown(key, b));
}

/**
 * A held figure as the printed form shows it: the cell's value at the figure's decimals, half up, as
 * Excel's number format displays it. A summary cell holding 60.77 prints "61", not the truncated 60.
 */
export function heldShown(key: Form7FigureKey, held: Decimal): Decimal {
  return roundHalfUp(held, FIGURE_DISPLAY[key].places);
}

/** True when a held cell prints the figure the form should show for `expected`. */
export function heldMatches(key: Form7FigureKey, held: Decimal, expected: Decimal): boolean {
  return heldShown(key, held).eq(shown(key, expected));
}
