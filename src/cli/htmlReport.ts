/**
 * The run's report as one self-contained HTML page (a pure function of the run's results): inline CSS under
 * a Content-Security-Policy that allows nothing else (no script, no request), inline SVG charts each followed
 * by the table behind it (readable without colour and to a screen reader), print CSS for A4.
 *
 * A run of many files: every site's intensity against its category's bands, rank counts, the largest
 * emitters, year-over-year changes, must-report sites missing, the ward's totals, unreadable files.
 * A run of one file: its pre-submission check sheet (site, figures with their cells, findings with their
 * cells and likely causes, benchmark standing, excellence).
 */
import { createHash } from "node:crypto";
import { BENCHMARK_CATEGORIES } from "../domain/benchmark/categories";
import { BAND_UPPER, RANKS, type Rank } from "../domain/benchmark/rank";
import { byLanguage, type Catalogue } from "../domain/catalogue";
import { dec, type Decimal } from "../domain/decimal";
import { formatDecimal } from "../domain/format";
import type { ReportForm, ReportStanding } from "./reportFacts";
import type { SiteFact } from "./siteFacts";
import type { YearOverYear } from "./yearOverYear";

export interface RunReport {
  lang: "ja" | "en";
  /** Files in the run. */
  files: number;
  unreadable: { file: string; message: string }[];
  sites: SiteFact[];
  yoy: YearOverYear;
  thresholdPct: Decimal;
  /** The one-workbook check sheet (null for a run of several files). */
  single: { file: string; forms: ReportForm[] } | null;
}

export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const CSS = `
:root{color-scheme:light;font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,system-ui,sans-serif;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:60rem;padding:1.5rem;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1a1a1a}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
p.lead{margin:.25rem 0 1rem;color:#333}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:.15rem 1rem;margin:.5rem 0}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #767676;padding:.2rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code{font-family:ui-monospace,Consolas,monospace}
.sev-error{font-weight:bold}.flag{font-weight:bold}
figure{margin:.5rem 0;break-inside:avoid}figcaption{font-size:.85rem;color:#333}
svg{width:100%;max-width:48rem;height:auto}td.site{min-width:7em}td.path{word-break:break-all}svg text{font-size:11px;fill:#1a1a1a}
.none{color:#333;font-style:italic}
@media print{
 @page{size:A4;margin:14mm 12mm}
 body{max-width:none;padding:0;font-size:10pt}
 h2{break-after:avoid}table{font-size:8.5pt}thead{display:table-header-group}tr{break-inside:avoid}
 section{break-inside:auto}
}`;

