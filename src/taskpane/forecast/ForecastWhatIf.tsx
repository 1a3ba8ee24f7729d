/**
 * Two parameter sets side by side: A is the sheet's, B is A with a few knobs changed here (crediting years,
 * first-year fraction, cap year, prices per class, the ward's share). Nothing is written; the table shows
 * A, B and B − A per fiscal year and for the totals. B's prices can be taken from the reference prices
 * (PricePresets: the workbook's price sheet first, then the built-in sourced ones), shown with their source
 * under the table; a price typed into the field wins.
 */
import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CohortParamsInput } from "../../domain/jcredit/cohort";
import { fiscalYearLabel } from "../../domain/fiscalYear";
import {
  applyVariant,
  compareForecasts,
  type ComparedLine,
  type ForecastVariant,
} from "../../domain/jcredit/variant";
import { fmt, useT } from "../i18n";
import { PricePreset, PriceSources, usePricePicks } from "../PricePresets";
import { ScrollX } from "../ScrollX";
import { FORECAST_WORDS } from "./words";
import { figureCell } from "../tableStyles";

const useStyles = makeStyles({
  // As many columns as fit at 9rem or more (one in a narrow pane); a field never wider than its column.
  knobs: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 9rem), 1fr))",
    gap: "4px 8px",
    alignItems: "end",
  },
  knob: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, marginTop: "6px" },
  cell: figureCell,
  head: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", textAlign: "left" },
});

type Knob = keyof ForecastVariant;
/** The price knob of each credit class (the presets fill it). */
const PRICE_KNOB = { renewable: "priceRenewable", energySaving: "priceEnergySaving" } as const;
const PRICED = ["renewable", "energySaving"] as const;
const KNOBS: { key: Knob; word: keyof typeof FORECAST_WORDS.ja; int?: boolean }[] = [
  { key: "creditingYears", word: "creditingYears", int: true },
  { key: "firstYearFraction", word: "firstYearFraction" },
  { key: "capYear", word: "capYear", int: true },
  { key: "priceRenewable", word: "priceRenewable" },
  { key: "priceEnergySaving", word: "priceSaving" },
];

/** The knob's value in A, as the text shown in B's field before the user changes it. */
function initial(a: CohortParamsInput, k: Knob): string {
  const price = (p: unknown) =>
    p === null || p === undefined
      ? ""
      : typeof p === "object"
        ? String((p as { default?: unknown }).default ?? "")
        : String(p);
  switch (k) {
    case "creditingYears":
      return String(a.creditingYears ?? 8);
    case "firstYearFraction":
      return String(a.firstYearFraction ?? "1");
    case "capYear":
      return a.capYear === null || a.capYear === undefined ? "" : String(a.capYear);
    case "priceRenewable":
      return price(a.prices?.renewable);
    case "priceEnergySaving":
      return price(a.prices?.energySaving);
    default:
      return "";
  }
}

function variantOf(texts: Partial<Record<Knob, string>>, a: CohortParamsInput): ForecastVariant {
  const v: ForecastVariant = {};
  for (const { key, int } of KNOBS) {
    const t = texts[key];
    if (t === undefined || t.trim() === initial(a, key)) continue;
    const s = t.trim().normalize("NFKC").replace(/,/g, "");
    if (key === "capYear") v.capYear = s === "" ? null : Number(s);
    else if (key === "creditingYears") v.creditingYears = int ? Number(s) : Number.NaN;
    else if (key === "firstYearFraction") v.firstYearFraction = s;
    else if (key === "priceRenewable") v.priceRenewable = s === "" ? null : s;
    else if (key === "priceEnergySaving") v.priceEnergySaving = s === "" ? null : s;
  }
  return v;
}

export function ForecastWhatIf({ params }: { params: CohortParamsInput }) {
  const { lang } = useT();
  const w = FORECAST_WORDS[lang];
  const s = useStyles();
  const [texts, setTexts] = useState<Partial<Record<Knob, string>>>({});
  const text = (k: Knob) => texts[k] ?? initial(params, k);
  const picks = usePricePicks({ renewable: text("priceRenewable"), energySaving: text("priceEnergySaving") });
  const comparison = useMemo(
    () => compareForecasts(params, applyVariant(params, variantOf(texts, params))),
    [params, texts],
  );
  const name = (l: ComparedLine) =>
    l.fiscalYear !== null
      ? fiscalYearLabel(l.fiscalYear)
      : {
          year: "",
          grandTotal: `${w.total} (t)`,
          revenueYen: `${w.revenue} (${lang === "ja" ? "円" : "yen"})`,
          wardTonnes: `${w.ward} (t)`,
          wardRevenueYen: `${w.ward} (${lang === "ja" ? "円" : "yen"})`,
        }[l.what];
  const places = (l: ComparedLine) => (l.what === "wardTonnes" ? 1 : 0);
  return (
    <section aria-label={w.whatIf}>
      <Text weight="semibold" block>
        {w.whatIf}
      </Text>
      <div className={s.knobs}>
        {KNOBS.map(({ key, word }) => (
          <Field key={key} label={String(w[word])} size="small" className={s.knob}>
            <Input
              size="small"
              className={s.input}
              inputMode="decimal"
              value={text(key)}
              onChange={(_, d) => setTexts((t) => ({ ...t, [key]: d.value }))}
            />
          </Field>
        ))}
      </div>
      {PRICED.map((c) => (
        <PricePreset
          key={c}
          creditClass={c}
          inUse={picks.inUse(c)}
          onChoose={(p) => {
            picks.choose(c, p);
            if (p) setTexts((t) => ({ ...t, [PRICE_KNOB[c]]: p.yenPerT.toFixed() }));
          }}
        />
      ))}
      {comparison.ok ? (
        <ScrollX label={w.whatIfScroll}>
          <table className={s.table} aria-label={w.whatIf}>
            <thead>
              <tr>
                <th className={s.head} scope="col">
                  {w.year}
                </th>
                <th className={s.cell} scope="col">
                  {w.colA}
                </th>
                <th className={s.cell} scope="col">
                  {w.colB}
                </th>
                <th className={s.cell} scope="col">
                  {w.diff}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.lines
                .filter((l) => l.a !== null || l.b !== null)
                .map((l) => (
                  <tr key={`${l.what}${l.fiscalYear ?? ""}`}>
                    <th className={s.head} scope="row">
                      {name(l)}
                    </th>
                    <td className={s.cell}>{fmt(l.a, places(l), lang)}</td>
                    <td className={s.cell}>{fmt(l.b, places(l), lang)}</td>
                    <td className={s.cell}>
                      {l.diff && l.diff.gt(0) ? "+" : ""}
                      {fmt(l.diff, places(l), lang)}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollX>
      ) : (
        <Text role="alert">
          {comparison.side === "b" ? w.invalidB : w.invalid}: {comparison.messages.join(" / ")}
        </Text>
      )}
      <PriceSources prices={PRICED.map((c) => picks.inUse(c))} />
    </section>
  );
}
