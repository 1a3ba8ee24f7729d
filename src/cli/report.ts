/** The readable report: one block per file and form, Japanese first, with cell addresses. */
import type { FormAnalysis } from "../app/analyze";
import { roundHalfUp } from "../domain/decimal";
import { excellenceLine } from "../domain/excellence/words";
import { rowLabel } from "../domain/form7/coefficients";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";
import type { Form7FigureKey } from "../domain/form7/types";
import { formatDecimal } from "../domain/format";
import type { Issue } from "../domain/issue";
import type { FormAnalysisBase } from "../workbook/analysis";
import type { Form8 } from "../workbook/form8/form8";
import type { Form8Finding } from "./form8Run";
import type { TokyoBusinessFinding } from "./tokyoRun";
import { INTENSITY_PLACES } from "../domain/tokyo/business";
import type { TokyoSiteAnalysis } from "../workbook/tokyo/analyze";
import type { TokyoBusinessAnalysis } from "../workbook/tokyo/business";

const SEVERITY = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

export function issueLine(i: Issue, lang: "ja" | "en"): string {
  const where = i.cell ? `${i.cell.sheet}!${i.cell.address}` : "-";
  return `  [${SEVERITY[lang][i.severity]}] ${where}  ${i.message[lang]}`;
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
  const ja = lang === "ja";
  const na = ja ? "（延床面積なし）" : "(no floor area)";
  const name = site.name
    ? `${site.name.value} (${site.name.cell.address})`
    : ja
      ? "（名称なし）"
      : "(no name)";
  const area = site.floorAreaM2
    ? `  ${ja ? "延床面積" : "floor area"} ${formatDecimal(site.floorAreaM2.value)} m² (${site.floorAreaM2.cell.address})`
    : "";
  const title =
    f.variant === "tokyo"
      ? ja
        ? "都 地球温暖化対策報告書（その2）"
        : "Tokyo report (その2)"
      : ja
        ? "第7号様式"
        : "Form 7";
  const lines = [
    ja ? `■ ${title} シート「${f.sheet}」 ${name}` : `■ ${title}, sheet "${f.sheet}": ${name}`,
    `  ${ja ? "区分" : "Class"}: ${SITE_CLASS_LABEL[f.siteClass][lang]}${area}`,
    `  ${ja ? "原油換算エネルギー使用量" : "Crude-oil equivalent"} ${formatDecimal(r.crudeOilKl)} kl${at(f, "crudeOilKl")}   ${ja ? "エネルギー" : "energy"} ${formatDecimal(r.energyGJ, 1)} GJ${at(f, "energyGJ")}`,
    `  ${ja ? "CO2排出量 燃料等" : "CO2 energy"} ${formatDecimal(r.co2EnergyT)} t${at(f, "co2EnergyT")} / ${ja ? "水道等" : "water"} ${formatDecimal(r.co2WaterT)} t${at(f, "co2WaterT")} / ${ja ? "総計" : "total"} ${formatDecimal(r.co2TotalT)} t${at(f, "co2TotalT")}`,
    `  ${ja ? "原単位" : "Intensity"} ${r.intensityKgPerM2 ? `${formatDecimal(r.intensityKgPerM2, 1)} kg-CO2/m²${at(f, "intensityKgPerM2")}` : na}`,
  ];
  if (f.tokyo) lines.push(...tokyoSiteLines(f.tokyo, lang));
  if (f.benchmark)
    lines.push(
      `  ${ja ? "ベンチマーク" : "Benchmark"}: ${ja ? "区分" : "category"} ${f.benchmark.category}, ${ja ? "ランク" : "rank"} ${f.benchmark.rank}`,
    );
  const excellence = f.excellence && excellenceLine(f.excellence, lang);
  if (excellence) lines.push(`  ${excellence}`);
  // The breakdown: each row used, at its usage cell, with what it gives (1 dp, as the form shows rows).
  const used = f.form.input.rows.filter((row) => row.usage !== null && f.result.rows[row.key]);
  if (used.length > 0) {
    lines.push(`  ${ja ? "内訳（使用量のセル）" : "Breakdown (usage cell)"}:`);
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
  const ja = lang === "ja";
  const none = ja ? "（チェックなし）" : "(none ticked)";
  const ticked = (xs: { value: string; cell: { address: string } }[]) =>
    xs.length ? xs.map((x) => `${x.value} (${x.cell.address})`).join(ja ? "・" : ", ") : none;
  const lines = [
    `  ${ja ? "年度" : "Fiscal year"}: ${t.fiscalYear ? `${t.fiscalYear.value} (${t.fiscalYear.cell.address})` : "—"}   ${ja ? "所有形態" : "Ownership"}: ${ticked(t.ownership.ticked)}   ${ja ? "主たる用途" : "Main use"}: ${ticked(t.mainUseTicked)}`,
  ];
  if (t.suggestedCategory !== null)
    lines.push(`  ${ja ? "ベンチマーク区分の候補" : "Suggested benchmark category"}: ${t.suggestedCategory}`);
  if (t.tenantResult)
    lines.push(
      `  ${ja ? "テナント等の推計（※2、合計に含む）" : "Tenant estimate (※2, in the totals)"}: ⑪ ${formatDecimal(roundHalfUp(t.tenantResult.heatGJ, 1), 1)} GJ  ⑫ ${formatDecimal(roundHalfUp(t.tenantResult.kWh, 0))} kWh  ⑬ ${formatDecimal(roundHalfUp(t.tenantResult.co2T, 1), 1)} t`,
    );
  if (t.renewable.length > 0) {
    lines.push(`  ${ja ? "再生可能エネルギーの利用状況" : "Renewable energy used"}:`);
    for (const r of t.renewable)
      lines.push(
        `    ${r.cell.address.padEnd(6)} ${r.label}  ${r.value ?? "—"}${r.unit ? ` ${r.unit}` : ""}`,
      );
  }
  return lines;
}

/** (その1): the five-year table as recomputed, and the two rates. */
function tokyoBusinessLines(f: TokyoBusinessAnalysis, lang: "ja" | "en"): string[] {
  const ja = lang === "ja";
  const rate = (d: { toFixed(n: number): string } | null) => (d === null ? "—" : `${d.toFixed(2)} %`);
  const lines = [
    ja
      ? `■ 都 地球温暖化対策報告書（その1） シート「${f.sheet}」 ${f.name?.value ?? ""} ${f.businessNumber ? `事業者番号 ${f.businessNumber.value}` : ""}`.trimEnd()
      : `■ Tokyo report (その1), sheet "${f.sheet}" ${f.name?.value ?? ""} ${f.businessNumber ? `business no. ${f.businessNumber.value}` : ""}`.trimEnd(),
  ];
  for (const y of f.years) {
    const i = f.result.years.find((r) => r.fiscalYear === y.fiscalYear)?.intensityKgPerM2 ?? null;
    lines.push(
      `  ${y.fiscalYear}  CO2 ${y.co2T ? formatDecimal(y.co2T.value) : "—"} t  ${ja ? "延床面積" : "floor area"} ${y.floorAreaM2 ? formatDecimal(y.floorAreaM2.value) : "—"} m²  ${ja ? "原単位" : "intensity"} ${i ? i.toFixed(INTENSITY_PLACES) : "—"} kg-CO2/m²${y.intensity ? ` (${y.intensity.cell.address})` : ""}`,
    );
  }
  lines.push(
    `  ${ja ? "CO2排出量の平均削減率" : "Average CO2 reduction rate"} ${rate(f.result.averageRates.co2ReductionPct)}   ${ja ? "原単位の平均改善率" : "average intensity improvement rate"} ${rate(f.result.averageRates.intensityImprovementPct)}`,
  );
  return lines;
}

function headLines(f: FormAnalysis, lang: "ja" | "en"): string[] {
  const ja = lang === "ja";
  switch (f.kind) {
    case "form7":
      return form7Lines(f, lang);
    case "tokyoBusiness":
      return tokyoBusinessLines(f, lang);
    case "returnTable":
      return [
        ja
          ? `■ 還元額の表（表2） シート「${f.sheet}」 (${f.anchor.address})`
          : `■ Return table (Table 2), sheet "${f.sheet}" (${f.anchor.address})`,
        `  ${ja ? "削減量 計" : "Reduction"} ${formatDecimal(f.totals.reductionT)} t   ΣA ${formatDecimal(f.totals.A)} ${ja ? "円" : "yen"}   ΣB ${formatDecimal(f.totals.B)} ${ja ? "円" : "yen"}`,
      ];
    case "creditForecast":
      return [
        ja
          ? `■ J-クレジット認証量の表 シート「${f.sheet}」 (${f.anchor.address})`
          : `■ J-Credit forecast table, sheet "${f.sheet}" (${f.anchor.address})`,
        `  ${f.table.years[0]}–${f.table.years[f.table.years.length - 1]}, ${f.table.rows.length} ${ja ? "行" : "rows"}`,
      ];
    default: {
      // A kind this report does not know yet: what every form has.
      const base = f as FormAnalysisBase;
      return [
        ja
          ? `■ ${base.kind} シート「${base.sheet}」 (${base.anchor.address})`
          : `■ ${base.kind}, sheet "${base.sheet}" (${base.anchor.address})`,
      ];
    }
  }
}

export function formLines(f: FormAnalysis, lang: "ja" | "en"): string[] {
  const head = headLines(f, lang);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of f.issues) counts[i.severity]++;
  const tally =
    lang === "ja"
      ? `  エラー ${counts.error} 件・警告 ${counts.warning} 件・情報 ${counts.info} 件`
      : `  ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`;
  return [...head, tally, ...f.issues.map((i) => issueLine(i, lang))];
}