/** The CSP: nothing may load or run; the one style block is allowed by its hash. */
export function contentSecurityPolicy(css: string): string {
  const hash = createHash("sha256").update(css, "utf8").digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

type L = "ja" | "en";
/** The HTML report's words (domain/catalogue.ts: key → {ja, en}). */
const HTML_WORDS = {
  title: {
    ja: "CO2報告チェック レポート",
    en: "CO2 report check",
  },
  check: {
    ja: "提出前チェックシート",
    en: "Pre-submission check sheet",
  },
  files: {
    ja: "ファイル",
    en: "Files",
  },
  sites: {
    ja: "第7号様式の事業所",
    en: "Form 7 sites",
  },
  unreadable: {
    ja: "読めないファイル",
    en: "Files that could not be read",
  },
  bands: {
    ja: "区分ごとの原単位とランクの帯",
    en: "Intensity per benchmark category, against the category's bands",
  },
  bandsNone: {
    ja: "ベンチマーク区分と平均のある事業所はありません（区分か平均がないとランクは出しません）。",
    en: "No site has a benchmark category with an average (no rank is given without one).",
  },
  ranks: {
    ja: "ランクの件数",
    en: "Rank counts",
  },
  emitters: {
    ja: "排出量の多い事業所",
    en: "Largest emitters",
  },
  yoy: {
    ja: "前年比",
    en: "Year over year",
  },
  yoyNone: {
    ja: "同じ事業所の2つの年度が、この実行のファイルにありません。",
    en: "No site has two fiscal years among this run's files.",
  },
  missing: {
    ja: "報告義務のある事業所で今年度の報告がないもの",
    en: "Must-report sites without a report this year",
  },
  missingNone: {
    ja: "ありません。",
    en: "None.",
  },
  totals: {
    ja: "区の合計（区分・年度ごと）",
    en: "Ward totals per category and fiscal year",
  },
  unreadableNone: {
    ja: "ありません。",
    en: "None.",
  },
  no: {
    ja: "番号",
    en: "No.",
  },
  site: {
    ja: "事業所等の名称",
    en: "Site",
  },
  siteNo: {
    ja: "事業所番号",
    en: "Site no.",
  },
  file: {
    ja: "ファイル",
    en: "File",
  },
  sheet: {
    ja: "シート",
    en: "Sheet",
  },
  fy: {
    ja: "年度",
    en: "FY",
  },
  intensity: {
    ja: "原単位 (kg-CO2/m²)",
    en: "Intensity (kg-CO2/m²)",
  },
  rank: {
    ja: "ランク",
    en: "Rank",
  },
  share: {
    ja: "平均比",
    en: "Share of average",
  },
  co2: {
    ja: "CO2 総計 (t)",
    en: "CO2 total (t)",
  },
  count: {
    ja: "件数",
    en: "Count",
  },
  category: {
    ja: "区分",
    en: "Category",
  },
  noCategory: {
    ja: "（区分なし）",
    en: "(no category)",
  },
  floor: {
    ja: "延床面積 (m²)",
    en: "Floor area (m²)",
  },
  change: {
    ja: "増減",
    en: "Change",
  },
  warning: {
    ja: "警告",
    en: "Warning",
  },
  average: {
    ja: "平均",
    en: "Average",
  },
  why: {
    ja: "理由",
    en: "Why",
  },
  item: {
    ja: "項目",
    en: "Item",
  },
  value: {
    ja: "値",
    en: "Value",
  },
  cell: {
    ja: "セル",
    en: "Cell",
  },
  figures: {
    ja: "数値（正しい値）とセル",
    en: "Figures (as they should be) and their cells",
  },
  findings: {
    ja: "指摘（セルと考えられる原因）",
    en: "Findings (cell and likely cause)",
  },
  findingsNone: {
    ja: "指摘はありません。",
    en: "No findings.",
  },
  standing: {
    ja: "ベンチマーク",
    en: "Benchmark",
  },
  standingNone: {
    ja: "ベンチマークの区分か平均がないため、ランクは出していません。",
    en: "No rank: the benchmark category or its average is missing.",
  },
  excellence: {
    ja: "優秀水準",
    en: "Excellence level",
  },
  severity: {
    ja: { error: "エラー", warning: "警告", info: "情報" },
    en: { error: "error", warning: "warning", info: "info" },
  },
  severityHead: {
    ja: "重要度",
    en: "Severity",
  },
  fromYear: {
    ja: "前の年度（ファイル）",
    en: "Earlier FY (file)",
  },
  held: {
    ja: "シートの値",
    en: "On the sheet",
  },
  finding: {
    ja: "指摘",
    en: "Finding",
  },
  toYear: {
    ja: "年度（ファイル）",
    en: "FY (file)",
  },
  nextCut: {
    ja: "次のランクまで",
    en: "To the next rank",
  },
  band: {
    ja: "帯の上限 (kg-CO2/m²)",
    en: "Band upper bound (kg-CO2/m²)",
  },
  flagged: {
    ja: (t: string) => `±${t}%を超える変化`,
    en: (t: string) => `change beyond ±${t} %`,
  },
  source: {
    ja: "出典",
    en: "Source",
  },
  cut: {
    ja: (t: string, r: string) => `次のランク ${r} まで年 ${t} t-CO2 の削減`,
    en: (t: string, r: string) => `cut ${t} t-CO2 a year to reach rank ${r}`,
  },
  chartOf: {
    ja: (name: string) => `区分 ${name}: 各事業所の原単位（番号は下の表の番号）とランクの帯`,
    en: (name: string) =>
      `Category ${name}: each site's intensity (numbers as in the table below) and the rank bands`,
  },
  noRank: { ja: "ランクなし", en: "no rank" },
  reported: { ja: "報告あり", en: "reported" },
  notReported: { ja: "報告なし", en: "missing" },
} satisfies Catalogue;
const T = byLanguage(HTML_WORDS);

/** Band fills, light enough for dark text; the bands are labelled, so colour is never the only cue. */
const BAND_FILL: Record<Rank, string> = {
  A4: "#c7e9c0",
  A3: "#d9f0d3",
  A2: "#edf8e9",
  A1: "#f7fcf5",
  B2: "#fee8c8",
  B1: "#fdd49e",
  C: "#fcbba1",
};

const fmt = (s: string | null, places?: number) => (s === null ? "—" : formatDecimal(dec(s), places));
const fmtD = (d: Decimal | null, places?: number) => (d === null ? "—" : formatDecimal(d, places));
const pct = (d: Decimal | null) => (d === null ? "—" : `${d.isNegative() ? "" : "+"}${d.toFixed(1)}%`);
const num = (s: string) => `<td class="num">${esc(s)}</td>`;
const td = (s: string | number | null, cls?: "site" | "path") =>
  `<td${cls ? ` class="${cls}"` : ""}>${s === null ? "—" : esc(String(s))}</td>`;
const siteName = (s: { name: string | null; siteNumber: string | null }) => s.name ?? s.siteNumber ?? "—";

function table(caption: string, head: string[], rows: string[][]): string {
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join("")}</tr>`).join("")}</tbody></table>`;
}

