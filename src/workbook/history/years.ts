/**
 * Earlier years from other Form 7 sheets of the same site in the workbook: the fiscal year of each report
 * (from its energy-use period), its intensities, and the excellence level of the latest one.
 */
import { assessExcellence, type Excellence, type YearFigures } from "../../domain/excellence/excellence";
import type { Settings } from "../../domain/settings";
import type { Form7Analysis } from "../analysis";
import { normLabel } from "../text";

/** 「2024年4月～2025年3月」 → 2024 (a fiscal year starts in April); null when the period is unreadable. */
export function fiscalYearOf(period: string | null): number | null {
  if (!period) return null;
  const m = /(\d{4})\s*[年/.-]\s*(\d{1,2})/.exec(period.normalize("NFKC"));
  if (m) return Number(m[2]) >= 4 ? Number(m[1]) : Number(m[1]) - 1;
  const r = /令和\s*(\d{1,2}|元)\s*年度/.exec(period.normalize("NFKC"));
  if (r) return 2018 + (r[1] === "元" ? 1 : Number(r[1]));
  const y = /(20\d\d)\s*年度/.exec(period.normalize("NFKC"));
  return y ? Number(y[1]) : null;
}

export function yearFigures(f: Form7Analysis): YearFigures | null {
  const year = fiscalYearOf(f.form.input.site.period?.value ?? null);
  const area = f.form.input.site.floorAreaM2?.value ?? null;
  if (year === null || !area || !area.gt(0)) return null;
  return {
    fiscalYear: year,
    energyIntensity: f.result.exact.energyGJ.mul(1000).div(area), // MJ/m²
    co2Intensity: f.result.reported.intensityKgPerM2,
  };
}

/** For each site with reports of several years, the excellence level of its latest report. */
export function excellenceByForm(
  forms: readonly Form7Analysis[],
  settings: Settings,
): Map<Form7Analysis, Excellence> {
  const bySite = new Map<string, { f: Form7Analysis; y: YearFigures }[]>();
  for (const f of forms) {
    const name = normLabel(f.form.input.site.name?.value ?? "");
    const y = yearFigures(f);
    if (!name || !y) continue;
    bySite.set(name, [...(bySite.get(name) ?? []), { f, y }]);
  }
  const out = new Map<Form7Analysis, Excellence>();
  for (const list of bySite.values()) {
    if (list.length < 2) continue;
    const latest = list.reduce((a, b) => (b.y.fiscalYear > a.y.fiscalYear ? b : a));
    out.set(
      latest.f,
      assessExcellence(
        list.map((x) => x.y),
        latest.y.fiscalYear,
        { capAndTrade: settings.tokyoCapAndTradeTarget },
      ),
    );
  }
  return out;
}
