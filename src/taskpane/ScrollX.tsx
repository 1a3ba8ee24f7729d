/**
 * A wide table's box: it scrolls sideways inside its card when the pane is narrower than the table (the
 * pane itself never does). Named and focusable, so a keyboard user can scroll it too.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  box: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

export function ScrollX({ label, children }: { label: string; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.box} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
