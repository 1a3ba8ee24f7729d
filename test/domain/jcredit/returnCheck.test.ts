/** The return table's checks, on figures with their cells and no sheet. */
import { dec } from "../../../src/domain/decimal";
import {
  checkAmount,
  checkPreconditions,
  checkPricesGiven,
  checkReduction,
  checkRevenue,
  rateAsFraction,
} from "../../../src/domain/jcredit/returnCheck";
import { revenue } from "../../../src/domain/jcredit/returnTable";

const at = (address: string) => ({ sheet: "還元額", address });
const held = (address: string, v: string) => ({ value: dec(v), cell: at(address) });

describe("return table checks", () => {
  it("a printed reduction of 8,171 t against 8,170 t recomputed (8,173.44 before flooring to 10 t)", () => {
    const [i] = checkReduction(
      "①",
      held("B14", "8171"),
      { exact: dec("8173.44"), rounded: dec("8170") },
      at("B14"),
    );
    expect([i.code, i.severity, i.cell?.address, i.params]).toEqual([
      "return.reductionDiffers",
      "warning",
      "B14",
      { printed: "8171", recomputed: "8170" },
    ]);
    expect(
      checkReduction("①", held("B14", "8170"), { exact: dec("8173.44"), rounded: dec("8170") }, at("B14")),
    ).toEqual([]);
    expect(checkReduction("②", null, null, at("B15")).map((x) => [x.code, x.cell?.address])).toEqual([
      ["return.noReduction", "B15"],
    ]);
  });

  it("A = floor(220 t × ¥3,246.5) = ¥714,230, B = floor(A × 50 %) = ¥357,115; a printed A one yen off is an error", () => {
    const rev = revenue({ reductionT: dec(220), priceYenPerT: dec("3246.5"), returnRatePct: dec(50) })!;
    expect([rev.A.toFixed(), rev.B!.toFixed()]).toEqual(["714230", "357115"]);
    const issues = checkRevenue("②", rev, { A: held("D15", "714231"), B: held("F15", "357115") }, at("E15"));
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ["return.mismatch", "D15", { expected: "714230", found: "714231" }],
    ]);
  });

  it("a price without a rate: no B, said at the rate cell; an amount without a price: counted zero", () => {
    const rev = revenue({ reductionT: dec(220), priceYenPerT: dec(3000), returnRatePct: null })!;
    expect(
      checkRevenue("②", rev, { A: null, B: null }, at("E15")).map((i) => [i.code, i.cell?.address]),
    ).toEqual([["return.noRate", "E15"]]);
    expect(
      checkRevenue("③", null, { A: null, B: held("F16", "5000") }, at("E16")).map((i) => [
        i.code,
        i.cell?.address,
      ]),
    ).toEqual([["return.amountWithoutPrice", "F16"]]);
  });

  it("a table with no price in any row is said once, at the first price cell; one price is enough to stay quiet", () => {
    const none = checkPricesGiven([{ priceYenPerT: null }, { priceYenPerT: null }], at("C14"));
    expect(none.map((i) => [i.code, i.severity, i.cell?.address, i.params])).toEqual([
      ["return.noPrice", "info", "C14", { rows: "2" }],
    ]);
    expect(none[0].message.ja).toBe(
      "C14（単価）: 表の 2 行のどれにも単価（円/t）がないため、A と B は求めていません（単価のない行は 0 として数えます）。単価を入れると計算します。",
    );
    expect(checkPricesGiven([{ priceYenPerT: null }, { priceYenPerT: dec(3000) }], at("C14"))).toEqual([]);
    expect(checkPricesGiven([], at("C14"))).toEqual([]);
  });

  it("the 計 row against the sum, and the preconditions the sheet leaves out", () => {
    expect(checkAmount(held("B18", "10630"), dec("10630"), "計 削減量")).toEqual([]);
    expect(checkAmount(held("B18", "10629"), dec("10630"), "計 削減量")[0].params).toEqual({
      expected: "10630",
      found: "10629",
    });
    expect(checkPreconditions({ years: at("A2") }, at("A13"))[0].params).toEqual({
      missing: "kWhPerKwYear,gridFactorTPerKWh",
    });
    expect(checkPreconditions({ years: 1, kWhPerKwYear: 1, gridFactorTPerKWh: 1 }, at("A13"))).toEqual([]);
  });

  it("each finding at its severity: a wrong amount is an error, a doubtful reduction or a missing rate a warning, what was assumed a note", () => {
    const sev = (issues: { code: string; severity: string }[]) => issues.map((i) => [i.code, i.severity]);
    expect(sev(checkAmount(held("D14", "1"), dec(2), "① A"))).toEqual([["return.mismatch", "error"]]);
    expect(sev(checkReduction("①", held("B14", "1"), { exact: dec(2), rounded: dec(2) }, at("B14")))).toEqual(
      [["return.reductionDiffers", "warning"]],
    );
    expect(sev(checkReduction("②", null, null, at("B15")))).toEqual([["return.noReduction", "warning"]]);
    const priced = revenue({ reductionT: dec(10), priceYenPerT: dec(100), returnRatePct: null });
    expect(sev(checkRevenue("③", priced, { A: null, B: null }, at("E16")))).toEqual([
      ["return.noRate", "warning"],
    ]);
    expect(sev(checkRevenue("④", null, { A: held("D17", "5"), B: null }, at("E17")))).toEqual([
      ["return.amountWithoutPrice", "warning"],
    ]);
    expect(sev(checkPreconditions({}, at("A13")))).toEqual([["return.defaultPreconditions", "info"]]);
    const frac = rateAsFraction(held("E14", "0.5"), "① 還元率");
    expect([frac.code, frac.severity, frac.cell?.address]).toEqual(["return.rateAsFraction", "info", "E14"]);
  });

  it("an amount without a price is reported at the A cell when there is one, else at B", () => {
    const both = checkRevenue("④", null, { A: held("D17", "5"), B: held("F17", "2") }, at("E17"));
    expect(both.map((i) => i.cell?.address)).toEqual(["D17"]);
    expect(checkRevenue("④", null, { A: null, B: null }, at("E17"))).toEqual([]);
  });

  it("a reduction printed but not recomputable (no Table 1 row), or recomputed but not printed: nothing to compare, nothing missing", () => {
    expect(checkReduction("⑤", held("B18", "100"), null, at("B18"))).toEqual([]);
    expect(checkReduction("⑤", null, { exact: dec(2), rounded: dec(2) }, at("B18"))).toEqual([]);
  });

  it("a wrong A or B names its row in the words", () => {
    const rev = revenue({ reductionT: dec(10), priceYenPerT: dec(100), returnRatePct: dec(50) })!;
    const [a, b] = checkRevenue("②", rev, { A: held("D15", "1"), B: held("F15", "1") }, at("E15"));
    expect(a.message.ja).toBe("D15（② A）: シートの値は 1、計算すると 1,000 です。");
    expect(b.message.en).toBe("F15 (② B): the sheet holds 1; it works out at 500.");
  });
});
