/** The named settings, visible and stored in the workbook. */
import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { categoryOptions } from "./site/categoryOptions";
import { readObligationRate, type Settings } from "../domain/settings";
import { useState } from "react";
import { useT } from "./i18n";
import { PANE_WORDS } from "./paneWords";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SettingsPanelProps {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** The settings whose values are a few names (shown as radio groups). */
type ChoiceSetting =
  | "coefficientSet"
  | "heatRowCo2"
  | "returnReductionRounding"
  | "tokyoTenantInOtherPurchase"
  | "tokyoTenantRounding";

export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const { t, lang } = useT();
  const s = useStyles();
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange({ ...settings, [key]: value });
  // The obligation rate as typed; stored only once it reads as a rate (blank = not given).
  const [rate, setRate] = useState(settings.capAndTradeObligationRatePct ?? "");
  const rateOk = readObligationRate(rate.normalize("NFKC")) !== undefined;
  const typeRate = (v: string) => {
    setRate(v);
    const read = readObligationRate(v.normalize("NFKC"));
    if (read !== undefined) set("capAndTradeObligationRatePct", read);
  };
  /** A setting of a few named values, as a radio group (value → its label). */
  const choice = <K extends ChoiceSetting>(
    key: K,
    label: string,
    options: readonly (readonly [Settings[K], string])[],
    hint?: string,
  ) => (
    <Field label={label} hint={hint}>
      <RadioGroup value={settings[key]} onChange={(_, d) => set(key, d.value as Settings[K])}>
        {options.map(([value, text]) => (
          <Radio key={value} value={value} label={text} />
        ))}
      </RadioGroup>
    </Field>
  );
  return (
    <section className={s.panel} aria-label={t.settings}>
      <Text size={200}>{t.settingsNote}</Text>
      {choice("coefficientSet", t.coefficientSet, [
        ["official", t.coefOfficial],
        ["sheet", t.coefSheet],
      ])}
      {choice(
        "heatRowCo2",
        t.heatRowCo2,
        [
          ["heatUsed", t.heatUsed],
          ["primaryEnergy", t.primaryEnergy],
        ],
        t.heatRowNote,
      )}
      <Field label={t.benchmarkCategory} hint={t.benchmarkCategoryHint}>
        <Select
          value={settings.benchmarkCategory === null ? "" : String(settings.benchmarkCategory)}
          onChange={(_, d) => set("benchmarkCategory", d.value === "" ? null : Number(d.value))}
        >
          <option value="">{t.benchmarkFromSheet}</option>
          {categoryOptions(lang)}
        </Select>
      </Field>
      <Checkbox
        label={t.tokyoReport}
        checked={settings.tokyoReportTarget}
        onChange={(_, d) => set("tokyoReportTarget", d.checked === true)}
      />
      <Checkbox
        label={t.tokyoCap}
        checked={settings.tokyoCapAndTradeTarget}
        onChange={(_, d) => set("tokyoCapAndTradeTarget", d.checked === true)}
      />
      {settings.tokyoCapAndTradeTarget ? (
        <Field
          label={t.obligationRate}
          hint={t.obligationRateHint}
          validationMessage={rateOk ? undefined : t.obligationRateBad}
          validationState={rateOk ? "none" : "error"}
        >
          <Input value={rate} onChange={(_, d) => typeRate(d.value)} contentAfter="%" />
        </Field>
      ) : null}
      {choice("returnReductionRounding", t.rounding, [
        ["down10", t.roundDown10],
        ["down1", t.roundDown1],
        ["none", t.roundNone],
      ])}
      {choice(
        "tokyoTenantInOtherPurchase",
        t.tokyoTenant,
        [
          ["separate", t.tokyoTenantSeparate],
          ["included", t.tokyoTenantIncluded],
        ],
        t.tokyoTenantNote,
      )}
      {choice("tokyoTenantRounding", t.tokyoTenantRounding, [
        ["halfUp", t.tokyoRoundHalfUp],
        ["truncate", t.tokyoTruncate],
      ])}
      <Checkbox
        label={t.fillForecastTotals}
        checked={settings.forecastFillBlankTotals}
        onChange={(_, d) => set("forecastFillBlankTotals", d.checked === true)}
      />
      <Checkbox
        label={PANE_WORDS[lang].liveRecheck}
        checked={settings.liveRecheck}
        onChange={(_, d) => set("liveRecheck", d.checked === true)}
      />
    </section>
  );
}