/** A Form 8 cover sheet in its file's block: what it lists (matched against the folder at the end). */
export function form8SheetLines(f: Form8, lang: "ja" | "en"): string[] {
  return lang === "ja"
    ? [
        `■ 第8号様式 シート「${f.sheet}」 (${f.anchor.address})`,
        `  一覧の事業所 ${f.sites.length} 件（同じフォルダの第7号様式との照合は最後に表示します）`,
      ]
    : [
        `■ Form 8, sheet "${f.sheet}" (${f.anchor.address})`,
        `  ${f.sites.length} sites listed (matched against the Form 7s of the same folder at the end)`,
      ];
}

/** The run's final section: the Form 8 sites found in no file of their folder, each at its cell. */
export function form8Lines(findings: readonly Form8Finding[], sites: number, lang: "ja" | "en"): string[] {
  const ja = lang === "ja";
  const lines = [
    ja
      ? "■ 第8号様式の一覧と第7号様式の照合（同じフォルダのファイル）"
      : "■ Form 8 lists matched against the Form 7s in the same folder",
  ];
  if (findings.length === 0)
    lines.push(
      ja
        ? `  一覧の ${sites} 事業所すべてに、同じフォルダのファイルに第7号様式があります。`
        : `  all ${sites} listed sites have their Form 7 in a file of the same folder.`,
    );
  for (const f of findings) {
    const where = f.issue.cell ? `${f.issue.cell.sheet}!${f.issue.cell.address}` : "-";
    lines.push(`  [${SEVERITY[lang][f.issue.severity]}] ${f.file} ${where}  ${f.issue.message[lang]}`);
  }
  return lines;
}

/** The run's section on Tokyo (その1) tables whose folder's (その2) sites add up to another total. */
export function businessSumLines(findings: readonly TokyoBusinessFinding[], lang: "ja" | "en"): string[] {
  const lines = [
    lang === "ja"
      ? "■ 都（その1）の合計と同じフォルダの（その2）事業所の合計"
      : "■ Tokyo (その1) totals against the (その2) sites in the same folder",
  ];
  for (const f of findings) {
    const where = f.issue.cell ? `${f.issue.cell.sheet}!${f.issue.cell.address}` : "-";
    lines.push(`  [${SEVERITY[lang][f.issue.severity]}] ${f.file} ${where}  ${f.issue.message[lang]}`);
  }
  return lines;
}
