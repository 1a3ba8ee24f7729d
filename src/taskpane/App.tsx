/**
 * The task pane: finds every form in the workbook, shows its figures and findings, selects cells, marks
 * them, writes validated results after a preview, undoes the last write, and keeps the settings in the
 * workbook. It talks to Excel only through HostServices.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { FormAnalysis, WorkbookAnalysis } from "../app/analyze";
import type { HostServices } from "../app/services";
import type { CellRef } from "../domain/issue";
import { DEFAULT_SETTINGS, type Settings } from "../domain/settings";
import type { Form7Analysis } from "../workbook/analysis";
import {
  form7WritesWithHistory,
  historyNewSheet,
  recordedAtText,
  stampHistoryWrites,
} from "../workbook/history/record";
import { HISTORY_SHEET_NAME } from "../workbook/history/historySheet";
import { exampleForecastParams } from "../workbook/jcredit/forecastSheet";
import { forecastNewSheet } from "../workbook/jcredit/forecastSheetAnalysis";
import {
  publicationLayout,
  publicationNewSheet,
  PUBLICATION_ITEMS,
} from "../workbook/publication/publicationSheet";
import { needsConsent, selectWrites, type PlannedWrite } from "../workbook/writePlan";
import { FORECAST_WORDS } from "./forecast/words";
import { Form7Card } from "./Form7Card";
import { LangContext, STRINGS, useT, type Lang } from "./i18n";
import { IssueList } from "./IssueList";
import { OtherFormCard } from "./OtherFormCard";
import { SITE_WORDS } from "./site/words";
// Loaded when first shown (webpack chunks): not needed for the first figures.
import { ForecastSheetCard, SettingsPanel, SiteTools, WritePreview } from "./lazy";

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

type View =
  { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; analysis: WorkbookAnalysis };
/** The pane's words in one language, for notices worded when they are shown (the language may change). */
interface Words {
  t: (typeof STRINGS)[Lang];
  fw: (typeof FORECAST_WORDS)[Lang];
  sw: (typeof SITE_WORDS)[Lang];
  lang: Lang;
}
const wordsOf = (lang: Lang): Words => ({
  t: STRINGS[lang],
  fw: FORECAST_WORDS[lang],
  sw: SITE_WORDS[lang],
  lang,
});
type Notice = { intent: "success" | "info" | "error"; text: string | ((w: Words) => string); undo?: boolean };

