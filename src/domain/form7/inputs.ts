/**
 * Checks of what a business typed into Form 7 (spec form7.md section 4): negative usage, the floor area,
 * printed coefficients and units against the official set, その他の燃料's own coefficients, implausible
 * magnitudes (unit slips) and a possible double count of electricity.
 */
import { CO2_PER_C, OFFICIAL_ROWS, OTHER_FUEL_PLAUSIBLE } from "./coefficients";
import { FORM7_CODES } from "./codes";
import { dec, roundHalfUp, sum, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issueOf, type CellRef, type Issue, type Sourced } from "../issue";
import { FORM7_MESSAGES as M, MISSING } from "./messages";
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
      issueOf(
        M,
        "error",
        FORM7_CODES.missingFloorArea,
        sheet.computed.intensityKgPerM2?.cell ?? sheet.anchor,
        {},
      ),
    ];
  if (a.value.lte(0))
    return [
      issueOf(
        M,
        "error",
        FORM7_CODES.badFloorArea,
        a.cell,
        { found: fmt(a.value) },
        { found: a.value.toFixed() },
      ),
    ];
  if (a.value.lt(1)) {
    const v = a.value.toSignificantDigits(6).toFixed();
    return [
      issueOf(M, "error", FORM7_CODES.tinyFloorArea, a.cell, { found: v }, { found: a.value.toFixed() }),
    ];
  }
  return [];
}

function coefficientDiffers(row: Form7RowInput, settings: Settings): Issue[] {
  const def = OFFICIAL_ROWS[row.key];
  const out: Issue[] = [];
  const sheetSet = settings.coefficientSet === "sheet";
  const pairs: [Sourced<Decimal> | null, Decimal | null, "heat" | "emission"][] = [
    [row.heatCoef, def.heatCoef, "heat"],
    [row.emissionCoef, def.emissionCoef, "emission"],
  ];
  for (const [printed, official, coefficient] of pairs) {
    if (!printed || !official || printed.value.eq(official)) continue;
    out.push(
      issueOf(
        M,
        "warning",
        FORM7_CODES.coefficientDiffers,
        printed.cell,
        { label: def.label, coefficient, printed: fmt(printed.value), official: fmt(official), sheetSet },
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
  if (!row.unit)
    return [
      issueOf(M, "warning", FORM7_CODES.missingUnit, row.usage.cell, { label: def.label, unit: def.unit }),
    ];
  const official = parseUnit(def.unit)!;
  const printed = parseUnit(row.unit.value);
  if (printed && unitMatches(printed, official)) return [];
  const thousand = printed && printed.factor === 1000 && unitMatches({ ...printed, factor: 1 }, official);
  const u = row.unit.value;
  return [
    issueOf(
      M,
      "warning",
      FORM7_CODES.unitDiffers,
      row.unit.cell,
      { label: def.label, unit: u, formUnit: def.unit, thousand: !!thousand },
      { unit: u, expectedUnit: def.unit },
    ),
  ];
}

function otherFuel(row: Form7RowInput): Issue[] {
  if (!row.usage || row.usage.value.isZero()) return [];
  const out: Issue[] = [];
  const p = OTHER_FUEL_PLAUSIBLE;
  if (!row.heatCoef || !row.emissionCoef || !row.unit) {
    const missing = (
      [!row.unit && "unit", !row.heatCoef && "heat", !row.emissionCoef && "emission"] as const
    ).filter((m) => m !== false);
    out.push(
      issueOf(
        M,
        "error",
        FORM7_CODES.otherFuelCoefficients,
        row.usage.cell,
        { missing },
        { missing: missing.map((m) => MISSING[m].en).join(",") },
      ),
    );
  }
  const h = row.heatCoef;
  if (h && (h.value.lt(p.heatCoef.min) || h.value.gt(p.heatCoef.max)))
    out.push(
      issueOf(
        M,
        "warning",
        FORM7_CODES.otherFuelImplausible,
        h.cell,
        { coefficient: "heat", found: fmt(h.value), asCarbon: null },
        { found: h.value.toFixed(), min: p.heatCoef.min.toFixed(), max: p.heatCoef.max.toFixed() },
      ),
    );
  const e = row.emissionCoef;
  if (e && (e.value.lt(p.emissionCoef.min) || e.value.gt(p.emissionCoef.max))) {
    const asCarbon = e.value.div(CO2_PER_C);
    const looksCo2 = asCarbon.gte(p.emissionCoef.min) && asCarbon.lte(p.emissionCoef.max);
    out.push(
      issueOf(
        M,
        "warning",
        FORM7_CODES.otherFuelImplausible,
        e.cell,
        {
          coefficient: "emission",
          found: fmt(e.value),
          asCarbon: looksCo2 ? formatDecimal(roundHalfUp(asCarbon, 4)) : null,
        },
        { found: e.value.toFixed(), min: p.emissionCoef.min.toFixed(), max: p.emissionCoef.max.toFixed() },
      ),
    );
  }
  // The form divides by 1000 (GJ per 千 units). With usage in kL, t or 千Nm³ and a coefficient per kL, t or
  // 千Nm³ (39.1 for A重油), the heat comes out 1000 times too small.
  const unit = row.unit ? parseUnit(row.unit.value) : null;
  if (row.unit && unit?.factor === 1000 && h && h.value.gte(p.heatCoef.min) && h.value.lte(p.heatCoef.max))
    out.push(
      issueOf(
        M,
        "warning",
        FORM7_CODES.otherFuelUnitScale,
        row.unit.cell,
        {
          unit: row.unit.value,
          coefficient: fmt(h.value),
          enterIn: unit.base === "kg" ? "kg" : unit.base === "L" ? "L" : "Nm3",
        },
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
    out.push(issueOf(M, "warning", FORM7_CODES.doubleCount, other.cell, {}));
  const area = sheet.input.site.floorAreaM2?.value;
  const used = ELECTRICITY.map((k) => byKey.get(k)?.usage).filter((u): u is Sourced<Decimal> => !!u);
  if (area && area.gte(1) && used.length) {
    const perM2 = sum(used.map((u) => u.value)).div(area);
    const low = perM2.gt(0) && perM2.lt(ELECTRICITY_KWH_PER_M2.min);
    if (low || perM2.gt(ELECTRICITY_KWH_PER_M2.max)) {
      const shown = roundHalfUp(perM2, 2);
      out.push(
        issueOf(
          M,
          "warning",
          FORM7_CODES.electricityImplausible,
          used[0].cell,
          { kWhPerM2: formatDecimal(shown, 2), low },
          { kWhPerM2: shown.toFixed() },
        ),
      );
    }
  }
  return out;
}

function intensity(sheet: Form7Held, result: Form7Result): Issue[] {
  const i = result.reported.intensityKgPerM2;
  if (i === null || i.lte(INTENSITY_MAX_KG_PER_M2)) return [];
  const cell: CellRef = sheet.computed.intensityKgPerM2?.cell ?? sheet.anchor;
  return [
    issueOf(
      M,
      "warning",
      FORM7_CODES.intensityImplausible,
      cell,
      { intensity: formatDecimal(i, 1) },
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
        issueOf(
          M,
          "error",
          FORM7_CODES.negativeUsage,
          row.usage.cell,
          { label: def.label, found: fmt(row.usage.value) },
          { found: row.usage.value.toFixed() },
        ),
      );
    out.push(...unitOfRow(row));
    out.push(...(row.key === "otherFuel" ? otherFuel(row) : coefficientDiffers(row, settings)));
  }
  return [...out, ...electricity(sheet), ...intensity(sheet, result)];
}
