/** The pane's theme from Office's four themes and from the colour scheme (src/taskpane/theme.ts). */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrast, isDarkOfficeTheme, isDarkTheme, paneTheme } from "../../src/taskpane/theme";

// Sample colours of Office's themes as hosts report them in Office.context.officeTheme.
const COLORFUL = { bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#262626", isDarkTheme: false };
const WHITE = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", isDarkTheme: false };
const DARK_GRAY = { bodyBackgroundColor: "#444444", bodyForegroundColor: "#FFFFFF", isDarkTheme: true };
const BLACK = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", isDarkTheme: true };

describe("contrast", () => {
  it("is WCAG's ratio: 21 for black on white, 1 for a colour on itself or unreadable input", () => {
    expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrast("#fff", "#000")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#777777")).toBe(1);
    expect(contrast("red", "#FFFFFF")).toBe(1);
    // #767676 on white is the classic 4.54:1 gray.
    expect(contrast("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
  });
});

describe("paneTheme", () => {
  it("uses Fluent's dark theme for Black and Dark Gray, the light one for Colorful and White", () => {
    for (const t of [BLACK, DARK_GRAY])
      expect(paneTheme(t, false).colorNeutralForeground1).toBe(webDarkTheme.colorNeutralForeground1);
    for (const t of [COLORFUL, WHITE])
      expect(paneTheme(t, true).colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
  });

  it("takes Office's background where every text colour keeps 4.5:1 on it, else keeps Fluent's", () => {
    expect(paneTheme(BLACK, false).colorNeutralBackground1).toBe("#262626");
    expect(paneTheme(WHITE, false).colorNeutralBackground1).toBe("#FFFFFF");
    // Fluent's dark foreground 3 (#adadad) on #444444 is 4.3:1: Fluent's own dark background stays.
    expect(contrast(webDarkTheme.colorNeutralForeground3, "#444444")).toBeLessThan(4.5);
    expect(paneTheme(DARK_GRAY, false).colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    // Fluent's light brand blue (#0f6cbd) on Colorful's #E6E6E6 is 4.3:1: white stays.
    expect(paneTheme(COLORFUL, false).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(paneTheme({ ...COLORFUL, bodyBackgroundColor: "#F3F3F3" }, false).colorNeutralBackground1).toBe(
      "#F3F3F3",
    );
  });

  it("reads a host without isDarkTheme by its body colour", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#1F1F1F" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#F3F3F3" })).toBe(false);
    expect(isDarkOfficeTheme({})).toBeNull();
    expect(isDarkTheme(paneTheme({ bodyBackgroundColor: "#1F1F1F" }, false))).toBe(true);
  });

  it("follows the colour scheme outside Office (or when the host's theme says nothing)", () => {
    expect(paneTheme(null, true)).toBe(webDarkTheme);
    expect(paneTheme(null, false)).toBe(webLightTheme);
    expect(paneTheme({}, true)).toBe(webDarkTheme);
    expect(isDarkTheme(webDarkTheme)).toBe(true);
    expect(isDarkTheme(webLightTheme)).toBe(false);
  });
});
