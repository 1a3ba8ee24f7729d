/**
 * A small year-by-year chart of a site's intensities: energy (MJ/m²) and CO2 (kg-CO2/m²), one panel each
 * (their units differ), fiscal years evenly spaced in order, the base year(s) of the excellence level
 * marked. The SVG is one image with a summary for screen readers; the figures themselves are in a visually
 * hidden table next to it.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { dec, type Decimal } from "../domain/decimal";
import { BASE_FISCAL_YEAR, type Excellence, type YearFigures } from "../domain/excellence/excellence";
import { useChartStyles } from "./chartStyles";
import { fmt, useT } from "./i18n";

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0` },
  /** The series' own colours under forced colours: energy in Highlight, CO2 in CanvasText. */
  energy: {
    stroke: tokens.colorBrandForeground1,
    fill: tokens.colorBrandForeground1,
    "@media (forced-colors: active)": { stroke: "Highlight", fill: "Highlight" },
  },
  co2: {
    stroke: tokens.colorPaletteGreenForeground1,
    fill: tokens.colorPaletteGreenForeground1,
    "@media (forced-colors: active)": { stroke: "CanvasText", fill: "CanvasText" },
  },
  /** A base year's marker: open (the background inside). */
  open: { fill: tokens.colorNeutralBackground1, "@media (forced-colors: active)": { fill: "Canvas" } },
});

const WIDTH = 280;
const PANEL = 78; // height of one panel's plot
const TOP = 16; // room for the panel title
const LEFT = 40;
const RIGHT = 12;
const AXIS = 28; // room for the year labels and the base mark under them

export interface YearChartProps {
  years: readonly YearFigures[];
  /** The excellence level of this report, for its base year(s); without it FY2013 is marked when known. */
  excellence?: Excellence;
  /** This report's fiscal year (drawn larger). */
  currentYear?: number | null;
}

/** The fiscal years the excellence level compares against. */
export function baseYearsOf(years: readonly YearFigures[], excellence?: Excellence): number[] {
  const b = excellence?.base;
  if (b) return b.kind === "fy2013" ? [b.fiscalYear] : [...b.averagedYears];
  return years.some((y) => y.fiscalYear === BASE_FISCAL_YEAR) ? [BASE_FISCAL_YEAR] : [];
}

/** The plot position of each known value (null values are left out): x by order, y scaled to the range. */
export function plotPoints(
  values: readonly (Decimal | null)[],
  width: number,
  height: number,
): ({ x: number; y: number } | null)[] {
  const known = values.filter((v): v is Decimal => v !== null);
  if (known.length === 0) return values.map(() => null);
  const max = known.reduce((a, b) => (b.gt(a) ? b : a));
  const min = known.reduce((a, b) => (b.lt(a) ? b : a));
  const span = max.minus(min);
  const step = values.length > 1 ? dec(width).div(values.length - 1) : dec(0);
  return values.map((v, i) => {
    if (v === null) return null;
    const x = values.length > 1 ? step.mul(i) : dec(width).div(2);
    // Equal values sit mid-height; otherwise the maximum is at the top, the minimum at the bottom.
    const y = span.isZero() ? dec(height).div(2) : max.minus(v).div(span).mul(height);
    return { x: x.toDecimalPlaces(2).toNumber(), y: y.toDecimalPlaces(2).toNumber() };
  });
}

interface PanelProps {
  title: string;
  values: (Decimal | null)[];
  fiscalYears: number[];
  base: number[];
  current: number | null;
  top: number;
  /** The series' class (its colour, normal and under forced colours). */
  series: string;
  places: number;
  lang: "ja" | "en";
}

