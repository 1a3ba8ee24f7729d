/**
 * Makes the site's publication sheet: the date of report and the measures are asked, the rest is the form's.
 * Opening puts focus on the first field; キャンセル or Escape closes it and puts focus back on its button.
 */
import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useBusy } from "../paneContext";
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
  onCreate: (reportDate: string, measures: string[]) => void;
}

export function PublicationMaker({ reportDate: given, onCreate }: PublicationMakerProps) {
  const busy = useBusy();
  const { lang } = useT();
  const w = SITE_WORDS[lang];
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const [reportDate, setReportDate] = useState(given ?? "");
  const [measures, setMeasures] = useState("");
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  // Where focus goes when the form opens or closes: its first field, or back to its button.
  const [focusTo, setFocusTo] = useState<"field" | "opener" | null>(null);
  useEffect(() => {
    if (focusTo === "field") first.current?.focus();
    if (focusTo === "opener") opener.current?.focus();
    setFocusTo(null);
  }, [focusTo]);
  const show = (on: boolean, focus = true) => {
    setOpen(on);
    if (focus) setFocusTo(on ? "field" : "opener");
  };
  if (!open)
    return (
      <Button size="small" ref={opener} onClick={() => show(true)}>
        {w.publication}
      </Button>
    );
  return (
    <section
      className={s.panel}
      aria-label={w.publicationTitle}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          show(false);
        }
      }}
    >
      <Text weight="semibold">{w.publicationTitle}</Text>
      <Text size={200}>{w.publicationIntro}</Text>
      <Field label={w.reportDate} hint={w.reportDateHint(Boolean(given))} size="small">
        <Input size="small" ref={first} value={reportDate} onChange={(_, d) => setReportDate(d.value)} />
      </Field>
      <Field label={w.measures} size="small">
        <Textarea size="small" value={measures} onChange={(_, d) => setMeasures(d.value)} />
      </Field>
      <div>
        <Button
          size="small"
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => {
            onCreate(reportDate.trim(), measures.split(/\r?\n/));
            // The result notice takes focus.
            show(false, false);
          }}
        >
          {w.create}
        </Button>{" "}
        <Button size="small" onClick={() => show(false)}>
          {w.cancel}
        </Button>
      </div>
    </section>
  );
}
