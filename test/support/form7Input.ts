/** Builds Form7Input values for engine tests, with made-up but consistent source cells. */
import { dec } from "../../src/domain/decimal";
import { OFFICIAL_ROWS } from "../../src/domain/form7/coefficients";
import { FORM7_ROW_KEYS, type Form7Input, type Form7RowKey } from "../../src/domain/form7/types";

export function form7Input(
  usage: Partial<Record<Form7RowKey, string | null>>,
  floorAreaM2: string | null,
  extra: Partial<Record<Form7RowKey, { heatCoef?: string; emissionCoef?: string; unit?: string }>> = {},
): Form7Input {
  const sheet = "第7号様式";
  return {
    sheet,
    site: {
      name: null,
      address: null,
      siteNumber: null,
      floorAreaM2: floorAreaM2 === null ? null : { value: dec(floorAreaM2), cell: { sheet, address: "C14" } },
      completion: null,
      industryCode: null,
      mainUse: null,
      period: null,
      benchmarkCategory: null,
    },
    rows: FORM7_ROW_KEYS.map((key, i) => {
      const row = 22 + i;
      const u = usage[key];
      const def = OFFICIAL_ROWS[key];
      const x = extra[key] ?? {};
      const heat = x.heatCoef ?? def.heatCoef?.toFixed();
      const em = x.emissionCoef ?? def.emissionCoef?.toFixed();
      const unit = x.unit ?? def.unit;
      return {
        key,
        usage: u === undefined || u === null ? null : { value: dec(u), cell: { sheet, address: `D${row}` } },
        unit: unit ? { value: unit, cell: { sheet, address: `C${row}` } } : null,
        heatCoef: heat ? { value: dec(heat), cell: { sheet, address: `E${row}` } } : null,
        emissionCoef: em ? { value: dec(em), cell: { sheet, address: `G${row}` } } : null,
      };
    }),
  };
}
