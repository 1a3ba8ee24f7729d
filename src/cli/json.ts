/** The command line's JSON document: one entry per file, one per form (the contract in README). */
import type { FormAnalysis } from "../app/analyze";
import { ratioText } from "../domain/benchmark/rank";
import { toExact, type Decimal } from "../domain/decimal";
import type { ForecastRow } from "../domain/jcredit/forecastCheck";
import type { CreditForecastAnalysis } from "../workbook/jcredit/forecastTable";
import type { ReturnTableAnalysis } from "../workbook/jcredit/returnTableSheet";
import type { Form7RowKey } from "../domain/form7/types";
import { issueText, type Issue } from "../domain/issue";
import type { Form7Analysis } from "../workbook/analysis";
import type { Form8 } from "../workbook/form8/form8";
import type { Form8Finding } from "./form8Run";
import type { PriceJson } from "./prices";
import { INTENSITY_PLACES } from "../domain/tokyo/business";
import type { TokyoSiteAnalysis } from "../workbook/tokyo/analyze";
import type { TokyoBusinessAnalysis } from "../workbook/tokyo/business";

export interface IssueJson {
  severity: Issue["severity"];
  cell: string | null;
  sheet: string | null;
  code: string;
  message: string;
  params?: Record<string, string>;
}

export interface FileJson {
  file: string;
  error: { code: string; message: string } | null;
  forms: Record<string, unknown>[];
  /** Problems of the workbook as a whole (e.g. its benchmark sheet). */
  issues?: IssueJson[];
  /** Form 8 cover sheets and the sites they list (matched at the end of the run: the document's `form8`). */
  form8Sheets?: Form8SheetJson[];
  /** The workbook's own reference prices (its price sheet), when it has one: listed, never applied. */
  referencePrices?: PriceJson[];
  /** --write: the filled copy and the number of cells written into it. */
  output?: string;
  written?: number;
}

export interface Form8SheetJson {
  sheet: string;
  anchor: string;
  sites: {
    index: number | null;
    name: string | null;
    siteNumber: string | null;
    form: string | null;
    cell: string;
  }[];
}

/** A run-level Form 8 finding: the file and folder with the issue (whose cell is on the Form 8 sheet). */
export interface Form8FindingJson extends IssueJson {
  file: string;
  folder: string;
  filesSearched: number;
}

/**
 * Writes `{ "files": [ … ], …rest }` file by file as each is checked, byte for byte what
 * `JSON.stringify({ files, ...rest }, null, 2)` would give, without holding every file's report until the
 * end; `rest` (the run-level fields) comes at the end of the run.
 */
export class JsonStream {
  private count = 0;
  constructor(private readonly out: { write(s: string): unknown }) {
    out.write('{\n  "files": [');
  }

  file(f: FileJson): void {
    const body = JSON.stringify(f, null, 2).replace(/\n/g, "\n    ");
    this.out.write(`${this.count++ === 0 ? "\n" : ",\n"}    ${body}`);
  }

  end(rest: Record<string, unknown> = {}): void {
    this.out.write(this.count === 0 ? "]" : "\n  ]");
    for (const [key, value] of Object.entries(rest))
      this.out.write(`,\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`);
    this.out.write("\n}\n");
  }
}

export function form8SheetJson(f: Form8): Form8SheetJson {
  return {
    sheet: f.sheet,
    anchor: f.anchor.address,
    sites: f.sites.map((s) => ({
      index: s.index,
      name: s.name?.value ?? null,
      siteNumber: s.siteNumber?.value ?? null,
      form: s.form?.value ?? null,
      cell: s.cell.address,
    })),
  };
}

export function form8FindingJson(f: Form8Finding, lang: "ja" | "en"): Form8FindingJson {
  return { file: f.file, folder: f.folder, filesSearched: f.filesSearched, ...issueJson(f.issue, lang) };
}

export function issueJson(i: Issue, lang: "ja" | "en"): IssueJson {
  const out: IssueJson = {
    severity: i.severity,
    cell: i.cell?.address ?? null,
    sheet: i.cell?.sheet ?? null,
    code: i.code,
    message: issueText(i, lang),
  };
  if (i.params) out.params = i.params;
  return out;
}

