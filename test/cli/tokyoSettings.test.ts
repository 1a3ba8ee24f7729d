/** The two Tokyo ※2 settings on the command line: named, validated, defaults as the pane's. */
import { ArgsError, parseArgs } from "../../src/cli/args";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

it("--tokyo-tenant and --tokyo-tenant-rounding set the two ※2 settings, and refuse other values", () => {
  expect([DEFAULT_SETTINGS.tokyoTenantInOtherPurchase, DEFAULT_SETTINGS.tokyoTenantRounding]).toEqual([
    "separate",
    "halfUp",
  ]);
  const o = parseArgs(["--tokyo-tenant", "included", "--tokyo-tenant-rounding", "truncate", "a.xlsx"]);
  expect([o.settings.tokyoTenantInOtherPurchase, o.settings.tokyoTenantRounding]).toEqual([
    "included",
    "truncate",
  ]);
  expect(() => parseArgs(["--tokyo-tenant", "both", "a.xlsx"])).toThrow(ArgsError);
  expect(() => parseArgs(["--tokyo-tenant-rounding", "up", "a.xlsx"])).toThrow(ArgsError);
});
