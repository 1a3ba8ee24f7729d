/** Style rules the pane's small figure tables share (Griffel style objects, for makeStyles). */
import { tokens } from "@fluentui/react-components";

/** A figure cell: bordered, right-aligned, digits in columns, never wrapped. */
export const figureCell = {
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  padding: "2px 4px",
  textAlign: "right",
  whiteSpace: "nowrap",
  fontVariantNumeric: "tabular-nums",
} as const;
