/**
 * What the first view does not need, loaded when it is first shown (each its own webpack chunk): the
 * forecast sheet's card (chart, what-if), the return table's what-if, the year chart, the site tools
 * (category, publication), the write preview and the settings panel. Each comes with its own Suspense, so
 * the pane around it shows at once; until the chunk arrives a small spinner (data-chunk-loading) stands in
 * its place. `preloadChunks` fetches them all once the first figures are shown (when the browser is next idle), so the layout settles
 * before the user acts and nothing moves under the focused control later; a component mounted after its
 * chunk arrived renders at once, without the spinner.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ComponentProps, type ComponentType } from "react";

interface Later<P> {
  (props: P): JSX.Element;
  preload(): Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function later<C extends ComponentType<any>>(load: () => Promise<C>): Later<ComponentProps<C>> {
  let loaded: C | null = null;
  let loading: Promise<C> | null = null;
  const preload = () => (loading ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Later(props: ComponentProps<C>) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount it (state, focus).
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense
        fallback={
          <span data-chunk-loading="">
            <Spinner size="extra-tiny" />
          </span>
        }
      >
        <Lazy {...props} />
      </Suspense>
    );
  }
  Later.preload = preload;
  return Later;
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

/**
 * Fetches every on-demand chunk once the first figures are on screen and the browser is idle (within a
 * second), so loading and running them does not delay the figures' first paint.
 */
export function preloadChunks(): void {
  const load = () => {
    for (const c of [ForecastSheetCard, WhatIf, YearChart, SiteTools, WritePreview, SettingsPanel])
      void c.preload().catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 0);
}
