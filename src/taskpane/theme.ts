/**
 * The pane's Fluent theme: Office's theme inside Office (Colorful and White → light, Dark Gray and Black →
 * dark, with the pane's background taken from Office where the text stays readable on it), the browser's
 * colour scheme outside Office. Forced colours (Windows high contrast) are left to the browser: Fluent's
 * components and the charts' CSS switch to system colours there (see chartColors.ts).
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/** What the pane uses of `Office.context.officeTheme` (every Office host that has the theme gives these). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  /** Black or Dark Gray; missing in older hosts (then the body colour decides). */
  isDarkTheme?: boolean;
}

/** "#RRGGBB" or "#RGB" as [r, g, b] in 0…255; null for anything else. */
export function parseHex(color: string | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours (1…21); 1 when either is unreadable. */
export function contrast(a: string | undefined, b: string | undefined): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether Office's theme is a dark one: isDarkTheme when the host says, else a dark body background. */
export function isDarkOfficeTheme(t: OfficeThemeColors): boolean | null {
  if (typeof t.isDarkTheme === "boolean") return t.isDarkTheme;
  const bg = parseHex(t.bodyBackgroundColor);
  return bg ? luminance(bg) < 0.18 : null;
}

/**
 * The Fluent theme for Office's theme (when the host gives one) or for the colour scheme. Office's body
 * background becomes the pane's background only where every text colour the pane uses on it (the theme's
 * neutral foregrounds 1–3, brand and green foregrounds) keeps a contrast of 4.5:1; otherwise the Fluent
 * theme's own background stays.
 */
export function paneTheme(office: OfficeThemeColors | null, prefersDark: boolean): Theme {
  const dark = (office && isDarkOfficeTheme(office)) ?? prefersDark;
  const base = dark ? webDarkTheme : webLightTheme;
  const bg = office?.bodyBackgroundColor;
  const readable =
    parseHex(bg) !== null &&
    [
      base.colorNeutralForeground1,
      base.colorNeutralForeground2,
      base.colorNeutralForeground3,
      base.colorBrandForeground1,
      base.colorPaletteGreenForeground1,
    ].every((fg) => contrast(fg, bg) >= 4.5);
  return readable ? { ...base, colorNeutralBackground1: bg!.startsWith("#") ? bg! : `#${bg}` } : base;
}

/** Whether a Fluent theme is a dark one (its background is dark). */
export function isDarkTheme(theme: Theme): boolean {
  const bg = parseHex(theme.colorNeutralBackground1);
  return bg !== null && luminance(bg) < 0.18;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The browser's colour scheme, followed as it changes (outside Office, or a host with no theme). */
export function usePrefersDark(): boolean {
  const media = () =>
    typeof window !== "undefined" && window.matchMedia ? window.matchMedia(DARK_QUERY) : null;
  const [dark, setDark] = useState(() => media()?.matches ?? false);
  useEffect(() => {
    const query = media();
    if (!query) return;
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener("change", on);
    return () => query.removeEventListener("change", on);
  }, []);
  return dark;
}

/** The pane's theme now: Office's when given, else the colour scheme's. */
export function usePaneTheme(office: OfficeThemeColors | null): Theme {
  const prefersDark = usePrefersDark();
  return paneTheme(office, prefersDark);
}
