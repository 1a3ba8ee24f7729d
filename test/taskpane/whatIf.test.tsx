import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { dec } from "../../src/domain/decimal";
import { whatIfTotalBByClass } from "../../src/domain/jcredit/returnTable";
import { WhatIf } from "../../src/taskpane/WhatIf";

const ROWS = [
  { reductionT: dec(1290), creditClass: "renewable" as const, priceYenPerT: dec(3000) },
  { reductionT: dec(170), creditClass: "energySaving" as const, priceYenPerT: dec(1800) },
];

const show = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <WhatIf rows={ROWS} />
    </FluentProvider>,
  );

describe("return-table what-if per credit class", () => {
  it("runs the grid over the renewable price with energy saving held at the table's own price", () => {
    show();
    const table = screen.getByRole("table", { name: "ΣBの試算" });
    // 4,000 yen/t renewable, 1,800 energy saving, 50 %: floor(1290×4000×0.5) + floor(170×1800×0.5).
    const expected = whatIfTotalBByClass(
      ROWS,
      [{ renewable: dec(4000), energySaving: dec(1800) }],
      [dec(50)],
    )[0][0];
    expect(expected.toFixed()).toBe(String(1290 * 2000 + 170 * 900));
    const row = within(table).getByRole("row", { name: /^4,000/ });
    expect(within(row).getAllByRole("cell")[2]).toHaveTextContent("2,733,000");
    expect(screen.getByLabelText("省エネの単価（円/t）")).toHaveValue("1800");
  });

  it("recomputes when the other class's price changes, and says so when it is not a number", async () => {
    show();
    const input = screen.getByLabelText("省エネの単価（円/t）");
    await userEvent.clear(input);
    await userEvent.type(input, "2,400");
    const row = within(screen.getByRole("table", { name: "ΣBの試算" })).getByRole("row", { name: /^4,000/ });
    expect(within(row).getAllByRole("cell")[2]).toHaveTextContent(
      (1290 * 2000 + 170 * 1200).toLocaleString("ja-JP"),
    );
    await userEvent.clear(input);
    await userEvent.type(input, "abc");
    expect(screen.getByRole("alert")).toHaveTextContent("単価を数値で入力してください。");
    expect(screen.queryByRole("table")).toBeNull();
  });
});
