/** A notice's words in the language shown now. */
import type { Notice } from "../app/notices";
import { FORECAST_WORDS } from "./forecast/words";
import { STRINGS, type Lang } from "./i18n";
import { SITE_WORDS } from "./site/words";

export function noticeText(n: Notice, lang: Lang): string {
  const t = STRINGS[lang];
  const fw = FORECAST_WORDS[lang];
  switch (n.kind) {
    case "written":
      return t.written(n.written);
    case "historyCreated": {
      const created = t.historyCreated(n.sheet, n.fiscalYear, n.written !== null);
      return n.written !== null ? `${t.written(n.written)} ${created}` : created;
    }
    case "undone":
      return t.undone(n.restored, n.skipped);
    case "nothingToUndo":
      return t.nothingToUndo;
    case "forecastInserted":
      return fw.inserted(n.sheet, n.chart);
    case "recomputed":
      return fw.recomputed(n.written);
    case "forecastNotFound":
      return fw.notFound(n.sheet);
    case "forecastInvalid":
      return fw.invalid;
    case "needsConsent":
      return fw.needsConsent;
    case "publication":
      return SITE_WORDS[lang].created(
        n.sheet,
        n.blank.map((b) => b[lang]),
      );
    case "marked":
      return t.marked(n.n);
    case "cleared":
      return t.cleared(n.n);
    case "error":
      return n.message;
  }
}
