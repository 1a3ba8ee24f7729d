/**
 * The six figures a Form 7 reports (its summary block and the energy total): the one table of their names,
 * units and decimals. The pane's card, the text report, the HTML check sheet, the summary workbook and the
 * history and publication sheets all take them from here; the decimals are the form's own
 * (`FIGURE_DISPLAY`, spec form7.md section 3).
 */
import type { Entry, Lang } from "../catalogue";
import type { Decimal } from "../decimal";
import { formatDecimal } from "../format";
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

/** key, name (ja, en), column name (ja, en), unit — one figure a row, in the form's order. */
type Row = readonly [SummaryFigureKey, string, string, string, string, string];
// prettier-ignore
const ROWS: readonly Row[] = [
  ["crudeOilKl", "原油換算エネルギー使用量", "Crude-oil equivalent", "原油換算", "Crude oil eq.", "kl"],
  ["energyGJ", "エネルギー使用量（熱量）", "Energy (heat)", "エネルギー使用量", "Energy", "GJ"],
  ["co2EnergyT", "CO2排出量（燃料等）", "CO2 from energy", "CO2 燃料等", "CO2 energy", "t-CO2"],
  ["co2WaterT", "CO2排出量（水道等）", "CO2 from water and sewer", "CO2 水道等", "CO2 water", "t-CO2"],
  ["co2TotalT", "CO2排出量 総計", "CO2 total", "CO2 総計", "CO2 total", "t-CO2"],
  ["intensityKgPerM2", "CO2排出量原単位", "CO2 intensity", "CO2原単位", "CO2 intensity", "kg-CO2/m²"],
];

/** The figures a reader looks for first. */
const MAIN: readonly SummaryFigureKey[] = ["co2TotalT", "intensityKgPerM2"];

/** In the form's order. */
export const SUMMARY_FIGURES: readonly SummaryFigure[] = ROWS.map(([key, ja, en, shortJa, shortEn, unit]) => {
  const d = FIGURE_DISPLAY[key];
  return {
    key,
    label: { ja, en },
    short: { ja: shortJa, en: shortEn },
    unit,
    places: d.places,
    numberFormat: d.places === 0 ? "#,##0" : `#,##0.${"0".repeat(d.places)}`,
    main: MAIN.includes(key),
  };
});

/** One figure of the table. */
export function summaryFigure(key: SummaryFigureKey): SummaryFigure {
  return SUMMARY_FIGURES.find((f) => f.key === key)!;
}

/** A figure as a report prints it: at the form's decimals, grouped, with its unit ("1,207.7 GJ"). */
export function figureText(f: SummaryFigure, value: Decimal): string {
  return `${formatDecimal(value, f.places)} ${f.unit}`;
}

/** A column header: the short name and the unit, "CO2 総計 (t-CO2)". */
export function figureHeader(f: SummaryFigure, lang: Lang): string {
  return `${f.short[lang]} (${f.unit})`;
}
