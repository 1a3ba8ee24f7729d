/**
 * The cohort forecast (spec jcredit.md §2): units joining each fiscal year are credited for L years from
 * their first (a fraction f the first year, 1 − f in year L), per menu; each menu-year is floored to whole
 * t-CO2 and every total is built from the floored figures; the ward's share under the success-fee or the
 * participation-fee model; revenue by credit class (a price per class, optionally per fiscal year).
 *
 * Parameters are validated by `cohortParamsSchema` (zod); `validateCohortParams` gives the problems as
 * readable lines instead of throwing.
 */
import * as z from "zod/mini";
import { failed } from "../zod";
import { dec, sum, type Decimal, ZERO } from "../decimal";

const decimalString = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v: string | number, ctx) => {
    try {
      const d = dec(typeof v === "string" ? v.trim().replace(/,/g, "") : v);
      if (!d.isFinite()) throw new Error("not finite");
      return d;
    } catch {
      return failed(ctx, v, `not a number: ${String(v)}`);
    }
  }),
);

const nonNegative = decimalString.check(
  z.refine((d) => !d.isNegative(), { message: "must not be negative" }),
);
const fraction = decimalString.check(
  z.refine((d) => !d.isNegative() && d.lte(1), { message: "must be between 0 and 1" }),
);
/** A whole number from `min` to `max`. */
const whole = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const fiscalYearKey = z.string().check(z.regex(/^\d{4}$/, "a fiscal year such as 2026"));

/** How a derived intake grows from one cohort to the next. */
const growthSchema = z.discriminatedUnion("rule", [
  z.object({ rule: z.literal("constant") }),
  /** step units more every year */
  z.object({ rule: z.literal("linear"), step: decimalString }),
  /** × (1 + rate) every year */
  z.object({ rule: z.literal("compound"), rate: decimalString }),
]);

const intakeSchema = z.discriminatedUnion("kind", [
  /** Units per cohort year, from the menu's first cohort year on; missing years are 0. */
  z.object({ kind: z.literal("given"), units: z.array(nonNegative) }),
  z.object({ kind: z.literal("constant"), first: nonNegative }),
  z.object({ kind: z.literal("linear"), first: nonNegative, step: decimalString }),
  z.object({ kind: z.literal("compound"), first: nonNegative, growth: decimalString }),
  /**
   * From the subsidy history: base count (the latest year with a programme, or the average of the years
   * with one; null = no programme that year) × participation rate, then the growth rule.
   */
  z.object({
    kind: z.literal("history"),
    counts: z.array(z.nullable(nonNegative)).check(z.minLength(1)),
    participationRate: fraction,
    base: z._default(z.enum(["latest", "average"]), "latest"),
    growth: z._default(growthSchema, { rule: "constant" }),
  }),
]);

const reductionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("given"), tPerUnitYear: nonNegative }),
  /** kW × annual yield (kWh/kW) × self-consumption share × grid factor of the year */
  z.object({
    kind: z.literal("solar"),
    kW: nonNegative,
    kWhPerKw: nonNegative,
    selfConsumption: fraction,
  }),
  /** saved kWh a year × grid factor of the year (LED, air conditioning) */
  z.object({ kind: z.literal("savedKWh"), kWh: nonNegative }),
]);

/** A price (yen/t): one figure, or a default with figures for some fiscal years ("2027": 3500). */
const priceSchema = z._default(
  z.nullable(
    z.union([
      nonNegative,
      z.object({
        default: z._default(z.nullable(nonNegative), null),
        byYear: z._default(z.record(fiscalYearKey, nonNegative), {}),
      }),
    ]),
  ),
  null,
);

export const CREDIT_CLASSES = ["renewable", "energySaving"] as const;
export type CreditClass = (typeof CREDIT_CLASSES)[number];

export const menuSchema = z.object({
  /** "太陽光発電 / 区民" */
  name: z.string().check(z.minLength(1, "a menu needs a name")),
  creditClass: z.enum(CREDIT_CLASSES),
  /** Fiscal year of the menu's first cohort (intake index 0); the horizon's first year by default. */
  firstCohortYear: z.optional(whole(2000, 2100)),
  intake: intakeSchema,
  reduction: reductionSchema,
});

