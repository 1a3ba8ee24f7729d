/**
 * What an action tells the user, as data: the pane words it in the language shown at the time (the
 * language may change after the notice appeared).
 */
import type { Bilingual } from "../domain/issue";

export type Notice =
  | { kind: "written"; written: number }
  /** 報告履歴 created after the write (`written` null: the sheet alone). */
  | { kind: "historyCreated"; sheet: string; fiscalYear: number; written: number | null }
  | { kind: "undone"; restored: number; skipped: number }
  | { kind: "nothingToUndo" }
  | { kind: "forecastInserted"; sheet: string; chart: boolean }
  | { kind: "recomputed"; written: number }
  | { kind: "forecastNotFound"; sheet: string }
  | { kind: "forecastInvalid" }
  | { kind: "needsConsent" }
  | { kind: "publication"; sheet: string; blank: Bilingual[] }
  | { kind: "marked"; n: number }
  | { kind: "cleared"; n: number }
  | { kind: "error"; message: string };

export type NoticeIntent = "success" | "info" | "error";

export function noticeIntent(n: Notice): NoticeIntent {
  switch (n.kind) {
    case "written":
    case "historyCreated":
    case "forecastInserted":
    case "recomputed":
    case "publication":
      return "success";
    case "forecastNotFound":
    case "forecastInvalid":
    case "error":
      return "error";
    default:
      return "info";
  }
}

/** Whether the notice offers 元に戻す (the log keeps every batch: after an undo, the one before too). */
export function noticeOffersUndo(n: Notice): boolean {
  switch (n.kind) {
    case "written":
    case "recomputed":
      return n.written > 0;
    case "historyCreated":
    case "forecastInserted":
    case "publication":
    case "undone":
      return true;
    default:
      return false;
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
