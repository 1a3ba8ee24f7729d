/**
 * The task pane: renders the controller's state (src/app/controller.ts) and calls its actions. It finds
 * every form in the workbook, shows its figures and findings, selects and marks cells, writes validated
 * results after a preview, undoes, and keeps the settings in the workbook. Nothing here touches Excel or
 * the workbook layer; after an action the cards stay in place while the workbook is read again.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Spinner,
  Text,
  Title3,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useEffect } from "react";
import type { WorkbookAnalysis } from "../app/analyze";
import type { ControllerTiming, PaneController } from "../app/controller";
import type { HostServices } from "../app/services";
import type { ReferencePrice } from "../domain/jcredit/referencePrices";
import { FormCards } from "./FormCards";
import { LangContext, useT } from "./i18n";
import { IssueList } from "./IssueList";
import { LanguageSwitch } from "./LanguageSwitch";
import { NoticeBar } from "./NoticeBar";
import { BusyContext, OwnPricesContext, SelectedCellContext } from "./paneContext";
import { PANE_WORDS } from "./paneWords";
// Loaded when first shown (webpack chunks): not needed for the first figures.
import { preloadChunks, SettingsPanel } from "./lazy";
import { TopBar } from "./TopBar";
import { useController } from "./useController";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  bar: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  grow: { flexGrow: 1 },
});

export interface AppProps {
  services: HostServices<WorkbookAnalysis>;
  /** Pauses before a re-analysis (tests shorten them). */
  timing?: ControllerTiming;
  /** Office's theme or the colour scheme as a Fluent theme (theme.ts); light when not given. */
  theme?: Theme;
  /** A controller over `services` started before the pane is rendered (index.tsx); made here when not given. */
  controller?: PaneController;
}

export function App({ services, timing, theme = webLightTheme, controller: given }: AppProps) {
  const [state, controller] = useController(services, timing, given);
  return (
    <LangContext.Provider value={state.settings.language}>
      <FluentProvider theme={theme} lang={state.settings.language}>
        <BusyContext.Provider value={state.busy}>
          <SelectedCellContext.Provider value={state.selected}>
            <Pane state={state} controller={controller} />
          </SelectedCellContext.Provider>
        </BusyContext.Provider>
      </FluentProvider>
    </LangContext.Provider>
  );
}

type Controlled = ReturnType<typeof useController>;

/** A workbook without a price sheet: the presets are the built-in ones alone. */
const NO_PRICES: readonly ReferencePrice[] = [];

function Pane({ state, controller: c }: { state: Controlled[0]; controller: Controlled[1] }) {
  const { t, lang } = useT();
  const pw = PANE_WORDS[lang];
  const s = useStyles();
  const { view, settings } = state;
  const analysis = view.kind === "ready" ? view.analysis : null;
  const forms = analysis?.forms ?? [];
  const shown = analysis !== null;
  // Once the first figures are shown, the other chunks are fetched, so nothing moves under the user later.
  useEffect(() => {
    if (shown) preloadChunks();
  }, [shown]);
  return (
    <main className={s.root} aria-busy={state.refreshing || state.busy}>
      <div className={s.bar}>
        <Title3 as="h1" className={s.grow}>
          {t.title}
        </Title3>
        <LanguageSwitch
          value={settings.language}
          label={t.language}
          onChange={(language) => void c.changeSettings({ ...settings, language })}
        />
      </div>
      <TopBar state={state} controller={c} />
      <NoticeBar notice={state.notice} onUndo={() => void c.undo()} />
      {view.kind === "loading" ? <Spinner label={t.loading} /> : null}
      {view.kind === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {view.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void c.retry()}>
              {t.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {analysis && forms.length === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.emptyTitle}</MessageBarTitle>
            {t.emptyBody}
            <Text block weight="semibold" data-testid="empty-next">
              {pw.emptyNext(state.live)}
            </Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {analysis && forms.length > 0 ? (
        <>
          <Text>{t.formsFound(forms.length)}</Text>
          {analysis.issues.length > 0 ? (
            <IssueList issues={analysis.issues} onSelect={(cell) => void c.select(cell)} />
          ) : null}
          <OwnPricesContext.Provider value={analysis.prices ?? NO_PRICES}>
            <FormCards forms={forms} state={state} controller={c} />
          </OwnPricesContext.Provider>
        </>
      ) : null}
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{t.settings}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel settings={settings} onChange={(n) => void c.changeSettings(n)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
