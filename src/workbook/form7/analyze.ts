/** Form 7 on one sheet: locate → parse → compute → check → classify → plan. */
import { assessBenchmark } from "../../domain/benchmark/assess";
import type { BenchmarkEntry } from "../../domain/benchmark/table";
import { checkForm7 } from "../../domain/form7/check";
import { computeForm7 } from "../../domain/form7/compute";
import { classifySite } from "../../domain/form7/siteClass";
import type { Form7Result } from "../../domain/form7/types";
import type { Form7Sheet } from "./sheet";
import { sortIssues, type Issue } from "../../domain/issue";
import type { Settings } from "../../domain/settings";
import type { Form7Analysis } from "../analysis";
import type { Grid } from "../grid";
import { noOwnEarlier, type OwnEarlier } from "../writePlan";
import { findCategorySlot } from "./category";
import { locateForm7, type Form7Location } from "./locate";
import { parseForm7 } from "./parse";
import { planForm7 } from "./plan";

/**
 * A read and computed Form 7 table as an analysis: checked, ranked, classified and planned. Shared by
 * Form 7 and the forms that print its table (Tokyo's (その2)), which add their own issues.
 */
export function form7Analysis(
  grid: Grid,
  loc: Form7Location,
  form: Form7Sheet,
  result: Form7Result,
  settings: Settings,
  options: {
    ownEarlier?: OwnEarlier;
    benchmarkTable?: readonly BenchmarkEntry[];
    issues?: readonly Issue[];
  } = {},
): Form7Analysis {
  const ownEarlier = options.ownEarlier ?? noOwnEarlier;
  const bench = assessBenchmark(form, result, settings, options.benchmarkTable);
  const issues = sortIssues([
    ...form.issues,
    ...checkForm7(form, result, settings),
    ...(options.issues ?? []),
    ...bench.issues,
  ]);
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
  };
}

export function analyzeForm7Sheets(
  grid: Grid,
  settings: Settings,
  ownEarlier: OwnEarlier = noOwnEarlier,
  benchmarkTable?: readonly BenchmarkEntry[],
  /** Tables read as another form's (a Tokyo (その2) prints the same breakdown table). */
  skip: (loc: Form7Location) => boolean = () => false,
): Form7Analysis[] {
  return locateForm7(grid)
    .filter((loc) => !skip(loc))
    .map((loc) => {
      const form = parseForm7(grid, loc);
      const result = computeForm7(form.input, settings);
      return form7Analysis(grid, loc, form, result, settings, { ownEarlier, benchmarkTable });
    });
}
