/**
 * The pane's top bar: only what fits the workbook in front of it — 再読み込み where edits are not re-checked
 * by themselves, colouring where findings have cells, 色を消す where marks are (or may be), and the J-Credit
 * sheet where there is no form it would sit beside — and a small indicator while the workbook is re-read.
 */
import { Button, makeStyles, Spinner } from "@fluentui/react-components";
import type { PaneController, PaneState } from "../app/controller";
import { FORECAST_WORDS } from "./forecast/words";
import { useT } from "./i18n";
import { PANE_WORDS } from "./paneWords";

const useStyles = makeStyles({
  bar: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center", minHeight: "32px" },
});

export function TopBar({ state, controller: c }: { state: PaneState; controller: PaneController }) {
  const { t, lang } = useT();
  const s = useStyles();
  const pw = PANE_WORDS[lang];
  const forms = state.view.kind === "ready" ? state.view.analysis.forms : [];
  const ready = state.view.kind === "ready";
  const cells = forms.some((f) => f.issues.some((i) => i.cell !== null));
  // The example forecast sheet fits a workbook without forms, or one with J-Credit tables but no such sheet.
  const forecast = ready && forms.every((f) => f.kind === "creditForecast");
  const busy = state.busy;
  return (
    <div className={s.bar}>
      {!state.live ? (
        <Button disabledFocusable={busy} onClick={() => void c.refresh()}>
          {t.refresh}
        </Button>
      ) : null}
      {cells ? (
        <Button disabledFocusable={busy} onClick={() => void c.mark()}>
          {t.mark}
        </Button>
      ) : null}
      {ready && state.marks !== false ? (
        <Button disabledFocusable={busy} onClick={() => void c.clearMarks()}>
          {t.clearMarks}
        </Button>
      ) : null}
      {forecast ? (
        <Button disabledFocusable={busy} onClick={() => void c.insertForecast()}>
          {FORECAST_WORDS[lang].insert}
        </Button>
      ) : null}
      {state.refreshing && ready ? (
        <Spinner size="extra-tiny" label={pw.refreshing} role="status" data-testid="refreshing" />
      ) : null}
    </div>
  );
}
