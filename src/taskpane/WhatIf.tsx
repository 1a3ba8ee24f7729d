/** What-if for a return table: ΣB (yen) over a grid of prices per t and return rates, every row credited. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { dec, type Decimal } from "../domain/decimal";
import { whatIfTotalB } from "../domain/jcredit/returnTable";
import { fmt, useT } from "./i18n";

const PRICES = [1500, 2000, 3000, 4000];
const RATES = [30, 40, 50, 60];

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, marginTop: "4px" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "right" },
});

export function WhatIf({ reductions }: { reductions: Decimal[] }) {
  const { lang } = useT();
  const s = useStyles();
  const grid = whatIfTotalB(reductions, PRICES.map(dec), RATES.map(dec));
  const ja = lang === "ja";
  return (
    <div>
      <Text size={200}>
        {ja
          ? "試算: ΣB（円）＝ 単価 × 還元率（全項目を創出した場合）"
          : "What-if: ΣB (yen) by price and return rate, every row credited"}
      </Text>
      <table className={s.table} aria-label={ja ? "ΣBの試算" : "ΣB what-if"}>
        <thead>
          <tr>
            <th className={s.cell}>{ja ? "円/t ＼ 還元率" : "yen/t \\ rate"}</th>
            {RATES.map((r) => (
              <th key={r} className={s.cell}>
                {r}%
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PRICES.map((p, i) => (
            <tr key={p}>
              <th className={s.cell}>{fmt(p, 0, lang)}</th>
              {grid[i].map((b, j) => (
                <td key={j} className={s.cell}>
                  {fmt(b, 0, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
