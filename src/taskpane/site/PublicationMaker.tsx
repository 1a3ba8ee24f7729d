/** Makes the site's publication sheet: the date of report and the measures are asked, the rest is the form's. */
import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n";
import { SITE_WORDS } from "./words";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
});

export interface PublicationMakerProps {
  /** 報告年月日 as the form gives it, proposed in the field. */
  reportDate?: string | null;
  busy?: boolean;
  onCreate: (reportDate: string, measures: string[]) => void;
}

export function PublicationMaker({ reportDate: given, busy, onCreate }: PublicationMakerProps) {
  const { lang } = useT();
  const w = SITE_WORDS[lang];
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const [reportDate, setReportDate] = useState(given ?? "");
  const [measures, setMeasures] = useState("");
  if (!open)
    return (
      <Button size="small" onClick={() => setOpen(true)}>
        {w.publication}
      </Button>
    );
  return (
    <section className={s.panel} aria-label={w.publicationTitle}>
      <Text weight="semibold">{w.publicationTitle}</Text>
      <Text size={200}>{w.publicationIntro}</Text>
      <Field label={w.reportDate} hint={w.reportDateHint(Boolean(given))} size="small">
        <Input size="small" value={reportDate} onChange={(_, d) => setReportDate(d.value)} />
      </Field>
      <Field label={w.measures} size="small">
        <Textarea size="small" value={measures} onChange={(_, d) => setMeasures(d.value)} />
      </Field>
      <div>
        <Button
          size="small"
          appearance="primary"
          disabled={busy}
          onClick={() => {
            onCreate(reportDate.trim(), measures.split(/\r?\n/));
            setOpen(false);
          }}
        >
          {w.create}
        </Button>{" "}
        <Button size="small" onClick={() => setOpen(false)}>
          {w.cancel}
        </Button>
      </div>
    </section>
  );
}
