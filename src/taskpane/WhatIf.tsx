/**
 * What-if for a return table: ΣB (yen) over a grid of prices and return rates, every row credited at its
 * credit class's price. With both classes in the table, the grid runs over the renewable-power price and
 * the energy-saving price is one figure the user sets (the table's own price to begin with). Cells are
 * shaded by size (a small heat map); exact figures from the domain's decimal arithmetic.
 */
import { Field, Input, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { dec, type Decimal } from "../domain/decimal";
import type { CreditClass } from "../domain/jcredit/cohort";
import { whatIfTotalBByClass } from "../domain/jcredit/returnTable";
import { fmt, useT } from "./i18n";
import { PricePreset, PriceSources, usePricePicks } from "./PricePresets";
import { ScrollX } from "./ScrollX";
import { figureCell } from "./tableStyles";

const PRICES = [1500, 2000, 3000, 4000, 5000];
const RATES = [30, 40, 50, 60];
const CLASS_NAME = {
  renewable: { ja: "再エネ", en: "renewable" },
  energySaving: { ja: "省エネ", en: "energy saving" },
} as const;

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, marginTop: "4px" },
  cell: figureCell,
  corner: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "left",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightRegular,
  },
  /** The price column stays in view while the rates scroll. */
  sticky: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground1 },
});

export interface WhatIfRow {
  reductionT: Decimal;
  creditClass: CreditClass;
  priceYenPerT?: Decimal | null;
}

function parsePrice(text: string): Decimal | null {
  try {
    const d = dec(text.normalize("NFKC").replace(/,/g, "").trim());
    return d.isFinite() && !d.isNegative() ? d : null;
  } catch {
    return null;
  }
}

export function WhatIf({ rows }: { rows: readonly WhatIfRow[] }) {
  const { lang } = useT();
  const s = useStyles();
  const ja = lang === "ja";
  const has = (c: CreditClass) => rows.some((r) => r.creditClass === c);
  // The grid's axis: renewable when present, else energy saving; the other class is held at one price.
  const axis: CreditClass = has("renewable") ? "renewable" : "energySaving";
  const other: CreditClass | null = axis === "renewable" && has("energySaving") ? "energySaving" : null;
  const printedOf = (c: CreditClass) => rows.find((r) => r.creditClass === c && r.priceYenPerT)?.priceYenPerT;
  const printed = other ? printedOf(other) : null;
  const [otherText, setOtherText] = useState(printed ? printed.toFixed() : "2000");
  const otherPrice = parsePrice(otherText);
  const [axisText, setAxisText] = useState(() => printedOf(axis)?.toFixed() ?? "");
  const axisPrice = axisText.trim() === "" ? null : parsePrice(axisText);
  const picks = usePricePicks(other ? { [axis]: axisText, [other]: otherText } : { [axis]: axisText });
  // The grid's prices: the fixed steps and the axis class's own price (a row of its own when not a step).
  const prices = useMemo(() => {
    const steps = PRICES.map((p) => dec(p));
    if (axisPrice && axisPrice.gt(0) && !steps.some((p) => p.eq(axisPrice))) steps.push(axisPrice);
    return steps.sort((a, b) => a.comparedTo(b));
  }, [axisPrice]);
  const invalid = (otherPrice === null && other !== null) || (axisText.trim() !== "" && axisPrice === null);
  const grid = useMemo(
    () =>
      invalid
        ? null
        : whatIfTotalBByClass(
            rows,
            prices.map((p) => ({
              renewable: axis === "renewable" ? p : (otherPrice ?? dec(0)),
              energySaving: axis === "energySaving" ? p : (otherPrice ?? dec(0)),
            })),
            RATES.map(dec),
          ),
    [rows, axis, otherPrice, prices, invalid],
  );
  const max = grid ? Math.max(1, ...grid.flat().map((d) => d.toNumber())) : 1;
  const name = (c: CreditClass) => CLASS_NAME[c][lang];
  /** A class's price field and its reference-price presets (a pick fills the field). */
  const priceField = (c: CreditClass, text: string, set: (t: string) => void, note: string) => (
    <>
      <Field size="small" label={ja ? `${name(c)}の単価（円/t${note}）` : `${name(c)} price (yen/t${note})`}>
        <Input size="small" inputMode="decimal" value={text} onChange={(_, d) => set(d.value)} />
      </Field>
      <PricePreset
        creditClass={c}
        inUse={picks.inUse(c)}
        onChoose={(p) => {
          picks.choose(c, p);
          if (p) set(p.yenPerT.toFixed());
        }}
      />
    </>
  );
  return (
    <div>
      <Text size={200} block>
        {ja
          ? `試算: ΣB（円）＝ ${name(axis)}の単価 × 還元率（全項目を創出した場合）`
          : `What-if: ΣB (yen) by ${name(axis)} price and return rate, every row credited`}
      </Text>
      {priceField(axis, axisText, setAxisText, ja ? "、※の行" : ", row ※")}
      {other ? priceField(other, otherText, setOtherText, "") : null}
      {grid ? (
        <ScrollX label={ja ? "ΣBの試算（横にスクロールできます）" : "ΣB what-if (scrolls sideways)"}>
          <table className={s.table} aria-label={ja ? "ΣBの試算" : "ΣB what-if"}>
            <thead>
              <tr>
                <th className={mergeClasses(s.corner, s.sticky)} scope="col">
                  {ja ? `${name(axis)} 円/t` : `${name(axis)} yen/t`}
                  <br />
                  {ja ? "＼ 還元率" : "\\ rate"}
                </th>
                {RATES.map((r) => (
                  <th key={r} className={s.cell} scope="col">
                    {r}%
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {prices.map((p, i) => (
                <tr key={p.toFixed()}>
                  <th className={mergeClasses(s.cell, s.sticky)} scope="row">
                    {fmt(p, 0, lang)}
                    {axisPrice?.eq(p) ? " ※" : ""}
                  </th>
                  {grid[i].map((b, j) => (
                    <td
                      key={j}
                      className={s.cell}
                      style={{
                        background: `rgba(15, 108, 189, ${((b.toNumber() / max) * 0.35).toFixed(3)})`,
                      }}
                    >
                      {fmt(b, 0, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      ) : (
        <Text role="alert">{ja ? "単価を数値で入力してください。" : "Enter the price as a number."}</Text>
      )}
      {axisPrice && !picks.inUse(axis) ? (
        <Text size={200} block>
          {ja
            ? `※ ${name(axis)}の単価 ${fmt(axisPrice, 0, lang)} 円/t（入力した単価）`
            : `※ ${name(axis)} price ${fmt(axisPrice, 0, lang)} yen/t (the price typed)`}
        </Text>
      ) : null}
      <PriceSources prices={[picks.inUse(axis), other ? picks.inUse(other) : null]} />
    </div>
  );
}
