/**
 * Checks of a filled Form 7 (spec form7.md section 4): every computed cell the sheet holds against the
 * engine's figure at the precision the form shows, with the likely cause of a mismatch; and the input
 * problems a business wants to hear of before submitting.
 */
import { dec, roundHalfUp, sum, truncate, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issue, type CellRef, type Issue } from "../issue";
import type { Settings } from "../settings";
import { CO2_PER_C, OFFICIAL_ROWS, OTHER_FUEL_PLAUSIBLE, rowLabel } from "./coefficients";
import { figureDisplay, shown } from "./compute";
import type { Form7FigureKey, Form7Result, Form7RowKey, Form7Sheet, HeldCell } from "./types";

export const FORM7_CODES = {
  mismatch: "form7.mismatch",
  noCachedValue: "form7.formulaWithoutValue",
  valueWithoutUsage: "form7.valueWithoutUsage",
  negativeUsage: "form7.negativeUsage",
  missingFloorArea: "form7.missingFloorArea",
  badFloorArea: "form7.nonPositiveFloorArea",
  tinyFloorArea: "form7.implausibleFloorArea",
  coefficientDiffers: "form7.coefficientDiffers",
  otherFuelCoefficients: "form7.otherFuelCoefficients",
  otherFuelImplausible: "form7.otherFuelImplausible",
  missingUnit: "form7.missingUnit",
  electricityImplausible: "form7.electricityPerAreaImplausible",
  intensityImplausible: "form7.intensityImplausible",
  doubleCount: "form7.possibleDoubleCount",
} as const;

const THOUSAND = dec(1000);
const ELECTRICITY: Form7RowKey[] = ["electricityDay", "electricityNight", "electricityOther"];

/** A figure's name in words. */
export function figureLabel(key: Form7FigureKey): { ja: string; en: string } {
  const [row, part] = key.split(".") as [string, string | undefined];
  if (part === "heatGJ" || part === "co2T") {
    const l = rowLabel(row as Form7RowKey);
    return part === "heatGJ"
      ? { ja: `${l.ja} 熱量 (GJ)`, en: `${l.en} heat (GJ)` }
      : { ja: `${l.ja} 排出量 (t)`, en: `${l.en} CO2 (t)` };
  }
  const names: Record<string, { ja: string; en: string }> = {
    energyGJ: { ja: "エネルギー 合計 熱量 (GJ)", en: "energy total heat (GJ)" },
    "co2Energy.subtotal": { ja: "燃料等 合計 排出量 (t)", en: "energy CO2 subtotal (t)" },
    "co2Water.subtotal": { ja: "水道等 合計 排出量 (t)", en: "water CO2 subtotal (t)" },
    crudeOilKl: { ja: "原油換算エネルギー使用量 (kl)", en: "crude-oil equivalent (kl)" },
    co2EnergyT: { ja: "燃料等の使用に伴うCO2排出量 (t)", en: "CO2 from energy (t)" },
    co2WaterT: { ja: "水道等に伴うCO2排出量 (t)", en: "CO2 from water and sewer (t)" },
    co2TotalT: { ja: "CO2排出量 総計 (t)", en: "CO2 total (t)" },
    intensityKgPerM2: { ja: "CO2排出量原単位 (kg-CO2/m²)", en: "CO2 intensity (kg-CO2/m²)" },
  };
  return names[key];
}

interface Cause {
  ja: string;
  en: string;
  code: string;
}

function eqShown(key: Form7FigureKey, a: Decimal, b: Decimal): boolean {
  return shown(key, a).eq(shown(key, b));
}