function form7Json(f: Form7Analysis, lang: "ja" | "en"): Record<string, unknown> {
  const rep = f.result.reported;
  const rows: Partial<Record<Form7RowKey, unknown>> = {};
  for (const input of f.form.input.rows) {
    const r = f.result.rows[input.key];
    if (!r || input.usage === null) continue;
    rows[input.key] = {
      usage: toExact(input.usage.value),
      heatGJ: r.heatGJ === null ? null : toExact(r.heatGJ),
      co2T: toExact(r.co2T),
      cell: input.usage.cell.address,
    };
  }
  const site = f.form.input.site;
  return {
    kind: "form7",
    ...(f.variant ? { variant: f.variant } : {}),
    sheet: f.sheet,
    anchor: f.anchor.address,
    figures: {
      energyGJ: rep.energyGJ.toNumber(),
      crudeOilKl: rep.crudeOilKl.toNumber(),
      co2EnergyT: rep.co2EnergyT.toNumber(),
      co2WaterT: rep.co2WaterT.toNumber(),
      co2TotalT: rep.co2TotalT.toNumber(),
      intensityKgPerM2: rep.intensityKgPerM2 === null ? null : rep.intensityKgPerM2.toNumber(),
    },
    exact: {
      energyGJ: toExact(f.result.exact.energyGJ),
      co2EnergyT: toExact(f.result.exact.co2EnergyT),
      co2WaterT: toExact(f.result.exact.co2WaterT),
      crudeOilKl: toExact(f.result.exact.crudeOilKl),
    },
    rows,
    site: {
      name: site.name?.value ?? null,
      siteNumber: site.siteNumber?.value ?? null,
      floorAreaM2: site.floorAreaM2 ? toExact(site.floorAreaM2.value) : null,
      mainUse: site.mainUse?.value ?? null,
      reportDate: site.reportDate?.value ?? null,
      class: f.siteClass,
      ...(f.tokyo ? tokyoSiteJson(f.tokyo).site : {}),
    },
    ...(f.tokyo ? { tokyo: tokyoSiteJson(f.tokyo).tokyo } : {}),
    benchmark: f.benchmark
      ? {
          category: f.benchmark.category,
          average: toExact(f.benchmark.average),
          rank: f.benchmark.rank,
          ratio: ratioText(f.benchmark),
          band: {
            from: f.benchmark.band.from && toExact(f.benchmark.band.from),
            to: f.benchmark.band.to && toExact(f.benchmark.band.to),
          },
          nextRank: f.benchmark.nextRank,
          cutToNextRankKgPerM2: f.benchmark.cutToNextKgPerM2 && toExact(f.benchmark.cutToNextKgPerM2),
          cutToNextRankT: f.benchmark.cutToNextT && toExact(f.benchmark.cutToNextT),
        }
      : null,
    excellence: f.excellence
      ? {
          baseYear: f.excellence.base?.fiscalYear ?? null,
          base: f.excellence.base?.kind ?? null,
          years: f.excellence.years,
          thresholdPct: toExact(f.excellence.thresholdPct),
          energyReductionPct: f.excellence.energy.ratePct && f.excellence.energy.ratePct.toFixed(2),
          co2ReductionPct: f.excellence.co2.ratePct && f.excellence.co2.ratePct.toFixed(2),
          excellent: f.excellence.excellent,
        }
      : null,
    issues: f.issues.map((i) => issueJson(i, lang)),
    writes: f.writes.filter((w) => w.state !== "same").length,
  };
}

/** What a (その2) adds: `site.ownership`, `site.mainUseTicked`, and `tokyo` (year, postcode, ⑪–⑬, renewables). */
function tokyoSiteJson(t: TokyoSiteAnalysis): {
  site: Record<string, unknown>;
  tokyo: Record<string, unknown>;
} {
  return {
    site: {
      ownership: {
        owner: t.ownership.owner,
        extent: t.ownership.extent,
        ticked: t.ownership.ticked.map((x) => x.value),
      },
      mainUseTicked: t.mainUseTicked.map((u) => u.value),
    },
    tokyo: {
      fiscalYear: t.fiscalYear?.value ?? null,
      postcode: t.postcode?.value ?? null,
      municipality: t.municipality?.value ?? null,
      suggestedCategory: t.suggestedCategory,
      tenant: t.tenantResult
        ? {
            heatGJ: toExact(t.tenantResult.heatGJ),
            kWh: toExact(t.tenantResult.kWh),
            co2T: toExact(t.tenantResult.co2T),
            cells: Object.fromEntries(Object.entries(t.tenant?.cells ?? {}).map(([k, c]) => [k, c.address])),
          }
        : null,
      renewable: t.renewable.map((r) => ({
        label: r.label,
        value: r.value,
        unit: r.unit,
        cell: r.cell.address,
      })),
    },
  };
}

