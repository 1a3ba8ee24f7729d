/**
 * Decimal arithmetic for every computed figure. One configured Decimal constructor for the whole app,
 * and the rounding rules the forms use, named for what they do.
 */
import DecimalJs from "decimal.js";

/** The app's Decimal: 60 significant digits, half-up when a rounding mode is not named. */
export const Decimal = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export type DecimalInput = DecimalJs.Value;

export function dec(v: DecimalInput): Decimal {
  return new Decimal(v);
}

export const ZERO = dec(0);
/** × 1000 (t → kg, GJ → MJ) and × 0.001 (÷ 1000 as a product: the same exact quotient, correctly rounded alike). */
export const THOUSAND = dec(1000);
export const THOUSANDTH = dec("0.001");

/** Cut toward zero at `places` decimals (Excel ROUNDDOWN / the form's 切り捨て). */
export function truncate(d: Decimal, places = 0): Decimal {
  return d.toDecimalPlaces(places, DecimalJs.ROUND_DOWN);
}

/** Round half away from zero at `places` decimals (Excel ROUND, the form's 四捨五入 for display). */
export function roundHalfUp(d: Decimal, places = 0): Decimal {
  return d.toDecimalPlaces(places, DecimalJs.ROUND_HALF_UP);
}

/** Largest multiple of `step` not above d (floor; e.g. step 10 for "rounded down to 10 t"). */
export function floorToStep(d: Decimal, step: DecimalInput = 1): Decimal {
  const s = dec(step);
  return d.div(s).floor().mul(s);
}

/** Sum of decimals (empty sum is 0). */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** A plain decimal string without exponent (for JSON `exact` fields). */
export function toExact(d: Decimal): string {
  return d.toFixed();
}

/** A binary float, for display only. */
export function toDisplayNumber(d: Decimal): number {
  return d.toNumber();
}
