/**
 * The Form 8 reader (第8号様式, the cover sheet listing a business's sites): each listed site is matched
 * with the workbook's Form 7 sheets, unless the caller matches across files (the command line's folder).
 */
import type { FormAnalysis } from "../analysis";
import type { FormReader } from "../reader";
import { locateForm8, matchForm8, FORM8_TITLES, type Form7SiteRef, type Form8 } from "./form8";

/** The Form 7 sites of these forms, as Form 8 is matched against them. */
export function form7SiteRefs(forms: readonly FormAnalysis[]): Form7SiteRef[] {
  return forms.flatMap((f) =>
    f.kind === "form7"
      ? [
          {
            sheet: f.sheet,
            name: f.form.input.site.name?.value ?? null,
            siteNumber: f.form.input.site.siteNumber?.value ?? null,
          },
        ]
      : [],
  );
}

export const form8Reader: FormReader<Form8> = {
  name: "form8",
  wanted: (labels) => FORM8_TITLES.some((t) => labels.mentions(t)),
  read(grid) {
    const f = locateForm8(grid);
    return f ? [f] : [];
  },
  analyze(found, ctx) {
    const form8 = [...found];
    // No Form 8 (most workbooks): no sites to list, nothing to match.
    if (form8.length === 0 || (ctx.options.form8Matching ?? "workbook") !== "workbook") return { form8 };
    const sites = form7SiteRefs(ctx.forms);
    return { form8, issues: form8.flatMap((f) => matchForm8(f.sites, sites)) };
  },
};
