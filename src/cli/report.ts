/** The readable report: one block per file and form, Japanese first, with cell addresses. */
import type { FormAnalysis } from "../app/analyze";
import { roundHalfUp } from "../domain/decimal";
import { excellenceLine } from "../domain/excellence/words";
import { rowLabel } from "../domain/form7/coefficients";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";
import { figureText, SUMMARY_FIGURES } from "../domain/form7/summaryFigures";
import type { Form7FigureKey } from "../domain/form7/types";
import { formatDecimal } from "../domain/format";
import { byLanguage } from "../domain/catalogue";
import { issueText, type Issue } from "../domain/issue";
import type { FormAnalysisBase } from "../workbook/analysis";
import type { Form8 } from "../workbook/form8/form8";
import type { Form8Finding } from "./form8Run";
import type { TokyoBusinessFinding } from "./tokyoRun";
import { INTENSITY_PLACES } from "../domain/tokyo/business";
import type { TokyoSiteAnalysis } from "../workbook/tokyo/analyze";
import type { TokyoBusinessAnalysis } from "../workbook/tokyo/business";
import { REPORT_WORDS } from "./reportWords";

const WORDS = byLanguage(REPORT_WORDS);

export function issueLine(i: Issue, lang: "ja" | "en"): string {
  const where = i.cell ? `${i.cell.sheet}!${i.cell.address}` : "-";
  return `  [${WORDS[lang].severity[i.severity]}] ${where}  ${issueText(i, lang)}`;
}

/** A finding of the run's last sections: the issue with the file it is in. */
function findingLine(f: { file: string; issue: Issue }, lang: "ja" | "en"): string {
  const where = f.issue.cell ? `${f.issue.cell.sheet}!${f.issue.cell.address}` : "-";
  return `  [${WORDS[lang].severity[f.issue.severity]}] ${f.file} ${where}  ${issueText(f.issue, lang)}`;
}

type Form7 = Extract<FormAnalysis, { kind: "form7" }>;

/** " (F18)": where the form shows a figure, when the layout has that cell. */
function at(f: Form7, key: Form7FigureKey): string {
  const c = f.form.computed[key];
  return c ? ` (${c.cell.address})` : "";
}

function form7Lines(f: Form7, lang: "ja" | "en"): string[] {
  const r = f.result.reported;
  const site = f.form.input.site;
  const t = WORDS[lang];
  const name = site.name ? `${site.name.value} (${site.name.cell.address})` : t.noName;
  const area = site.floorAreaM2
    ? `  ${t.floorArea} ${formatDecimal(site.floorAreaM2.value)} m² (${site.floorAreaM2.cell.address})`
    : "";
  const title = f.variant === "tokyo" ? t.tokyoSite : t.form7;
  const lines = [
    t.form7Head(title, f.sheet, name),
    `  ${t.siteClass}: ${SITE_CLASS_LABEL[f.siteClass][lang]}${area}`,
    ...SUMMARY_FIGURES.map((fig) => {
      const v = r[fig.key];
      return v === null
        ? `  ${fig.label[lang]} ${t.noFloorArea}`
        : `  ${fig.label[lang]} ${figureText(fig, v)}${at(f, fig.key)}`;
    }),
  ];
  if (f.tokyo) lines.push(...tokyoSiteLines(f.tokyo, lang));
  if (f.benchmark)
    lines.push(`  ${t.benchmark}: ${t.category} ${f.benchmark.category}, ${t.rank} ${f.benchmark.rank}`);
  const excellence = f.excellence && excellenceLine(f.excellence, lang);
  if (excellence) lines.push(`  ${excellence}`);
  // The breakdown: each row used, at its usage cell, with what it gives (1 dp, as the form shows rows).
  const used = f.form.input.rows.filter((row) => row.usage !== null && f.result.rows[row.key]);
  if (used.length > 0) {
    lines.push(`  ${t.breakdown}:`);
    for (const row of used) {
      const res = f.result.rows[row.key]!;
      const heat = res.heatGJ === null ? "" : `  ${formatDecimal(roundHalfUp(res.heatGJ, 1), 1)} GJ`;
      lines.push(
        `    ${row.usage!.cell.address.padEnd(6)} ${rowLabel(row.key)[lang]}  ${formatDecimal(row.usage!.value)}${row.unit ? ` ${row.unit.value}` : ""}${heat}  ${formatDecimal(roundHalfUp(res.co2T, 1), 1)} t-CO2`,
      );
    }
  }
  return lines;
}

