/**
 * Reference prices offered as presets beside a what-if's price field: a list per credit class (the
 * workbook's price sheet first, then the built-in sourced ones, `pricePresets`), nothing chosen at first.
 * Choosing one puts its price into the field; the field is what the figures use, so a price the user types
 * afterwards wins, and the source is shown only while the field still holds the chosen price.
 */
import { Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { useContext, useState } from "react";
import { dec } from "../domain/decimal";
import { formatDecimal } from "../domain/format";
import {
  CREDIT_CLASS_LABEL,
  isOwnPrice,
  pricePresets,
  presetName,
  type CreditClass,
  type ReferencePrice,
} from "../domain/jcredit/referencePrices";
import { useT } from "./i18n";
import { OwnPricesContext } from "./paneContext";
import { PRICE_WORDS } from "./priceWords";

const useStyles = makeStyles({
  select: { width: "100%", minWidth: 0 },
  note: { overflowWrap: "anywhere" },
});

/** Whether the field's text is this price (typed 3,246 or ３２４６ counts as the same). */
function holds(text: string, p: ReferencePrice): boolean {
  try {
    return dec(text.normalize("NFKC").replace(/[,¥円\s]/g, "")).eq(p.yenPerT);
  } catch {
    return false;
  }
}

/**
 * The presets chosen per class, and the one in use: chosen and still what the field holds. `choose` returns
 * the text to put into the field.
 */
export function usePricePicks(texts: Partial<Record<CreditClass, string>>) {
  const [picked, setPicked] = useState<Partial<Record<CreditClass, ReferencePrice>>>({});
  const inUse = (c: CreditClass): ReferencePrice | null => {
    const p = picked[c];
    return p && holds(texts[c] ?? "", p) ? p : null;
  };
  const choose = (c: CreditClass, p: ReferencePrice | null) =>
    setPicked((x) => ({ ...x, [c]: p ?? undefined }));
  return { inUse, choose };
}

export interface PricePresetProps {
  creditClass: CreditClass;
  /** The preset the field holds now (from `usePricePicks`), or null. */
  inUse: ReferencePrice | null;
  /** A preset chosen (its price is to go into the field), or null for "none". */
  onChoose: (p: ReferencePrice | null) => void;
}

/** The list of presets of one class. */
export function PricePreset({ creditClass, inUse, onChoose }: PricePresetProps) {
  const { lang } = useT();
  const w = PRICE_WORDS[lang];
  const s = useStyles();
  const own = useContext(OwnPricesContext);
  const presets = pricePresets(creditClass, own);
  const at = inUse ? presets.indexOf(inUse) : -1;
  return (
    <Field size="small" label={w.pick(CREDIT_CLASS_LABEL[creditClass][lang])}>
      <Select
        size="small"
        className={s.select}
        value={at < 0 ? "" : String(at)}
        onChange={(_, d) => onChoose(d.value === "" ? null : presets[Number(d.value)])}
      >
        <option value="">{w.none}</option>
        {presets.map((p, i) => (
          <option key={`${p.origin}|${i}`} value={String(i)}>
            {presetName(p, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The source of every preset in use, shown next to the figures they price. */
export function PriceSources({ prices }: { prices: readonly (ReferencePrice | null)[] }) {
  const { lang } = useT();
  const w = PRICE_WORDS[lang];
  const s = useStyles();
  const shown = prices.filter((p): p is ReferencePrice => p !== null);
  return (
    <div aria-live="polite">
      {shown.map((p) => (
        <Text key={p.origin + p.creditClass} size={200} block className={s.note}>
          {w.note(CREDIT_CLASS_LABEL[p.creditClass][lang], `¥${formatDecimal(p.yenPerT)}/t`)}{" "}
          {p.what ? `${p.what} ` : ""}
          {lang === "ja" ? "（" : "("}
          {w.date} {p.date}
          {isOwnPrice(p) ? `${lang === "ja" ? "、" : ", "}${w.ownRow(p.origin)}` : ""}
          {lang === "ja" ? "）" : ")"} {w.source}: {p.source}
        </Text>
      ))}
    </div>
  );
}
