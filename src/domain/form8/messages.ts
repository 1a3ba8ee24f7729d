/**
 * Issues of Form 8 (the list of a business's sites) against its Form 7s: codes and words. The check
 * (src/workbook/form8/form8.ts) is being moved into the domain; its calls switch to these entries.
 */
import { words, type IssueCatalogue } from "../catalogue";

export const FORM8_CODES = {
  /** A site's number on Form 8 differs from its Form 7's (found by name) (warning). */
  siteNumberDiffers: "form8.siteNumberDiffers",
  /** A site Form 8 lists has no Form 7 in the workbook (or the folder) by name or number (warning). */
  missingForm7: "form8.missingForm7",
} as const;

export type Form8Code = (typeof FORM8_CODES)[keyof typeof FORM8_CODES];

/** Where a Form 7 was found: its file and sheet, either may be absent. */
interface Form7Place {
  file?: string | null;
  sheet?: string | null;
}

function whereForm7(f: Form7Place, lang: "ja" | "en"): string {
  if (lang === "ja") {
    const w = [f.file, f.sheet].filter(Boolean).join(" の ");
    return w ? `（${w}）` : "";
  }
  const w = [f.sheet, f.file].filter(Boolean).join(" in ");
  return w ? ` (${w})` : "";
}

/** The folder searched (the command line's folder run), or null for this workbook. */
interface Scope {
  folder: string;
  files: number;
  unreadable: number;
}

export const FORM8_MESSAGES = {
  [FORM8_CODES.siteNumberDiffers]: words<{ site: string; form8: string; form7: string; place: Form7Place }>(
    (a, at) =>
      `${at}: 第8号様式の「${a.site}」の事業所番号は ${a.form8} ですが、第7号様式${whereForm7(a.place, "ja")}では ${a.form7} です。どちらかを直してください。`,
    (a, at) =>
      `${at}: Form 8 gives "${a.site}" the site number ${a.form8}, but its Form 7${whereForm7(a.place, "en")} says ${a.form7}. Correct one of them.`,
  ),
  [FORM8_CODES.missingForm7]: words<{
    site: string;
    index: string | null;
    byNumber: boolean;
    scope: Scope | null;
  }>(
    (a, at) => {
      const check = `名称${a.byNumber ? "・事業所番号" : ""}の表記を確認してください`;
      const s = a.scope;
      const where = s
        ? `フォルダ ${s.folder} のどのファイルにも見つかりません（この実行で読んだ ${s.files} ファイルを探しました${s.unreadable ? `。読めなかったファイルが ${s.unreadable} 件あります` : ""}。${check}）`
        : `このブックに見つかりません（${check}）`;
      return `${at}: 第8号様式の一覧${a.index ? ` ${a.index}` : ""}「${a.site}」の第7号様式が${where}。`;
    },
    (a, at) => {
      const check = "check how it is written";
      const s = a.scope;
      const where = s
        ? `is in any file of the folder ${s.folder} (searched the ${s.files} files this run read${s.unreadable ? `; ${s.unreadable} could not be read` : ""}; ${check})`
        : `is in this workbook (${check})`;
      return `${at}: Form 8 lists${a.index ? ` (no. ${a.index})` : ""} "${a.site}", but no Form 7 with that name${a.byNumber ? " or site number" : ""} ${where}.`;
    },
  ),
} satisfies IssueCatalogue<Form8Code>;
