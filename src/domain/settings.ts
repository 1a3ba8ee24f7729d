/**
 * Named settings for every choice the specs leave open. They are shown to the user, stored in the
 * workbook (task pane) or given as flags (command line), and never changed silently.
 */
import * as z from "zod/mini";
import "./zod";

export const settingsSchema = z.object({
  /** Which coefficients Form 7 figures use: the official set, or the ones printed on the sheet. */
  coefficientSet: z._default(z.enum(["official", "sheet"]), "official"),
  /**
   * CO2 of the heat rows (産業用蒸気, 産業用以外の蒸気, 温水, 冷水): on the heat used (MJ ÷ 1000 × 0.06, national and
   * Tokyo rule) or on the primary-energy GJ (MJ × 1.02|1.36 ÷ 1000 × 0.06). No filled form confirms either.
   */
  heatRowCo2: z._default(z.enum(["heatUsed", "primaryEnergy"]), "heatUsed"),
  /** Tokyo scheme flags of the site (they make a site under 10,000 m² a must-report site). */
  tokyoReportTarget: z._default(z.boolean(), false),
  tokyoCapAndTradeTarget: z._default(z.boolean(), false),
  /**
   * A C&T site's reduction-obligation rate (% a year, as a decimal string): its excellence threshold is this
   * + 1 % a year. No default exists: without it a C&T site's rates are shown, not judged.
   */
  capAndTradeObligationRatePct: z._default(
    z.nullable(z.string().check(z.trim(), z.regex(/^\d{1,2}(\.\d{1,4})?$/))),
    null,
  ),
  /**
   * Tokyo (その2) footnote ※2, a tenant's estimated electricity (⑪–⑬): whether ⑫ is a figure of its own, added
   * to the totals beside その他の買電 ("separate"), or is already typed into その他の買電 ("included", so
   * the totals do not add it again). The form's instructions read as "separate"; no filled form shows it.
   */
  tokyoTenantInOtherPurchase: z._default(z.enum(["separate", "included"]), "separate"),
  /**
   * Tokyo ※2: how ⑪ (GJ) and ⑬ (t) at 1 decimal and ⑫ (kWh) whole are compared with the recomputed figures:
   * rounded half up like the table's rows, or truncated. The form prints no rule for this block.
   */
  tokyoTenantRounding: z._default(z.enum(["halfUp", "truncate"]), "halfUp"),
  /** Fukuoka Table 2: how the 8-year reduction is rounded (the seed rounds down to 10 t). */
  returnReductionRounding: z._default(z.enum(["down10", "down1", "none"]), "down10"),
  /** J-Credit forecast tables: propose the sums for blank 累計 / 合計 cells (never over filled ones). */
  forecastFillBlankTotals: z._default(z.boolean(), true),
  /** Benchmark category (1–30) for every form, overriding the ベンチマーク区分 cell on the sheet. */
  benchmarkCategory: z._default(z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(30))), null),
  /** Task pane: re-check a form's sheet by itself after its cells are edited (hosts with events). */
  liveRecheck: z._default(z.boolean(), true),
  /** Interface language. */
  language: z._default(z.enum(["ja", "en"]), "ja"),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * An obligation rate as typed: its decimal string, null when blank (not given), undefined when it is no
 * rate (the settings panel and --obligation-rate read it alike).
 */
export function readObligationRate(text: string): string | null | undefined {
  if (text.trim() === "") return null;
  const r = settingsSchema.shape.capAndTradeObligationRatePct.safeParse(text);
  return r.success && r.data !== null ? r.data : undefined;
}

/** Reads stored settings leniently: unknown or invalid fields fall back to their defaults. */
export function parseSettings(raw: unknown): Settings {
  const obj = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const r = (field as z.ZodMiniType).safeParse(obj[key]);
    out[key] = r.success ? r.data : (DEFAULT_SETTINGS as Record<string, unknown>)[key];
  }
  return out as Settings;
}
