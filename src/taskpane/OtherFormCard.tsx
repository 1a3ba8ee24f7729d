/** A J-Credit forecast table or a return table: what it is, its key figures, its findings. */
import { Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FormAnalysis } from "../app/analyze";
import type { CellRef } from "../domain/issue";
import { fmt, useT } from "./i18n";
import { WhatIf } from "./lazy";
import { FindingsAndWrite } from "./FindingsAndWrite";
import { BusinessYears } from "./tokyo/BusinessYears";

const useStyles = makeStyles({ card: { marginBottom: tokens.spacingVerticalM } });

const NAMES = {
  creditForecast: { ja: "J-クレジット認証量の想定表", en: "J-Credit forecast table" },
  returnTable: { ja: "還元額の表（表2）", en: "Return table (Table 2)" },
  tokyoBusiness: { ja: "東京都 地球温暖化対策報告書（その1）", en: "Tokyo global-warming report (その1)" },
} as const;

export interface OtherFormCardProps {
  form: Extract<FormAnalysis, { kind: "creditForecast" | "returnTable" | "tokyoBusiness" }>;
  onSelect: (cell: CellRef) => void;
  onWrite: () => void;
  children?: React.ReactNode;
}

export function OtherFormCard({ form, onSelect, onWrite, children }: OtherFormCardProps) {
  const { t, lang } = useT();
  const s = useStyles();
  const yen = lang === "ja" ? "円" : "yen";
  return (
    <Card className={s.card} aria-label={`${NAMES[form.kind][lang]} ${form.sheet}`}>
      <CardHeader
        header={<Text weight="semibold">{NAMES[form.kind][lang]}</Text>}
        description={
          <Text size={200}>
            {t.sheet}「{form.sheet}」
          </Text>
        }
      />
      {form.kind === "tokyoBusiness" ? (
        <BusinessYears form={form} />
      ) : form.kind === "returnTable" ? (
        <>
          <Text>
            {fmt(form.totals.reductionT, 0, lang)} t ・ ΣA {fmt(form.totals.A, 0, lang)} {yen} ・ ΣB{" "}
            {fmt(form.totals.B, 0, lang)} {yen}
          </Text>
          <WhatIf rows={form.rows} />
        </>
      ) : (
        <Text>
          {form.table.years[0]}–{form.table.years[form.table.years.length - 1]} ・ {form.table.rows.length}
          {lang === "ja" ? " 行" : " rows"}
        </Text>
      )}
      <FindingsAndWrite issues={form.issues} onSelect={onSelect} onWrite={onWrite}>
        {children}
      </FindingsAndWrite>
    </Card>
  );
}
