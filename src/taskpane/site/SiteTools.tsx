/**
 * The site tools of a Form 7 card: the benchmark category (chosen here, previewed, written next to 主たる用途)
 * and the publication sheet. Writing and creating go through the pane (its notices and undo).
 */
import { useEffect, useState } from "react";
import type { Form7Analysis } from "../../workbook/analysis";
import { planCategory } from "../../workbook/form7/category";
import type { PlannedWrite } from "../../workbook/writePlan";
import { useT } from "../i18n";
import { WritePreview } from "../WritePreview";
import { CategoryPicker } from "./CategoryPicker";
import { PublicationMaker } from "./PublicationMaker";
import { SITE_WORDS } from "./words";

export interface SiteToolsProps {
  form: Form7Analysis;
  /** The settings' category for every form, if set. */
  override: number | null;
  onWrite: (writes: PlannedWrite[]) => void;
  onPublication: (reportDate: string, measures: string[]) => void;
}

export function SiteTools({ form, override, onWrite, onPublication }: SiteToolsProps) {
  const { lang } = useT();
  const [writes, setWrites] = useState<PlannedWrite[] | null>(null);
  // A new analysis (after a write, a refresh) closes the preview: its cells may have changed.
  useEffect(() => setWrites(null), [form]);
  return (
    <>
      <CategoryPicker
        form={form}
        override={override}
        onChoose={(n) => form.categorySlot && setWrites(planCategory(form.categorySlot, n))}
      />
      {writes ? (
        <WritePreview
          intro={SITE_WORDS[lang].categoryIntro}
          writes={writes}
          onCancel={() => setWrites(null)}
          onConfirm={onWrite}
        />
      ) : null}
      <div>
        <PublicationMaker reportDate={form.form.input.site.reportDate?.value} onCreate={onPublication} />
      </div>
    </>
  );
}
