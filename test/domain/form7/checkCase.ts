/**
 * A Form 7 check on the published 江東区 form (or other usage) with every computed cell held as a correct
 * sheet holds it, some replaced: the issues of checkForm7, and the single mismatch at a cell.
 */
import { checkForm7, FORM7_CODES } from "../../../src/domain/form7/check";
import { computeForm7, shown } from "../../../src/domain/form7/compute";
import type { Form7FigureKey } from "../../../src/domain/form7/types";
import type { Issue } from "../../../src/domain/issue";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import { sheetOf, type Held } from "./sheet";

export const S = DEFAULT_SETTINGS;
export type Usage = Parameters<typeof sheetOf>[0];
export type Extra = Parameters<typeof sheetOf>[3];

export const KOTO_USAGE: Usage = {
  cityGas: "6220.4",
  lpg: "0",
  kerosene: "0",
  electricityDay: "77471.1",
  electricityNight: "16747.9",
  electricityOther: "0",
  water: "1056.0",
  sewer: "1070.0",
};
export const KOTO_AREA = "1412.36";

/** Every computed cell at the precision the form shows, as a correct sheet holds it. */
export function correctHeld(usage: Usage, area: string | null, settings: Settings = S, extra: Extra = {}) {
  const r = computeForm7(sheetOf(usage, area, {}, extra).input, settings);
  return Object.fromEntries(
    (Object.entries(r.cells) as [Form7FigureKey, NonNullable<(typeof r.cells)[Form7FigureKey]>][]).map(
      ([k, v]) => [k, shown(k, v).toFixed()],
    ),
  ) as Partial<Record<Form7FigureKey, Held>>;
}

export function check(
  held: Partial<Record<Form7FigureKey, Held>>,
  usage: Usage = KOTO_USAGE,
  area: string | null = KOTO_AREA,
  settings: Settings = S,
  extra: Extra = {},
): Issue[] {
  const sheet = sheetOf(usage, area, { ...correctHeld(usage, area, settings, extra), ...held }, extra);
  return checkForm7(sheet, computeForm7(sheet.input, settings), settings);
}

export const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");
/** The single mismatch at `address`, with its cause. */
export function mismatchAt(issues: Issue[], address: string): Issue {
  const found = issues.filter((i) => i.code === FORM7_CODES.mismatch && i.cell?.address === address);
  expect(found).toHaveLength(1);
  return found[0];
}
