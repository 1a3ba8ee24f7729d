/**
 * The site tools of a Form 7 card: the benchmark category (chosen here, previewed, written next to 主たる用途)
 * and the publication sheet. Planning, writing and creating are the controller's (its notices and undo).
 */
import type { Form7Analysis } from "../../app/paneModel";
import { CategoryPicker } from "./CategoryPicker";
import { PublicationMaker } from "./PublicationMaker";

export interface SiteToolsProps {
  form: Form7Analysis;
  /** The settings' category for every form, if set. */
  override: number | null;
  /** The category whose preview is open, if any. */
  chosen: number | null;
  onChoose: (category: number) => void;
  onPublication: (reportDate: string, measures: string[]) => void;
  /** The category's write preview, when open. */
  children?: React.ReactNode;
}

export function SiteTools({ form, override, chosen, onChoose, onPublication, children }: SiteToolsProps) {
  return (
    <>
      <CategoryPicker form={form} override={override} chosen={chosen} onChoose={onChoose} />
      {children}
      <div>
        <PublicationMaker reportDate={form.form.input.site.reportDate?.value} onCreate={onPublication} />
      </div>
    </>
  );
}
