/** Why a file could not be read as a workbook, in words for the user. */
import type { Bilingual } from "../domain/issue";

export type WorkbookReadErrorCode =
  "missing" | "empty" | "notWorkbook" | "encrypted" | "legacyXls" | "unreadable" | "tooLarge";

const MESSAGES: Record<WorkbookReadErrorCode, Bilingual> = {
  missing: { ja: "ファイルが見つかりません。", en: "file not found." },
  empty: { ja: "ファイルが空です（0バイト）。", en: "the file is empty (0 bytes)." },
  notWorkbook: { ja: "Excelブック（.xlsx）ではありません。", en: "not an Excel workbook (.xlsx)." },
  encrypted: {
    ja: "パスワードで保護されています。保護を解除して保存し直してください。",
    en: "password-protected; remove the password and save it again.",
  },
  legacyXls: {
    ja: "古い形式（.xls）です。Excelで .xlsx 形式に保存し直してください。",
    en: "old .xls format; save it as .xlsx in Excel.",
  },
  unreadable: {
    ja: "ブックを読み取れませんでした（壊れている可能性があります）。",
    en: "the workbook could not be read (it may be damaged).",
  },
  tooLarge: {
    ja: "展開すると大きすぎるため、読み取りを中止しました。",
    en: "it expands to too much data when unpacked; reading stopped.",
  },
};

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly messages: Bilingual;
  /** `messages` replaces the code's standard words where the reason has figures (how large, which part). */
  constructor(code: WorkbookReadErrorCode, detail?: string, messages?: Bilingual) {
    super((messages ?? MESSAGES[code]).en + (detail ? ` (${detail})` : ""));
    this.code = code;
    this.messages = messages ?? MESSAGES[code];
  }
}
