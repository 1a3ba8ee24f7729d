/**
 * J-Credit reference prices as DATA WITH PROVENANCE (spec jcredit.md §4 "Reference prices"): each price
 * carries its date, its credit class and its source. A proposer picks the price of a forecast's revenue or
 * of a return table's A column; the add-in only OFFERS these as presets, shown with their source, the
 * user's own rows first, and never applies one without the user choosing it.
 *
 * Built in: only what is sourced — the government's 14th tender (10–17 May 2023), average winning prices.
 * Rows from outside the code (a sheet in the workbook) go through `referencePriceSchema`.
 */
import * as z from "zod/mini";
import { failed } from "../zod";
import { dec, type Decimal } from "../decimal";
import { formatDecimal } from "../format";
import type { Bilingual } from "../issue";
import { PRICE_PROBLEM_WORDS } from "./priceMessages";

/** The credit classes the sources price separately. */
export type CreditClass = "renewable" | "energySaving" | "other";

export const CREDIT_CLASS_LABEL: Record<CreditClass, Bilingual> = {
  renewable: { ja: "再エネ発電", en: "renewable power" },
  energySaving: { ja: "省エネ他", en: "energy saving and other" },
  other: { ja: "その他", en: "other" },
};

/** A class from how a sheet or a source writes it (再エネ発電, 再エネ, 省エネ他, 省エネ, renewable …). */
export function creditClassOf(text: string): CreditClass | null {
  const t = text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (!t) return null;
  if (t.startsWith("再エネ") || t.startsWith("renewable")) return "renewable";
  if (t.startsWith("省エネ") || t.startsWith("energysaving")) return "energySaving";
  if (t === "その他" || t === "other") return "other";
  return null;
}

export interface ReferencePrice {
  creditClass: CreditClass;
  /** Yen per t-CO2 (tax excluded where the source says so). */
  yenPerT: Decimal;
  /** When the price was set: an ISO date, or the span as the source gives it. */
  date: string;
  /** What the price is (a tender's average winning price, a market quote …). */
  what: string;
  source: string;
  /** The median, where the source gives it. */
  medianYenPerT?: Decimal;
  /** "builtIn", or the cell a user's row was read from (sheet!A1). */
  origin: string;
  /** A short name for a list of presets (the built-in ones; a user's row is named by its 内容). */
  name?: Bilingual;
}

const RIM =
  "J-クレジット制度事務局の発表（RIM Intelligence の報道 rim-intelligence.co.jp/news/rre/1748655.html）";
const TENDER_14 = "政府保有J-クレジットの第14回入札（2023年5月10日〜17日）の平均落札価格（税抜）";

/** The built-in reference prices: ONLY sourced figures (spec jcredit.md §4). */
export const BUILT_IN_PRICES: readonly ReferencePrice[] = [
  {
    creditClass: "renewable",
    yenPerT: dec(3246),
    medianYenPerT: dec(3210),
    date: "2023-05-17",
    what: TENDER_14,
    source: RIM,
    origin: "builtIn",
    name: { ja: "第14回入札 再エネ発電 平均", en: "14th tender, renewable power, average" },
  },
  {
    creditClass: "energySaving",
    yenPerT: dec(1551),
    medianYenPerT: dec(1515),
    date: "2023-05-17",
    what: TENDER_14,
    source: RIM,
    origin: "builtIn",
    name: { ja: "第14回入札 省エネ他 平均", en: "14th tender, energy saving and other, average" },
  },
];

const positiveYen = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v: string | number, ctx) => {
    try {
      const d = dec(typeof v === "string" ? v.normalize("NFKC").replace(/[,¥円\s]/g, "") : v);
      if (d.isFinite() && d.gt(0)) return d;
    } catch {
      // reported below
    }
    return failed(ctx, v, "must be a positive number");
  }),
);
/** A text that is not blank once trimmed. */
const filled = () => z.string().check(z.trim(), z.minLength(1));

