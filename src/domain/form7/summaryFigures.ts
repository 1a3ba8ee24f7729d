/**
 * The six figures a Form 7 reports (its summary block and the energy total): the one table of their names,
 * units and decimals. The pane's card, the text report, the HTML check sheet, the summary workbook and the
 * history and publication sheets all take them from here; the decimals are the form's own
 * (`FIGURE_DISPLAY`, spec form7.md section 3).
 */
import type { Entry, Lang } from "../catalogue";
import { FIGURE_DISPLAY } from "./display";
import type { Form7Result } from "./types";

/** The figures of `Form7Result.reported`. */
export type SummaryFigureKey = keyof Form7Result["reported"];

export interface SummaryFigure {
  key: SummaryFigureKey;
  /** The form's name for it, as a line of the pane or a report shows it. */
  label: Entry<string>;
  /** A column header's name for it (the unit follows, see `figureHeader`). */
  short: Entry<string>;
  unit: string;
  /** Decimals the form shows (from `FIGURE_DISPLAY`). */
  places: number;
  /**
   * Excel number format of the sheets the add-in makes (summary, history, publication): the form's
   * decimals with thousands grouped. (The form's own cells keep `FIGURE_DISPLAY`'s format.)
   */
  numberFormat: string;
  /** The figures a reader looks for first (the total and the intensity). */
  main: boolean;
}

function figure(
  key: SummaryFigureKey,
  label: Entry<string>,
  short: Entry<string>,
  unit: string,
  main = false,
): SummaryFigure {
  const d = FIGURE_DISPLAY[key];
  const numberFormat = d.places === 0 ? "#,##0" : `#,##0.${"0".repeat(d.places)}`;
  return { key, label, short, unit, places: d.places, numberFormat, main };
}

/** In the form's order. */
export const SUMMARY_FIGURES: readonly SummaryFigure[] = [
  figure(
    "crudeOilKl",
    { ja: "原油換算エネルギー使用量", en: "Crude-oil equivalent" },
    { ja: "原油換算", en: "Crude oil eq." },
    "kl",
  ),
  figure(
    "energyGJ",
    { ja: "エネルギー使用量（熱量）", en: "Energy (heat)" },
    { ja: "エネルギー使用量", en: "Energy" },
    "GJ",
  ),
  figure(
    "co2EnergyT",
    { ja: "CO2排出量（燃料等）", en: "CO2 from energy" },
    { ja: "CO2 燃料等", en: "CO2 energy" },
    "t-CO2",
  ),
  figure(
    "co2WaterT",
    { ja: "CO2排出量（水道等）", en: "CO2 from water and sewer" },
    { ja: "CO2 水道等", en: "CO2 water" },
    "t-CO2",
  ),
  figure(
    "co2TotalT",
    { ja: "CO2排出量 総計", en: "CO2 total" },
    { ja: "CO2 総計", en: "CO2 total" },
    "t-CO2",
    true,
  ),
  figure(
    "intensityKgPerM2",
    { ja: "CO2排出量原単位", en: "CO2 intensity" },
    { ja: "CO2原単位", en: "CO2 intensity" },
    "kg-CO2/m²",
    true,
  ),
];

/** One figure of the table. */
export function summaryFigure(key: SummaryFigureKey): SummaryFigure {
  return SUMMARY_FIGURES.find((f) => f.key === key)!;
}

/** A column header: the short name and the unit, "CO2 総計 (t-CO2)". */
export function figureHeader(f: SummaryFigure, lang: Lang): string {
  return `${f.short[lang]} (${f.unit})`;
}
