/**
 * The seven bands (A4 … C) on one axis with the site's marker, and what to cut for the next rank. The bar
 * scales to the card; the bands' bounds are in a visually hidden table behind it.
 */
import { Text } from "@fluentui/react-components";
import { bandsOf, RANKS, ratioText, type Standing } from "../domain/benchmark/rank";
import { BENCHMARK_CATEGORIES } from "../domain/benchmark/categories";
import type { Decimal } from "../domain/decimal";
import { useChartStyles } from "./chartStyles";
import { fmt, useT } from "./i18n";

const COLORS = ["#1a7f37", "#2da44e", "#6cc644", "#b5e07a", "#f2cc60", "#f0883e", "#cf222e"];
const MAX = 2; // the axis runs to 200 % of the average

export function BenchmarkBar({ s }: { s: Standing }) {
  const { lang } = useT();
  const c = useChartStyles();
  const ja = lang === "ja";
  const x = (share: number) => (Math.min(share, MAX) / MAX) * 280 + 10;
  const edges = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, MAX];
  const ratio = s.ratio.toNumber();
  const name = BENCHMARK_CATEGORIES[s.category][lang];
  return (
    <div>
      <Text block>
        {ja ? "ベンチマーク" : "Benchmark"} {s.category} {name}: <strong>{s.rank}</strong>（
        {ja ? "平均の" : "of average "}
        {fmt(Number(ratioText(s)) * 100, 1, lang)}%）
      </Text>
      <svg
        viewBox="0 0 300 44"
        className={c.svg}
        style={{ maxWidth: "360px" }}
        role="img"
        aria-label={`${ja ? "ランク" : "Rank"} ${s.rank}`}
      >
        {RANKS.map((r, i) => (
          <g key={r}>
            <rect
              className={c.datum}
              x={x(edges[i])}
              y={10}
              width={x(edges[i + 1]) - x(edges[i])}
              height={14}
              fill={COLORS[i]}
            />
            <text
              className={c.text}
              x={(x(edges[i]) + x(edges[i + 1])) / 2}
              y={38}
              fontSize="11"
              textAnchor="middle"
              fontWeight={r === s.rank ? "bold" : undefined}
            >
              {r}
            </text>
          </g>
        ))}
        <path className={c.marker} d={`M ${x(ratio)} 4 l -5 -4 h 10 z`} transform="translate(0,6)" />
        <line className={c.marker} x1={x(ratio)} x2={x(ratio)} y1={8} y2={26} strokeWidth={2} />
      </svg>
      <table className={c.hidden}>
        <caption>
          {ja
            ? `ベンチマーク区分 ${s.category} のランク（kg-CO2/m²）`
            : `Ranks of category ${s.category} (kg-CO2/m²)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{ja ? "ランク" : "Rank"}</th>
            <th scope="col">{ja ? "範囲" : "Range"}</th>
          </tr>
        </thead>
        <tbody>
          {bandsOf({ average: s.average }).map((b) => (
            <tr key={b.rank}>
              <th scope="row">
                {b.rank}
                {b.rank === s.rank ? (ja ? "（この事業所）" : " (this site)") : ""}
              </th>
              <td>{rangeText(b.rank === "A4" ? null : b.from, b.to, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text block size={200} data-testid="benchmark-band">
        {bandText(s, lang)}
      </Text>
      {s.nextRank && s.cutToNextKgPerM2 ? (
        <Text block size={200}>
          {ja
            ? `${s.nextRank} まで あと ${fmt(s.cutToNextKgPerM2, 1, lang)} kg-CO2/m²${s.cutToNextT ? `（年 ${fmt(s.cutToNextT, 1, lang)} t）` : ""}の削減`
            : `${fmt(s.cutToNextKgPerM2, 1, lang)} kg-CO2/m²${s.cutToNextT ? ` (${fmt(s.cutToNextT, 1, lang)} t a year)` : ""} to cut for ${s.nextRank}`}
        </Text>
      ) : null}
    </div>
  );
}

/** A bound or average in kg-CO2/m², exact up to 3 places: a site at 49.1 is not in A2 when A2 ends at 49.05. */
const bound = (d: Decimal, lang: "ja" | "en") => fmt(d, Math.min(d.decimalPlaces(), 3), lang);

/** A band's bounds in kg-CO2/m², exact (65.4 × 0.75 = 49.05): lower exclusive, upper inclusive. */
function rangeText(from: Decimal | null, to: Decimal | null, lang: "ja" | "en"): string {
  const n = (d: Decimal) => bound(d, lang);
  const ja = lang === "ja";
  if (from === null) return ja ? `${n(to!)} 以下` : `up to ${n(to!)}`;
  if (to === null) return ja ? `${n(from)} 超` : `over ${n(from)}`;
  return ja ? `${n(from)} 超 〜 ${n(to)} 以下` : `over ${n(from)} up to ${n(to)}`;
}

/** The band's bounds in kg-CO2/m², the average it rests on with its source, and the share of sites in it. */
function bandText(s: Standing, lang: "ja" | "en"): string {
  const n = (d: Decimal) => bound(d, lang);
  // A built-in source is written "日本語 / English": show the pane's language.
  const parts = s.source.split(/\s?\/\s(?=[A-Z])/);
  const source = parts.length === 2 ? parts[lang === "ja" ? 0 : 1] : s.source;
  const ja = lang === "ja";
  const range = rangeText(s.band.from, s.band.to, lang);
  const share =
    s.bandSharePct === null
      ? ""
      : ja
        ? `、この帯の事業所 ${fmt(s.bandSharePct, 1, lang)}%`
        : `; ${fmt(s.bandSharePct, 1, lang)}% of sites in this band`;
  return ja
    ? `${s.rank} の範囲: ${range} kg-CO2/m²（区分平均 ${n(s.average)}、出典: ${source}${share}）`
    : `${s.rank} band: ${range} kg-CO2/m² (category average ${n(s.average)}, source: ${source}${share})`;
}
