/**
 * PLACEHOLDER entry so the webpack build works before the task pane lands; the UI engineer replaces this
 * file. It only shows that Office.js loaded and the bundle runs.
 */
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { whenOfficeReady } from "../excel/ready";

function Placeholder() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text>CO2報告チェック</Text>
    </FluentProvider>
  );
}

void whenOfficeReady().then(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<Placeholder />);
});
