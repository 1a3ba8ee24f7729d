/** The readable report: one block per file and form, Japanese first, with cell addresses. */
import type { FormAnalysis } from "../app/analyze";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";
import { formatDecimal } from "../domain/format";
import type { Issue } from "../domain/issue";

const SEVERITY = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

export function issueLine(i: Issue, lang: "ja" | "en"): string {
  const where = i.cell ? `${i.cell.sheet}!${i.cell.address}` : "-";
  return `  [${SEVERITY[lang][i.severity]}] ${where}  ${i.message[lang]}`;
}

function form7Lines(f: Extract<FormAnalysis, { kind: "form7" }>, lang: "ja" | "en"): string[] {
  const r = f.result.reported;
  const site = f.form.input.site;
  const ja = lang === "ja";
  const na = ja ? "（延床面積なし）" : "(no floor area)";
  return [
    ja
      ? `■ 第7号様式 シート「${f.sheet}」 ${site.name?.value ?? "（名称なし）"}`
      : `■ Form 7, sheet "${f.sheet}": ${site.name?.value ?? "(no name)"}`,
    `  ${ja ? "区分" : "Class"}: ${SITE_CLASS_LABEL[f.siteClass][lang]}${site.floorAreaM2 ? `  ${ja ? "延床面積" : "floor area"} ${formatDecimal(site.floorAreaM2.value)} m²` : ""}`,
    `  ${ja ? "原油換算エネルギー使用量" : "Crude-oil equivalent"} ${formatDecimal(r.crudeOilKl)} kl   ${ja ? "エネルギー" : "energy"} ${formatDecimal(r.energyGJ, 1)} GJ`,
    `  ${ja ? "CO2排出量 燃料等" : "CO2 energy"} ${formatDecimal(r.co2EnergyT)} t / ${ja ? "水道等" : "water"} ${formatDecimal(r.co2WaterT)} t / ${ja ? "総計" : "total"} ${formatDecimal(r.co2TotalT)} t`,
    `  ${ja ? "原単位" : "Intensity"} ${r.intensityKgPerM2 ? formatDecimal(r.intensityKgPerM2, 1) : na} kg-CO2/m²`,
  ];
}

function otherLines(f: FormAnalysis, lang: "ja" | "en"): string[] {
  const ja = lang === "ja";
  if (f.kind === "returnTable")
    return [
      ja ? `■ 還元額の表（表2） シート「${f.sheet}」` : `■ Return table (Table 2), sheet "${f.sheet}"`,
      `  ${ja ? "削減量 計" : "Reduction"} ${formatDecimal(f.totals.reductionT)} t   ΣA ${formatDecimal(f.totals.A)} ${ja ? "円" : "yen"}   ΣB ${formatDecimal(f.totals.B)} ${ja ? "円" : "yen"}`,
    ];
  if (f.kind === "creditForecast")
    return [
      ja ? `■ J-クレジット認証量の表 シート「${f.sheet}」` : `■ J-Credit forecast table, sheet "${f.sheet}"`,
      `  ${f.table.years[0]}–${f.table.years[f.table.years.length - 1]}, ${f.table.rows.length} ${ja ? "行" : "rows"}`,
    ];
  return form7Lines(f, lang);
}

export function formLines(f: FormAnalysis, lang: "ja" | "en"): string[] {
  const head = f.kind === "form7" ? form7Lines(f, lang) : otherLines(f, lang);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of f.issues) counts[i.severity]++;
  const tally =
    lang === "ja"
      ? `  エラー ${counts.error} 件・警告 ${counts.warning} 件・情報 ${counts.info} 件`
      : `  ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`;
  return [...head, tally, ...f.issues.map((i) => issueLine(i, lang))];
}