export const cohortParamsSchema = z
  .object({
    /** First fiscal year of the horizon (e.g. 2026 = R8) and its length. */
    firstYear: whole(2000, 2100),
    years: whole(1, 60),
    creditingYears: z._default(whole(1, 30), 8),
    firstYearFraction: z.prefault(fraction, 1),
    /** Last fiscal year that can be credited (none by default; 2030 for the rule text's 2031-03-31). */
    capYear: z._default(z.nullable(whole(2000, 2100)), null),
    /** Grid factor (t-CO2/kWh) per fiscal year ("2027": "0.0004"); missing years use `defaultGridFactor`. */
    gridFactor: z._default(z.record(fiscalYearKey, nonNegative), {}),
    defaultGridFactor: z.prefault(nonNegative, "0.000423"),
    menus: z.array(menuSchema).check(z.minLength(1, "at least one menu")),
    prices: z._default(z.object({ renewable: priceSchema, energySaving: priceSchema }), {
      renewable: null,
      energySaving: null,
    }),
    wardShare: z._default(
      z.nullable(
        z.discriminatedUnion("model", [
          /** 成功報酬型: the ward receives share s of the certified credits. */
          z.object({ model: z.literal("successFee"), share: fraction }),
          /** 参加費型: the ward receives every credit and pays a fee, compared as fee ÷ reference price t. */
          z.object({
            model: z.literal("participationFee"),
            feeYen: nonNegative,
            referencePriceYenPerT: decimalString.check(
              z.refine((d) => d.gt(0), { message: "must be above 0" }),
            ),
          }),
        ]),
      ),
      null,
    ),
  })
  .check(
    z.superRefine((p, ctx) => {
      p.menus.forEach((m, i) => {
        if (m.firstCohortYear !== undefined && m.firstCohortYear > p.firstYear + p.years - 1)
          ctx.addIssue({
            code: "custom",
            path: ["menus", i, "firstCohortYear"],
            message: "the first cohort joins after the horizon",
          });
      });
    }),
  );

export type CohortParamsInput = z.input<typeof cohortParamsSchema>;
export type CohortParams = z.output<typeof cohortParamsSchema>;
export type MenuParams = CohortParams["menus"][number];

/** Problems of a parameter set as lines "menus.0.intake.first: not a number: abc". */
export function validateCohortParams(
  input: unknown,
): { ok: true; params: CohortParams } | { ok: false; messages: string[] } {
  const r = cohortParamsSchema.safeParse(input);
  if (r.success) return { ok: true, params: r.data };
  return {
    ok: false,
    messages: r.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(parameters)"}: ${i.message}`),
  };
}

export interface MenuForecast {
  name: string;
  creditClass: CreditClass;
  /** Units joining in each horizon year (cohorts before the horizon are in `exact` but not here). */
  intake: Decimal[];
  /** Per-unit annual reduction (t-CO2) in each horizon year (the grid factor may differ by year). */
  perUnit: Decimal[];
  /** Full precision per fiscal year. */
  exact: Decimal[];
  /** Floored to whole t per fiscal year (what the table reports). */
  credits: Decimal[];
  total: Decimal;
  /** Whole yen at the class price of each year; null when some year has no price. */
  revenueYen: Decimal | null;
}

export interface WardShare {
  model: "successFee" | "participationFee";
  /** Success fee: floor(grand total × s). Participation fee: grand total − equivalent t (not rounded). */
  tonnes: Decimal;
  /** Participation fee: fee ÷ reference price (t); null for the success fee. */
  equivalentTonnes: Decimal | null;
  /** Success fee: floor(Σ menu-year credits × s × price). Participation fee: revenue − fee. Null unpriced. */
  revenueYen: Decimal | null;
}

export interface CohortForecast {
  fiscalYears: number[];
  menus: MenuForecast[];
  /** Per fiscal year, sums of the floored menu figures. */
  totals: Decimal[];
  grandTotal: Decimal;
  /** Floored credits per class over the horizon. */
  byClass: Record<CreditClass, Decimal>;
  ward: WardShare | null;
  /** Σ over menus and years of credits × the class price of the year, floored; null if any is unpriced. */
  revenueYen: Decimal | null;
}

function grow(base: Decimal, g: z.output<typeof growthSchema>, k: number): Decimal {
  if (g.rule === "linear") return base.plus(g.step.mul(k));
  if (g.rule === "compound") return base.mul(dec(1).plus(g.rate).pow(k));
  return base;
}

/** Units of the cohort that joins k years after the menu's first cohort (never below 0). */
export function intakeOf(i: MenuParams["intake"], k: number): Decimal {
  let u: Decimal;
  switch (i.kind) {
    case "given":
      u = i.units[k] ?? ZERO;
      break;
    case "constant":
      u = i.first;
      break;
    case "linear":
      u = i.first.plus(i.step.mul(k));
      break;
    case "compound":
      u = i.first.mul(dec(1).plus(i.growth).pow(k));
      break;
    case "history":
      u = grow(historyBase(i.counts, i.base), i.growth, k).mul(i.participationRate);
      break;
  }
  return u.isNegative() ? ZERO : u;
}

/** The base subsidy count: the latest year with a programme, or the mean of the years with one. */
export function historyBase(counts: (Decimal | null)[], base: "latest" | "average"): Decimal {
  const held = counts.filter((c): c is Decimal => c !== null);
  if (held.length === 0) return ZERO;
  return base === "latest" ? held[held.length - 1] : sum(held).div(held.length);
}

