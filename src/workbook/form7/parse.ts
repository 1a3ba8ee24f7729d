/**
 * Reads one located Form 7 into typed input: every number keeps the cell it came from, text numbers are
 * read and reported, unreadable cells are reported at their cell, blank stays blank. Never throws.
 */
import { rowLabel } from "../../domain/form7/coefficients";
import { co2Key, heatKey } from "../../domain/form7/types";
import type { Form7FigureKey, Form7RowInput, Form7RowKey, Form7Site } from "../../domain/form7/types";
import { issueOf, type Bilingual, type CellRef, type Issue, type Sourced } from "../../domain/issue";
import { READ_CODES, READ_MESSAGES as M } from "../../domain/readMessages";
import type { Decimal } from "../../domain/decimal";
import type { Coord } from "../address";
import type { Grid } from "../grid";
import { readSourcedNumber } from "../readCell";
import type { Form7Sheet, HeldCell } from "./sheet";
import { readNumber, readText } from "../text";
import type { Form7Location, LabelledCell } from "./locate";
import { readReportDate } from "./reportDate";

function ref(grid: Grid, at: Coord): CellRef {
  return { sheet: grid.sheet, address: grid.address(at.row, at.col) };
}

/** Reads a usage or coefficient cell; also warns of a unit written in the text (千kWh, MWh …). */
function readNumberCell(
  grid: Grid,
  at: Coord,
  what: { ja: string; en: string },
  issues: Issue[],
): Sourced<Decimal> | null {
  const { value, read: r } = readSourcedNumber(grid, at.row, at.col, what, issues);
  if (!value || r.kind !== "number" || !r.fromText) return value;
  const cell = value.cell;
  if (r.unit && /^(千kwh|mwh|千m3|千nm3|kl|t|gj)$/.test(r.unit)) {
    issues.push(
      issueOf(M, "warning", READ_CODES.unitInText, cell, { what, text: String(r.text) }, { unit: r.unit }),
    );
  }
  return value;
}

/** A computed cell as the sheet holds it now (a text number read leniently; blank or unreadable: null). */
export function readHeld(grid: Grid, at: Coord): HeldCell {
  const raw = grid.value(at.row, at.col);
  const r = readNumber(raw);
  const formula = grid.formula(at.row, at.col);
  return {
    cell: ref(grid, at),
    row: at.row,
    col: at.col,
    raw,
    formula,
    value: r.kind === "number" ? r.value : null,
    formulaWithoutValue: formula !== null && raw === null,
  };
}

function readTextCell(grid: Grid, at: LabelledCell | undefined): Sourced<string> | null {
  if (!at) return null;
  const text = readText(grid.shownValue(at.value.row, at.value.col));
  return text ? { value: text, cell: ref(grid, at.value) } : null;
}

function readSite(grid: Grid, loc: Form7Location, issues: Issue[]): Form7Site {
  const s = loc.site;
  const area = s.floorAreaM2
    ? readNumberCell(grid, s.floorAreaM2.value, { ja: "延床面積", en: "floor area" }, issues)
    : null;
  let benchmarkCategory: Sourced<number> | null = null;
  if (s.benchmarkCategory) {
    const n = readNumber(grid.value(s.benchmarkCategory.value.row, s.benchmarkCategory.value.col));
    if (n.kind === "number" && n.value.isInteger())
      benchmarkCategory = { value: n.value.toNumber(), cell: ref(grid, s.benchmarkCategory.value) };
    else {
      // "2 オフィス(自社ビル)" style: a leading number
      const t = readText(grid.value(s.benchmarkCategory.value.row, s.benchmarkCategory.value.col));
      const m = /^\s*(\d{1,2})/.exec(t.normalize("NFKC"));
      if (m) benchmarkCategory = { value: Number(m[1]), cell: ref(grid, s.benchmarkCategory.value) };
    }
  }
  return {
    name: readTextCell(grid, s.name),
    address: readTextCell(grid, s.address),
    siteNumber: readTextCell(grid, s.siteNumber),
    floorAreaM2: area,
    completion: readTextCell(grid, s.completion),
    industryCode: readTextCell(grid, s.industryCode),
    mainUse: readTextCell(grid, s.mainUse),
    period: readTextCell(grid, s.period),
    benchmarkCategory,
    reportDate: readReportDate(grid, loc),
  };
}

/** What each number cell of a row is called in messages (made once per row key). */
interface RowWhat {
  usage: Bilingual;
  heatCoef: Bilingual;
  emissionCoef: Bilingual;
}
const ROW_WHAT = new Map<Form7RowKey, RowWhat>();

function rowWhat(key: Form7RowKey): RowWhat {
  let w = ROW_WHAT.get(key);
  if (!w) {
    const label = rowLabel(key);
    w = {
      usage: { ja: `${label.ja} 使用量`, en: `${label.en} usage` },
      heatCoef: { ja: `${label.ja} 係数`, en: `${label.en} coefficient` },
      emissionCoef: { ja: `${label.ja} 排出係数`, en: `${label.en} emission factor` },
    };
    ROW_WHAT.set(key, w);
  }
  return w;
}

export function parseForm7(grid: Grid, loc: Form7Location): Form7Sheet {
  const issues: Issue[] = [];
  const { cols } = loc;
  const rows: Form7RowInput[] = [];
  const computed: Partial<Record<Form7FigureKey, HeldCell>> = {};
  for (const { key, row } of loc.rows) {
    const what = rowWhat(key);
    const at = (col: number | undefined): Coord | null => (col === undefined ? null : { row, col });
    const usageAt = at(cols.usage);
    const unitAt = at(cols.unit);
    const heatCoefAt = at(cols.heatCoef);
    const co2CoefAt = at(cols.co2Coef);
    const unitText = unitAt ? readText(grid.value(unitAt.row, unitAt.col)) : "";
    rows.push({
      key,
      usage: usageAt ? readNumberCell(grid, usageAt, what.usage, issues) : null,
      unit: unitAt && unitText ? { value: unitText, cell: ref(grid, unitAt) } : null,
      heatCoef: heatCoefAt ? readNumberCell(grid, heatCoefAt, what.heatCoef, issues) : null,
      emissionCoef: co2CoefAt ? readNumberCell(grid, co2CoefAt, what.emissionCoef, issues) : null,
    });
    const isWater = key === "water" || key === "sewer";
    if (!isWater && cols.heat !== undefined) computed[heatKey(key)] = readHeld(grid, { row, col: cols.heat });
    if (cols.co2 !== undefined) computed[co2Key(key)] = readHeld(grid, { row, col: cols.co2 });
  }
  if (loc.energyTotalRow !== null) {
    if (cols.heat !== undefined)
      computed.energyGJ = readHeld(grid, { row: loc.energyTotalRow, col: cols.heat });
    if (cols.co2 !== undefined)
      computed["co2Energy.subtotal"] = readHeld(grid, { row: loc.energyTotalRow, col: cols.co2 });
  }
  if (loc.waterTotalRow !== null && cols.co2 !== undefined)
    computed["co2Water.subtotal"] = readHeld(grid, { row: loc.waterTotalRow, col: cols.co2 });
  for (const [key, cell] of Object.entries(loc.summary) as [Form7FigureKey, LabelledCell][])
    computed[key] = readHeld(grid, cell.value);

  const site = readSite(grid, loc, issues);
  return { input: { sheet: grid.sheet, site, rows }, computed, anchor: ref(grid, loc.anchor), issues };
}
