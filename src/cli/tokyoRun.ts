/**
 * Tokyo's (その1) across a folder: a business sends its (その1) with one (その2) per site, often one workbook
 * each, so on the command line the sum of the (その2) sites of the table's latest year is taken over every
 * file of the (その1)'s folder among the run's inputs (its own workbook included) and compared with the
 * table's total. Of each file only small facts are kept (each site's year and CO2 total; each table's
 * years), as plain data that crosses a worker thread (--jobs) unchanged, and they are compared at the end
 * of the run.
 */
import path from "node:path";
import type { FormAnalysis } from "../app/analyze";
import { dec } from "../domain/decimal";
import type { CellRef, Issue } from "../domain/issue";
import type { BusinessYearInput } from "../domain/tokyo/business";
import { checkSitesSum, type SiteTotal } from "../domain/tokyo/businessCheck";
import { realish } from "./files";

/** A run-level finding on a (その1): its file, the folder searched and the issue (at the table's cell). */
export interface TokyoBusinessFinding {
  file: string;
  folder: string;
  issue: Issue;
}

/** A decimal figure as plain data (its exact string). */
type Exact = string | null;

/** What the run keeps of one file for this comparison: plain data (no Decimal, no Map). */
export interface BusinessFacts {
  sites: { fiscalYear: number; co2TotalT: string; cell: CellRef }[];
  tables: { years: { fiscalYear: number; co2T: Exact; floorAreaM2: Exact }[]; cells: [number, CellRef][] }[];
}

/** The (その2) sites' totals and the (その1) tables of one file's forms. */
export function businessFactsOf(forms: readonly FormAnalysis[]): BusinessFacts {
  const facts: BusinessFacts = { sites: [], tables: [] };
  for (const f of forms) {
    if (f.kind === "form7" && f.variant === "tokyo" && f.tokyo?.fiscalYear)
      facts.sites.push({
        fiscalYear: f.tokyo.fiscalYear.value,
        co2TotalT: f.result.reported.co2TotalT.toString(),
        cell: f.anchor,
      });
    if (f.kind === "tokyoBusiness")
      facts.tables.push({
        years: f.years.map((y) => ({
          fiscalYear: y.fiscalYear,
          co2T: y.co2T?.value.toString() ?? null,
          floorAreaM2: y.floorAreaM2?.value.toString() ?? null,
        })),
        cells: f.years.flatMap((y) => (y.co2T ? [[y.fiscalYear, y.co2T.cell] as [number, CellRef]] : [])),
      });
  }
  return facts;
}

interface Table {
  file: string;
  folder: string;
  years: BusinessYearInput[];
  cells: Map<number, CellRef>;
}

const exact = (v: Exact) => (v === null ? null : dec(v));

export class TokyoBusinessRun {
  private readonly sites = new Map<string, SiteTotal[]>();
  private readonly tables: Table[] = [];
  private readonly seen = new Set<string>();

  /** A file that was read: its (その2) sites' totals and its (その1) tables. */
  add(file: string, facts: BusinessFacts): void {
    const id = realish(file);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const folder = realish(path.dirname(file));
    const sites = this.sites.get(folder) ?? [];
    this.sites.set(folder, sites);
    for (const s of facts.sites) sites.push({ ...s, co2TotalT: dec(s.co2TotalT) });
    for (const t of facts.tables)
      this.tables.push({
        file,
        folder,
        years: t.years.map((y) => ({ ...y, co2T: exact(y.co2T), floorAreaM2: exact(y.floorAreaM2) })),
        cells: new Map(t.cells),
      });
  }

  /** How many (その1) tables the run found. */
  get tableCount(): number {
    return this.tables.length;
  }

  /** Each table whose folder's (その2) sites of its latest year add up to another total. */
  findings(): TokyoBusinessFinding[] {
    return this.tables.flatMap((t) =>
      checkSitesSum(t.years, t.cells, this.sites.get(t.folder) ?? [], "folder").map((issue) => ({
        file: t.file,
        folder: path.dirname(t.file),
        issue,
      })),
    );
  }
}
