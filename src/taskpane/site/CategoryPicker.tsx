/**
 * The Form 7's benchmark category, chosen here and kept on the form's own sheet (next to 主たる用途): the
 * choice opens the preview of the cells it writes, so nothing is written without a look. While that preview
 * is open the select shows the choice (so the arrow keys walk through every category, each previewed).
 */
import { Field, Select } from "@fluentui/react-components";
import { categoryOptions } from "./categoryOptions";
import type { Form7Analysis } from "../../app/paneModel";
import { useT } from "../i18n";
import { SITE_WORDS } from "./words";

export interface CategoryPickerProps {
  form: Form7Analysis;
  /** The settings' category for every form, if set (it takes precedence over the sheet). */
  override: number | null;
  /** The category being previewed, if any: shown instead of the sheet's. */
  chosen?: number | null;
  onChoose: (category: number) => void;
}

export function CategoryPicker({ form, override, chosen = null, onChoose }: CategoryPickerProps) {
  const { lang } = useT();
  const w = SITE_WORDS[lang];
  const held = chosen ?? form.form.input.site.benchmarkCategory?.value ?? null;
  const hint =
    override !== null
      ? w.categoryOverridden(override)
      : form.categorySlot
        ? w.categoryHint
        : w.categoryNoSlot;
  return (
    <Field label={w.category} hint={hint} size="small">
      <Select
        size="small"
        value={held === null ? "" : String(held)}
        disabled={form.categorySlot === null}
        onChange={(_, d) => {
          if (d.value !== "") onChoose(Number(d.value));
        }}
      >
        <option value="">{w.categoryNone}</option>
        {categoryOptions(lang)}
      </Select>
    </Field>
  );
}
