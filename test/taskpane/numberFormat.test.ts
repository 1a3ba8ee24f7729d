/**
 * The pane's figures are written without Intl.NumberFormat (creating the first one loads the locale's data,
 * which delayed the first figures): they must read exactly as Intl.NumberFormat writes them in both
 * languages, which is the oracle here.
 */
import fc from "fast-check";
import { dec } from "../../src/domain/decimal";
import { fmt, fmtCell, groupedFixed } from "../../src/taskpane/i18n";

const LOCALE = { ja: "ja-JP", en: "en-US" } as const;
const intl = (n: number, places: number, lang: "ja" | "en") =>
  new Intl.NumberFormat(
    LOCALE[lang],
    places < 0
      ? { maximumFractionDigits: 7 }
      : { minimumFractionDigits: places, maximumFractionDigits: places },
  ).format(n);

describe("figures as Intl.NumberFormat writes them", () => {
  it("reads like the form: separators, fixed decimals, halves away from zero on the shortest decimal form", () => {
    expect(groupedFixed(1234567.891, 1, "ja")).toBe("1,234,567.9");
    expect(groupedFixed(42.35, 1, "en")).toBe("42.4");
    expect(groupedFixed(0.045, 2, "ja")).toBe("0.05"); // 0.04499999999999999833… in binary: not toFixed's 0.04
    expect(groupedFixed(-1234.5, 0, "en")).toBe("-1,235");
    expect(groupedFixed(-0.001, 2, "ja")).toBe("-0.00");
    expect(groupedFixed(999.9996, 3, "ja")).toBe("1,000.000");
    expect(groupedFixed(13.95857764, -1, "ja")).toBe("13.9585776");
    expect(groupedFixed(1200, -1, "en")).toBe("1,200");
    expect(groupedFixed(-1e-9, -1, "en")).toBe("-0");
    expect(fmt(dec("31.0495"), 2, "ja")).toBe("31.05");
    expect(fmt(null, 2, "ja")).toBe("—");
    expect(fmtCell(1234.5, "en")).toBe("1,234.5");
  });

  it("the edges: −0, infinities, NaN, 1e21 and above", () => {
    for (const n of [-0, Infinity, -Infinity, NaN, 1e21, -2.5e22, 123456789012345680000])
      for (const places of [-1, 0, 2])
        for (const lang of ["ja", "en"] as const)
          expect(groupedFixed(n, places, lang)).toBe(intl(n, places, lang));
  });

  it("agrees with Intl.NumberFormat over random numbers, decimals and both languages", () => {
    const number = fc.oneof(
      fc.double({ noNaN: true, min: -1e22, max: 1e22 }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((i) => i / 1000),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((i) => i / 200),
      fc.double({ noNaN: true, min: -1, max: 1 }),
    );
    fc.assert(
      fc.property(
        number,
        fc.integer({ min: -1, max: 7 }),
        fc.constantFrom("ja" as const, "en" as const),
        (n, p, lang) => {
          expect(groupedFixed(n, p, lang)).toBe(intl(n, p, lang));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
