/**
 * The preview of a write: every cell that will change (old → new, at the precision the form shows, with the
 * exact value beside it). Empty cells and the add-in's own earlier values are written; formulas and typed
 * values only where the user ticks them. It scrolls into view when it opens; Escape or キャンセル closes it
 * and puts focus back on what opened it.
 */
import { Badge, Button, Checkbox, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { Decimal } from "../domain/decimal";
import { displayPlaces, needsConsent, selectWrites, writeKey, type PlannedWrite } from "../app/paneModel";
import { fmt, fmtCell, useT, type Lang } from "./i18n";
import { useBusy } from "./paneContext";
import { PANE_WORDS } from "./paneWords";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  // Headings and addresses never break (「セル」 stays one word); the other columns wrap anywhere.
  th: {
    textAlign: "left",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    whiteSpace: "nowrap",
  },
  td: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  address: { whiteSpace: "nowrap" },
  actions: { display: "flex", gap: "8px", marginTop: tokens.spacingVerticalS, flexWrap: "wrap" },
});

export interface WritePreviewProps {
  writes: readonly PlannedWrite[];
  onConfirm: (writes: PlannedWrite[]) => void;
  onCancel: () => void;
  /** What is written, when it is not the form's computed results. */
  intro?: string;
  /** A word before writing (e.g. zeros into a form with an open error). */
  warning?: React.ReactNode;
}

/** The new value at the precision its cell shows, and the exact value when that differs. */
function shownValue(w: PlannedWrite, lang: Lang): { text: string; exact: string | null } {
  const exact = fmtCell(w.value, lang);
  const places = displayPlaces(w);
  if (places === null || typeof w.value !== "number") return { text: exact, exact: null };
  const text = fmt(w.value, places, lang);
  // 0 shown as 0.0 is exact; 13.9585776 shown as 14.0 is not.
  return { text, exact: new Decimal(w.value).decimalPlaces() > places ? exact : null };
}

export function WritePreview({ writes, onConfirm, onCancel, intro, warning }: WritePreviewProps) {
  const { t, lang } = useT();
  const pw = PANE_WORDS[lang];
  const s = useStyles();
  const busy = useBusy();
  const [consented, setConsented] = useState<Set<string>>(new Set());
  const shown = useMemo(() => writes.filter((w) => w.state !== "same"), [writes]);
  const chosen = selectWrites(writes, consented);
  const section = useRef<HTMLElement>(null);
  // What had focus when the preview opened (its button, or the select that chose a category).
  const opener = useRef<HTMLElement | null>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useEffect(() => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    section.current?.scrollIntoView?.({ block: "nearest" });
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      e.preventDefault();
      close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  /** Closes and gives focus back to the opener (still on the page: cards are not remounted). */
  const close = () => {
    const back = opener.current;
    cancel.current();
    if (back?.isConnected) back.focus();
  };

  const toggle = (key: string, on: boolean) =>
    setConsented((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <section aria-label={t.previewTitle} ref={section}>
      <Text weight="semibold">{t.previewTitle}</Text>
      {shown.length === 0 ? (
        <Text block>{t.nothingToWrite}</Text>
      ) : (
        <>
          <Text block size={200}>
            {intro ?? t.previewIntro}
          </Text>
          <table className={s.table}>
            <thead>
              <tr>
                <th className={s.th} scope="col">
                  {t.cell}
                </th>
                <th className={s.th} scope="col">
                  {t.item}
                </th>
                <th className={s.th} scope="col">
                  {t.oldToNew}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((w) => {
                const key = writeKey(w);
                const v = shownValue(w, lang);
                return (
                  <tr key={key}>
                    <td className={mergeClasses(s.td, s.address)}>{w.address}</td>
                    <td className={s.td}>{w.label[lang]}</td>
                    <td className={s.td}>
                      {w.oldFormula ?? fmtCell(w.old, lang)} →{" "}
                      <span title={v.exact ? pw.exactValue(v.exact) : undefined}>{v.text}</span>{" "}
                      <Badge
                        size="small"
                        appearance="tint"
                        color={needsConsent(w) ? "warning" : "informative"}
                      >
                        {t.state[w.state]}
                      </Badge>
                      {v.exact ? (
                        <Text block size={100}>
                          {pw.exactValue(v.exact)}
                        </Text>
                      ) : null}
                      {needsConsent(w) ? (
                        <Checkbox
                          label={
                            w.state === "formula"
                              ? pw.overwriteFormulaAt(w.address)
                              : pw.overwriteInputAt(w.address)
                          }
                          checked={consented.has(key)}
                          onChange={(_, d) => toggle(key, d.checked === true)}
                        />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {warning}
      <div className={s.actions}>
        {chosen.length > 0 ? (
          <Button appearance="primary" disabledFocusable={busy} onClick={() => onConfirm(chosen)}>
            {t.confirmWrite(chosen.length)}
          </Button>
        ) : null}
        <Button onClick={close}>{t.cancel}</Button>
      </div>
    </section>
  );
}
