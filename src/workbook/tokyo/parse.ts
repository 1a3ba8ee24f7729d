/**
 * Reads one located (その2): the table, the figures ①–⑯ and the floor area with the Form 7 parser (the same
 * cells, the same issues), then what (その2) prints its own way — the boxed 事業所番号 and postcode, the
 * tick boxes of 所有形態 and 主たる用途, the fiscal year in section 2's heading, the ※2 tenant block and the
 * renewable-energy section. Never throws.
 */
import type { Decimal } from "../../domain/decimal";
import type { Form7Sheet, HeldCell } from "../form7/sheet";
import type { CellRef, Issue, Sourced } from "../../domain/issue";
import {
  EXTENT_OPTIONS,
  MAIN_USE_OPTIONS,
  OWNER_OPTIONS,
  suggestedCategory,
  type BuildingExtent,
  type OwnerType,
  type TokyoMainUse,
  type TokyoOwnership,
} from "../../domain/tokyo/site";
import type { TenantHeld, TenantInput } from "../../domain/tokyo/tenant";
import type { Coord } from "../address";
import type { Grid } from "../grid";
import { fiscalYearOf } from "../../domain/fiscalYear";
import { readSourcedNumber } from "../readCell";
import { readNumber, readText } from "../text";
import { parseForm7, readHeld } from "../form7/parse";
import type { LabelledCell } from "../form7/locate";
import { readBoxes, readTicks, type TickedOption } from "./cells";
import type { TokyoSiteLocation } from "./locate";

/** A renewable-energy line as printed: its label, its value (number or text) and unit. */
export interface RenewableLine {
  label: string;
  value: string | null;
  unit: string | null;
  cell: CellRef;
}

/** What (その2) holds beyond Form 7's fields. */
export interface TokyoSiteExtras {
  fiscalYear: Sourced<number> | null;
  postcode: Sourced<string> | null;
  municipality: Sourced<string> | null;
  ownership: TokyoOwnership & { ticked: Sourced<string>[] };
  mainUseTicked: (Sourced<string> & { use: TokyoMainUse })[];
  /** The benchmark category the ticked main use suggests (a starting point), or null. */
  suggestedCategory: number | null;
  tenant: { input: TenantInput; cells: Partial<Record<keyof TenantInput, CellRef>>; held: TenantHeld } | null;
  renewable: RenewableLine[];
}

export interface TokyoSiteSheet {
  form: Form7Sheet;
  tokyo: TokyoSiteExtras;
}

function ref(grid: Grid, at: Coord): CellRef {
  return { sheet: grid.sheet, address: grid.address(at.row, at.col) };
}

function held(grid: Grid, at: LabelledCell | undefined): HeldCell | null {
  return at ? readHeld(grid, at.value) : null;
}

/** The rows a label's options span: from its row to the row before the next section-1 label below it. */
function optionRows(loc: TokyoSiteLocation, label: LabelledCell, bottom: number): [number, number] {
  const below = Object.values(loc.tokyoSite)
    .map((c) => c!.label.row)
    .filter((r) => r > label.label.row);
  return [label.label.row, Math.min(bottom, below.length ? Math.min(...below) - 1 : label.label.row + 2)];
}

function ticksOf<V>(
  grid: Grid,
  loc: TokyoSiteLocation,
  label: LabelledCell | undefined,
  options: readonly { label: string; value: V }[],
  bottom: number,
): TickedOption<V>[] {
  if (!label) return [];
  const [top, end] = optionRows(loc, label, bottom);
  return readTicks(grid, top, end, label.label.col + 1, options);
}

function readRenewable(grid: Grid, loc: TokyoSiteLocation): RenewableLine[] {
  if (!loc.renewable) return [];
  const out: RenewableLine[] = [];
  for (let r = loc.renewable.top; r <= loc.renewable.bottom; r++) {
    let label: string | null = null;
    let labelAt: Coord | null = null;
    let value: string | null = null;
    let unit: string | null = null;
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (v === null) continue;
      const text = readText(v);
      if (text === "") continue;
      const n = readNumber(v);
      if (label !== null && value === null && n.kind === "number") value = n.value.toFixed();
      else if (label === null) {
        label = text;
        labelAt = { row: r, col: c };
      } else if (value !== null && unit === null) unit = text;
      else if (value === null) value = text; // a ticked option or a typed note
    }
    if (label !== null && labelAt) out.push({ label, value, unit, cell: ref(grid, labelAt) });
  }
  return out;
}