function Panel({ title, values, fiscalYears, base, current, top, series, places, lang }: PanelProps) {
  const c = useChartStyles();
  const s = useStyles();
  const plotW = WIDTH - LEFT - RIGHT;
  const pts = plotPoints(values, plotW, PANEL);
  const known = values.filter((v): v is Decimal => v !== null);
  const max = known.length ? known.reduce((a, b) => (b.gt(a) ? b : a)) : null;
  const min = known.length ? known.reduce((a, b) => (b.lt(a) ? b : a)) : null;
  const y0 = top + TOP;
  const line = pts
    .flatMap((p) => (p ? [`${(LEFT + p.x).toFixed(2)},${(y0 + p.y).toFixed(2)}`] : []))
    .join(" ");
  return (
    <g>
      <text className={c.text} x={LEFT} y={top + 11} fontSize={11}>
        {title}
      </text>
      <line className={c.axis} x1={LEFT} x2={LEFT} y1={y0} y2={y0 + PANEL} strokeWidth={1} />
      {max ? (
        <text x={LEFT - 4} y={y0 + 4} fontSize={9} textAnchor="end" className={c.subtleText}>
          {fmt(max, places, lang)}
        </text>
      ) : null}
      {min && max && !min.eq(max) ? (
        <text x={LEFT - 4} y={y0 + PANEL} fontSize={9} textAnchor="end" className={c.subtleText}>
          {fmt(min, places, lang)}
        </text>
      ) : null}
      <polyline className={series} points={line} strokeWidth={1.5} style={{ fill: "none" }} />
      {pts.map((p, i) => {
        if (!p) return null;
        const cx = LEFT + p.x;
        const cy = y0 + p.y;
        const r = fiscalYears[i] === current ? 4 : 3;
        return base.includes(fiscalYears[i]) ? (
          <rect
            key={fiscalYears[i]}
            x={cx - r}
            y={cy - r}
            width={2 * r}
            height={2 * r}
            className={mergeClasses(series, s.open)}
            strokeWidth={1.5}
          />
        ) : (
          <circle key={fiscalYears[i]} className={series} cx={cx} cy={cy} r={r} />
        );
      })}
    </g>
  );
}

export function YearChart({ years, excellence, currentYear = null }: YearChartProps) {
  const { t, lang } = useT();
  const s = useStyles();
  const c = useChartStyles();
  const list = [...years].sort((a, b) => a.fiscalYear - b.fiscalYear);
  if (list.length < 2) return null;
  const fiscalYears = list.map((y) => y.fiscalYear);
  const base = baseYearsOf(list, excellence);
  const height = 2 * (TOP + PANEL) + 4 + AXIS;
  const xs = plotPoints(
    list.map(() => dec(0)),
    WIDTH - LEFT - RIGHT,
    0,
  ).map((p) => LEFT + (p?.x ?? 0));
  const axisY = 2 * (TOP + PANEL) + 4 + 12;
  // Every year labelled when they fit; else the first, the last and the base years.
  const labelled = (y: number, i: number) =>
    list.length <= 6 || i === 0 || i === list.length - 1 || base.includes(y);
  const baseText = base.length ? t.yearChartBase(base.map(t.fy).join("・")) : t.yearChartNoBase;
  const summary = t.yearChartSummary(fiscalYears[0], fiscalYears[fiscalYears.length - 1], baseText);
  return (
    <figure className={s.figure} aria-label={t.yearChartTitle}>
      <Text as="p" weight="semibold" size={200}>
        {t.yearChartTitle}
      </Text>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={c.svg}
        style={{ maxWidth: `${Math.round(WIDTH * 1.3)}px` }}
      >
        <Panel
          title={t.energyIntensityUnit}
          values={list.map((y) => y.energyIntensity)}
          fiscalYears={fiscalYears}
          base={base}
          current={currentYear}
          top={0}
          series={s.energy}
          places={0}
          lang={lang}
        />
        <Panel
          title={t.co2IntensityUnit}
          values={list.map((y) => y.co2Intensity)}
          fiscalYears={fiscalYears}
          base={base}
          current={currentYear}
          top={TOP + PANEL + 4}
          series={s.co2}
          places={1}
          lang={lang}
        />
        {fiscalYears.map((y, i) =>
          labelled(y, i) ? (
            <text
              key={y}
              x={xs[i]}
              y={axisY}
              fontSize={9}
              textAnchor="middle"
              fontWeight={y === currentYear ? "bold" : undefined}
              className={c.subtleText}
            >
              {y}
            </text>
          ) : null,
        )}
        {fiscalYears.map((y, i) =>
          base.includes(y) ? (
            <text
              key={`base-${y}`}
              x={xs[i]}
              y={axisY + 11}
              fontSize={9}
              textAnchor="middle"
              className={c.subtleText}
            >
              {`□${t.baseMark}`}
            </text>
          ) : null,
        )}
      </svg>
      <table className={c.hidden}>
        <caption>{`${t.yearChartTitle}: ${baseText}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t.fiscalYearHead}</th>
            <th scope="col">{t.energyIntensityUnit}</th>
            <th scope="col">{t.co2IntensityUnit}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((y) => (
            <tr key={y.fiscalYear}>
              <th scope="row">
                {t.fy(y.fiscalYear)}
                {base.includes(y.fiscalYear) ? t.baseSuffix : ""}
              </th>
              <td>{fmt(y.energyIntensity, 1, lang)}</td>
              <td>{fmt(y.co2Intensity, 1, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
