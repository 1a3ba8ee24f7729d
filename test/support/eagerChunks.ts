/**
 * The components src/taskpane/lazy.tsx loads on demand, imported directly. The component tests (jsdom) get
 * this module in place of lazy.tsx (jest.config.js, project "ui"), so they see the pane as it is once every
 * chunk has arrived; the browser tests (test/e2e) run the real chunks of the production build.
 */
export { ForecastSheetCard } from "../../src/taskpane/forecast/ForecastSheetCard";
export { SettingsPanel } from "../../src/taskpane/SettingsPanel";
export { SiteTools } from "../../src/taskpane/site/SiteTools";
export { WhatIf } from "../../src/taskpane/WhatIf";
export { WritePreview } from "../../src/taskpane/WritePreview";
export { YearChart } from "../../src/taskpane/YearChart";

/** Nothing to fetch: every component is imported already. */
export function preloadChunks(): void {}
