/**
 * The cohort forecast (spec jcredit.md §2): units joining each fiscal year are credited for L years from
 * their first (a fraction f the first year, 1 − f in year L), per menu; each menu-year is floored to whole
 * t-CO2 and every total is built from the floored figures; the ward's share under the success-fee or the
 * participation-fee model; revenue by credit class.
 */
import { z } from "zod";
import { dec, sum, type Decimal, ZERO } from "../decimal";

const decimalString = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const d = dec(v);
    if (!d.isFinite()) throw new Error("not finite");
    return d;
  } catch {
    ctx.addIssue({ code: "custom", message: `not a number: ${String(v)}` });
    return z.NEVER;
  }
});

const intakeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("given"), units: z.array(decimalString) }),
  z.object({ kind: z.literal("constant"), first: decimalString }),
  z.object({ kind: z.literal("linear"), first: decimalString, step: decimalString }),
  z.object({ kind: z.literal("compound"), first: decimalString, growth: decimalString }),
]);

const reductionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("given"), tPerUnitYear: decimalString }),
  z.object({
    kind: z.literal("solar"),
    kW: decimalString,
    kWhPerKw: decimalString,
    selfConsumption: decimalString,
  }),
  z.object({ kind: z.literal("savedKWh"), kWh: decimalString }),
]);

export const cohortParamsSchema = z.object({
  /** First fiscal year of the horizon (e.g. 2026 = R8) and its length. */
  firstYear: z.number().int().min(2000).max(2100),
  years: z.number().int().min(1).max(60),
  creditingYears: z.number().int().min(1).max(30).default(8),
  firstYearFraction: decimalString.prefault(1),
  /** Last fiscal year that can be credited (none by default). */
  capYear: z.number().int().nullable().default(null),
  /** Grid factor (t-CO2/kWh) per fiscal year; missing years use `defaultGridFactor`. */
  gridFactor: z.record(z.string(), decimalString).default({}),
  defaultGridFactor: decimalString.prefault("0.000423"),
  menus: z
    .array(
      z.object({
        name: z.string().min(1),
        creditClass: z.enum(["renewable", "energySaving"]),
        intake: intakeSchema,
        reduction: reductionSchema,
      }),
    )
    .min(1),
  prices: z
    .object({
      renewable: decimalString.nullable().default(null),
      energySaving: decimalString.nullable().default(null),
    })
    .default({ renewable: null, energySaving: null }),
  wardShare: z
    .discriminatedUnion("model", [
      z.object({ model: z.literal("successFee"), share: decimalString }),
      z.object({
        model: z.literal("participationFee"),
        feeYen: decimalString,
        referencePriceYenPerT: decimalString,
      }),
    ])
    .nullable()
    .default(null),
});

export type CohortParamsInput = z.input<typeof cohortParamsSchema>;
export type CohortParams = z.output<typeof cohortParamsSchema>;

export interface MenuForecast {
  name: string;
  creditClass: "renewable" | "energySaving";
  /** Full precision per fiscal year. */
  exact: Decimal[];
  /** Floored to whole t per fiscal year (what the table reports). */
  credits: Decimal[];
  total: Decimal;
}

export interface CohortForecast {
  fiscalYears: number[];
  menus: MenuForecast[];
  /** Per fiscal year, sums of the floored menu figures. */
  totals: Decimal[];
  grandTotal: Decimal;
  ward: { tonnes: Decimal; model: "successFee" | "participationFee" } | null;
  revenueYen: Decimal | null;
}

function intakeOf(i: CohortParams["menus"][number]["intake"], k: number): Decimal {
  switch (i.kind) {
    case "given":
      return i.units[k] ?? ZERO;
    case "constant":
      return i.first;
    case "linear":
      return i.first.plus(i.step.mul(k));
    case "compound":
      return i.first.mul(dec(1).plus(i.growth).pow(k));
  }
}

function unitReduction(r: CohortParams["menus"][number]["reduction"], factor: Decimal): Decimal {
  switch (r.kind) {
    case "given":
      return r.tPerUnitYear;
    case "solar":
      return r.kW.mul(r.kWhPerKw).mul(r.selfConsumption).mul(factor);
    case "savedKWh":
      return r.kWh.mul(factor);
  }
}

/** Share of a cohort's annual reduction credited `age` years after it joined. */
export function weight(age: number, L: number, f: Decimal): Decimal {
  if (age === 0) return f;
  if (age > 0 && age < L) return dec(1);
  if (age === L) return dec(1).minus(f);
  return ZERO;
}

export function forecastCohorts(input: CohortParamsInput): CohortForecast {
  const p = cohortParamsSchema.parse(input);
  const fiscalYears = Array.from({ length: p.years }, (_, i) => p.firstYear + i);
  const menus = p.menus.map((m) => {
    const exact = fiscalYears.map((fy, y) => {
      if (p.capYear !== null && fy > p.capYear) return ZERO;
      const u = unitReduction(m.reduction, p.gridFactor[String(fy)] ?? p.defaultGridFactor);
      let units = ZERO;
      for (let k = 0; k <= y; k++)
        units = units.plus(intakeOf(m.intake, k).mul(weight(y - k, p.creditingYears, p.firstYearFraction)));
      return u.mul(units);
    });
    const credits = exact.map((c) => c.floor());
    return { name: m.name, creditClass: m.creditClass, exact, credits, total: sum(credits) };
  });
  const totals = fiscalYears.map((_, y) => sum(menus.map((m) => m.credits[y])));
  const grandTotal = sum(totals);
  let ward: CohortForecast["ward"] = null;
  if (p.wardShare?.model === "successFee")
    ward = { model: "successFee", tonnes: grandTotal.mul(p.wardShare.share).floor() };
  if (p.wardShare?.model === "participationFee")
    ward = {
      model: "participationFee",
      tonnes: grandTotal.minus(p.wardShare.feeYen.div(p.wardShare.referencePriceYenPerT)),
    };
  const priced = menus.every((m) => p.prices[m.creditClass] !== null);
  const revenueYen = priced ? sum(menus.map((m) => m.total.mul(p.prices[m.creditClass]!))).floor() : null;
  return { fiscalYears, menus, totals, grandTotal, ward, revenueYen };
}
