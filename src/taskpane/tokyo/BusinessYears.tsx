/** (その1)'s five-year table as recomputed: CO2, floor area, intensity per year, and the two average rates. */
import { Text } from "@fluentui/react-components";
import type { TokyoBusinessAnalysis } from "../../app/paneModel";
import { fmt, useT } from "../i18n";
import { TOKYO_WORDS } from "./words";

export function BusinessYears({ form }: { form: TokyoBusinessAnalysis }) {
  const { lang } = useT();
  const w = TOKYO_WORDS[lang];
  const rate = (v: { toFixed(n: number): string } | null) => (v === null ? "—" : `${v.toFixed(2)} %`);
  return (
    <>
      {form.businessNumber ? (
        <Text block size={200}>
          {w.businessNumber}: {form.businessNumber.value}
        </Text>
      ) : null}
      <table aria-label={w.sono1} style={{ fontVariantNumeric: "tabular-nums", fontSize: "12px" }}>
        <thead>
          <tr>
            <th scope="col">{w.year}</th>
            <th scope="col">{w.co2}</th>
            <th scope="col">{w.area}</th>
            <th scope="col">{w.intensity}</th>
          </tr>
        </thead>
        <tbody>
          {form.years.map((y) => (
            <tr key={y.fiscalYear}>
              <th scope="row">{y.fiscalYear}</th>
              <td>{fmt(y.co2T?.value, 0, lang)}</td>
              <td>{fmt(y.floorAreaM2?.value, 0, lang)}</td>
              <td>
                {form.result.years.find((r) => r.fiscalYear === y.fiscalYear)?.intensityKgPerM2?.toFixed(5) ??
                  "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text block data-figure="co2Rate">
        {w.co2Rate}: {rate(form.result.averageRates.co2ReductionPct)}
      </Text>
      <Text block data-figure="intensityRate">
        {w.intensityRate}: {rate(form.result.averageRates.intensityImprovementPct)}
      </Text>
    </>
  );
}
