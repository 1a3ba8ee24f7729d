/**
 * Builds Form7Sheet values for the check tests: the rows of test/support/form7Input (usage in D22…D34,
 * unit C, 係数 E, 熱量 F, 排出係数 G, 排出量 H), the 合計 rows in row 35 (energy) and 36 (water), and the
 * summary block in F16…F20.
 */
import { dec } from "../../../src/domain/decimal";
import { FORM7_ROW_KEYS, type Form7FigureKey } from "../../../src/domain/form7/types";
import type { Form7Sheet, HeldCell } from "../../../src/workbook/form7/sheet";
import { form7Input } from "../../support/form7Input";

export const SHEET = "第7号様式";

/** The cell of every computed figure on the test layout. */
export const ADDRESS: Record<Form7FigureKey, string> = (() => {
  const a: Partial<Record<Form7FigureKey, string>> = {};
  FORM7_ROW_KEYS.forEach((k, i) => {
    a[`${k}.heatGJ`] = `F${22 + i}`;
    a[`${k}.co2T`] = `H${22 + i}`;
  });
  Object.assign(a, {
    energyGJ: "F35",
    "co2Energy.subtotal": "H35",
    "co2Water.subtotal": "H36",
    crudeOilKl: "F16",
    co2EnergyT: "F17",
    co2WaterT: "F18",
    co2TotalT: "F19",
    intensityKgPerM2: "F20",
  });
  return a as Record<Form7FigureKey, string>;
})();

/** A held cell: a number (as a string, exact), a formula without a saved value ("=formula"), or blank (null). */
export type Held = string | null;

function heldCell(key: Form7FigureKey, v: Held): HeldCell {
  const address = ADDRESS[key];
  const row = Number(address.slice(1));
  const col = address.charCodeAt(0) - 64;
  if (v !== null && v.startsWith("="))
    return {
      cell: { sheet: SHEET, address },
      row,
      col,
      raw: null,
      formula: v.slice(1),
      value: null,
      formulaWithoutValue: true,
    };
  return {
    cell: { sheet: SHEET, address },
    row,
    col,
    raw: v === null ? null : Number(v),
    formula: null,
    value: v === null ? null : dec(v),
    formulaWithoutValue: false,
  };
}

export function sheetOf(
  usage: Parameters<typeof form7Input>[0],
  floorAreaM2: string | null,
  held: Partial<Record<Form7FigureKey, Held>> = {},
  extra: Parameters<typeof form7Input>[2] = {},
): Form7Sheet {
  const computed: Form7Sheet["computed"] = {};
  for (const [k, v] of Object.entries(held) as [Form7FigureKey, Held][]) computed[k] = heldCell(k, v);
  return {
    input: form7Input(usage, floorAreaM2, extra),
    computed,
    anchor: { sheet: SHEET, address: "A1" },
    issues: [],
  };
}