/** The seven bands of one average on an axis, with numbered markers at the sites' intensities. */
export function bandChart(
  id: string,
  title: string,
  average: Decimal,
  points: { label: string; intensity: Decimal }[],
): string {
  const W = 640;
  const left = 10;
  const right = W - 10;
  const top = 18;
  const bandH = 40;
  const max = Decimal_max(average.mul(1.75), ...points.map((p) => p.intensity.mul(1.05)));
  const x = (v: Decimal) =>
    left +
    v
      .div(max)
      .mul(right - left)
      .toNumber();
  const parts: string[] = [];
  let from = dec(0);
  for (const r of RANKS) {
    const up = BAND_UPPER[r];
    const to = up === null ? max : up.mul(average);
    const x0 = x(from);
    const x1 = x(to);
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${top}" width="${(x1 - x0).toFixed(1)}" height="${bandH}" fill="${BAND_FILL[r]}" stroke="#767676" stroke-width="0.5"/>`,
      `<text x="${((x0 + x1) / 2).toFixed(1)}" y="${top - 5}" text-anchor="middle">${r}</text>`,
    );
    from = to;
  }
  const avgX = x(average).toFixed(1);
  parts.push(
    `<line x1="${avgX}" y1="${top - 2}" x2="${avgX}" y2="${top + bandH + 2}" stroke="#1a1a1a" stroke-dasharray="3 2"/>`,
    `<text x="${avgX}" y="${top + bandH + 14}" text-anchor="middle">${esc(formatDecimal(average, 1))}</text>`,
  );
  points.forEach((p, i) => {
    const px = x(p.intensity).toFixed(1);
    const py = top + 9 + (i % 3) * 11;
    parts.push(
      `<circle cx="${px}" cy="${py}" r="7" fill="#fff" stroke="#1a1a1a" stroke-width="1.5"/>`,
      `<text x="${px}" y="${py + 3.5}" text-anchor="middle" font-size="10">${esc(p.label)}</text>`,
    );
  });
  const H = top + bandH + 22;
  return `<svg role="img" aria-labelledby="${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`;
}

function Decimal_max(first: Decimal, ...rest: Decimal[]): Decimal {
  return rest.reduce((m, d) => (d.gt(m) ? d : m), first);
}

