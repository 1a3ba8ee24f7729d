/**
 * A 20,000-row forecast input: reading and checking a credit forecast table of 20,000 menu rows, and the
 * cohort engine over 20,000 menus (8 fiscal years each).
 */
import { forecastCohorts } from "../src/domain/jcredit/cohort";
import { Grid, type CellValue } from "../src/workbook/grid";
import { analyzeCreditForecasts } from "../src/workbook/jcredit/forecastTable";
import { nowMs, report } from "./report";

const ROWS = 20000;

function table(): Grid {
  const values: CellValue[][] = [
    ["区分", null, "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15", "累計"],
  ];
  const totals = new Array(9).fill(0);
  for (let i = 0; i < ROWS; i++) {
    const years = Array.from({ length: 8 }, (_, y) => ((i * 7 + y * 13) % 500) + y);
    const total = years.reduce((a, b) => a + b, 0) + (i % 1000 === 0 ? 1 : 0); // one wrong total per 1,000 rows
    years.forEach((v, y) => (totals[y] += v));
    totals[8] += total;
    values.push([`メニュー${i}`, "区民", ...years, total]);
  }
  values.push(["合計", null, ...totals]);
  return new Grid({ sheet: "大きな想定表", values });
}

const g = table();
const t = nowMs();
const [a] = analyzeCreditForecasts(g);
report("forecast.rows", a.table.rows.length, "rows");
report("forecast.checkMs", nowMs() - t, "ms");
report("forecast.findings", a.issues.filter((i) => i.severity === "error").length, "issues");

const t2 = nowMs();
const f = forecastCohorts({
  firstYear: 2026,
  years: 8,
  firstYearFraction: "0.81",
  menus: Array.from({ length: ROWS }, (_, i) => ({
    name: `m${i}`,
    creditClass: "energySaving" as const,
    intake: { kind: "compound" as const, first: 10 + (i % 50), growth: "0.035" },
    reduction: { kind: "given" as const, tPerUnitYear: "0.67" },
  })),
});
report("forecast.cohortMenus", f.menus.length, "menus");
report("forecast.cohortMs", nowMs() - t2, "ms");
