/**
 * The interface language: two tabs (日本語 / English) in a tablist, the selected one marked (WAI-ARIA tabs,
 * manual activation): only the selected tab is in the Tab order, the arrow keys (and Home / End) move
 * between the tabs, Enter or Space picks one. Plain Fluent buttons with the tab role: Fluent's TabList
 * would add its own package to the first view.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import type { Lang } from "./i18n";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalXXS },
  selected: { textDecorationLine: "underline", textUnderlineOffset: "4px", textDecorationThickness: "2px" },
});

const LANGS: readonly { value: Lang; label: string }[] = [
  { value: "ja", label: "日本語" },
  { value: "en", label: "English" },
];

/** Where a key moves the focus from tab i of n (the arrows wrap around). */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i + n - 1) % n,
  ArrowUp: (i, n) => (i + n - 1) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function LanguageSwitch(props: { value: Lang; label: string; onChange: (l: Lang) => void }) {
  const s = useStyles();
  const tabs = useRef<(HTMLElement | null)[]>([]);
  const move = (e: KeyboardEvent, i: number) => {
    const to = MOVES[e.key]?.(i, LANGS.length);
    if (to === undefined) return;
    e.preventDefault();
    tabs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={s.list}>
      {LANGS.map((l, i) => {
        const on = l.value === props.value;
        return (
          <Button
            key={l.value}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            role="tab"
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            size="small"
            appearance={on ? "subtle" : "transparent"}
            className={on ? s.selected : undefined}
            onKeyDown={(e) => move(e, i)}
            onClick={() => {
              if (!on) props.onChange(l.value);
            }}
          >
            {l.label}
          </Button>
        );
      })}
    </div>
  );
}