/** Horizontal bars with their values written at the end (so the length is never the only cue). */
export function barChart(
  id: string,
  title: string,
  bars: { label: string; value: Decimal; text: string }[],
): string {
  const W = 640;
  const rowH = 20;
  const labelW = 200;
  const max = Decimal_max(dec(0), ...bars.map((b) => b.value));
  const parts = bars.map((b, i) => {
    const w = max.isZero()
      ? 0
      : b.value
          .div(max)
          .mul(W - labelW - 90)
          .toNumber();
    const y = i * rowH + 4;
    const label = b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label;
    return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end">${esc(label)}</text><rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="#6b8fb3"/><text x="${(labelW + w + 4).toFixed(1)}" y="${y + 13}">${esc(b.text)}</text>`;
  });
  const H = bars.length * rowH + 8;
  return `<svg role="img" aria-labelledby="${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><title id="${id}">${esc(title)}</title>${parts.join("")}</svg>`;
}

function categoryName(n: number, lang: L): string {
  const c = BENCHMARK_CATEGORIES[n];
  return c ? `${n} ${c[lang]}` : String(n);
}

function runSections(r: RunReport): string[] {
  const t = T[r.lang];
  const out: string[] = [];
  // Bands per category: the sites with a category, an intensity and an average.
  const ranked = r.sites.filter((s) => s.category !== null && s.intensity !== null && s.average !== null);
  const cats = [...new Set(ranked.map((s) => s.category!))].sort((a, b) => a - b);
  out.push(`<section aria-labelledby="h-bands"><h2 id="h-bands">${esc(t.bands)}</h2>`);
  if (cats.length === 0) out.push(`<p class="none">${esc(t.bandsNone)}</p>`);
  for (const c of cats) {
    const list = ranked.filter((s) => s.category === c);
    const average = dec(list[0].average!);
    const name = categoryName(c, r.lang);
    out.push(
      `<h3>${esc(name)}</h3><figure>${bandChart(
        `chart-cat-${c}`,
        t.chartOf(name),
        average,
        list.map((s, i) => ({ label: String(i + 1), intensity: dec(s.intensity!) })),
      )}<figcaption>${esc(`${t.average} ${formatDecimal(average, 1)} kg-CO2/m²`)}</figcaption></figure>`,
      table(
        name,
        [t.no, t.site, t.file, t.fy, t.intensity, t.share, t.rank],
        list.map((s, i) => [
          num(String(i + 1)),
          td(siteName(s), "site"),
          td(s.file, "path"),
          td(s.fiscalYear),
          num(fmt(s.intensity, 1)),
          num(`${dec(s.intensity!).div(s.average!).mul(100).toFixed(1)}%`),
          td(s.rank),
        ]),
      ),
    );
  }
  out.push("</section>");
  // Rank counts.
  const counts = RANKS.map((rank) => ({ rank, n: r.sites.filter((s) => s.rank === rank).length }));
  const unranked = r.sites.filter((s) => s.rank === null).length;
  out.push(
    `<section aria-labelledby="h-ranks"><h2 id="h-ranks">${esc(t.ranks)}</h2><figure>${barChart(
      "chart-ranks",
      t.ranks,
      counts.map((c) => ({ label: c.rank, value: dec(c.n), text: String(c.n) })),
    )}</figure>`,
    table(
      t.ranks,
      [t.rank, t.count],
      [...counts.map((c) => [td(c.rank), num(String(c.n))]), [td(T[r.lang].noRank), num(String(unranked))]],
    ),
    "</section>",
  );
  // Largest emitters.
  const top = [...r.sites].sort((a, b) => dec(b.co2TotalT).cmp(a.co2TotalT)).slice(0, 10);
  out.push(`<section aria-labelledby="h-emitters"><h2 id="h-emitters">${esc(t.emitters)}</h2>`);
  if (top.length > 0)
    out.push(
      `<figure>${barChart(
        "chart-emitters",
        t.emitters,
        top.map((s) => ({ label: siteName(s), value: dec(s.co2TotalT), text: `${fmt(s.co2TotalT)} t` })),
      )}</figure>`,
      table(
        t.emitters,
        [t.site, t.file, t.fy, t.co2, t.intensity],
        top.map((s) => [
          td(siteName(s), "site"),
          td(s.file, "path"),
          td(s.fiscalYear),
          num(fmt(s.co2TotalT)),
          num(fmt(s.intensity, 1)),
        ]),
      ),
    );
  else out.push(`<p class="none">${esc(t.missingNone)}</p>`);
  out.push("</section>");
  // Year over year.
  out.push(`<section aria-labelledby="h-yoy"><h2 id="h-yoy">${esc(t.yoy)}</h2>`);
  if (r.yoy.changes.length === 0) out.push(`<p class="none">${esc(t.yoyNone)}</p>`);
  else
    out.push(
      table(
        `${t.yoy} (${t.flagged(r.thresholdPct.toFixed())})`,
        [t.site, t.fromYear, t.toYear, t.co2, t.change, t.intensity, t.change, t.warning],
        r.yoy.changes.map((c) => [
          td(siteName(c), "site"),
          td(`${c.from.fiscalYear} ${c.from.file}`, "path"),
          td(`${c.to.fiscalYear} ${c.to.file}`, "path"),
          num(`${fmtD(c.from.co2TotalT)} → ${fmtD(c.to.co2TotalT)}`),
          num(`${fmtD(c.co2DeltaT)} (${pct(c.co2Pct)})`),
          num(`${fmtD(c.from.intensity, 1)} → ${fmtD(c.to.intensity, 1)}`),
          num(`${fmtD(c.intensityDelta, 1)} (${pct(c.intensityPct)})`),
          c.flagged ? `<td class="flag">⚠ ${esc(t.flagged(r.thresholdPct.toFixed()))}</td>` : td(""),
        ]),
      ),
    );
  out.push("</section>");
  // Missing must-report sites.
  out.push(`<section aria-labelledby="h-missing"><h2 id="h-missing">${esc(t.missing)}</h2>`);
  if (r.yoy.missing.length === 0) out.push(`<p class="none">${esc(t.missingNone)}</p>`);
  else
    out.push(
      table(
        t.missing,
        [t.site, t.siteNo, `${t.fy} (${T[r.lang].reported})`, t.file, `${t.fy} (${T[r.lang].notReported})`],
        r.yoy.missing.map((m) => [
          td(m.name),
          td(m.siteNumber),
          td(m.lastYear),
          td(m.file, "path"),
          td(m.missingYear),
        ]),
      ),
    );
  out.push("</section>");
  // Ward totals.
  out.push(
    `<section aria-labelledby="h-totals"><h2 id="h-totals">${esc(t.totals)}</h2>`,
    table(
      t.totals,
      [t.category, t.fy, t.count, t.co2, t.floor, t.intensity],
      r.yoy.totals.map((x) => [
        td(x.category === null ? t.noCategory : categoryName(x.category, r.lang)),
        td(x.fiscalYear),
        num(String(x.sites)),
        num(fmtD(x.co2TotalT)),
        num(fmtD(x.floorAreaM2, 2)),
        num(fmtD(x.intensity, 1)),
      ]),
    ),
    "</section>",
  );
  return out;
}

