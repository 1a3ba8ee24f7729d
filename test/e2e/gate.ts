/**
 * The checks every end-to-end state goes through: nothing cut off at the task pane's widths (300, 320,
 * 350 px) and axe-core's WCAG 2.1 A/AA rules with zero violations, apart from FLUENT_FALSE_ALARMS below.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** Excel's task pane: about 320–350 px by default, 300 when the user narrows it. */
export const PANE_WIDTHS = [300, 320, 350] as const;

/** Something that reaches past the pane (or past a box that hides what overflows it), with no scrollbar. */
export interface CutOff {
  what: string;
  text: string;
  right: number;
  limit: number;
}

/**
 * Every element and text run of the page, checked against the pane's width: its box must end inside the
 * viewport, or inside a scrolling box (overflow-x auto/scroll) that itself ends inside it; it must not reach
 * past an ancestor that hides its overflow. Visually hidden content (the charts' tables: 1 px and clipped)
 * is skipped; so is anything with no size. Also the page itself must not scroll sideways.
 */
export async function cutOff(page: Page): Promise<CutOff[]> {
  return page.evaluate(() => {
    const out: { what: string; text: string; right: number; limit: number }[] = [];
    const view = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > view + 1)
      out.push({
        what: "page",
        text: "scrolls sideways",
        right: document.documentElement.scrollWidth,
        limit: view,
      });
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""}`;
    const hidden = (el: Element | null): boolean => {
      for (let a = el; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.display === "none" || cs.visibility === "hidden") return true;
        if (cs.clip !== "auto" && cs.position === "absolute") return true;
        const r = a.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1 && cs.overflow !== "visible") return true;
      }
      return false;
    };
    /** Where the box may end: the nearest clipping ancestor, or the viewport; null when it scrolls. */
    const limitOf = (el: Element): { right: number; left: number; by: string } => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX === "auto" || cs.overflowX === "scroll") {
          // Reachable by scrolling: the scrolling box itself must fit.
          const r = a.getBoundingClientRect();
          return r.right > view + 1 || r.left < -1
            ? { right: view, left: 0, by: `scroller ${describe(a)} past the pane` }
            : { right: Infinity, left: -Infinity, by: "" };
        }
        if (cs.overflowX === "hidden" || cs.overflowX === "clip") {
          const r = a.getBoundingClientRect();
          return {
            right: Math.min(r.right, view),
            left: Math.max(r.left, 0),
            by: `clipped by ${describe(a)}`,
          };
        }
      }
      return { right: view, left: 0, by: "pane" };
    };
    const check = (what: string, text: string, r: DOMRect, host: Element) => {
      if (r.width === 0 || r.height === 0) return;
      const lim = limitOf(host);
      if (r.right > lim.right + 1 || r.left < lim.left - 1)
        out.push({
          what: `${what} (${lim.by})`,
          text: text.slice(0, 60),
          right: Math.round(r.right),
          limit: Math.round(lim.right),
        });
    };
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (hidden(el)) continue;
      check(describe(el), (el.textContent ?? "").trim(), el.getBoundingClientRect(), el);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || hidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects()))
        check(`text in ${describe(parent)}`, n.textContent, r, parent);
    }
    return out;
  });
}

/**
 * Fluent's own false alarms, the only violations allowed. Each is a rule and a test on the offending node:
 *
 * - `aria-hidden-focus` on tabster's focus helpers: Fluent's focus management (tabster) puts
 *   `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels around groups (tab lists, dialogs,
 *   accordions) so that Tab moves in and out of them; they are focusable on purpose and hand focus straight
 *   on, so a keyboard user never rests on them and a screen reader never reads them.
 */
export const FLUENT_FALSE_ALARMS: { rule: string; node: RegExp; why: string }[] = [
  {
    rule: "aria-hidden-focus",
    node: /data-tabster-dummy/,
    why: "tabster's focus sentinels: focusable by design, pass focus on at once",
  },
];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE = path.join(path.dirname(require.resolve("axe-core/package.json")), "axe.min.js");

/**
 * axe-core on the page as it is now: WCAG 2.0/2.1 A and AA; the violations left after the false alarms.
 * The nodes let off as false alarms are pushed onto `excused` (when given), so a run can show them.
 */
export async function axeViolations(page: Page, excused: string[] = []): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(fs.readFileSync(AXE, "utf8"));
  const found = await page.evaluate(async () => {
    type Violation = {
      id: string;
      impact: string | null;
      help: string;
      nodes: { html: string; target: string[] }[];
    };
    const axe = (
      window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")} ${n.html}`),
    }));
  });
  const alarm = (id: string, node: string) =>
    FLUENT_FALSE_ALARMS.some((f) => f.rule === id && f.node.test(node));
  for (const v of found) excused.push(...v.nodes.filter((n) => alarm(v.id, n)).map((n) => `${v.id}: ${n}`));
  return found
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !alarm(v.id, n)) }))
    .filter((v) => v.nodes.length > 0);
}
