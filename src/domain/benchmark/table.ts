/**
 * Benchmark averages as DATA WITH PROVENANCE (spec benchmark.md "Where the averages come from"): every
 * average carries its source and the electricity factor it was computed with. Only sourced values are
 * built in; a benchmark sheet in the workbook (filled or pasted by staff from the official table) takes
 * precedence, category by category (`mergeBenchmarks`).
 *
 * Entries from outside the code (a sheet, a JSON file) go through `benchmarkEntrySchema` (zod): category
 * 1–30 whose name matches table 3-1, a positive average, a positive electricity factor, a source.
 */
import DecimalJs from "decimal.js";
import * as z from "zod/mini";
import { failed } from "../zod";
import { dec, type Decimal } from "../decimal";
import type { Bilingual } from "../issue";
import { OFFICIAL_ROWS } from "../form7/coefficients";
import { categoryByName, categoryByNumber, foldCategoryName } from "./categories";
import { ENTRY_PROBLEM_WORDS, type NameProblem } from "./problemWords";

/** One category's benchmark average with where it comes from. */
export interface BenchmarkEntry {
  /** 区分番号, 1–30 (table 3-1). */
  category: number;
  /** The category's name as table 3-1 prints it (or as the source wrote it, when it folds to the same). */
  name: string;
  /** Category average CO2 intensity, kg-CO2/m² a year. */
  average: Decimal;
  /** Electricity factor the average was computed with (t-CO2/千kWh); compared data must use the same. */
  electricityFactor: Decimal;
  /** Where the figure comes from (publication, or the cell it was read from). */
  source: string;
  /** How many sites the average rests on, where known (a ward benchmark always says). */
  sitesCount?: number;
  /** Share of sites (%) in each band A4, A3, A2, A1, B2, B1, C, where published. */
  bandShares?: Decimal[];
}

/** The electricity factor of Form 7 (t-CO2/千kWh), which the current Tokyo benchmark also uses. */
export const FORM7_ELECTRICITY_FACTOR: Decimal = OFFICIAL_ROWS.electricityOther.emissionCoef ?? dec("0.489");

const decimalValue = z.pipe(
  z.union([z.string(), z.number(), z.custom<Decimal>((v) => DecimalJs.isDecimal(v))]),
  z.transform((v: string | number | Decimal, ctx) => {
    try {
      const d = dec(typeof v === "string" ? v.normalize("NFKC").trim().replace(/,/g, "") : v);
      if (!d.isFinite()) throw new Error("not finite");
      return d;
    } catch {
      return failed(ctx, v, "not a number");
    }
  }),
);
const positive = decimalValue.check(z.refine((d) => d.gt(0), { message: "must be positive" }));
const nonNegative = decimalValue.check(z.refine((d) => !d.isNegative(), { message: "must not be negative" }));

/** Validates and normalises a benchmark entry from outside the code (numbers may be strings or Decimals). */
export const benchmarkEntrySchema = z
  .object({
    category: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
    name: z.string().check(z.trim(), z.minLength(1)),
    average: positive,
    electricityFactor: positive,
    source: z.string().check(z.trim(), z.minLength(1)),
    sitesCount: z.optional(z.number().check(z.int(), z.minimum(1))),
    bandShares: z.optional(z.array(nonNegative).check(z.length(7))),
  })
  .check(
    z.superRefine((e, ctx) => {
      const c = categoryByNumber(e.category);
      if (
        c &&
        foldCategoryName(c.ja) !== foldCategoryName(e.name) &&
        foldCategoryName(c.en) !== foldCategoryName(e.name)
      )
        ctx.addIssue({ code: "custom", path: ["name"], message: "name does not match the category" });
    }),
  );

export type BenchmarkEntryInput = z.input<typeof benchmarkEntrySchema>;

/** A field of an entry that failed validation, with what is wrong in both languages. */
export interface EntryProblem {
  field: "category" | "name" | "average" | "electricityFactor" | "source" | "sitesCount" | "bandShares";
  message: Bilingual;
}

/** A field's problem in words (sheetMessages.ts), with what the name problem needs. */
function problemText(field: EntryProblem["field"], raw: Record<string, unknown>): Bilingual {
  const n = typeof raw.category === "number" ? raw.category : NaN;
  const w = ENTRY_PROBLEM_WORDS[field];
  const c = categoryByNumber(n);
  const other = typeof raw.name === "string" ? categoryByName(raw.name) : null;
  const a: NameProblem = {
    category: n,
    official: c?.ja ?? null,
    written: String(raw.name ?? ""),
    otherCategory: other?.number ?? null,
  };
  return { ja: w.ja(a, ""), en: w.en(a, "") };
}