export interface AppProps {
  services: HostServices<WorkbookAnalysis>;
  /** Office's theme or the colour scheme as a Fluent theme (theme.ts); light when not given. */
  theme?: Theme;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function App({ services, theme = webLightTheme }: AppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  return (
    <LangContext.Provider value={settings.language}>
      <FluentProvider theme={theme} lang={settings.language}>
        <Pane services={services} settings={settings} setSettings={setSettings} />
      </FluentProvider>
    </LangContext.Provider>
  );
}

interface PaneProps extends AppProps {
  settings: Settings;
  setSettings: (s: Settings) => void;
}

function Pane({ services, settings, setSettings }: PaneProps) {
  const { t, lang } = useT();
  const fw = FORECAST_WORDS[lang];
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<View>({ kind: "loading" });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState<number | null>(null);

  const analyze = useCallback(
    async (current: Settings) => {
      setView({ kind: "loading" });
      setPreview(null);
      try {
        setView({ kind: "ready", analysis: await services.analyze(current) });
      } catch (e) {
        setView({ kind: "error", message: errorText(e) });
      }
    },
    [services],
  );

  useEffect(() => {
    let alive = true;
    void (async () => {
      let stored = DEFAULT_SETTINGS;
      try {
        stored = await services.loadSettings();
      } catch {
        stored = DEFAULT_SETTINGS;
      }
      if (!alive) return;
      setSettings(stored);
      await analyze(stored);
    })();
    return () => {
      alive = false;
    };
  }, [services, analyze, setSettings]);

  const guard = async (f: () => Promise<void>) => {
    try {
      await f();
    } catch (e) {
      setNotice({ intent: "error", text: errorText(e) });
    }
  };

  const changeSettings = (next: Settings) =>
    guard(async () => {
      setSettings(next);
      await services.saveSettings(next);
      // Messages carry both languages: switching language needs no new analysis.
      if (next.language === settings.language) await analyze(next);
    });

  const select = (cell: CellRef) => guard(() => services.select(cell));
  const forms = view.kind === "ready" ? view.analysis.forms : [];
  const allIssues = forms.flatMap((f) => f.issues);

  const write = (writes: PlannedWrite[]) =>
    guard(async () => {
      const r = await services.write(writes);
      setNotice({ intent: "success", text: ({ t }) => t.written(r.written), undo: r.written > 0 });
      await analyze(settings);
    });

  /** A Form 7's writes with its 報告履歴 row (one batch), or, without that sheet, the sheet created after. */
  const writeForm7 = (f: Form7Analysis, chosen: PlannedWrite[]) =>
    guard(async () => {
      const h = f.history;
      const now = recordedAtText(new Date());
      const r = chosen.length ? await services.write(stampHistoryWrites(chosen, h, now)) : null;
      if (h?.kind === "create") {
        const c = await services.createSheet(historyNewSheet(h.record, now));
        setNotice({
          intent: "success",
          text: ({ t }) => {
            const created = t.historyCreated(c.sheet, h.fiscalYear, r !== null);
            return r ? `${t.written(r.written)} ${created}` : created;
          },
          undo: true,
        });
      } else if (r)
        setNotice({ intent: "success", text: ({ t }) => t.written(r.written), undo: r.written > 0 });
      await analyze(settings);
    });

  const undo = () =>
    guard(async () => {
      const r = await services.undoLast();
      setNotice({
        intent: "info",
        text: ({ t }) => (r.batch ? t.undone(r.restored, r.skipped?.length ?? 0) : t.nothingToUndo),
        // The log keeps every batch: after an undo, the one before can be undone too.
        undo: r.batch !== null,
      });
      await analyze(settings);
    });

  const insertForecast = () =>
    guard(async () => {
      const r = await services.createSheet(forecastNewSheet(exampleForecastParams()));
      setNotice({ intent: "success", text: ({ fw }) => fw.inserted(r.sheet, r.chart), undo: true });
      await analyze(settings);
    });

  /** One click: read the edited parameters afresh, compute, and write the results (consent asked if needed). */
  const recompute = (sheet: string) =>
    guard(async () => {
      setBusy(true);
      try {
        const fresh = await services.analyze(settings);
        setView({ kind: "ready", analysis: fresh });
        const i = fresh.forms.findIndex((f) => f.kind === "forecastSheet" && f.sheet === sheet);
        const f = fresh.forms[i];
        if (!f || f.kind !== "forecastSheet") {
          setNotice({ intent: "error", text: ({ fw }) => fw.notFound(sheet) });
          return;
        }
        if (f.forecast === null) {
          setNotice({ intent: "error", text: ({ fw }) => fw.invalid });
          return;
        }
        if (f.writes.some((w) => w.state !== "same" && needsConsent(w))) {
          setPreview(i);
          setNotice({ intent: "info", text: ({ fw }) => fw.needsConsent });
          return;
        }
        const r = await services.write(selectWrites(f.writes));
        setNotice({ intent: "success", text: ({ fw }) => fw.recomputed(r.written), undo: r.written > 0 });
        await analyze(settings);
      } finally {
        setBusy(false);
      }
    });

  /** The site's publication sheet, from its Form 7 and what the user typed (date of report, measures). */
  const makePublication = (f: Form7Analysis, reportDate: string, measures: string[]) =>
    guard(async () => {
      const site = f.form.input.site;
      const layout = publicationLayout({ site, result: f.result, reportDate, measures, anchor: f.anchor });
      const r = await services.createSheet(publicationNewSheet(layout, site.name?.value ?? null, f.sheet));
      const blank = PUBLICATION_ITEMS.filter((item) => layout.blank.includes(item.key));
      setNotice({
        intent: "success",
        text: ({ sw, lang }) =>
          sw.created(
            r.sheet,
            blank.map((item) => item[lang]),
          ),
        undo: true,
      });
      await analyze(settings);
    });

  const mark = () =>
    guard(async () => {
      await services.clearMarks();
      const n = await services.mark(allIssues);
      setNotice({ intent: "info", text: ({ t }) => t.marked(n) });
    });
  const clear = () =>
    guard(async () => {
      const n = await services.clearMarks();
      setNotice({ intent: "info", text: ({ t }) => t.cleared(n) });
    });

  const card = (f: FormAnalysis, i: number) => {
    const previewPane =
      preview === i ? (
        <WritePreview writes={f.writes} onCancel={() => setPreview(null)} onConfirm={(w) => void write(w)} />
      ) : null;
    if (f.kind === "forecastSheet")
      return (
        <ForecastSheetCard
          key={i}
          form={f}
          busy={busy}
          onSelect={(c) => void select(c)}
          onRecompute={() => void recompute(f.sheet)}
        >
          {previewPane}
        </ForecastSheetCard>
      );
    if (f.kind === "form7") {
      const h = f.history;
      const rowChanges = h && h.kind !== "create" && h.writes.some((w) => w.state !== "same");
      return (
        <Form7Card
          key={i}
          form={f}
          onSelect={(c) => void select(c)}
          onWrite={() => setPreview(i)}
          tools={
            <SiteTools
              form={f}
              override={settings.benchmarkCategory}
              onWrite={(w) => void write(w)}
              onPublication={(d, m) => void makePublication(f, d, m)}
            />
          }
        >
          {preview === i ? (
            <>
              {rowChanges ? (
                <Text block size={200}>
                  {t.historyRow(h.sheet, h.fiscalYear, h.rowNumber, h.kind === "replace")}
                </Text>
              ) : null}
              {h?.kind === "create" ? (
                <Text block size={200}>
                  {t.historyCreate(HISTORY_SHEET_NAME, h.fiscalYear)}{" "}
                  <Button size="small" onClick={() => void writeForm7(f, [])}>
                    {t.historyCreateOnly(HISTORY_SHEET_NAME)}
                  </Button>
                </Text>
              ) : null}
              <WritePreview
                writes={form7WritesWithHistory(f.writes, h)}
                onCancel={() => setPreview(null)}
                onConfirm={(w) => void writeForm7(f, w)}
              />
            </>
          ) : null}
        </Form7Card>
      );
    }
    return (
      <OtherFormCard key={i} form={f} onSelect={(c) => void select(c)} onWrite={() => setPreview(i)}>
        {previewPane}
      </OtherFormCard>
    );
  };

  return (
    <main className={s.root}>
      <div className={s.bar}>
        <Title3 as="h1" className={s.grow}>
          {t.title}
        </Title3>
        <TabList
          size="small"
          selectedValue={settings.language}
          aria-label={t.language}
          onTabSelect={(_, d) =>
            void changeSettings({ ...settings, language: d.value as Settings["language"] })
          }
        >
          <Tab value="ja">日本語</Tab>
          <Tab value="en">English</Tab>
        </TabList>
      </div>
      <div className={s.bar}>
        <Button onClick={() => void analyze(settings)}>{t.refresh}</Button>
        <Button onClick={() => void mark()} disabled={allIssues.length === 0}>
          {t.mark}
        </Button>
        <Button onClick={() => void clear()}>{t.clearMarks}</Button>
        <Button onClick={() => void insertForecast()}>{fw.insert}</Button>
      </div>
      {notice ? (
        <MessageBar intent={notice.intent} aria-live="polite">
          <MessageBarBody>
            {typeof notice.text === "function" ? notice.text(wordsOf(lang)) : notice.text}
          </MessageBarBody>
          {notice.undo ? (
            <MessageBarActions>
              <Button size="small" onClick={() => void undo()}>
                {t.undo}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {view.kind === "loading" ? <Spinner label={t.loading} /> : null}
      {view.kind === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {view.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void analyze(settings)}>
              {t.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {view.kind === "ready" && forms.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t.emptyTitle}</MessageBarTitle>
            {t.emptyBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view.kind === "ready" && forms.length > 0 ? (
        <>
          <Text>{t.formsFound(forms.length)}</Text>
          {view.analysis.issues.length > 0 ? (
            <IssueList issues={view.analysis.issues} onSelect={(c) => void select(c)} />
          ) : null}
          {forms.map(card)}
        </>
      ) : null}
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{t.settings}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel settings={settings} onChange={(n) => void changeSettings(n)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
