/** The task pane entry: once Office is ready, render the pane over the Excel services. */
import { createRoot } from "react-dom/client";
import { analyzeWorkbook } from "../app/analyze";
import { whenOfficeReady } from "../excel/ready";
import { createExcelServices } from "../excel/services";
import { App } from "./App";

void whenOfficeReady().then(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App services={createExcelServices(analyzeWorkbook)} />);
});
