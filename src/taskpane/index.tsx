/**
 * The task pane entry. taskpane.html shows a skeleton of the pane while office.js loads; then, inside
 * Excel, the pane over the Excel services in Office's theme (or the colour scheme's); anywhere else — a
 * browser tab, another Office application, office.js not loaded — a plain page saying what this is and how
 * to load it into Excel. Inside Excel the workbook is read as soon as Office is ready and the skeleton stays
 * until the first figures (or the error) are there: the pane is rendered once, with them, instead of once
 * empty and again with the figures.
 */
import { createRoot } from "react-dom/client";
import { useEffect } from "react";
import { analyzeWorkbook } from "../app/analyze";
import { PaneController } from "../app/controller";
import { whenOfficeReady } from "../excel/ready";
import { createExcelServices } from "../excel/services";
import { App } from "./App";
import { OutsideExcel } from "./OutsideExcel";
import { isDarkTheme, usePaneTheme, type OfficeThemeColors } from "./theme";
import { firstView } from "./useController";

/** Office's theme, where the host gives one (Excel on Windows, Mac and the web do). */
function officeTheme(): OfficeThemeColors | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.officeTheme ?? null) : null;
  } catch {
    return null;
  }
}

const services = createExcelServices(analyzeWorkbook);

function Pane({ office, controller }: { office: OfficeThemeColors | null; controller: PaneController }) {
  const theme = usePaneTheme(office);
  // The page around the pane in the same colours (and the browser's own controls and scrollbars).
  useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.documentElement.style.colorScheme = isDarkTheme(theme) ? "dark" : "light";
  }, [theme]);
  return <App services={services} theme={theme} controller={controller} />;
}

void whenOfficeReady().then((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const officeLoaded = typeof Office !== "undefined";
  if (info.host === "Excel") {
    const controller = new PaneController(services);
    void controller.start();
    void firstView(controller).then(() =>
      createRoot(root).render(<Pane office={officeTheme()} controller={controller} />),
    );
  } else
    createRoot(root).render(
      <OutsideExcel reason={officeLoaded ? "notExcel" : "noOfficeJs"} host={info.host} />,
    );
});
