/**
 * What the first view does not need, loaded when it is first shown (each its own webpack chunk): the
 * forecast sheet's card (chart, what-if), the return table's what-if, the year chart, the site tools
 * (category, publication), the write preview and the settings panel. Each comes with its own Suspense, so
 * the pane around it shows at once; until the chunk arrives a small spinner stands in its place.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentProps, type ComponentType } from "react";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function later<C extends ComponentType<any>>(
  load: () => Promise<C>,
): (props: ComponentProps<C>) => JSX.Element {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Later(props: ComponentProps<C>) {
    return (
      <Suspense fallback={<Spinner size="extra-tiny" />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const ForecastSheetCard = later(() =>
  import(/* webpackChunkName: "forecast" */ "./forecast/ForecastSheetCard").then((m) => m.ForecastSheetCard),
);
export const WhatIf = later(() => import(/* webpackChunkName: "what-if" */ "./WhatIf").then((m) => m.WhatIf));
export const YearChart = later(() =>
  import(/* webpackChunkName: "year-chart" */ "./YearChart").then((m) => m.YearChart),
);
export const SiteTools = later(() =>
  import(/* webpackChunkName: "site-tools" */ "./site/SiteTools").then((m) => m.SiteTools),
);
export const WritePreview = later(() =>
  import(/* webpackChunkName: "write-preview" */ "./WritePreview").then((m) => m.WritePreview),
);
export const SettingsPanel = later(() =>
  import(/* webpackChunkName: "settings" */ "./SettingsPanel").then((m) => m.SettingsPanel),
);
