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

  it("asks a cap-and-trade site's obligation rate, and stores it only once it reads as a rate", async () => {
    const onChange = jest.fn();
    const ct = { ...DEFAULT_SETTINGS, tokyoCapAndTradeTarget: true };
    const { rerender } = render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel settings={DEFAULT_SETTINGS} onChange={onChange} />
      </FluentProvider>,
    );
    expect(screen.queryByRole("textbox", { name: /削減義務率/ })).toBeNull();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel settings={ct} onChange={onChange} />
      </FluentProvider>,
    );
    const box = screen.getByRole("textbox", { name: /削減義務率/ });
    await userEvent.type(box, "2x");
    expect(screen.getByText("数値（例: 27 または 25.5）で入力してください。")).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({ ...ct, capAndTradeObligationRatePct: "2" });
    await userEvent.type(box, "{backspace}{backspace}２５.５");
    expect(onChange).toHaveBeenLastCalledWith({ ...ct, capAndTradeObligationRatePct: "25.5" });
    await userEvent.clear(box);
    expect(onChange).toHaveBeenLastCalledWith({ ...ct, capAndTradeObligationRatePct: null });
  });
});