function tokyoBusinessJson(f: TokyoBusinessAnalysis, lang: "ja" | "en"): Record<string, unknown> {
  const rate = (d: Decimal | null) => (d === null ? null : d.toFixed(2));
  return {
    kind: "tokyoBusiness",
    sheet: f.sheet,
    anchor: f.anchor.address,
    businessNumber: f.businessNumber?.value ?? null,
    name: f.name?.value ?? null,
    years: f.years.map((y) => {
      const i = f.result.years.find((r) => r.fiscalYear === y.fiscalYear)?.intensityKgPerM2 ?? null;
      return {
        fiscalYear: y.fiscalYear,
        co2T: y.co2T ? y.co2T.value.toNumber() : null,
        floorAreaM2: y.floorAreaM2 ? y.floorAreaM2.value.toNumber() : null,
        intensityKgPerM2: i === null ? null : i.toFixed(INTENSITY_PLACES),
        cells: {
          fiscalYear: y.yearCell.address,
          co2T: y.co2T?.cell.address ?? null,
          floorAreaM2: y.floorAreaM2?.cell.address ?? null,
          intensityKgPerM2: y.intensity?.cell.address ?? null,
        },
      };
    }),
    averageRates: {
      co2ReductionPct: rate(f.result.averageRates.co2ReductionPct),
      intensityImprovementPct: rate(f.result.averageRates.intensityImprovementPct),
      cells: {
        co2ReductionPct: f.rates.co2ReductionPct?.cell.address ?? null,
        intensityImprovementPct: f.rates.intensityImprovementPct?.cell.address ?? null,
      },
    },
    issues: f.issues.map((i) => issueJson(i, lang)),
    writes: f.writes.filter((w) => w.state !== "same").length,
  };
}

function returnTableJson(f: ReturnTableAnalysis, lang: "ja" | "en"): Record<string, unknown> {
  const n = (d: Decimal | null) => (d === null ? null : d.toNumber());
  return {
    kind: "returnTable",
    sheet: f.sheet,
    anchor: f.anchor.address,
    rows: f.rows.map((r) => ({
      label: r.label,
      reductionT: n(r.reductionT),
      recomputedT: n(r.recomputedT),
      priceYenPerT: n(r.priceYenPerT),
      A: n(r.A),
      returnRatePct: n(r.returnRatePct),
      B: n(r.B),
      cells: r.cells,
    })),
    totals: { reductionT: n(f.totals.reductionT), A: n(f.totals.A), B: n(f.totals.B) },
    preconditions: {
      years: n(f.preconditions.years),
      kWhPerKwYear: n(f.preconditions.kWhPerKwYear),
      gridFactorTPerKWh: toExact(f.preconditions.gridFactorTPerKWh),
    },
    issues: f.issues.map((i) => issueJson(i, lang)),
  };
}

function creditForecastJson(f: CreditForecastAnalysis, lang: "ja" | "en"): Record<string, unknown> {
  const row = (r: ForecastRow) => ({
    label: r.label,
    values: r.values.map((v) => (v ? v.value.toNumber() : null)),
    total: r.total ? r.total.value.toNumber() : null,
    cells: { values: r.values.map((v) => v?.cell.address ?? null), total: r.total?.cell.address ?? null },
  });
  return {
    kind: "creditForecast",
    sheet: f.sheet,
    anchor: f.anchor.address,
    years: f.table.years,
    rows: f.table.rows.map(row),
    totalRow: f.table.totalRow ? row(f.table.totalRow) : null,
    issues: f.issues.map((i) => issueJson(i, lang)),
  };
}

export function formJson(f: FormAnalysis, lang: "ja" | "en"): Record<string, unknown> {
  switch (f.kind) {
    case "form7":
      return form7Json(f, lang);
    case "returnTable":
      return returnTableJson(f, lang);
    case "creditForecast":
      return creditForecastJson(f, lang);
    case "tokyoBusiness":
      return tokyoBusinessJson(f, lang);
    default: {
      const base = f as { kind: string; sheet: string; anchor: { address: string }; issues: Issue[] };
      return {
        kind: base.kind,
        sheet: base.sheet,
        anchor: base.anchor.address,
        issues: base.issues.map((i) => issueJson(i, lang)),
      };
    }
  }
}