/** The likely cause of a mismatch, where one fits. */
function likelyCause(
  key: Form7FigureKey,
  held: Decimal,
  expected: Decimal,
  sheet: Form7Sheet,
  result: Form7Result,
): Cause | null {
  const [rowKey, part] = key.split(".") as [Form7RowKey, string | undefined];
  if (!expected.isZero()) {
    const ratio = held.div(expected);
    if (ratio.minus(1000).abs().lte("0.5"))
      return {
        code: "unitTimes1000",
        ja: "使用量の単位違い（千kWhやMWhのつもりでkWh欄に入力、など）で1000倍になっている可能性があります。",
        en: "looks 1000 times too large: a unit slip (usage typed in a different unit).",
      };
    if (ratio.minus("0.001").abs().lte("0.0000005"))
      return {
        code: "unitDiv1000",
        ja: "使用量が千kWh・MWh単位で入力され、1000分の1になっている可能性があります。",
        en: "looks 1000 times too small: usage probably typed in 千kWh or MWh instead of kWh.",
      };
  }
  const row = result.rows[rowKey];
  if (part === "co2T" && row && row.heatGJ) {
    if (rowKey === "cityGas" && eqShown(key, held, row.heatGJ.mul("0.014").mul(CO2_PER_C)))
      return {
        code: "coef0014",
        ja: "排出係数 0.0136 ではなく 0.014 で計算されています。",
        en: "computed with 0.014 instead of the emission factor 0.0136.",
      };
    if (
      ELECTRICITY.includes(rowKey) &&
      row.emissionCoef &&
      eqShown(key, held, row.heatGJ.mul(row.emissionCoef))
    )
      return {
        code: "electricityFromGJ",
        ja: "電気のCO2が使用量(kWh)ではなく熱量(GJ)から計算されています。",
        en: "electricity CO2 computed from GJ instead of from kWh.",
      };
  }
  if (
    (key === "co2EnergyT" || key === "co2Energy.subtotal") &&
    eqShown(key, held, result.exact.co2EnergyT.plus(result.exact.co2WaterT))
  )
    return {
      code: "waterInEnergy",
      ja: "水道・下水道の排出量が燃料等の排出量に含まれています。",
      en: "water and sewer CO2 is included in the energy CO2.",
    };
  const unrounded: Partial<Record<Form7FigureKey, Decimal>> = {
    crudeOilKl: result.exact.crudeOilKl,
    co2EnergyT: result.exact.co2EnergyT,
    co2WaterT: result.exact.co2WaterT,
    co2TotalT: result.exact.co2EnergyT.plus(result.exact.co2WaterT),
  };
  const u = unrounded[key];
  if (u && roundHalfUp(u).eq(held))
    return {
      code: "roundedNotTruncated",
      ja: "様式は小数点以下を切り捨てますが、四捨五入されています。",
      en: "rounded where the form truncates.",
    };
  if (
    key === "co2TotalT" &&
    roundHalfUp(result.exact.co2EnergyT).plus(roundHalfUp(result.exact.co2WaterT)).eq(held)
  )
    return {
      code: "roundedNotTruncated",
      ja: "様式は各排出量を切り捨ててから合算しますが、四捨五入されています。",
      en: "the parts were rounded where the form truncates them before adding.",
    };
  const area = sheet.input.site.floorAreaM2?.value;
  if (key === "intensityKgPerM2" && area && area.gt(0)) {
    const exactTotal = result.exact.co2EnergyT.plus(result.exact.co2WaterT);
    if (
      truncate(exactTotal.mul(THOUSAND).div(area), 1).eq(held) ||
      roundHalfUp(exactTotal.mul(THOUSAND).div(area), 1).eq(held)
    )
      return {
        code: "intensityFromExactTotal",
        ja: "原単位が端数のある総計から計算されています。様式は整数の総計(t)×1000÷延床面積を小数第1位で切り捨てます。",
        en: "computed from the unrounded total; the form uses the whole-number total × 1000 ÷ floor area, cut at 1 decimal.",
      };
    if (roundHalfUp(result.reported.co2TotalT.mul(THOUSAND).div(area), 1).eq(held))
      return {
        code: "roundedNotTruncated",
        ja: "様式は原単位を小数第1位で切り捨てますが、四捨五入されています。",
        en: "rounded where the form truncates (1 decimal).",
      };
  }
  if (part === "heatGJ" || part === "co2T") {
    const d = figureDisplay(key);
    if (row && truncate(expected, d.places).eq(held) && !roundHalfUp(expected, d.places).eq(held))
      return {
        code: "truncatedNotRounded",
        ja: "様式は小数第1位に四捨五入して表示しますが、切り捨てられています。",
        en: "truncated where the form rounds.",
      };
  }
  return null;
}

