import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { SettingsPanel } from "../../src/taskpane/SettingsPanel";

describe("settings panel", () => {
  it("shows every open choice, including proposing sums for blank forecast totals, and reports a change", async () => {
    const onChange = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel settings={DEFAULT_SETTINGS} onChange={onChange} />
      </FluentProvider>,
    );
    const fill = screen.getByRole("checkbox", { name: /空欄の累計・合計に合計値を提案する/ });
    expect(fill).toBeChecked();
    await userEvent.click(fill);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, forecastFillBlankTotals: false });
    await userEvent.click(screen.getByRole("radio", { name: "丸めない" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, returnReductionRounding: "none" });
  });
});
