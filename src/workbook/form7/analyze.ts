/**
 * Form 7 on one sheet: locate → parse → compute; then, once the workbook's history is known, check →
 * classify → rank → plan. Shared by Form 7 and the forms that print its table (Tokyo's (その2)), which add
 * their own issues and fields.
 */
import { assessBenchmark } from "../../domain/benchmark/assess";
import type { BenchmarkEntry } from "../../domain/benchmark/table";
import { checkForm7 } from "../../domain/form7/check";
import { computeForm7 } from "../../domain/form7/compute";
import { classifySite } from "../../domain/form7/siteClass";
import type { Form7Result } from "../../domain/form7/types";
import { sortIssues, type Issue } from "../../domain/issue";
import type { Settings } from "../../domain/settings";
import type { Form7Analysis } from "../analysis";
import type { Grid } from "../grid";
import type { HistoryFacts } from "../history/years";
import type { TokyoSiteAnalysis } from "../tokyo/analyze";
import { noOwnEarlier, type OwnEarlier } from "../writePlan";
import { findCategorySlot } from "./category";
import { locateForm7, type Form7Location } from "./locate";
import { parseForm7 } from "./parse";
import { planForm7 } from "./plan";
import type { Form7Sheet } from "./sheet";

/** A Form 7 table read and computed, before the workbook's history is known. */
export interface Form7Found {
  grid: Grid;
  loc: Form7Location;
  form: Form7Sheet;
  result: Form7Result;
  /** Tokyo's (その2): what its form adds, and the issues of its own parts (⑪–⑬). */
  tokyo?: { extras: TokyoSiteAnalysis; issues: Issue[] };
}

/** Every Form 7 table on the sheet, parsed and computed (`skip`: tables read as another form's). */
export function readForm7Tables(
  grid: Grid,
  settings: Settings,
  skip: (loc: Form7Location) => boolean = () => false,
): Form7Found[] {
  return locateForm7(grid)
    .filter((loc) => !skip(loc))
    .map((loc) => {
      const form = parseForm7(grid, loc);
      return { grid, loc, form, result: computeForm7(form.input, settings) };
    });
}

/** A read Form 7 as an analysis: checked, ranked, classified, planned, with what the history gives it. */
export function form7Analysis(
  found: Form7Found,
  settings: Settings,
  options: {
    ownEarlier?: OwnEarlier;
    benchmarkTable?: readonly BenchmarkEntry[];
    facts?: HistoryFacts;
  } = {},
): Form7Analysis {
  const { grid, loc, form, result, tokyo } = found;
  const ownEarlier = options.ownEarlier ?? noOwnEarlier;
  const bench = assessBenchmark(form, result, settings, options.benchmarkTable);
  const issues = sortIssues([
    ...form.issues,
    ...checkForm7(form, result, settings),
    ...(tokyo?.issues ?? []),
    ...bench.issues,
  ]);
  const facts = options.facts ?? {};
  return {
    kind: "form7",
    sheet: grid.sheet,
    anchor: form.anchor,
    issues,
    writes: planForm7(grid, form, result, ownEarlier),
    form,
    result,
    siteClass: classifySite(form.input.site.floorAreaM2?.value ?? null, settings),
    benchmark: bench.benchmark,
    categorySlot: findCategorySlot(grid, loc, ownEarlier),
    ...(tokyo ? { variant: "tokyo" as const, tokyo: tokyo.extras } : {}),
    ...(facts.years ? { years: facts.years } : {}),
    ...(facts.history ? { history: facts.history } : {}),
    ...(facts.excellence ? { excellence: facts.excellence } : {}),
  };
}

/** The Form 7 tables of one sheet as analyses, without earlier years (a sheet on its own). */
export function analyzeForm7Sheets(
  grid: Grid,
  settings: Settings,
  ownEarlier: OwnEarlier = noOwnEarlier,
  benchmarkTable?: readonly BenchmarkEntry[],
): Form7Analysis[] {
  return readForm7Tables(grid, settings).map((f) =>
    form7Analysis(f, settings, { ownEarlier, benchmarkTable }),
  );
}
