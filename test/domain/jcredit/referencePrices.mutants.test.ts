/**
 * Reference prices where the other tests leave a line unnoticed (mutation testing, README "Mutation
 * testing"): a price of exactly 0, prices written as a sheet writes them, classes in either language and
 * case, and the order of the user's rows of one date.
 */
import { dec } from "../../../src/domain/decimal";
import {
  creditClassOf,
  pricePresets,
  validateReferencePrice,
  type ReferencePrice,
} from "../../../src/domain/jcredit/referencePrices";

const row = (yenPerT: unknown, over: Record<string, unknown> = {}) =>
  validateReferencePrice(
    { creditClass: "再エネ", yenPerT, date: "2025-04-01", source: "見積", ...over },
    "価格!C3",
  );

describe("reference prices: what a price is", () => {
  it("0 yen and a price that is not finite are no price; a full-width price with 円 is one", () => {
    for (const bad of ["0", 0, "Infinity", "abc"])
      expect([row(bad).price, row(bad).problems.map((p) => p.field)]).toEqual([null, ["yenPerT"]]);
    const ok = row("１，６００円");
    expect(ok.problems).toEqual([]);
    expect(ok.price).toEqual({
      creditClass: "renewable",
      yenPerT: dec(1600),
      date: "2025-04-01",
      what: "",
      source: "見積",
      origin: "価格!C3",
    });
    expect(row(2000.5, { what: " 取引所 " }).price).toMatchObject({ yenPerT: dec("2000.5"), what: "取引所" });
  });

  it("reads a class in Japanese or English, in any case and spacing", () => {
    expect(
      [
        "RENEWABLE",
        "renewable power",
        "Energy Saving",
        "energysaving and other",
        "その他",
        "Other",
        " ",
        "others",
      ].map(creditClassOf),
    ).toEqual(["renewable", "renewable", "energySaving", "energySaving", "other", "other", null, null]);
  });

  it("keeps the user's rows of one date in their order, newest date first", () => {
    const own = (yen: number, date: string): ReferencePrice => ({
      creditClass: "energySaving",
      yenPerT: dec(yen),
      date,
      what: "",
      source: "自社",
      origin: "価格!C3",
    });
    const presets = pricePresets("energySaving", [
      own(1, "2024-01-01"),
      own(2, "2025-01-01"),
      own(3, "2024-01-01"),
      own(4, "2025-01-01"),
    ]);
    expect(presets.map((p) => p.yenPerT.toNumber())).toEqual([2, 4, 1, 3, 1551]);
  });
});
