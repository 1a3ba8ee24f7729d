/** The excellence level in one line, Japanese or English, for the task pane and the command line alike. */
import type { Decimal } from "../decimal";
import type { Excellence } from "./excellence";

function rate(r: Decimal | null, lang: "ja" | "en"): string {
  if (r === null) return "—";
  const abs = r.abs().toFixed(2);
  if (lang === "ja") return r.isNegative() ? `${abs}%増` : `${abs}%減`;
  return r.isNegative() ? `+${abs}%` : `−${abs}%`;
}

/** 「優秀水準（2013年度比・年平均）: エネルギー原単位 2.35%減、CO2原単位 3.01%減 → 該当（基準 2.00%）」 */
export function excellenceLine(e: Excellence, lang: "ja" | "en"): string | null {
  if (!e.base) return null;
  const ja = lang === "ja";
  const base =
    e.base.kind === "fy2013"
      ? ja
        ? `${e.base.fiscalYear}年度比`
        : `vs FY${e.base.fiscalYear}`
      : ja
        ? `${e.base.averagedYears.join("・")}年度の平均比`
        : `vs the average of FY${e.base.averagedYears.join(", ")}`;
  const verdict =
    e.excellent === true
      ? ja
        ? "該当"
        : "meets the level"
      : e.excellent === false
        ? ja
          ? "非該当"
          : "does not meet the level"
        : !e.thresholdKnown
          ? ja
            ? "判定なし（キャップ＆トレードの削減義務率が未入力です。設定で入力してください）"
            : "not judged (the cap-and-trade obligation rate is not given; enter it in the settings)"
          : ja
            ? "判定なし"
            : "not judged";
  const threshold = e.thresholdKnown
    ? ja
      ? `（基準 年${e.thresholdPct.toFixed(2)}%）`
      : ` (threshold ${e.thresholdPct.toFixed(2)} % a year)`
    : "";
  return ja
    ? `優秀水準（${base}・年平均）: エネルギー原単位 ${rate(e.energy.ratePct, lang)}、CO2原単位 ${rate(e.co2.ratePct, lang)} → ${verdict}${threshold}`
    : `Excellence (${base}, a year): energy intensity ${rate(e.energy.ratePct, lang)}, CO2 intensity ${rate(e.co2.ratePct, lang)} → ${verdict}${threshold}`;
}
