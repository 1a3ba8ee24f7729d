/**
 * The add-in's own forecast sheet: its key figures, the stacked chart of credits per year by menu, the
 * findings, 「再計算して書き込む」 (one click: read the edited parameters, compute, write), and the what-if.
 */
import { Button, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import { fiscalYearLabel } from "../../domain/fiscalYear";
import type { CellRef } from "../../domain/issue";
import type { ForecastSheetAnalysis } from "../../app/paneModel";
import { useBusy } from "../paneContext";
import { fmt, useT } from "../i18n";
import { IssueList } from "../IssueList";
import { ForecastWhatIf } from "./ForecastWhatIf";
import { StackedChart } from "./StackedChart";
import { FORECAST_WORDS } from "./words";

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  row: { display: "flex", gap: "6px", flexWrap: "wrap" },
});

export interface ForecastSheetCardProps {
  form: ForecastSheetAnalysis;
  onSelect: (cell: CellRef) => void;
  onRecompute: () => void;
  children?: React.ReactNode;
}

export function ForecastSheetCard({ form, onSelect, onRecompute, children }: ForecastSheetCardProps) {
  const { lang, t } = useT();
  const busy = useBusy();
  const w = FORECAST_WORDS[lang];
  const s = useStyles();
  const f = form.forecast;
  const yen = lang === "ja" ? "円" : "yen";
  return (
    <Card className={s.card} aria-label={`${w.card} ${form.sheet}`}>
      <CardHeader
        header={<Text weight="semibold">{w.card}</Text>}
        description={
          <Text size={200}>
            {t.sheet}「{form.sheet}」
          </Text>
        }
      />
      {f ? (
        <>
          <Text>
            {w.grandTotal} <strong>{fmt(f.grandTotal, 0, lang)} t-CO2</strong> （
            {fiscalYearLabel(f.fiscalYears[0])}–{fiscalYearLabel(f.fiscalYears[f.fiscalYears.length - 1])}）
          </Text>
          <Text size={200}>
            {w.byClass(fmt(f.byClass.renewable, 0, lang), fmt(f.byClass.energySaving, 0, lang))} ・{" "}
            {w.revenue} {f.revenueYen ? `${fmt(f.revenueYen, 0, lang)} ${yen}` : w.noPrice}
            {f.ward
              ? ` ・ ${w.ward} ${fmt(f.ward.tonnes, f.ward.model === "successFee" ? 0 : 1, lang)} t${
                  f.ward.revenueYen ? ` / ${fmt(f.ward.revenueYen, 0, lang)} ${yen}` : ""
                }`
              : ""}
          </Text>
          <StackedChart
            years={f.fiscalYears.map((y) => fiscalYearLabel(y))}
            series={f.menus.map((m) => ({ name: m.name, values: m.credits }))}
            totals={f.totals}
          />
        </>
      ) : (
        <Text role="alert">{w.invalid}</Text>
      )}
      <Text weight="semibold">{t.issues}</Text>
      <IssueList issues={form.issues} onSelect={onSelect} />
      <div className={s.row}>
        <Button appearance="primary" onClick={onRecompute} disabledFocusable={busy}>
          {w.recompute}
        </Button>
      </div>
      {children}
      {f ? <ForecastWhatIf params={form.params} /> : null}
    </Card>
  );
}