/** Sum of held row values of a column, when every row with usage holds a value. */
function heldRowsSum(sheet: Form7Sheet, keys: Form7FigureKey[]): Decimal | null {
  const values: Decimal[] = [];
  for (const k of keys) {
    const h = sheet.computed[k];
    if (!h) continue;
    if (h.value === null) {
      if (h.raw !== null || h.formula !== null) return null;
      continue;
    }
    values.push(h.value);
  }
  return values.length ? sum(values) : null;
}

function totalParts(sheet: Form7Sheet, key: Form7FigureKey): Form7FigureKey[] | null {
  const energyRows = sheet.input.rows.filter((r) => OFFICIAL_ROWS[r.key].group !== "water").map((r) => r.key);
  const waterRows = sheet.input.rows.filter((r) => OFFICIAL_ROWS[r.key].group === "water").map((r) => r.key);
  if (key === "energyGJ") return energyRows.map((k) => `${k}.heatGJ` as Form7FigureKey);
  if (key === "co2Energy.subtotal") return energyRows.map((k) => `${k}.co2T` as Form7FigureKey);
  if (key === "co2Water.subtotal") return waterRows.map((k) => `${k}.co2T` as Form7FigureKey);
  return null;
}

function checkComputedCells(sheet: Form7Sheet, result: Form7Result): Issue[] {
  const out: Issue[] = [];
  for (const [key, held] of Object.entries(sheet.computed) as [Form7FigureKey, HeldCell][]) {
    const label = figureLabel(key);
    const expected = result.cells[key];
    if (held.value === null) {
      if (held.formula !== null && held.raw === null)
        out.push(
          issue(
            "info",
            FORM7_CODES.noCachedValue,
            held.cell,
            `${held.cell.address}（${label.ja}）の数式には計算結果が保存されていません。Excelで再計算して保存してください。`,
            `${held.cell.address} (${label.en}) holds a formula with no saved result; recalculate and save in Excel.`,
          ),
        );
      continue;
    }
    if (expected === undefined) {
      if (!held.value.isZero())
        out.push(
          issue(
            "warning",
            FORM7_CODES.valueWithoutUsage,
            held.cell,
            `${held.cell.address}（${label.ja}）に ${formatDecimal(held.value)} がありますが、対応する使用量が空欄です。`,
            `${held.cell.address} (${label.en}) holds ${formatDecimal(held.value)} but the row's usage is blank.`,
          ),
        );
      continue;
    }
    if (eqShown(key, held.value, expected)) continue;
    const d = figureDisplay(key);
    const exp = formatDecimal(shown(key, expected), d.places);
    const found = formatDecimal(held.value);
    let cause = likelyCause(key, held.value, expected, sheet, result);
    const parts = totalParts(sheet, key);
    if (!cause && parts) {
      const s = heldRowsSum(sheet, parts);
      if (s !== null && !eqShown(key, s, held.value))
        cause = {
          code: "totalNotSum",
          ja: `合計が各行の合計（${formatDecimal(shown(key, s), d.places)}）と一致しません。`,
          en: `the total is not the sum of its rows (${formatDecimal(shown(key, s), d.places)}).`,
        };
    }
    out.push(
      issue(
        "error",
        FORM7_CODES.mismatch,
        held.cell,
        `${held.cell.address}（${label.ja}）: シートの値 ${found}、正しい値 ${exp}。${cause ? cause.ja : ""}`,
        `${held.cell.address} (${label.en}): the sheet holds ${found}; it should be ${exp}.${cause ? ` Likely cause: ${cause.en}` : ""}`,
        {
          expected: shown(key, expected).toFixed(d.places),
          found: held.value.toFixed(),
          ...(cause ? { cause: cause.code } : {}),
        },
      ),
    );
  }
  return out;
}

