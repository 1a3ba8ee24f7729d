/**
 * What the one-workbook report (the pre-submission check sheet) shows of each form, as plain text made
 * where the file is checked: the site with its cells, the figures with the cells they came from, the
 * findings with their cells (their messages carry the likely causes), the benchmark standing and the
 * excellence level where known.
 */
import type { FormAnalysis } from "../app/analyze";
import { bandsOf, printedBound, ratioText } from "../domain/benchmark/rank";
import { excellenceLine } from "../domain/excellence/words";
import { figureText, SUMMARY_FIGURES } from "../domain/form7/summaryFigures";
import { formatDecimal } from "../domain/format";
import type { Decimal } from "../domain/decimal";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";
import { issueText, type Severity } from "../domain/issue";
import { CLI_WORDS } from "./reportWords";

export interface ReportLine {
  label: string;
  value: string;
  /** What the sheet holds in that cell now (figures only; "" when blank). */
  held?: string;
  /** sheet!A1, or null. */
  cell: string | null;
}

export interface ReportStanding {
  category: number;
  name: string;
  rank: string;
  intensity: string;
  average: string;
  ratio: string;
  source: string;
  /** The seven bands, upper bound in kg-CO2/m² (null: open). */
  bands: { rank: string; to: string | null }[];
  cutToNextT: string | null;
  nextRank: string | null;
}

export interface ReportForm {
  kind: string;
  title: string;
  sheet: string;
  site: ReportLine[];
  figures: ReportLine[];
  issues: { severity: Severity; cell: string | null; message: string }[];
  standing: ReportStanding | null;
  excellence: string | null;
}

const KIND = {
  form7: { ja: "第7号様式", en: "Form 7" },
  creditForecast: { ja: "J-クレジット認証量の表", en: "J-Credit forecast table" },
  returnTable: { ja: "還元額の表（表2）", en: "Return table (Table 2)" },
  forecastSheet: { ja: "J-クレジット予測シート", en: "J-Credit forecast sheet" },
} as const;

const at = (c: { sheet: string; address: string } | null | undefined) =>
  c ? `${c.sheet}!${c.address}` : null;

export function reportFormsOf(forms: readonly FormAnalysis[], lang: "ja" | "en"): ReportForm[] {
  const w = CLI_WORDS[lang];
  return forms.map((f): ReportForm => {
    const kind = (KIND as Record<string, { ja: string; en: string }>)[f.kind] ?? { ja: f.kind, en: f.kind };
    const base: ReportForm = {
      kind: f.kind,
      title: kind[lang],
      sheet: f.sheet,
      site: [],
      figures: [],
      issues: f.issues.map((i) => ({ severity: i.severity, cell: at(i.cell), message: issueText(i, lang) })),
      standing: null,
      excellence: null,
    };
    if (f.kind !== "form7") return base;
    const s = f.form.input.site;
    const line = (label: string, v: { value: unknown; cell: { sheet: string; address: string } } | null) =>
      v
        ? [
            {
              label,
              value: v.value instanceof Object ? formatDecimal(v.value as Decimal) : String(v.value),
              cell: at(v.cell),
            },
          ]
        : [];
    base.site = [
      ...line(w.site, s.name),
      ...line(w.siteNo, s.siteNumber),
      ...line(w.floorArea, s.floorAreaM2),
      ...line(w.period, s.period),
      { label: w.siteClass, value: SITE_CLASS_LABEL[f.siteClass][lang], cell: null },
    ];
    const r = f.result.reported;
    base.figures = SUMMARY_FIGURES.flatMap((x) => {
      const v = r[x.key];
      if (!v) return [];
      const held = f.form.computed[x.key];
      return [
        {
          label: x.label[lang],
          value: figureText(x, v),
          cell: at(held?.cell),
          held: held?.value ? formatDecimal(held.value) : held?.formula ? `=${held.formula}` : "",
        },
      ];
    });
    const b = f.benchmark;
    if (b)
      base.standing = {
        category: b.category,
        name: b.name,
        rank: b.rank,
        intensity: formatDecimal(b.intensity, 1),
        average: formatDecimal(b.average, 1),
        ratio: ratioText(b),
        source: b.source,
        bands: bandsOf({ average: b.average }).map((band) => ({
          rank: band.rank,
          to: band.to === null ? null : formatDecimal(printedBound(band.to), 1),
        })),
        cutToNextT: b.cutToNextT ? formatDecimal(b.cutToNextT, 1) : null,
        nextRank: b.nextRank,
      };
    base.excellence = f.excellence ? excellenceLine(f.excellence, lang) : null;
    return base;
  });
}