/** Validates a price row from outside the code. */
export const referencePriceSchema = z.object({
  creditClass: z.pipe(
    z.string(),
    z.transform((v: string, ctx) => creditClassOf(v) ?? failed(ctx, v, "unknown credit class")),
  ),
  yenPerT: positiveYen,
  date: filled(),
  source: filled(),
  what: z.optional(z.string().check(z.trim())),
});

export type PriceField = "creditClass" | "yenPerT" | "date" | "source";

export interface PriceProblem {
  field: PriceField;
  message: Bilingual;
}

const problemText = (field: PriceField): Bilingual => ({
  ja: PRICE_PROBLEM_WORDS[field].ja({}, ""),
  en: PRICE_PROBLEM_WORDS[field].en({}, ""),
});

/** Validates one row; the problems name the field, so a sheet reader can point at its cell. */
export function validateReferencePrice(
  raw: Record<string, unknown>,
  origin: string,
): { price: ReferencePrice | null; problems: PriceProblem[] } {
  const r = referencePriceSchema.safeParse(raw);
  if (r.success)
    return {
      price: {
        creditClass: r.data.creditClass,
        yenPerT: r.data.yenPerT,
        date: r.data.date,
        what: r.data.what ?? "",
        source: r.data.source,
        origin,
      },
      problems: [],
    };
  const fields = new Set(r.error.issues.map((i) => String(i.path[0]) as PriceField));
  return { price: null, problems: [...fields].map((field) => ({ field, message: problemText(field) })) };
}

/**
 * The presets offered for a price of this class: the user's own rows first (newest date first), then the
 * built-in ones. Offered, never applied: the caller shows each with its source and lets the user choose.
 */
export function pricePresets(
  creditClass: CreditClass | null,
  own: readonly ReferencePrice[],
  builtIn: readonly ReferencePrice[] = BUILT_IN_PRICES,
): ReferencePrice[] {
  const fits = (p: ReferencePrice) => creditClass === null || p.creditClass === creditClass;
  const newest = (a: ReferencePrice, b: ReferencePrice) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  return [...own.filter(fits).sort(newest), ...builtIn.filter(fits)];
}

/** 「¥3,246/t 再エネ発電（2023-05-17、出典: …）」 */
export function priceLabel(p: ReferencePrice, lang: "ja" | "en"): string {
  const yen = formatDecimal(p.yenPerT);
  const cls = CREDIT_CLASS_LABEL[p.creditClass][lang];
  return lang === "ja"
    ? `¥${yen}/t ${cls}（${p.date}、出典: ${p.source}）`
    : `¥${yen}/t ${cls} (${p.date}; source: ${p.source})`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An ISO date (2023-05-17, 2023-05) as its month (2023年5月 / May 2023); any other text as written. */
export function priceMonth(date: string, lang: "ja" | "en"): string {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(date.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return date;
  return lang === "ja" ? `${m[1]}年${Number(m[2])}月` : `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Whether the price is the user's own (a row of the workbook's price sheet), not a built-in one. */
export const isOwnPrice = (p: ReferencePrice): boolean => p.origin !== "builtIn";

/**
 * A preset as a list shows it: 「第14回入札 再エネ発電 平均 ¥3,246/t（2023年5月）」; a user's row is marked as
 * the workbook's: 「ブックの価格表: J-クレジット市場 再エネ発電 ¥5,200/t（2025年4月）」.
 */
export function presetName(p: ReferencePrice, lang: "ja" | "en"): string {
  const yen = `¥${formatDecimal(p.yenPerT)}/t`;
  const when = priceMonth(p.date, lang);
  const cls = CREDIT_CLASS_LABEL[p.creditClass][lang];
  if (!isOwnPrice(p) && p.name)
    return lang === "ja" ? `${p.name.ja} ${yen}（${when}）` : `${p.name.en} ${yen} (${when})`;
  const what = p.what ? `${p.what} ` : "";
  return lang === "ja"
    ? `ブックの価格表: ${what}${cls} ${yen}（${when}）`
    : `workbook's price sheet: ${what}${cls} ${yen} (${when})`;
}
