/**
 * The one message catalogue mechanism: every word the add-in and the command line show is an entry of a
 * `Catalogue` — a key with its Japanese and English, each a fixed text or a function of the values it needs.
 *
 * Catalogues are per area (Form 7's issues, the forecast checks, the pane's first view, the pane's forecast
 * chunk, the text report …) so that a lazy chunk of the pane carries only its own words. Issue catalogues
 * are keyed by the issue code (`IssueCatalogue<Code>`): a code missing from its area's catalogue, or a
 * catalogue entry that is no listed code, does not compile, and `issueOf` accepts only a key of the
 * catalogue it is given.
 */

export type Lang = "ja" | "en";

/** One key's words in both languages; `V` is a string, a function of values, or a small table of them. */
export interface Entry<V = unknown> {
  readonly ja: V;
  readonly en: V;
}

/** A word table: key → {ja, en}. */
export type Catalogue = { readonly [key: string]: Entry };

/** A catalogue seen in one language: key → that language's words (what `t.title`, `t.formsFound(3)` read). */
export type InLanguage<C extends Catalogue> = { readonly [K in keyof C]: C[K]["ja"] | C[K]["en"] };

/** The catalogue's words in one language, keys unchanged (a view for the pane's `t.key` lookups). */
export function inLanguage<C extends Catalogue>(c: C, lang: Lang): InLanguage<C> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(c)) out[k] = c[k][lang];
  return out as InLanguage<C>;
}

/** Both languages of a catalogue at once, as the pane's `Record<Lang, Words>` tables have them. */
export function byLanguage<C extends Catalogue>(c: C): Record<Lang, InLanguage<C>> {
  return { ja: inLanguage(c, "ja"), en: inLanguage(c, "en") };
}

/**
 * The words of an issue: each language a function of the values the text needs (`A`) and the address of
 * the issue's cell (`at`, "" when the issue has no cell).
 */
export interface IssueEntry<A = Record<never, never>> {
  readonly ja: (a: A, at: string) => string;
  readonly en: (a: A, at: string) => string;
}

/** The words of every code of one area's list (`Code` = the union of its codes). */
export type IssueCatalogue<Code extends string> = { readonly [K in Code]: IssueEntry<never> };

/** What an entry's words need, besides the cell address. */
export type ArgsOf<E> = E extends IssueEntry<infer A> ? A : never;

/** An issue entry from two texts or two functions (fixed texts ignore the values). */
export function words<A = Record<never, never>>(
  ja: string | ((a: A, at: string) => string),
  en: string | ((a: A, at: string) => string),
): IssueEntry<NoInfer<A>> {
  return {
    ja: typeof ja === "string" ? () => ja : ja,
    en: typeof en === "string" ? () => en : en,
  };
}

/** An entry's text in one language. */
export function say<A>(e: IssueEntry<A>, lang: Lang, a: A, at = ""): string {
  return e[lang](a, at);
}
