/**
 * Checks of what a business typed into Form 7 (spec form7.md section 4): negative usage, the floor area,
 * printed coefficients and units against the official set, その他の燃料's own coefficients, implausible
 * magnitudes (unit slips) and a possible double count of electricity.
 */
import { CO2_PER_C, OFFICIAL_ROWS, OTHER_FUEL_PLAUSIBLE } from "./coefficients";
import { FORM7_CODES } from "./codes";
import { dec, roundHalfUp, sum, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issue, type CellRef, type Issue, type Sourced } from "../issue";
import type { Settings } from "../settings";
import type { Form7Result, Form7RowInput, Form7RowKey, Form7Held } from "./types";
import { parseUnit, unitMatches } from "./units";

const ELECTRICITY: readonly Form7RowKey[] = ["electricityDay", "electricityNight", "electricityOther"];
/** Electricity per m² and year outside anything real (an office uses ~100–200 kWh/m², a data centre a few thousand). */
export const ELECTRICITY_KWH_PER_M2 = { min: dec(1), max: dec(3000) };
/** CO2 intensity above this is no building's (the Tokyo categories run up to a few hundred kg-CO2/m²). */
export const INTENSITY_MAX_KG_PER_M2 = dec(1000);

const fmt = (d: Decimal) => formatDecimal(d);

function floorArea(sheet: Form7Held): Issue[] {
  const a = sheet.input.site.floorAreaM2;
  if (!a)
    return [
      issue(
        "error",
        FORM7_CODES.missingFloorArea,
        sheet.computed.intensityKgPerM2?.cell ?? sheet.anchor,
        "延床面積が入力されていません。原単位（kg-CO2/m²）と報告区分を求めるには延床面積が必要です。",
        "The floor area (延床面積) is missing; it is needed for the intensity and the site class.",
      ),
    ];
  const at = a.cell.address;
  if (a.value.lte(0))
    return [
      issue(
        "error",
        FORM7_CODES.badFloorArea,
        a.cell,
        `${at} の延床面積 ${fmt(a.value)} m² は正の数である必要があります。`,
        `${at}: the floor area ${fmt(a.value)} m² must be positive.`,
        { found: a.value.toFixed() },
      ),
    ];
  if (a.value.lt(1)) {
    const v = a.value.toSignificantDigits(6).toFixed();
    return [
      issue(
        "error",
        FORM7_CODES.tinyFloorArea,
        a.cell,
        `${at} の延床面積 ${v} m² は建物の面積としてありえません。単位（m²）を確認してください。`,
        `${at}: a floor area of ${v} m² is not a building's; check the unit (m²).`,
        { found: a.value.toFixed() },
      ),
    ];
  }
  return [];
}

function coefficientDiffers(row: Form7RowInput, settings: Settings): Issue[] {
  const def = OFFICIAL_ROWS[row.key];
  const out: Issue[] = [];
  const sheetSet = settings.coefficientSet === "sheet";
  const pairs: [Sourced<Decimal> | null, Decimal | null, string, string][] = [
    [row.heatCoef, def.heatCoef, "係数", "heat coefficient"],
    [row.emissionCoef, def.emissionCoef, "排出係数", "emission factor"],
  ];
  for (const [printed, official, ja, en] of pairs) {
    if (!printed || !official || printed.value.eq(official)) continue;
    const at = printed.cell.address;
    out.push(
      issue(
        "warning",
        FORM7_CODES.coefficientDiffers,
        printed.cell,
        `${at}（${def.label.ja} ${ja}）${fmt(printed.value)} は公式の値 ${fmt(official)} と異なります（古い様式・入力ミス・別の版の可能性）。計算には${sheetSet ? `シートの値 ${fmt(printed.value)}` : `公式の値 ${fmt(official)}`} を使っています（設定で変更できます）。`,
        `${at} (${def.label.en} ${en}) ${fmt(printed.value)} differs from the official ${fmt(official)} (an outdated form, a typo or another edition). The figures use ${sheetSet ? `the sheet's ${fmt(printed.value)}` : `the official ${fmt(official)}`} (a setting).`,
        { printed: printed.value.toFixed(), official: official.toFixed(), used: settings.coefficientSet },
      ),
    );
  }
  return out;
}

