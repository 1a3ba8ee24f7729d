/**
 * Credits per fiscal year, stacked by menu: an SVG the screen reader reads as an image with a summary,
 * with the exact figures in a visually hidden table.
 */
import { makeStyles } from "@fluentui/react-components";
import type { Decimal } from "../../domain/decimal";
import { fmt, useT } from "../i18n";
import { FORECAST_WORDS } from "./words";

const COLORS = ["#0f6cbd", "#e3008c", "#13a10e", "#ca5010", "#8764b8", "#038387", "#986f0b", "#4f6bed"];
const W = 300;
const H = 150;
const PAD = { left: 36, bottom: 18, top: 6 };

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  legend: { display: "flex", flexWrap: "wrap", gap: "2px 10px", fontSize: "11px" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "3px" },
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
  const max = Math.max(1, ...totals.map((t) => t.toNumber()));
  const plotH = H - PAD.bottom - PAD.top;
  const band = (W - PAD.left) / Math.max(1, years.length);
  const y = (v: number) => (v / max) * plotH;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        width={W}
        height={H}
        role="img"
        aria-label={`${w.chart}: ${years[0]}–${years[years.length - 1]}, ${w.total} ${fmt(max, 0, lang)} t max`}
      >
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#8a8886" />
        <text x={PAD.left - 4} y={PAD.top + 8} fontSize="9" textAnchor="end">
          {fmt(max, 0, lang)}
        </text>
        <text x={PAD.left - 4} y={H - PAD.bottom} fontSize="9" textAnchor="end">
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
              <text x={x + band * 0.35} y={H - 5} fontSize="9" textAnchor="middle">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={s.legend}>
        {series.map((m, k) => (
          <span key={m.name}>
            <span className={s.swatch} style={{ background: COLORS[k % COLORS.length] }} />
            {m.name}
          </span>
        ))}
      </figcaption>
      <table className={s.hidden}>
        <caption>{w.chart}</caption>
        <thead>
          <tr>
            <th>{w.year}</th>
            {series.map((m) => (
              <th key={m.name}>{m.name}</th>
            ))}
            <th>{w.total}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((label, i) => (
            <tr key={label}>
              <th>{label}</th>
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
