/**
 * The one rule for "the same site", used by the history, the excellence level, the folder's year-over-year
 * changes and Form 8's list: the same site number where both give one, else the same folded name.
 */
import { normLabel } from "./text";

/** Same site: the same site number where both have one, else the same folded name. */
export function sameSite(
  a: { siteName?: string | null; siteNumber?: string | null },
  b: { siteName?: string | null; siteNumber?: string | null },
): boolean {
  const na = normLabel(a.siteNumber ?? "");
  const nb = normLabel(b.siteNumber ?? "");
  if (na && nb) return na === nb;
  const ma = normLabel(a.siteName ?? "");
  return ma !== "" && ma === normLabel(b.siteName ?? "");
}
