/**
 * Issues of the publication sheet (公表用シート) laid out from Form 7: codes and words. The layout
 * (src/workbook/publication/publicationSheet.ts) switches its calls to these entries.
 */
import { words, type IssueCatalogue } from "../catalogue";
import type { Bilingual } from "../issue";

export const PUBLICATION_CODES = {
  /** No site number: normal in the first year, the ward assigns one (info). */
  noSiteNumber: "publication.noSiteNumber",
  /** A published item is blank on Form 7 (warning). */
  missing: "publication.missing",
  /** No measures (取組内容) are given (info). */
  noMeasures: "publication.noMeasures",
} as const;

export type PublicationCode = (typeof PUBLICATION_CODES)[keyof typeof PUBLICATION_CODES];

export const PUBLICATION_MESSAGES = {
  [PUBLICATION_CODES.noSiteNumber]: words(
    "事業所番号がありません。初年度は区が付番するため空欄で構いません（翌年度から記入）。",
    "No site number: the ward assigns it after the first report, so it may stay blank the first year.",
  ),
  [PUBLICATION_CODES.missing]: words<{ item: Bilingual }>(
    (a) => `公表項目「${a.item.ja}」が空欄です。第7号様式に記入してから作り直してください。`,
    (a) => `The published item "${a.item.en}" is blank. Fill it in on Form 7 and lay the sheet out again.`,
  ),
  [PUBLICATION_CODES.noMeasures]: words(
    "取組内容が指定されていません。公表シートの「地球温暖化対策として実施している取組内容」に記入してください。",
    "No measures are given; fill in 地球温暖化対策として実施している取組内容 on the publication sheet.",
  ),
} satisfies IssueCatalogue<PublicationCode>;