/** A (その2)'s own lines: year, site number, ownership and main use ticked, ⑪–⑬, renewables. */
function tokyoSiteLines(t: TokyoSiteAnalysis, lang: "ja" | "en"): string[] {
  const w = WORDS[lang];
  const ticked = (xs: { value: string; cell: { address: string } }[]) =>
    xs.length ? xs.map((x) => `${x.value} (${x.cell.address})`).join(w.tickedJoin) : w.noneTicked;
  const lines = [
    `  ${w.fiscalYear}: ${t.fiscalYear ? `${t.fiscalYear.value} (${t.fiscalYear.cell.address})` : "—"}   ${w.ownership}: ${ticked(t.ownership.ticked)}   ${w.mainUse}: ${ticked(t.mainUseTicked)}`,
  ];
  if (t.suggestedCategory !== null) lines.push(`  ${w.suggestedCategory}: ${t.suggestedCategory}`);
  if (t.tenantResult)
    lines.push(
      `  ${w.tenantEstimate}: ⑪ ${formatDecimal(roundHalfUp(t.tenantResult.heatGJ, 1), 1)} GJ  ⑫ ${formatDecimal(roundHalfUp(t.tenantResult.kWh, 0))} kWh  ⑬ ${formatDecimal(roundHalfUp(t.tenantResult.co2T, 1), 1)} t`,
    );
  if (t.renewable.length > 0) {
    lines.push(`  ${w.renewable}:`);
    for (const r of t.renewable)
      lines.push(
        `    ${r.cell.address.padEnd(6)} ${r.label}  ${r.value ?? "—"}${r.unit ? ` ${r.unit}` : ""}`,
      );
  }
  return lines;
}

/** (その1): the five-year table as recomputed, and the two rates. */
function tokyoBusinessLines(f: TokyoBusinessAnalysis, lang: "ja" | "en"): string[] {
  const t = WORDS[lang];
  const rate = (d: { toFixed(n: number): string } | null) => (d === null ? "—" : `${d.toFixed(2)} %`);
  const lines = [
    t.businessHead(f.sheet, f.name?.value ?? "", f.businessNumber ? f.businessNumber.value : null),
  ];
  for (const y of f.years) {
    const i = f.result.years.find((r) => r.fiscalYear === y.fiscalYear)?.intensityKgPerM2 ?? null;
    lines.push(
      `  ${y.fiscalYear}  CO2 ${y.co2T ? formatDecimal(y.co2T.value) : "—"} t  ${t.floorAreaLower} ${y.floorAreaM2 ? formatDecimal(y.floorAreaM2.value) : "—"} m²  ${t.intensityLower} ${i ? i.toFixed(INTENSITY_PLACES) : "—"} kg-CO2/m²${y.intensity ? ` (${y.intensity.cell.address})` : ""}`,
    );
  }
  lines.push(
    `  ${t.co2ReductionRate} ${rate(f.result.averageRates.co2ReductionPct)}   ${t.intensityImprovementRate} ${rate(f.result.averageRates.intensityImprovementPct)}`,
  );
  return lines;
}

function headLines(f: FormAnalysis, lang: "ja" | "en"): string[] {
  const t = WORDS[lang];
  switch (f.kind) {
    case "form7":
      return form7Lines(f, lang);
    case "tokyoBusiness":
      return tokyoBusinessLines(f, lang);
    case "returnTable":
      return [
        t.returnHead(f.sheet, f.anchor.address),
        `  ${t.reduction} ${formatDecimal(f.totals.reductionT)} t   ΣA ${formatDecimal(f.totals.A)} ${t.yen}   ΣB ${formatDecimal(f.totals.B)} ${t.yen}`,
      ];
    case "creditForecast":
      return [
        t.forecastHead(f.sheet, f.anchor.address),
        `  ${f.table.years[0]}–${f.table.years[f.table.years.length - 1]}, ${f.table.rows.length} ${t.rows}`,
      ];
    default: {
      // A kind this report does not know yet: what every form has.
      const base = f as FormAnalysisBase;
      return [t.otherHead(base.kind, base.sheet, base.anchor.address)];
    }
  }
}

export function formLines(f: FormAnalysis, lang: "ja" | "en"): string[] {
  const head = headLines(f, lang);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of f.issues) counts[i.severity]++;
  return [...head, WORDS[lang].tally(counts), ...f.issues.map((i) => issueLine(i, lang))];
}

/** A Form 8 cover sheet in its file's block: what it lists (matched against the folder at the end). */
export function form8SheetLines(f: Form8, lang: "ja" | "en"): string[] {
  return WORDS[lang].form8Sheet(f.sheet, f.anchor.address, f.sites.length);
}

/** The run's final section: the Form 8 sites found in no file of their folder, each at its cell. */
export function form8Lines(findings: readonly Form8Finding[], sites: number, lang: "ja" | "en"): string[] {
  const lines = [WORDS[lang].form8Match];
  if (findings.length === 0) lines.push(WORDS[lang].form8AllFound(sites));
  for (const f of findings) lines.push(findingLine(f, lang));
  return lines;
}

/** The run's section on Tokyo (その1) tables whose folder's (その2) sites add up to another total. */
export function businessSumLines(findings: readonly TokyoBusinessFinding[], lang: "ja" | "en"): string[] {
  return [WORDS[lang].businessSums, ...findings.map((f) => findingLine(f, lang))];
}
