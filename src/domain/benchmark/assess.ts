/** A Form 7's benchmark standing, or an issue saying plainly why there is none. No rank is ever invented. */
import type { Form7Result, Form7Held } from "../form7/types";
import { issueOf, type Issue } from "../issue";
import { BENCHMARK_CODES, BENCHMARK_MESSAGES as M } from "./messages";
import type { Settings } from "../settings";
import { categoryByNumber } from "./categories";
import { standing, type Standing } from "./rank";
import { benchmarkFor, type BenchmarkEntry } from "./table";

export function assessBenchmark(
  sheet: Form7Held,
  result: Form7Result,
  settings: Settings,
  table?: readonly BenchmarkEntry[],
): { benchmark: Standing | null; issues: Issue[] } {
  const site = sheet.input.site;
  const category = settings.benchmarkCategory ?? site.benchmarkCategory?.value ?? null;
  const at = site.benchmarkCategory?.cell ?? site.mainUse?.cell ?? sheet.anchor;
  if (category === null)
    return {
      benchmark: null,
      issues: [issueOf(M, "info", BENCHMARK_CODES.noCategory, at, {})],
    };
  if (!categoryByNumber(category))
    return {
      benchmark: null,
      issues: [issueOf(M, "error", BENCHMARK_CODES.badCategory, at, { category })],
    };
  const i = result.reported.intensityKgPerM2;
  // Without an intensity (no floor area) the Form 7 checks already say so; no second issue here.
  if (i === null) return { benchmark: null, issues: [] };
  const r = standing(i, site.floorAreaM2?.value ?? null, benchmarkFor(category, table), { category, at });
  return { benchmark: r.standing, issues: r.issues };
}
