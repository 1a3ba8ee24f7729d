/** What a (その2) card shows beyond Form 7's: the fiscal year, ownership and main use ticked, ⑪–⑬, renewables. */
import { Text } from "@fluentui/react-components";
import { BENCHMARK_CATEGORIES } from "../../domain/benchmark/categories";
import { MAIN_USE_WORDS } from "../../domain/tokyo/site";
import type { TokyoSiteAnalysis } from "../../app/paneModel";
import { fmt, useT } from "../i18n";
import { TOKYO_WORDS } from "./words";

export function TokyoSiteFacts({ tokyo }: { tokyo: TokyoSiteAnalysis }) {
  const { lang } = useT();
  const w = TOKYO_WORDS[lang];
  const { owner, extent } = tokyo.ownership;
  const ownership = [owner && w.owner[owner], extent && w.extent[extent]].filter(Boolean).join(" ・ ");
  const uses = tokyo.mainUseTicked.map((u) => MAIN_USE_WORDS[u.use][lang]).join(" ・ ");
  const cat = tokyo.suggestedCategory;
  const t = tokyo.tenantResult;
  return (
    <div data-testid="tokyo-site">
      <Text block size={200}>
        {w.sono2}
        {tokyo.fiscalYear ? ` ・ ${w.fiscalYear(tokyo.fiscalYear.value)}` : ""}
      </Text>
      <Text block size={200}>
        {w.ownership}: {ownership || w.none}
      </Text>
      <Text block size={200}>
        {w.mainUse}: {uses || w.none}
      </Text>
      {cat !== null ? (
        <Text block size={200}>
          {w.suggested(cat, BENCHMARK_CATEGORIES[cat][lang])}
        </Text>
      ) : null}
      {t ? (
        <Text block size={200}>
          {w.tenant}: {w.tenantLine(fmt(t.heatGJ, 1, lang), fmt(t.kWh, 0, lang), fmt(t.co2T, 1, lang))}
        </Text>
      ) : null}
      {tokyo.renewable.length > 0 ? (
        <div role="list" aria-label={w.renewable}>
          <Text block size={200} weight="semibold">
            {w.renewable}
          </Text>
          {tokyo.renewable.map((r) => (
            <Text block size={200} role="listitem" key={r.cell.address}>
              {r.label}: {r.value ?? "—"} {r.unit ?? ""}
            </Text>
          ))}
        </div>
      ) : null}
    </div>
  );
}
