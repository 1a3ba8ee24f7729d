/** Figures in messages: thousands separators, a fixed number of decimals, exact (no float detour). */
import type { Decimal } from "./decimal";

export function formatDecimal(d: Decimal, places?: number): string {
  const s = places === undefined ? d.toFixed() : d.toFixed(places);
  const [int, frac] = s.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? sign + grouped : `${sign}${grouped}.${frac}`;
}