/** Per-unit annual reduction (t-CO2) with the grid factor of the year. */
export function unitReduction(r: MenuParams["reduction"], factor: Decimal): Decimal {
  switch (r.kind) {
    case "given":
      return r.tPerUnitYear;
    case "solar":
      return r.kW.mul(r.kWhPerKw).mul(r.selfConsumption).mul(factor);
    case "savedKWh":
      return r.kWh.mul(factor);
  }
}

/** The price of a class in a fiscal year; null when none is given. */
export function priceOf(p: CohortParams["prices"], c: CreditClass, fiscalYear: number): Decimal | null {
  const spec = p[c];
  if (spec === null) return null;
  if (!("byYear" in spec)) return spec;
  return spec.byYear[String(fiscalYear)] ?? spec.default;
}

/** Share of a cohort's annual reduction credited `age` years after it joined. */
export function weight(age: number, L: number, f: Decimal): Decimal {
  if (age === 0) return f;
  if (age > 0 && age < L) return dec(1);
  if (age === L) return dec(1).minus(f);
  return ZERO;
}

const priced = (xs: (Decimal | null)[]): Decimal | null =>
  xs.every((x) => x !== null) ? sum(xs as Decimal[]) : null;

/** Runs the forecast; throws a zod error on invalid parameters (see `validateCohortParams`). */
export function forecastCohorts(input: CohortParamsInput): CohortForecast {
  return forecastFromParams(cohortParamsSchema.parse(input));
}

/** Runs the forecast on parameters already validated (`validateCohortParams`). */
export function forecastFromParams(p: CohortParams): CohortForecast {
  const fiscalYears = Array.from({ length: p.years }, (_, i) => p.firstYear + i);
  const menus: MenuForecast[] = p.menus.map((m) => {
    const start = m.firstCohortYear ?? p.firstYear;
    const perUnit = fiscalYears.map((fy) =>
      unitReduction(m.reduction, p.gridFactor[String(fy)] ?? p.defaultGridFactor),
    );
    const intake = fiscalYears.map((fy) => (fy < start ? ZERO : intakeOf(m.intake, fy - start)));
    const exact = fiscalYears.map((fy, y) => {
      if (p.capYear !== null && fy > p.capYear) return ZERO;
      let units = ZERO;
      for (let cy = start; cy <= fy; cy++)
        units = units.plus(
          intakeOf(m.intake, cy - start).mul(weight(fy - cy, p.creditingYears, p.firstYearFraction)),
        );
      return perUnit[y].mul(units);
    });
    const credits = exact.map((c) => c.floor());
    const yearRevenue = credits.map((c, y) => {
      const price = priceOf(p.prices, m.creditClass, fiscalYears[y]);
      return price === null ? (c.isZero() ? ZERO : null) : c.mul(price);
    });
    const rev = priced(yearRevenue);
    return {
      name: m.name,
      creditClass: m.creditClass,
      intake,
      perUnit,
      exact,
      credits,
      total: sum(credits),
      revenueYen: rev === null ? null : rev.floor(),
    };
  });
  const totals = fiscalYears.map((_, y) => sum(menus.map((m) => m.credits[y])));
  const grandTotal = sum(totals);
  const byClass = {
    renewable: sum(menus.filter((m) => m.creditClass === "renewable").map((m) => m.total)),
    energySaving: sum(menus.filter((m) => m.creditClass === "energySaving").map((m) => m.total)),
  };
  // Exact (unfloored) revenue so that the ward's share is taken before rounding.
  const exactRevenue = priced(
    menus.flatMap((m) =>
      m.credits.map((c, y) => {
        const price = priceOf(p.prices, m.creditClass, fiscalYears[y]);
        return price === null ? (c.isZero() ? ZERO : null) : c.mul(price);
      }),
    ),
  );
  const revenueYen = exactRevenue === null ? null : exactRevenue.floor();
  let ward: WardShare | null = null;
  if (p.wardShare?.model === "successFee")
    ward = {
      model: "successFee",
      tonnes: grandTotal.mul(p.wardShare.share).floor(),
      equivalentTonnes: null,
      revenueYen: exactRevenue === null ? null : exactRevenue.mul(p.wardShare.share).floor(),
    };
  if (p.wardShare?.model === "participationFee") {
    const eq = p.wardShare.feeYen.div(p.wardShare.referencePriceYenPerT);
    ward = {
      model: "participationFee",
      tonnes: grandTotal.minus(eq),
      equivalentTonnes: eq,
      revenueYen: revenueYen === null ? null : revenueYen.minus(p.wardShare.feeYen),
    };
  }
  return { fiscalYears, menus, totals, grandTotal, byClass, ward, revenueYen };
}
