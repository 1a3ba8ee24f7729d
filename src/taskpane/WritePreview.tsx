/**
 * The preview of a write: every cell that will change (old → new). Empty cells and the add-in's own earlier
 * values are written; formulas and typed values only where the user ticks them.
 */
import { Badge, Button, Checkbox, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { needsConsent, selectWrites, writeKey, type PlannedWrite } from "../workbook/writePlan";
import { fmtCell, useT } from "./i18n";

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
}

export function WritePreview({ writes, onConfirm, onCancel, intro }: WritePreviewProps) {
  const { t, lang } = useT();
  const s = useStyles();
  const [consented, setConsented] = useState<Set<string>>(new Set());
  const shown = useMemo(() => writes.filter((w) => w.state !== "same"), [writes]);
  const chosen = selectWrites(writes, consented);
  const toggle = (key: string, on: boolean) =>
    setConsented((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <section aria-label={t.previewTitle}>
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
                return (
                  <tr key={key}>
                    <td className={mergeClasses(s.td, s.address)}>{w.address}</td>
                    <td className={s.td}>{w.label[lang]}</td>
                    <td className={s.td}>
                      {w.oldFormula ?? fmtCell(w.old, lang)} → {fmtCell(w.value, lang)}{" "}
                      <Badge
                        size="small"
                        appearance="tint"
                        color={needsConsent(w) ? "warning" : "informative"}
                      >
                        {t.state[w.state]}
                      </Badge>
                      {needsConsent(w) ? (
                        <Checkbox
                          label={w.state === "formula" ? t.overwriteFormula : t.overwriteInput}
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
      <div className={s.actions}>
        <Button appearance="primary" disabled={chosen.length === 0} onClick={() => onConfirm(chosen)}>
          {t.confirmWrite(chosen.length)}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </section>
  );
}
