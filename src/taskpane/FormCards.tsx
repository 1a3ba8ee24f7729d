/**
 * One card per form, keyed by the form (not its place), so a re-check updates the cards in place; the open
 * write preview (results or the benchmark category) inside its card.
 */
import { MessageBar, MessageBarBody, Button, Text } from "@fluentui/react-components";
import type { PaneController, PaneState } from "../app/controller";
import {
  formKey,
  HISTORY_SHEET_NAME,
  resultWrites,
  zerosOverOpenErrors,
  type FormAnalysis,
  type PlannedWrite,
} from "../app/paneModel";
import { Form7Card } from "./Form7Card";
import { useT } from "./i18n";
import { OtherFormCard } from "./OtherFormCard";
import { useBusy } from "./paneContext";
import { PANE_WORDS } from "./paneWords";
import { SITE_WORDS } from "./site/words";
// Loaded when first shown (webpack chunks): not needed for the first figures.
import { ForecastSheetCard, SiteTools, WritePreview } from "./lazy";

interface FormCardsProps {
  forms: readonly FormAnalysis[];
  state: PaneState;
  controller: PaneController;
}

/** A word before writing zeros into a form whose errors are still open (a blank form's figures are 0). */
function ZeroWarning({ form, writes }: { form: FormAnalysis; writes: readonly PlannedWrite[] }) {
  const { lang } = useT();
  const z = zerosOverOpenErrors(form, writes);
  if (!z) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>{PANE_WORDS[lang].zeroWarning(z.zeros, z.errors.length)}</MessageBarBody>
    </MessageBar>
  );
}

export function FormCards({ forms, state, controller: c }: FormCardsProps) {
  const { t, lang } = useT();
  const busy = useBusy();
  const preview = state.preview;
  return (
    <>
      {forms.map((f, i) => {
        const key = formKey(forms, i);
        const select = (cell: Parameters<typeof c.select>[0]) => void c.select(cell);
        const results = preview?.key === key && preview.kind === "results";
        const writes = results ? resultWrites(f) : [];
        const resultsPreview = results ? (
          <WritePreview
            writes={writes}
            warning={<ZeroWarning form={f} writes={writes.filter((w) => w.state !== "same")} />}
            onCancel={c.closePreview}
            onConfirm={(w) => void c.writeResults(key, w)}
          />
        ) : null;
        if (f.kind === "forecastSheet")
          return (
            <ForecastSheetCard
              key={key}
              form={f}
              onSelect={select}
              onRecompute={() => void c.recompute(f.sheet)}
            >
              {resultsPreview}
            </ForecastSheetCard>
          );
        if (f.kind === "form7") {
          const h = f.history;
          const rowChanges = h && h.kind !== "create" && h.writes.some((w) => w.state !== "same");
          const category = preview?.key === key && preview.kind === "category" ? preview.category : null;
          const categoryPlan = category !== null ? c.categoryPlan(key, category) : null;
          return (
            <Form7Card
              key={key}
              form={f}
              onSelect={select}
              onWrite={() => c.openResults(key)}
              tools={
                <SiteTools
                  form={f}
                  override={state.settings.benchmarkCategory}
                  chosen={category}
                  onChoose={(n) => c.chooseCategory(key, n)}
                  onPublication={(d, m) => void c.makePublication(key, d, m)}
                >
                  {categoryPlan ? (
                    <WritePreview
                      key={category ?? undefined}
                      intro={SITE_WORDS[lang].categoryIntro}
                      writes={categoryPlan}
                      onCancel={c.closePreview}
                      onConfirm={(w) => void c.writeCategory(w)}
                    />
                  ) : null}
                </SiteTools>
              }
            >
              {results ? (
                <>
                  {rowChanges ? (
                    <Text block size={200}>
                      {t.historyRow(h.sheet, h.fiscalYear, h.rowNumber, h.kind === "replace")}
                    </Text>
                  ) : null}
                  {h?.kind === "create" ? (
                    <Text block size={200}>
                      {t.historyCreate(HISTORY_SHEET_NAME, h.fiscalYear)}{" "}
                      <Button
                        size="small"
                        disabledFocusable={busy}
                        onClick={() => void c.createHistoryOnly(key)}
                      >
                        {t.historyCreateOnly(HISTORY_SHEET_NAME)}
                      </Button>
                    </Text>
                  ) : null}
                  {resultsPreview}
                </>
              ) : null}
            </Form7Card>
          );
        }
        return (
          <OtherFormCard key={key} form={f} onSelect={select} onWrite={() => c.openResults(key)}>
            {resultsPreview}
          </OtherFormCard>
        );
      })}
    </>
  );
}
