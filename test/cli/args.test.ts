import { ArgsError, parseArgs } from "../../src/cli/args";

describe("co2-check arguments", () => {
  it("takes a cap-and-trade obligation rate as a decimal string, and refuses what is no rate", () => {
    const o = parseArgs(["--tokyo-cap-and-trade", "--obligation-rate", "25.5", "a.xlsx"]);
    expect([o.settings.tokyoCapAndTradeTarget, o.settings.capAndTradeObligationRatePct]).toEqual([
      true,
      "25.5",
    ]);
    expect(parseArgs(["--obligation-rate=27", "a.xlsx"]).settings.capAndTradeObligationRatePct).toBe("27");
    for (const bad of ["-3", "abc", "1e2", "250"])
      expect(() => parseArgs(["--obligation-rate", bad, "a.xlsx"])).toThrow(ArgsError);
    expect(parseArgs(["a.xlsx"]).settings.capAndTradeObligationRatePct).toBeNull();
  });
});