function unreadableSection(r: RunReport): string {
  const t = T[r.lang];
  return `<section aria-labelledby="h-unreadable"><h2 id="h-unreadable">${esc(t.unreadable)}</h2>${
    r.unreadable.length === 0
      ? `<p class="none">${esc(t.unreadableNone)}</p>`
      : table(
          t.unreadable,
          [t.file, t.why],
          r.unreadable.map((u) => [td(u.file, "path"), td(u.message)]),
        )
  }</section>`;
}

function standingBlock(s: ReportStanding | null, lang: L, id: string): string {
  const t = T[lang];
  if (!s) return `<p class="none">${esc(t.standingNone)}</p>`;
  const name = categoryName(s.category, lang);
  const chart = bandChart(id, t.chartOf(name), dec(s.average.replace(/,/g, "")), [
    { label: "●", intensity: dec(s.intensity.replace(/,/g, "")) },
  ]);
  return `<dl class="facts"><dt>${esc(t.category)}</dt><dd>${esc(name)}</dd><dt>${esc(t.rank)}</dt><dd>${esc(s.rank)}</dd><dt>${esc(t.intensity)}</dt><dd>${esc(s.intensity)} (${esc(t.share)} ${esc(s.ratio)})</dd><dt>${esc(t.average)}</dt><dd>${esc(s.average)} kg-CO2/m²</dd>${
    s.cutToNextT && s.nextRank
      ? `<dt>${esc(t.nextCut)}</dt><dd>${esc(t.cut(s.cutToNextT, s.nextRank))}</dd>`
      : ""
  }<dt>${esc(t.source)}</dt><dd>${esc(s.source)}</dd></dl><figure>${chart}</figure>${table(
    t.band,
    [t.rank, t.band],
    s.bands.map((b) => [td(b.rank), num(b.to ?? "—")]),
  )}`;
}

