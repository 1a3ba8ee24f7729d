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
  return (
    <section className={s.panel} aria-label={t.settings}>
      <Text size={200}>{t.settingsNote}</Text>
      <Field label={t.coefficientSet}>
        <RadioGroup
          value={settings.coefficientSet}
          onChange={(_, d) => set("coefficientSet", d.value as Settings["coefficientSet"])}
        >
          <Radio value="official" label={t.coefOfficial} />
          <Radio value="sheet" label={t.coefSheet} />
        </RadioGroup>
      </Field>
      <Field label={t.heatRowCo2} hint={t.heatRowNote}>
        <RadioGroup
          value={settings.heatRowCo2}
          onChange={(_, d) => set("heatRowCo2", d.value as Settings["heatRowCo2"])}
        >
          <Radio value="heatUsed" label={t.heatUsed} />
          <Radio value="primaryEnergy" label={t.primaryEnergy} />
        </RadioGroup>
      </Field>
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
      <Field label={t.rounding}>
        <RadioGroup
          value={settings.returnReductionRounding}
          onChange={(_, d) => set("returnReductionRounding", d.value as Settings["returnReductionRounding"])}
        >
          <Radio value="down10" label={t.roundDown10} />
          <Radio value="down1" label={t.roundDown1} />
          <Radio value="none" label={t.roundNone} />
        </RadioGroup>
      </Field>
      <Field label={t.tokyoTenant} hint={t.tokyoTenantNote}>
        <RadioGroup
          value={settings.tokyoTenantInOtherPurchase}
          onChange={(_, d) =>
            set("tokyoTenantInOtherPurchase", d.value as Settings["tokyoTenantInOtherPurchase"])
          }
        >
          <Radio value="separate" label={t.tokyoTenantSeparate} />
          <Radio value="included" label={t.tokyoTenantIncluded} />
        </RadioGroup>
      </Field>
      <Field label={t.tokyoTenantRounding}>
        <RadioGroup
          value={settings.tokyoTenantRounding}
          onChange={(_, d) => set("tokyoTenantRounding", d.value as Settings["tokyoTenantRounding"])}
        >
          <Radio value="halfUp" label={t.tokyoRoundHalfUp} />
          <Radio value="truncate" label={t.tokyoTruncate} />
        </RadioGroup>
      </Field>
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