function checkInputs(sheet: Form7Sheet, settings: Settings): Issue[] {
  const out: Issue[] = [];
  const { site, rows } = sheet.input;
  const fallbackCell: CellRef = sheet.computed.intensityKgPerM2?.cell ?? sheet.anchor;
  if (!site.floorAreaM2)
    out.push(
      issue(
        "error",
        FORM7_CODES.missingFloorArea,
        fallbackCell,
        "延床面積が入力されていません。原単位（kg-CO2/m²）と報告区分を求めるには延床面積が必要です。",
        "The floor area (延床面積) is missing; it is needed for the intensity and the site class.",
      ),
    );
  else if (site.floorAreaM2.value.lte(0))
    out.push(
      issue(
        "error",
        FORM7_CODES.badFloorArea,
        site.floorAreaM2.cell,
        `${site.floorAreaM2.cell.address} の延床面積 ${formatDecimal(site.floorAreaM2.value)} は正の数である必要があります。`,
        `${site.floorAreaM2.cell.address}: the floor area ${formatDecimal(site.floorAreaM2.value)} must be positive.`,
      ),
    );
  else if (site.floorAreaM2.value.lt(1))
    out.push(
      issue(
        "error",
        FORM7_CODES.tinyFloorArea,
        site.floorAreaM2.cell,
        `${site.floorAreaM2.cell.address} の延床面積 ${site.floorAreaM2.value.toSignificantDigits(6).toString()} m² は建物の面積としてありえません。単位（m²）を確認してください。`,
        `${site.floorAreaM2.cell.address}: a floor area of ${site.floorAreaM2.value.toSignificantDigits(6).toString()} m² is not a building's; check the unit (m²).`,
      ),
    );

  for (const row of rows) {
    const def = OFFICIAL_ROWS[row.key];
    const label = def.label;
    if (row.usage && row.usage.value.isNegative())
      out.push(
        issue(
          "error",
          FORM7_CODES.negativeUsage,
          row.usage.cell,
          `${row.usage.cell.address}（${label.ja} 使用量）が負の値 ${formatDecimal(row.usage.value)} です。`,
          `${row.usage.cell.address} (${label.en} usage) is negative: ${formatDecimal(row.usage.value)}.`,
        ),
      );
    if (row.usage && !row.unit && row.key !== "otherFuel")
      out.push(
        issue(
          "warning",
          FORM7_CODES.missingUnit,
          row.usage.cell,
          `${row.usage.cell.address}（${label.ja}）に使用量がありますが、単位の欄が空です（様式の単位は ${def.unit}）。`,
          `${row.usage.cell.address} (${label.en}) has usage but no unit on its row (the form's unit is ${def.unit}).`,
        ),
      );
    if (row.key === "otherFuel") {
      if (row.usage && !row.usage.value.isZero()) {
        if (!row.heatCoef || !row.emissionCoef || !row.unit)
          out.push(
            issue(
              "error",
              FORM7_CODES.otherFuelCoefficients,
              row.usage.cell,
              `${row.usage.cell.address}（その他の燃料）に使用量がありますが、単位・係数・排出係数のいずれかが空欄です。例: A重油 kL, 39.1, 0.0189。`,
              `${row.usage.cell.address} (other fuel) has usage but its unit, heat coefficient or emission factor is missing (e.g. A重油: kL, 39.1, 0.0189).`,
            ),
          );
        const p = OTHER_FUEL_PLAUSIBLE;
        if (row.heatCoef && (row.heatCoef.value.lt(p.heatCoef.min) || row.heatCoef.value.gt(p.heatCoef.max)))
          out.push(
            issue(
              "warning",
              FORM7_CODES.otherFuelImplausible,
              row.heatCoef.cell,
              `${row.heatCoef.cell.address}（その他の燃料 係数）${formatDecimal(row.heatCoef.value)} は燃料の発熱量としてありそうにない値です（例: A重油 39.1 GJ/kL）。`,
              `${row.heatCoef.cell.address} (other fuel heat coefficient) ${formatDecimal(row.heatCoef.value)} is implausible for a fuel (e.g. A重油 39.1 GJ/kL).`,
            ),
          );
        if (
          row.emissionCoef &&
          (row.emissionCoef.value.lt(p.emissionCoef.min) || row.emissionCoef.value.gt(p.emissionCoef.max))
        )
          out.push(
            issue(
              "warning",
              FORM7_CODES.otherFuelImplausible,
              row.emissionCoef.cell,
              `${row.emissionCoef.cell.address}（その他の燃料 排出係数）${formatDecimal(row.emissionCoef.value)} t-C/GJ はありそうにない値です（例: A重油 0.0189）。`,
              `${row.emissionCoef.cell.address} (other fuel emission factor) ${formatDecimal(row.emissionCoef.value)} t-C/GJ is implausible (e.g. A重油 0.0189).`,
            ),
          );
      }
      continue;
    }
    const used = settings.coefficientSet === "sheet" ? "シートの係数" : "公式の係数";
    const usedEn = settings.coefficientSet === "sheet" ? "the sheet's" : "the official";
    for (const [printed, official, what] of [
      [row.heatCoef, def.heatCoef, { ja: "係数", en: "heat coefficient" }],
      [row.emissionCoef, def.emissionCoef, { ja: "排出係数", en: "emission factor" }],
    ] as const) {
      if (printed && official && !printed.value.eq(official))
        out.push(
          issue(
            "warning",
            FORM7_CODES.coefficientDiffers,
            printed.cell,
            `${printed.cell.address}（${label.ja} ${what.ja}）${formatDecimal(printed.value)} は公式の値 ${official.toFixed()} と異なります（古い様式・入力ミス・別の版の可能性）。計算には${used}を使っています（設定で変更できます）。`,
            `${printed.cell.address} (${label.en} ${what.en}) ${formatDecimal(printed.value)} differs from the official ${official.toFixed()} (an outdated form, a typo or another edition). Figures use ${usedEn} coefficients (a setting).`,
            { printed: printed.value.toFixed(), official: official.toFixed() },
          ),
        );
    }
  }

  const byKey = new Map(rows.map((r) => [r.key, r]));
  const other = byKey.get("electricityOther")?.usage;
  const dayNight = [byKey.get("electricityDay")?.usage, byKey.get("electricityNight")?.usage].some(
    (u) => u && !u.value.isZero(),
  );
  if (other && !other.value.isZero() && dayNight)
    out.push(
      issue(
        "warning",
        FORM7_CODES.doubleCount,
        other.cell,
        `${other.cell.address}: 昼間・夜間の電気とその他の買電の両方に使用量があります。同じメーターの二重計上でないか確認してください。`,
        `${other.cell.address}: both day/night electricity and other purchased electricity are filled; check that the same meter is not counted twice.`,
      ),
    );

  const area = site.floorAreaM2?.value;
  const elecRows = ELECTRICITY.map((k) => byKey.get(k)?.usage).filter((u): u is NonNullable<typeof u> => !!u);
  if (area && area.gt(0) && elecRows.length) {
    const perM2 = sum(elecRows.map((u) => u.value)).div(area);
    if (!perM2.isZero() && (perM2.lt(1) || perM2.gt(3000)))
      out.push(
        issue(
          "warning",
          FORM7_CODES.electricityImplausible,
          elecRows[0].cell,
          `電気使用量が延床面積あたり ${formatDecimal(roundHalfUp(perM2, 2))} kWh/m²・年です。実在の建物ではまず見られない値で、単位（kWh・千kWh）の取り違えの可能性があります。`,
          `Electricity is ${formatDecimal(roundHalfUp(perM2, 2))} kWh per m² a year, outside anything real; probably a unit slip (kWh vs 千kWh).`,
          { kWhPerM2: roundHalfUp(perM2, 2).toFixed() },
        ),
      );
  }
  return out;
}

function checkIntensity(sheet: Form7Sheet, result: Form7Result): Issue[] {
  const i = result.reported.intensityKgPerM2;
  if (i === null || i.lte(1000)) return [];
  const cell = sheet.computed.intensityKgPerM2?.cell ?? sheet.anchor;
  return [
    issue(
      "warning",
      FORM7_CODES.intensityImplausible,
      cell,
      `原単位 ${formatDecimal(i, 1)} kg-CO2/m² は非常に大きな値です。使用量の単位や延床面積を確認してください。`,
      `The intensity ${formatDecimal(i, 1)} kg-CO2/m² is very large; check the usage units and the floor area.`,
    ),
  ];
}

export function checkForm7(sheet: Form7Sheet, result: Form7Result, settings: Settings): Issue[] {
  return [
    ...checkComputedCells(sheet, result),
    ...checkInputs(sheet, settings),
    ...checkIntensity(sheet, result),
  ];
}