/** Validates one entry; the problems name the field, so a sheet reader can point at its cell. */
export function validateBenchmarkEntry(raw: Record<string, unknown>): {
  entry: BenchmarkEntry | null;
  problems: EntryProblem[];
} {
  const r = benchmarkEntrySchema.safeParse(raw);
  if (r.success) {
    const e: BenchmarkEntry = {
      category: r.data.category,
      name: r.data.name,
      average: r.data.average,
      electricityFactor: r.data.electricityFactor,
      source: r.data.source,
    };
    if (r.data.sitesCount !== undefined) e.sitesCount = r.data.sitesCount;
    if (r.data.bandShares !== undefined) e.bandShares = r.data.bandShares;
    return { entry: e, problems: [] };
  }
  const fields = new Set<EntryProblem["field"]>();
  for (const i of r.error.issues) fields.add(String(i.path[0] ?? "category") as EntryProblem["field"]);
  // A bad number makes the name check meaningless.
  if (fields.has("category")) fields.delete("name");
  return { entry: null, problems: [...fields].map((field) => ({ field, message: problemText(field, raw) })) };
}

const C40 =
  "東京都 改訂ベンチマーク（C40 事例研究に掲載の値）/ Tokyo's updated benchmark as reported in a C40 case study";

/**
 * The built-in table: ONLY the averages a source gives (spec benchmark.md: owner-occupied offices 65.4 and
 * convenience stores 585.4 kg-CO2/m², Tokyo's updated benchmark as reported in a C40 case study, at the
 * electricity factor 0.489). Every other category has no built-in average, so no rank without a sheet.
 */
export const BUILT_IN_BENCHMARK: readonly BenchmarkEntry[] = [
  {
    category: 2,
    name: "オフィス(自社ビル)",
    average: dec("65.4"),
    electricityFactor: dec("0.489"),
    source: C40,
  },
  {
    category: 5,
    name: "物販店(コンビニ)",
    average: dec("585.4"),
    electricityFactor: dec("0.489"),
    source: C40,
  },
];

/**
 * Tokyo's first (2012 trial) table for mid-size tenant buildings (3,000–10,000 m²): average 78.1
 * kg-CO2/m² at the electricity factor 0.382, shares of sites per band 0.7 / 6.1 / 26.2 / 33.7 / 16.1 / 7.3 /
 * 9.9 % (sum 100.0). A DOCUMENTED REFERENCE ONLY: it is not in BUILT_IN_BENCHMARK and never ranks a site
 * by itself (different factor, different era). Category 3 (テナントビル(オフィス系)) is the nearest of table
 * 3-1; the 2012 table predates the 30 categories.
 */
export const TOKYO_2012_TENANT_REFERENCE: BenchmarkEntry = {
  category: 3,
  name: "テナントビル(オフィス系)",
  average: dec("78.1"),
  electricityFactor: dec("0.382"),
  source:
    "東京都 2012年度 試行版ベンチマーク（中規模テナントビル 3,000–10,000 m²）/ Tokyo 2012 trial benchmark, mid-size tenant buildings",
  bandShares: ["0.7", "6.1", "26.2", "33.7", "16.1", "7.3", "9.9"].map(dec),
};

/** The entry for a category in a table (the built-in one by default), or null when it has no average. */
export function benchmarkFor(
  category: number,
  table: readonly BenchmarkEntry[] = BUILT_IN_BENCHMARK,
): BenchmarkEntry | null {
  return table.find((e) => e.category === category) ?? null;
}

/**
 * The workbook's entries override the built-in ones category by category: the sheet's rows first (the
 * first row of a category wins), then the built-in rows of the categories the sheet does not give.
 */
export function mergeBenchmarks(
  sheetEntries: readonly BenchmarkEntry[],
  builtIn: readonly BenchmarkEntry[] = BUILT_IN_BENCHMARK,
): BenchmarkEntry[] {
  const out: BenchmarkEntry[] = [];
  const given = new Set<number>();
  for (const e of sheetEntries) {
    if (given.has(e.category)) continue;
    given.add(e.category);
    out.push(e);
  }
  return [...out, ...builtIn.filter((e) => !given.has(e.category))];
}