function singleSections(single: NonNullable<RunReport["single"]>, lang: L): string[] {
  const t = T[lang];
  const out: string[] = [];
  single.forms.forEach((f, n) => {
    out.push(
      `<section aria-labelledby="h-form-${n}"><h2 id="h-form-${n}">${esc(`${f.title} — ${t.sheet} ${f.sheet}`)}</h2>`,
    );
    if (f.site.length > 0)
      out.push(
        `<dl class="facts">${f.site.map((l) => `<dt>${esc(l.label)}</dt><dd>${esc(l.value)}${l.cell ? ` <code>${esc(l.cell)}</code>` : ""}</dd>`).join("")}</dl>`,
      );
    if (f.figures.length > 0)
      out.push(
        table(
          t.figures,
          [t.item, t.value, t.cell, t.held],
          f.figures.map((x) => [
            td(x.label),
            num(x.value),
            `<td><code>${esc(x.cell ?? "—")}</code></td>`,
            num(x.held || "—"),
          ]),
        ),
      );
    out.push(`<h3>${esc(t.findings)}</h3>`);
    out.push(
      f.issues.length === 0
        ? `<p class="none">${esc(t.findingsNone)}</p>`
        : table(
            t.findings,
            [t.severityHead, t.cell, t.finding],
            f.issues.map((i) => [
              `<td class="sev-${i.severity}">${esc(t.severity[i.severity])}</td>`,
              `<td><code>${esc(i.cell ?? "—")}</code></td>`,
              td(i.message),
            ]),
          ),
    );
    if (f.kind === "form7") {
      out.push(`<h3>${esc(t.standing)}</h3>`, standingBlock(f.standing, lang, `chart-standing-${n}`));
      if (f.excellence) out.push(`<h3>${esc(t.excellence)}</h3><p>${esc(f.excellence)}</p>`);
    }
    out.push("</section>");
  });
  return out;
}

export function renderReport(r: RunReport): string {
  const t = T[r.lang];
  const title = r.single ? `${t.check}: ${r.single.file}` : t.title;
  const head = r.single
    ? `<p class="lead">${esc(r.single.file)}</p>`
    : `<dl class="facts"><dt>${esc(t.files)}</dt><dd>${r.files}</dd><dt>${esc(t.sites)}</dt><dd>${r.sites.length}</dd><dt>${esc(t.unreadable)}</dt><dd>${r.unreadable.length}</dd></dl>`;
  const body = r.single
    ? [...singleSections(r.single, r.lang), unreadableSection(r)]
    : [...runSections(r), unreadableSection(r)];
  return `<!doctype html>
<html lang="${r.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(CSS)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(r.single ? t.check : t.title)}</h1>${head}</header>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}
