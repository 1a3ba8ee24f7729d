/**
 * The language tabs: a named tablist of 日本語 and English, the selected one marked; picking the other one
 * changes the language, picking the selected one changes nothing; only the selected tab is in the Tab order
 * and the arrow keys, Home and End move between them (in a real browser too: test/e2e/pane.e2e.ts).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LanguageSwitch } from "../../src/taskpane/LanguageSwitch";

it("offers 日本語 and English as tabs and switches only to the other one", async () => {
  const picked: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageSwitch value="ja" label="表示言語" onChange={(l) => picked.push(l)} />
    </FluentProvider>,
  );
  const list = screen.getByRole("tablist", { name: "表示言語" });
  const [ja, en] = screen.getAllByRole("tab");
  expect(list).toContainElement(en);
  expect([ja.textContent, ja.getAttribute("aria-selected")]).toEqual(["日本語", "true"]);
  expect([en.textContent, en.getAttribute("aria-selected")]).toEqual(["English", "false"]);
  await userEvent.click(ja);
  expect(picked).toEqual([]);
  expect([ja.tabIndex, en.tabIndex]).toEqual([0, -1]);
  ja.focus();
  await userEvent.keyboard("{ArrowRight}");
  expect(document.activeElement).toBe(en);
  await userEvent.keyboard("{End}{Home}");
  expect(document.activeElement).toBe(ja);
  await userEvent.keyboard("{ArrowLeft}");
  expect(document.activeElement).toBe(en);
  await userEvent.keyboard("{Enter}");
  expect(picked).toEqual(["en"]);
});
