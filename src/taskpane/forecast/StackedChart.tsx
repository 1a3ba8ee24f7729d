/**
 * Credits per fiscal year, stacked by menu: an SVG that scales to the card, read by a screen reader as an
 * image with a summary, with the exact figures in a visually hidden table.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Decimal } from "../../domain/decimal";
import { useChartStyles } from "../chartStyles";
import { fmt, useT } from "../i18n";
import { FORECAST_WORDS } from "./words";

const COLORS = ["#0f6cbd", "#e3008c", "#13a10e", "#ca5010", "#8764b8", "#038387", "#986f0b", "#4f6bed"];
const W = 280;
const H = 150;
const PAD = { left: 36, bottom: 18, top: 6, right: 4 };

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: "2px 10px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
});

export interface StackedChartProps {
  years: string[];
  series: { name: string; values: Decimal[] }[];
  totals: Decimal[];
}

export function StackedChart({ years, series, totals }: StackedChartProps) {
  const { lang } = useT();
  const w = FORECAST_WORDS[lang];
  const s = useStyles();
  const c = useChartStyles();
  const max = Math.max(1, ...totals.map((t) => t.toNumber()));
  const plotH = H - PAD.bottom - PAD.top;
  const band = (W - PAD.left - PAD.right) / Math.max(1, years.length);
  const y = (v: number) => (v / max) * plotH;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className={c.svg}
        style={{ maxWidth: `${Math.round(W * 1.3)}px` }}
        role="img"
        aria-label={`${w.chart}: ${years[0]}–${years[years.length - 1]}, ${w.total} ${fmt(max, 0, lang)} t max`}
      >
        <line className={c.axis} x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} />
        <text className={c.text} x={PAD.left - 4} y={PAD.top + 8} fontSize="9" textAnchor="end">
          {fmt(max, 0, lang)}
        </text>
        <text className={c.text} x={PAD.left - 4} y={H - PAD.bottom} fontSize="9" textAnchor="end">
          0
        </text>
        {years.map((label, i) => {
          let base = 0;
          const x = PAD.left + i * band + band * 0.15;
          return (
            <g key={label}>
              {series.map((m, k) => {
                const v = m.values[i]?.toNumber() ?? 0;
                const top = H - PAD.bottom - y(base + v);
                const rect = (
                  <rect
                    key={m.name}
                    className={c.datum}
                    x={x}
                    y={top}
                    width={band * 0.7}
                    height={y(v)}
                    fill={COLORS[k % COLORS.length]}
                  >
                    <title>{`${m.name} ${label}: ${fmt(v, 0, lang)} t`}</title>
                  </rect>
                );
                base += v;
                return rect;
              })}
              <text className={c.text} x={x + band * 0.35} y={H - 5} fontSize="9" textAnchor="middle">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={s.legend}>
        {series.map((m, k) => (
          <span key={m.name}>
            <span className={c.swatch} style={{ background: COLORS[k % COLORS.length] }} aria-hidden />
            {m.name}
          </span>
        ))}
      </figcaption>
      <table className={c.hidden}>
        <caption>{w.chart}</caption>
        <thead>
          <tr>
            <th scope="col">{w.year}</th>
            {series.map((m) => (
              <th key={m.name} scope="col">
                {m.name}
              </th>
            ))}
            <th scope="col">{w.total}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((m) => (
                <td key={m.name}>{fmt(m.values[i], 0, lang)}</td>
              ))}
              <td>{fmt(totals[i], 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
