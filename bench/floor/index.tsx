/**
 * The floor of taskpane.firstFiguresRatio: a minimal Fluent page with one line of text, loaded the same way
 * as the pane (the same taskpane.html, office.js first, then this bundle), so the harness's own costs —
 * browser context, page, office.js, React and Fluent's first render — cancel out of the ratio.
 */
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

export const FLOOR_TEXT = "Fluent floor page";

void Office.onReady().then(() => {
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <Text>{FLOOR_TEXT}</Text>
      </FluentProvider>,
    );
});
