/** Loads the public cases from ../shared/cases (beside this repository; CO2_CASES_DIR overrides it for mutation testing). */
import fs from "node:fs";
import path from "node:path";

export const CASES_DIR = process.env.CO2_CASES_DIR ?? path.resolve(__dirname, "../../../shared/cases");

export function loadCase<T = unknown>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(CASES_DIR, name), "utf8")) as T;
}
