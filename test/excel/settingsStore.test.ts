import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { SETTINGS_KEY, documentSettings, loadSettings, saveSettings } from "../../src/excel/settingsStore";
import { install } from "./helpers";

describe("settings stored in the workbook", () => {
  it("round-trips through document settings and saveAsync", async () => {
    const env = install({ sheets: [{ name: "S", cells: {} }] });
    try {
      expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
      const mine = { ...DEFAULT_SETTINGS, heatRowCo2: "primaryEnergy" as const, language: "en" as const };
      await saveSettings(mine);
      expect(env.host.stats.settingsSaves).toBe(1);
      expect(env.host.dump().settings[SETTINGS_KEY]).toEqual(mine);
      expect(loadSettings(documentSettings())).toEqual(mine);
      expect(env.host.stats.syncs).toBe(0);
    } finally {
      env.uninstall();
    }
  });

  it("falls back field by field when the stored settings are invalid (the next person sees defaults)", () => {
    const env = install(
      { sheets: [] },
      { settings: { [SETTINGS_KEY]: { heatRowCo2: "bogus", tokyoReportTarget: true, extra: 1 } } },
    );
    try {
      expect(loadSettings()).toEqual({ ...DEFAULT_SETTINGS, tokyoReportTarget: true });
    } finally {
      env.uninstall();
    }
  });
});
