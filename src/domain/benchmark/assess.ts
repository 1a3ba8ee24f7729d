/** A Form 7's benchmark standing, or an issue saying plainly why there is none. No rank is ever invented. */
import type { Form7Result, Form7Held } from "../form7/types";
import { issue, type Issue } from "../issue";
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
      issues: [
        issue(
          "info",
          "benchmark.noCategory",
          at,
          "ベンチマーク区分（1〜30）が指定されていないため、ランクは出していません。主たる用途の隣に「ベンチマーク区分」を記入するか、作業ウィンドウで選んでください。",
          "No benchmark category (1–30) is given, so no rank is shown. Enter ベンチマーク区分 next to 主たる用途, or choose it in the task pane.",
        ),
      ],
    };
  if (!categoryByNumber(category))
    return {
      benchmark: null,
      issues: [
        issue(
          "error",
          "benchmark.badCategory",
          at,
          `ベンチマーク区分 ${category} は 1〜30 のいずれかである必要があります。`,
          `Benchmark category ${category} must be one of 1–30.`,
        ),
      ],
    };
  const i = result.reported.intensityKgPerM2;
  // Without an intensity (no floor area) the Form 7 checks already say so; no second issue here.
  if (i === null) return { benchmark: null, issues: [] };
  const r = standing(i, site.floorAreaM2?.value ?? null, benchmarkFor(category, table), { category, at });
  return { benchmark: r.standing, issues: r.issues };
}
