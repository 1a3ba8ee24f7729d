/**
 * The notice of the last action. A result with 元に戻す takes focus when it appears (scrolled into view),
 * so the next Tab reaches 元に戻す; it is worded in the language shown now.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { PaneState } from "../app/controller";
import { noticeIntent, noticeOffersUndo } from "../app/notices";
import { useT } from "./i18n";
import { noticeText } from "./noticeText";
import { useBusy } from "./paneContext";

export function NoticeBar({ notice, onUndo }: { notice: PaneState["notice"]; onUndo: () => void }) {
  const { t, lang } = useT();
  const busy = useBusy();
  const bar = useRef<HTMLDivElement>(null);
  const id = notice?.id;
  const focus = notice?.focus;
  useEffect(() => {
    if (!focus || !bar.current) return;
    bar.current.focus();
    bar.current.scrollIntoView?.({ block: "nearest" });
  }, [id, focus]);
  if (!notice) return null;
  const n = notice.notice;
  return (
    <MessageBar ref={bar} tabIndex={-1} intent={noticeIntent(n)} aria-live="polite" data-testid="notice">
      <MessageBarBody>{noticeText(n, lang)}</MessageBarBody>
      {noticeOffersUndo(n) ? (
        <MessageBarActions>
          <Button size="small" disabledFocusable={busy} onClick={onUndo}>
            {t.undo}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