function readTenant(grid: Grid, loc: TokyoSiteLocation, issues: Issue[]): TokyoSiteExtras["tenant"] {
  const t = loc.tenant;
  if (!t) return null;
  const num = (at: LabelledCell | undefined, ja: string, en: string): Sourced<Decimal> | null =>
    at ? readSourcedNumber(grid, at.value.row, at.value.col, { ja, en }, issues).value : null;
  const unit = num(t.unitFigure, "推計 原単位", "tenant unit figure");
  const area = num(t.floorArea, "推計 床面積", "tenant floor area");
  const hours = num(t.hours, "推計 稼働時間", "operating hours");
  const cells: Partial<Record<keyof TenantInput, CellRef>> = {};
  if (unit) cells.unitFigure = unit.cell;
  if (area) cells.floorAreaM2 = area.cell;
  if (hours) cells.hours = hours.cell;
  return {
    input: { unitFigure: unit?.value ?? null, floorAreaM2: area?.value ?? null, hours: hours?.value ?? null },
    cells,
    held: { heatGJ: held(grid, t.heatGJ), kWh: held(grid, t.kWh), co2T: held(grid, t.co2T) },
  };
}

export function parseTokyoSite(grid: Grid, loc: TokyoSiteLocation): TokyoSiteSheet {
  const form = parseForm7(grid, loc);
  const site = form.input.site;
  const s = loc.tokyoSite;
  const siteBottom = (loc.heading?.row ?? loc.header.row) - 1;

  // 事業所番号: one character per box.
  if (s.siteNumber) {
    const boxes = readBoxes(grid, s.siteNumber.label);
    site.siteNumber = boxes ? { value: boxes.text, cell: ref(grid, boxes.first) } : null;
  }
  // 所在地: 〒 and the postcode in boxes, then the address text.
  let postcode: Sourced<string> | null = null;
  if (s.address) {
    const boxes = readBoxes(grid, s.address.label, { skip: /^(〒|郵便番号)$/ });
    let from = s.address.label.col + 1;
    if (boxes && /^\d{3}-?\d{4}$/.test(boxes.text)) {
      postcode = { value: boxes.text, cell: ref(grid, boxes.first) };
      from = boxes.last.col + 1;
    }
    site.address = null;
    for (let c = from; c <= grid.right; c++) {
      const text = readText(grid.value(s.address.label.row, c));
      if (text.length > 1 && !/^(〒|郵便番号)$/.test(text)) {
        site.address = { value: text, cell: ref(grid, { row: s.address.label.row, col: c }) };
        break;
      }
    }
  }
  let municipality: Sourced<string> | null = null;
  if (s.municipality) {
    const text = readText(grid.value(s.municipality.value.row, s.municipality.value.col));
    if (text) municipality = { value: text, cell: ref(grid, s.municipality.value) };
  }

  const owners = ticksOf<OwnerType | BuildingExtent>(
    grid,
    loc,
    s.ownership,
    [...OWNER_OPTIONS, ...EXTENT_OPTIONS],
    siteBottom,
  );
  const uses = ticksOf(grid, loc, s.mainUse, MAIN_USE_OPTIONS, siteBottom);
  const tickedOwners = owners.filter((o) => o.ticked);
  const ownership: TokyoOwnership = {
    owner: (tickedOwners.find((o) => o.value === "self" || o.value === "other")?.value as OwnerType) ?? null,
    extent:
      (tickedOwners.find((o) => o.value !== "self" && o.value !== "other")?.value as BuildingExtent) ?? null,
  };
  const tickedUses = uses.filter((u) => u.ticked);
  const mainUseTicked = tickedUses.map((u) => ({ value: u.label, cell: ref(grid, u.at), use: u.value }));
  site.mainUse =
    mainUseTicked.length > 0
      ? { value: mainUseTicked.map((u) => u.value).join("・"), cell: mainUseTicked[0].cell }
      : null;

  // The fiscal year of 「（平成29年度の状況）」, also the site's period (the history and excellence read it).
  let fiscalYear: Sourced<number> | null = null;
  if (loc.heading) {
    const text = readText(grid.value(loc.heading.row, loc.heading.col));
    const fy = fiscalYearOf(text);
    const cell = ref(grid, loc.heading);
    if (fy !== null) {
      fiscalYear = { value: fy, cell };
      const era = /(令和|平成)\s*(\d{1,2}|元)\s*年度|\d{4}\s*年度/.exec(text.normalize("NFKC"));
      site.period ??= { value: era ? era[0] : `${fy}年度`, cell };
    }
  }

  return {
    form,
    tokyo: {
      fiscalYear,
      postcode,
      municipality,
      ownership: {
        ...ownership,
        ticked: tickedOwners.map((o) => ({ value: o.label, cell: ref(grid, o.at) })),
      },
      mainUseTicked,
      suggestedCategory: suggestedCategory(
        tickedUses.map((u) => u.value),
        ownership,
      ),
      tenant: readTenant(grid, loc, form.issues),
      renewable: readRenewable(grid, loc),
    },
  };
}
