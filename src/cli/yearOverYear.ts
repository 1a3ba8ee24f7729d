/**
 * The ward's year at a glance, from the run's site facts (pure, no I/O):
 *
 * - sites matched across the run's files and years by the history sheet's rule (`sameSite`: the site number
 *   where both give one, else the folded name);
 * - each site's change from its previous reported year in the run (total CO2 and intensity, t and %), a
 *   change beyond the threshold (either figure, default ±30 %) flagged as a warning naming both files;
 * - must-report sites (≥ 10,000 m²) reported for the year before the run's latest year and not for it;
 * - the ward's totals per benchmark category and fiscal year.
 */
import { co2Intensity } from "../domain/intensity";
import { dec, roundHalfUp, type Decimal } from "../domain/decimal";
import { sameSite } from "../workbook/sameSite";
import type { SiteFact } from "./siteFacts";

export const DEFAULT_CHANGE_THRESHOLD_PCT = "30";

export interface YearChange {
  name: string | null;
  siteNumber: string | null;
  from: { fiscalYear: number; file: string; sheet: string; co2TotalT: Decimal; intensity: Decimal | null };
  to: { fiscalYear: number; file: string; sheet: string; co2TotalT: Decimal; intensity: Decimal | null };
  co2DeltaT: Decimal;
  /** % of the earlier year, 1 dp; null when the earlier figure is zero. */
  co2Pct: Decimal | null;
  intensityDelta: Decimal | null;
  intensityPct: Decimal | null;
  /** Beyond ± the threshold (either figure). */
  flagged: boolean;
}

export interface MissingSite {
  name: string | null;
  siteNumber: string | null;
  /** The year it was reported (the year before `missingYear`) and the file that held it. */
  lastYear: number;
  file: string;
  sheet: string;
  missingYear: number;
}

export interface WardTotal {
  /** null: no benchmark category given. */
  category: number | null;
  fiscalYear: number | null;
  sites: number;
  co2TotalT: Decimal;
  /** Sum of the floor areas of the sites that give one. */
  floorAreaM2: Decimal;
  /** Total CO2 ÷ total floor area of the sites giving both, kg-CO2/m², 1 dp. */
  intensity: Decimal | null;
}

export interface YearOverYear {
  changes: YearChange[];
  missing: MissingSite[];
  totals: WardTotal[];
  /** The run's latest fiscal year (null when no form gives one). */
  latestYear: number | null;
}

const hasKey = (s: SiteFact) => Boolean((s.name ?? "").trim() || (s.siteNumber ?? "").trim());

/** Groups of facts of the same site, in the order the sites first appear. */
export function groupSites(facts: readonly SiteFact[]): SiteFact[][] {
  const groups: SiteFact[][] = [];
  for (const f of facts) {
    if (!hasKey(f)) continue;
    const g = groups.find((x) =>
      x.some((y) =>
        sameSite(
          { siteName: y.name, siteNumber: y.siteNumber },
          { siteName: f.name, siteNumber: f.siteNumber },
        ),
      ),
    );
    if (g) g.push(f);
    else groups.push([f]);
  }
  return groups;
}

function pctOf(delta: Decimal, base: Decimal): Decimal | null {
  return base.isZero() ? null : roundHalfUp(delta.div(base).mul(100), 1);
}

const beyond = (p: Decimal | null, t: Decimal) => p !== null && p.abs().gt(t);

export function yearOverYear(
  facts: readonly SiteFact[],
  thresholdPct: Decimal = dec(DEFAULT_CHANGE_THRESHOLD_PCT),
): YearOverYear {
  const dated = facts.filter((f) => f.fiscalYear !== null);
  const latestYear = dated.length ? Math.max(...dated.map((f) => f.fiscalYear!)) : null;
  const changes: YearChange[] = [];
  const missing: MissingSite[] = [];
  for (const group of groupSites(dated)) {
    // One report per year: the first file of the run giving that year.
    const byYear = new Map<number, SiteFact>();
    for (const f of group) if (!byYear.has(f.fiscalYear!)) byYear.set(f.fiscalYear!, f);
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (let i = 1; i < years.length; i++) {
      const a = byYear.get(years[i - 1])!;
      const b = byYear.get(years[i])!;
      const co2A = dec(a.co2TotalT);
      const co2B = dec(b.co2TotalT);
      const intA = a.intensity === null ? null : dec(a.intensity);
      const intB = b.intensity === null ? null : dec(b.intensity);
      const co2Pct = pctOf(co2B.minus(co2A), co2A);
      const intensityDelta = intA && intB ? intB.minus(intA) : null;
      const intensityPct = intA && intensityDelta ? pctOf(intensityDelta, intA) : null;
      changes.push({
        name: b.name ?? a.name,
        siteNumber: b.siteNumber ?? a.siteNumber,
        from: { fiscalYear: years[i - 1], file: a.file, sheet: a.sheet, co2TotalT: co2A, intensity: intA },
        to: { fiscalYear: years[i], file: b.file, sheet: b.sheet, co2TotalT: co2B, intensity: intB },
        co2DeltaT: co2B.minus(co2A),
        co2Pct,
        intensityDelta,
        intensityPct,
        flagged: beyond(co2Pct, thresholdPct) || beyond(intensityPct, thresholdPct),
      });
    }
    if (latestYear !== null && !byYear.has(latestYear)) {
      const last = byYear.get(latestYear - 1);
      if (last && isMustReport(last))
        missing.push({
          name: last.name,
          siteNumber: last.siteNumber,
          lastYear: latestYear - 1,
          file: last.file,
          sheet: last.sheet,
          missingYear: latestYear,
        });
    }
  }
  return { changes, missing, totals: wardTotals(facts), latestYear };
}

/** A must-report site: so classed, or ≥ 10,000 m² of floor area. */
function isMustReport(f: SiteFact): boolean {
  return f.siteClass === "mustReport" || (f.floorAreaM2 !== null && dec(f.floorAreaM2).gte(10000));
}

/** Totals per category and fiscal year, by category then year (unset ones last). */
export function wardTotals(facts: readonly SiteFact[]): WardTotal[] {
  const map = new Map<string, WardTotal & { co2WithArea: Decimal }>();
  for (const f of facts) {
    const key = `${f.category ?? ""}|${f.fiscalYear ?? ""}`;
    let t = map.get(key);
    if (!t)
      map.set(
        key,
        (t = {
          category: f.category,
          fiscalYear: f.fiscalYear,
          sites: 0,
          co2TotalT: dec(0),
          floorAreaM2: dec(0),
          intensity: null,
          co2WithArea: dec(0),
        }),
      );
    t.sites++;
    t.co2TotalT = t.co2TotalT.plus(f.co2TotalT);
    if (f.floorAreaM2 !== null && dec(f.floorAreaM2).gt(0)) {
      t.floorAreaM2 = t.floorAreaM2.plus(f.floorAreaM2);
      t.co2WithArea = t.co2WithArea.plus(f.co2TotalT);
    }
  }
  const order = (n: number | null) => (n === null ? Number.MAX_SAFE_INTEGER : n);
  return [...map.values()]
    .map(({ co2WithArea, ...t }) => ({
      ...t,
      intensity: t.floorAreaM2.gt(0) ? roundHalfUp(co2Intensity(co2WithArea, t.floorAreaM2)!, 1) : null,
    }))
    .sort((a, b) => order(a.category) - order(b.category) || order(a.fiscalYear) - order(b.fiscalYear));
}
