/** Names of Form 7's computed figures in words (Japanese and English), for messages and write notes. */
import type { Bilingual } from "../issue";
import { rowLabel } from "./coefficients";
import type { Form7FigureKey, Form7RowKey } from "./types";

const TOTALS: Record<string, Bilingual> = {
  energyGJ: { ja: "エネルギー 合計 熱量 (GJ)", en: "energy total heat (GJ)" },
  "co2Energy.subtotal": { ja: "燃料等 合計 排出量 (t)", en: "energy CO2 subtotal (t)" },
  "co2Water.subtotal": { ja: "水道等 合計 排出量 (t)", en: "water CO2 subtotal (t)" },
  crudeOilKl: { ja: "原油換算エネルギー使用量 (kl)", en: "crude-oil equivalent (kl)" },
  co2EnergyT: { ja: "燃料等の使用に伴うCO2排出量 (t)", en: "CO2 from energy (t)" },
  co2WaterT: { ja: "水道等に伴うCO2排出量 (t)", en: "CO2 from water and sewer (t)" },
  co2TotalT: { ja: "CO2排出量 総計 (t)", en: "CO2 total (t)" },
  intensityKgPerM2: { ja: "CO2排出量原単位 (kg-CO2/m²)", en: "CO2 intensity (kg-CO2/m²)" },
};

const LABELS = new Map<Form7FigureKey, Bilingual>();

/** A figure's name in words (one shared, frozen object per figure). */
export function figureLabel(key: Form7FigureKey): Bilingual {
  let l = LABELS.get(key);
  if (!l) LABELS.set(key, (l = Object.freeze(labelOf(key))));
  return l;
}

function labelOf(key: Form7FigureKey): Bilingual {
  const [row, part] = key.split(".") as [string, string | undefined];
  if (part === "heatGJ" || part === "co2T") {
    const l = rowLabel(row as Form7RowKey);
    return part === "heatGJ"
      ? { ja: `${l.ja} 熱量 (GJ)`, en: `${l.en} heat (GJ)` }
      : { ja: `${l.ja} 排出量 (t)`, en: `${l.en} CO2 (t)` };
  }
  return TOTALS[key];
}