/** The row's printed unit against the unit its arithmetic assumes. */
function unitOfRow(row: Form7RowInput): Issue[] {
  const def = OFFICIAL_ROWS[row.key];
  if (!row.usage || row.key === "otherFuel") return [];
  const at = row.usage.cell.address;
  if (!row.unit)
    return [
      issue(
        "warning",
        FORM7_CODES.missingUnit,
        row.usage.cell,
        `${at}（${def.label.ja}）に使用量がありますが、単位の欄が空です（様式の単位は ${def.unit}）。`,
        `${at} (${def.label.en}) has usage but no unit on its row (the form's unit is ${def.unit}).`,
      ),
    ];
  const official = parseUnit(def.unit)!;
  const printed = parseUnit(row.unit.value);
  if (printed && unitMatches(printed, official)) return [];
  const thousand = printed && printed.factor === 1000 && unitMatches({ ...printed, factor: 1 }, official);
  const u = row.unit.value;
  return [
    issue(
      "warning",
      FORM7_CODES.unitDiffers,
      row.unit.cell,
      thousand
        ? `${row.unit.cell.address}（${def.label.ja}）の単位が「${u}」です。様式の計算は ${def.unit} を前提にしているため、${u} の使用量では熱量・排出量が1000分の1になります。${def.unit} で入力してください。`
        : `${row.unit.cell.address}（${def.label.ja}）の単位「${u}」は様式の単位 ${def.unit} と異なります。係数は ${def.unit} あたりの値です。`,
      thousand
        ? `${row.unit.cell.address} (${def.label.en}): the unit is "${u}", but the form computes in ${def.unit}; usage in ${u} gives figures 1000 times too small. Enter it in ${def.unit}.`
        : `${row.unit.cell.address} (${def.label.en}): the unit "${u}" is not the form's ${def.unit}; the coefficients are per ${def.unit}.`,
      { unit: u, expectedUnit: def.unit },
    ),
  ];
}

function otherFuel(row: Form7RowInput): Issue[] {
  if (!row.usage || row.usage.value.isZero()) return [];
  const out: Issue[] = [];
  const at = row.usage.cell.address;
  const p = OTHER_FUEL_PLAUSIBLE;
  const ex = p.example;
  if (!row.heatCoef || !row.emissionCoef || !row.unit) {
    const missing = [
      !row.unit && { ja: "単位", en: "unit" },
      !row.heatCoef && { ja: "係数", en: "heat coefficient" },
      !row.emissionCoef && { ja: "排出係数", en: "emission factor" },
    ].filter((m): m is { ja: string; en: string } => !!m);
    out.push(
      issue(
        "error",
        FORM7_CODES.otherFuelCoefficients,
        row.usage.cell,
        `${at}（その他の燃料）に使用量がありますが、${missing.map((m) => m.ja).join("・")}が空欄です。この行は計算に含めていません。例: ${ex.name.ja} ${ex.unit}, ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}, ${ex.emissionCoef.toFixed()} t-C/GJ。`,
        `${at} (other fuel) has usage but no ${missing.map((m) => m.en).join(", ")}; the row is left out of the figures. E.g. ${ex.name.en}: ${ex.unit}, ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}, ${ex.emissionCoef.toFixed()} t-C/GJ.`,
        { missing: missing.map((m) => m.en).join(",") },
      ),
    );
  }
  const h = row.heatCoef;
  if (h && (h.value.lt(p.heatCoef.min) || h.value.gt(p.heatCoef.max)))
    out.push(
      issue(
        "warning",
        FORM7_CODES.otherFuelImplausible,
        h.cell,
        `${h.cell.address}（その他の燃料 係数）${fmt(h.value)} は燃料の発熱量（使用量1000単位あたりのGJ、${fmt(p.heatCoef.min)}〜${fmt(p.heatCoef.max)} 程度）としてありそうにない値です（例: ${ex.name.ja} ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}）。`,
        `${h.cell.address} (other fuel heat coefficient) ${fmt(h.value)} is implausible for a fuel (GJ per 1000 units, about ${fmt(p.heatCoef.min)}–${fmt(p.heatCoef.max)}; e.g. ${ex.name.en} ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}).`,
        { found: h.value.toFixed(), min: p.heatCoef.min.toFixed(), max: p.heatCoef.max.toFixed() },
      ),
    );
  const e = row.emissionCoef;
  if (e && (e.value.lt(p.emissionCoef.min) || e.value.gt(p.emissionCoef.max))) {
    const asCarbon = e.value.div(CO2_PER_C);
    const looksCo2 = asCarbon.gte(p.emissionCoef.min) && asCarbon.lte(p.emissionCoef.max);
    const hint = looksCo2
      ? {
          ja: ` t-CO2/GJ の値のようです（t-C/GJ なら ${formatDecimal(roundHalfUp(asCarbon, 4))}）。`,
          en: ` It looks like t-CO2/GJ (in t-C/GJ: ${formatDecimal(roundHalfUp(asCarbon, 4))}).`,
        }
      : { ja: "", en: "" };
    out.push(
      issue(
        "warning",
        FORM7_CODES.otherFuelImplausible,
        e.cell,
        `${e.cell.address}（その他の燃料 排出係数）${fmt(e.value)} t-C/GJ はありそうにない値です（燃料は ${fmt(p.emissionCoef.min)}〜${fmt(p.emissionCoef.max)} 程度、例: ${ex.name.ja} ${ex.emissionCoef.toFixed()}）。${hint.ja}`,
        `${e.cell.address} (other fuel emission factor) ${fmt(e.value)} t-C/GJ is implausible (fuels are about ${fmt(p.emissionCoef.min)}–${fmt(p.emissionCoef.max)}; e.g. ${ex.name.en} ${ex.emissionCoef.toFixed()}).${hint.en}`,
        { found: e.value.toFixed(), min: p.emissionCoef.min.toFixed(), max: p.emissionCoef.max.toFixed() },
      ),
    );
  }
  // The form divides by 1000 (GJ per 千 units). With usage in kL, t or 千Nm³ and a coefficient per kL, t or
  // 千Nm³ (39.1 for A重油), the heat comes out 1000 times too small.
  const unit = row.unit ? parseUnit(row.unit.value) : null;
  if (row.unit && unit?.factor === 1000 && h && h.value.gte(p.heatCoef.min) && h.value.lte(p.heatCoef.max))
    out.push(
      issue(
        "warning",
        FORM7_CODES.otherFuelUnitScale,
        row.unit.cell,
        `${row.unit.cell.address}（その他の燃料）の単位が「${row.unit.value}」で係数が ${fmt(h.value)} です。様式は 使用量 × 係数 ÷ 1000 で計算するため、熱量・排出量が1000分の1になります。使用量を ${unit.base === "kg" ? "kg" : unit.base === "L" ? "L" : "Nm3"} で入力してください。`,
        `${row.unit.cell.address} (other fuel): the unit is "${row.unit.value}" with a coefficient of ${fmt(h.value)}; the form computes usage × coefficient ÷ 1000, so heat and CO2 come out 1000 times too small. Enter the usage in ${unit.base === "kg" ? "kg" : unit.base === "L" ? "L" : "Nm3"}.`,
        { unit: row.unit.value },
      ),
    );
  return out;
}

