/**
 * What the pane's SVG charts share: they scale to the pane (width 100 %, a viewBox), draw text and axes in
 * the theme's colours, and under forced colours (Windows high contrast) use system colours — CanvasText for
 * text, axes and outlines, Highlight for the site's marker — while the data colours stay (each series is
 * outlined in CanvasText so it keeps its edge). The figures behind each chart sit in a visually hidden table.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

const FORCED = "@media (forced-colors: active)";

export const useChartStyles = makeStyles({
  /** The chart: as wide as its card, never wider; its own colours kept under forced colours. */
  svg: { display: "block", width: "100%", height: "auto", forcedColorAdjust: "none" },
  text: { fill: tokens.colorNeutralForeground1, [FORCED]: { fill: "CanvasText" } },
  subtleText: { fill: tokens.colorNeutralForeground2, [FORCED]: { fill: "CanvasText" } },
  axis: { stroke: tokens.colorNeutralStroke1, [FORCED]: { stroke: "CanvasText" } },
  /** The site's position: the strongest colour of the theme; Highlight under forced colours. */
  marker: {
    fill: tokens.colorNeutralForeground1,
    stroke: tokens.colorNeutralForeground1,
    [FORCED]: { fill: "Highlight", stroke: "Highlight" },
  },
  /** A data shape (bar, band): its fill is the data's; outlined under forced colours. */
  datum: { [FORCED]: { stroke: "CanvasText", strokeWidth: "1px" } },
  /** A legend swatch: its colour kept under forced colours, with a CanvasText border. */
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "3px",
    verticalAlign: "-1px",
    forcedColorAdjust: "none",
    [FORCED]: { outline: "1px solid CanvasText" },
  },
  /** The chart's figures for screen readers and copying: in the page, not drawn. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    padding: 0,
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
