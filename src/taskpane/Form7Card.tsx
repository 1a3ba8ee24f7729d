/** One Form 7: the site, its class, the figures as the form reports them, and the findings. */
import { Badge, Card, CardHeader, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { excellenceLine } from "../domain/excellence/words";
import { SITE_CLASS_LABEL } from "../domain/form7/siteClass";
import { SUMMARY_FIGURES, summaryFigure } from "../domain/form7/summaryFigures";
import type { CellRef } from "../domain/issue";
import type { Form7Analysis } from "../app/paneModel";
import { fmt, useT } from "./i18n";
import { BenchmarkBar } from "./BenchmarkBar";
import { FindingsAndWrite } from "./FindingsAndWrite";
import { YearChart } from "./lazy";
import { TokyoSiteFacts } from "./tokyo/TokyoSiteFacts";

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: "8px",
    rowGap: "2px",
    margin: "6px 0",
  },
  // A long Japanese name breaks between phrases (原油換算 / エネルギー使用量) where the browser can, and
  // anywhere when a phrase alone is wider than the column; the figure and its unit stay on one line.
  label: { wordBreak: "auto-phrase", overflowWrap: "anywhere" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const CLASS_COLOR = {
  mustReport: "important",
  mayReport: "brand",
  outside: "subtle",
  unknown: "warning",
} as const;

export interface Form7CardProps {
  form: Form7Analysis;
  onSelect: (cell: CellRef) => void;
  onWrite: () => void;
  /** The site tools (benchmark category, publication sheet), shown under the benchmark. */
  tools?: React.ReactNode;
  children?: React.ReactNode;
}

export function Form7Card({ form, onSelect, onWrite, tools, children }: Form7CardProps) {
  const { t, lang } = useT();
  const s = useStyles();
  const r = form.result.reported;
  const site = form.form.input.site;
  const rows = SUMMARY_FIGURES.map((f) => {
    const v = r[f.key];
    return v === null ? { f, text: t.noFloorArea } : { f, text: `${fmt(v, f.places, lang)} ${f.unit}` };
  });
  return (
    <Card className={s.card} aria-label={`${t.form7} ${form.sheet}`}>
      <CardHeader
        header={
          <Text weight="semibold">
            {t.form7}: {site.name?.value ?? t.noName}
          </Text>
        }
        description={
          <Text size={200}>
            {t.sheet}「{form.sheet}」
            {site.floorAreaM2 ? ` ・ ${t.floorArea} ${fmt(site.floorAreaM2.value, 2, lang)} m²` : ""}
          </Text>
        }
      />
      {form.tokyo ? <TokyoSiteFacts tokyo={form.tokyo} /> : null}
      <div>
        <Badge appearance="tint" color={CLASS_COLOR[form.siteClass]}>
          {SITE_CLASS_LABEL[form.siteClass][lang]}
        </Badge>
      </div>
      <div className={s.figures} role="table" aria-label={summaryFigure("co2TotalT").label[lang]}>
        {rows.map(({ f, text }) => (
          <div key={f.key} role="row" style={{ display: "contents" }}>
            <Text role="rowheader" className={mergeClasses(s.label, f.main && s.total)}>
              {f.label[lang]}
            </Text>
            <Text
              role="cell"
              className={mergeClasses(s.value, f.main && s.total)}
              data-figure={f.label[lang]}
            >
              {text}
            </Text>
          </div>
        ))}
      </div>
      {form.benchmark ? <BenchmarkBar s={form.benchmark} /> : null}
      {tools}
      {form.excellence?.base ? (
        <Text block size={200} data-testid="excellence">
          {excellenceLine(form.excellence, lang)}
        </Text>
      ) : null}
      {form.years && form.years.length >= 2 ? (
        <YearChart years={form.years} excellence={form.excellence} currentYear={form.history?.fiscalYear} />
      ) : null}
      <FindingsAndWrite issues={form.issues} onSelect={onSelect} onWrite={onWrite}>
        {children}
      </FindingsAndWrite>
    </Card>
  );
}