function electricity(sheet: Form7Held): Issue[] {
  const out: Issue[] = [];
  const byKey = new Map(sheet.input.rows.map((r) => [r.key, r]));
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
  const area = sheet.input.site.floorAreaM2?.value;
  const used = ELECTRICITY.map((k) => byKey.get(k)?.usage).filter((u): u is Sourced<Decimal> => !!u);
  if (area && area.gte(1) && used.length) {
    const perM2 = sum(used.map((u) => u.value)).div(area);
    const r = formatDecimal(roundHalfUp(perM2, 2), 2);
    if (perM2.gt(0) && perM2.lt(ELECTRICITY_KWH_PER_M2.min))
      out.push(
        issue(
          "warning",
          FORM7_CODES.electricityImplausible,
          used[0].cell,
          `${used[0].cell.address}: 電気使用量が延床面積あたり ${r} kWh/m²・年です。実在の建物ではまずない少なさで、千kWh や MWh で入力された可能性があります（kWh で入力してください）。`,
          `${used[0].cell.address}: electricity is ${r} kWh per m² a year, far below any real building; probably typed in 千kWh or MWh (enter kWh).`,
          { kWhPerM2: roundHalfUp(perM2, 2).toFixed() },
        ),
      );
    else if (perM2.gt(ELECTRICITY_KWH_PER_M2.max))
      out.push(
        issue(
          "warning",
          FORM7_CODES.electricityImplausible,
          used[0].cell,
          `${used[0].cell.address}: 電気使用量が延床面積あたり ${r} kWh/m²・年です。実在の建物ではまずない多さで、単位（Wh と kWh など）や延床面積を確認してください。`,
          `${used[0].cell.address}: electricity is ${r} kWh per m² a year, far above any real building; check the unit (Wh vs kWh) and the floor area.`,
          { kWhPerM2: roundHalfUp(perM2, 2).toFixed() },
        ),
      );
  }
  return out;
}

function intensity(sheet: Form7Held, result: Form7Result): Issue[] {
  const i = result.reported.intensityKgPerM2;
  if (i === null || i.lte(INTENSITY_MAX_KG_PER_M2)) return [];
  const cell: CellRef = sheet.computed.intensityKgPerM2?.cell ?? sheet.anchor;
  return [
    issue(
      "warning",
      FORM7_CODES.intensityImplausible,
      cell,
      `${cell.address}: 原単位 ${formatDecimal(i, 1)} kg-CO2/m² は建物としてありえない大きさです。使用量の単位や延床面積を確認してください。`,
      `${cell.address}: an intensity of ${formatDecimal(i, 1)} kg-CO2/m² is beyond any building; check the usage units and the floor area.`,
      { intensity: i.toFixed(1) },
    ),
  ];
}

/** Every input problem of the sheet, each at its cell. */
export function checkInputs(sheet: Form7Held, result: Form7Result, settings: Settings): Issue[] {
  const out: Issue[] = [...floorArea(sheet)];
  for (const row of sheet.input.rows) {
    const def = OFFICIAL_ROWS[row.key];
    if (row.usage && row.usage.value.isNegative())
      out.push(
        issue(
          "error",
          FORM7_CODES.negativeUsage,
          row.usage.cell,
          `${row.usage.cell.address}（${def.label.ja} 使用量）が負の値 ${fmt(row.usage.value)} です。`,
          `${row.usage.cell.address} (${def.label.en} usage) is negative: ${fmt(row.usage.value)}.`,
          { found: row.usage.value.toFixed() },
        ),
      );
    out.push(...unitOfRow(row));
    out.push(...(row.key === "otherFuel" ? otherFuel(row) : coefficientDiffers(row, settings)));
  }
  return [...out, ...electricity(sheet), ...intensity(sheet, result)];
}
