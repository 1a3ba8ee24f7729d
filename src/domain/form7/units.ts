/**
 * Units printed in the 単位 column of Form 7, read leniently (Nm³, Ｎｍ３, ㎥, ℓ, kL, 千kWh, MWh, キロリットル …)
 * into a base unit and a factor, so a row's unit can be compared with the one its arithmetic assumes.
 */
import { keptAnswers } from "../kept";

/** The base units the form's rows are computed in. */
export type BaseUnit = "L" | "kg" | "Nm3" | "m3" | "kWh" | "MJ";

export interface ParsedUnit {
  base: BaseUnit;
  /** Base units per printed unit: 1 (L, kg, m³, kWh, MJ) or 1000 (kL, t, 千m³, MWh/千kWh, GJ). */
  factor: 1 | 1000;
}

/** NFKC (full width → half width, ³ → 3, ㎥ → m3, ℓ → l), no spaces, lower case. */
export function foldUnit(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[()（）]/g, "")
    .toLowerCase();
}

const UNITS: Record<string, ParsedUnit> = {
  l: { base: "L", factor: 1 },
  リットル: { base: "L", factor: 1 },
  kl: { base: "L", factor: 1000 },
  キロリットル: { base: "L", factor: 1000 },
  千l: { base: "L", factor: 1000 },
  kg: { base: "kg", factor: 1 },
  キログラム: { base: "kg", factor: 1 },
  t: { base: "kg", factor: 1000 },
  トン: { base: "kg", factor: 1000 },
  nm3: { base: "Nm3", factor: 1 },
  千nm3: { base: "Nm3", factor: 1000 },
  m3: { base: "m3", factor: 1 },
  立方メートル: { base: "m3", factor: 1 },
  立米: { base: "m3", factor: 1 },
  千m3: { base: "m3", factor: 1000 },
  千立方メートル: { base: "m3", factor: 1000 },
  kwh: { base: "kWh", factor: 1 },
  キロワット時: { base: "kWh", factor: 1 },
  千kwh: { base: "kWh", factor: 1000 },
  mwh: { base: "kWh", factor: 1000 },
  千キロワット時: { base: "kWh", factor: 1000 },
  mj: { base: "MJ", factor: 1 },
  メガジュール: { base: "MJ", factor: 1 },
  gj: { base: "MJ", factor: 1000 },
  ギガジュール: { base: "MJ", factor: 1000 },
};

/** parseUnit's answers by printed text (a sheet prints the same few units again and again). */
const parsed = keptAnswers(1000, (text: string): ParsedUnit | null => UNITS[foldUnit(text)] ?? null);

/** Reads a printed unit; null when it is not one the form uses (e.g. 本, 缶 for その他の燃料). */
export function parseUnit(text: string): ParsedUnit | null {
  return parsed(text);
}

/**
 * True when a printed unit is the one a row's arithmetic assumes. City gas may be printed as m³ as well as
 * Nm³ (both appear on real forms; the coefficient is per 千Nm³).
 */
export function unitMatches(printed: ParsedUnit, official: ParsedUnit): boolean {
  if (printed.factor !== official.factor) return false;
  if (printed.base === official.base) return true;
  const gas = new Set<BaseUnit>(["Nm3", "m3"]);
  return official.base === "Nm3" && gas.has(printed.base);
}
