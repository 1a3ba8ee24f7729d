import {
  forecastCohorts,
  validateCohortParams,
  weight,
  type CohortParamsInput,
} from "../../../src/domain/jcredit/cohort";
import { dec } from "../../../src/domain/decimal";
import { fiscalYearLabel, parseFiscalYear, reiwaJaLabel, reiwaLabel } from "../../../src/domain/fiscalYear";
import { MINATO_SUBSIDY_HISTORY, menuFromHistory } from "../../../src/domain/jcredit/history";
import { loadCase } from "../../support/cases";

interface CohortCase {
  parameters: { cohortGrowth: string; firstYearFraction: string; creditingYears: number };
  menus: {
    menu: string;
    firstCohortUnits: number;
    perUnitTPerYear: string;
    credits: number[];
    total: number;
  }[];
  totals: number[];
  grandTotal: number;
}
const kase = loadCase<CohortCase>("jcredit-cohort-forecast.json");

const params = (over: Partial<CohortParamsInput> = {}): CohortParamsInput => ({
  firstYear: 2026,
  years: 8,
  creditingYears: kase.parameters.creditingYears,
  firstYearFraction: kase.parameters.firstYearFraction,
  menus: kase.menus.map((m) => ({
    name: m.menu,
    creditClass: m.menu.startsWith("太陽光") ? "renewable" : "energySaving",
    intake: { kind: "compound", first: m.firstCohortUnits, growth: kase.parameters.cohortGrowth },
    reduction: { kind: "given", tPerUnitYear: m.perUnitTPerYear },
  })),
  ...over,
});

describe("cohort forecast (public case)", () => {
  it("reproduces every menu-year, the year totals and the grand total exactly", () => {
    const f = forecastCohorts(params());
    expect(f.menus.map((m) => m.credits.map((c) => c.toNumber()))).toEqual(kase.menus.map((m) => m.credits));
    expect(f.menus.map((m) => m.total.toNumber())).toEqual(kase.menus.map((m) => m.total));
    expect(f.totals.map((t) => t.toNumber())).toEqual(kase.totals);
    expect(f.grandTotal.toNumber()).toBe(kase.grandTotal);
  });

  it("stops crediting after a cap year, and credits whole first years with f = 1", () => {
    const capped = forecastCohorts(params({ capYear: 2030 }));
    expect(capped.totals.slice(5).every((t) => t.isZero())).toBe(true);
    expect(capped.totals.slice(0, 5).map((t) => t.toNumber())).toEqual(kase.totals.slice(0, 5));
    const whole = forecastCohorts({
      ...params(),
      firstYearFraction: 1,
      menus: [
        {
          name: "LED",
          creditClass: "energySaving",
          intake: { kind: "constant", first: 10 },
          reduction: { kind: "given", tPerUnitYear: "1.5" },
        },
      ],
    });
    expect(whole.menus[0].credits.map((c) => c.toNumber())).toEqual([15, 30, 45, 60, 75, 90, 105, 120]);
  });

  it("derives solar reductions from kW with the grid factor of each year, and the ward's share", () => {
    const f = forecastCohorts({
      firstYear: 2026,
      years: 3,
      firstYearFraction: 1,
      gridFactor: { "2027": "0.0004" },
      menus: [
        {
          name: "太陽光",
          creditClass: "renewable",
          intake: { kind: "linear", first: 10, step: 10 },
          reduction: { kind: "solar", kW: "5.5", kWhPerKw: 1200, selfConsumption: "0.6" },
        },
      ],
      prices: { renewable: 3000 },
      wardShare: { model: "successFee", share: "0.3" },
    });
    // per unit: 5.5 × 1200 × 0.6 = 3,960 kWh × 0.000423 = 1.67508 t (0.0004 in 2027: 1.584 t)
    // 2026: 10 × 1.67508 = 16.75 → 16; 2027: 30 × 1.584 = 47.52 → 47; 2028: 60 × 1.67508 = 100.50 → 100
    expect(f.menus[0].credits.map((c) => c.toNumber())).toEqual([16, 47, 100]);
    expect(f.ward).toMatchObject({ model: "successFee", equivalentTonnes: null });
    expect(f.ward!.tonnes.toNumber()).toBe(48); // floor(163 × 0.3)
    expect(f.revenueYen!.toNumber()).toBe(489000);
    const fee = forecastCohorts({
      ...params(),
      wardShare: { model: "participationFee", feeYen: 1500000, referencePriceYenPerT: 3000 },
    });
    expect(fee.ward!.tonnes.toNumber()).toBe(kase.grandTotal - 500);
  });

  it("rejects parameters that are not numbers, with a clear message", () => {
    expect(() => forecastCohorts({ ...params(), firstYearFraction: "abc" })).toThrow(/not a number: abc/);
  });
});

const nums = (xs: { toNumber(): number }[]) => xs.map((x) => x.toNumber());
type Menu = CohortParamsInput["menus"][number];
const one = (menu: Partial<Menu> & Pick<Menu, "intake">, over: Partial<CohortParamsInput> = {}) =>
  forecastCohorts({
    firstYear: 2026,
    years: 4,
    firstYearFraction: 1,
    menus: [
      {
        name: "m",
        creditClass: "energySaving",
        reduction: { kind: "given", tPerUnitYear: 1 },
        ...menu,
      },
    ],
    ...over,
  });

describe("cohort forecast (own cases)", () => {
  it("weights a cohort f, then 1, then 1 − f in year L, then nothing", () => {
    const f = dec("0.81");
    expect([0, 1, 7, 8, 9, -1].map((a) => weight(a, 8, f).toFixed())).toEqual([
      "0.81",
      "1",
      "1",
      "0.19",
      "0",
      "0",
    ]);
  });

  it("linear growth with f = 0.5 and L = 2: floors per year, totals from the floored figures", () => {
    // intake 10, 15, 20, 25; y0 5; y1 10 + 7.5 = 17.5 → 17; y2 5 + 15 + 10 = 30; y3 7.5 + 20 + 12.5 = 40
    const f = one(
      { intake: { kind: "linear", first: 10, step: 5 } },
      { firstYearFraction: "0.5", creditingYears: 2 },
    );
    expect(nums(f.menus[0].exact.map((e) => e))).toEqual([5, 17.5, 30, 40]);
    expect(nums(f.menus[0].credits)).toEqual([5, 17, 30, 40]);
    expect(f.grandTotal.toNumber()).toBe(92);
    expect(nums(f.menus[0].intake)).toEqual([10, 15, 20, 25]);
  });

  it("f = 1 credits whole years and nothing in year L; a cap stops every cohort", () => {
    const f = one({ intake: { kind: "constant", first: 10 } }, { creditingYears: 2, years: 4 });
    expect(nums(f.menus[0].credits)).toEqual([10, 20, 20, 20]);
    const capped = one({ intake: { kind: "constant", first: 10 } }, { creditingYears: 2, capYear: 2027 });
    expect(nums(capped.menus[0].credits)).toEqual([10, 20, 0, 0]);
    expect(capped.grandTotal.toNumber()).toBe(30);
  });

  it("cohorts that joined before the horizon are credited in it", () => {
    const f = one({ firstCohortYear: 2024, intake: { kind: "constant", first: 10 } }, { years: 3 });
    expect(nums(f.menus[0].credits)).toEqual([30, 40, 50]);
    expect(nums(f.menus[0].intake)).toEqual([10, 10, 10]);
    const short = one(
      { firstCohortYear: 2024, intake: { kind: "constant", first: 10 } },
      { years: 1, creditingYears: 2 },
    );
    expect(nums(short.menus[0].credits)).toEqual([20]);
  });

  it("derives intake from the seed's subsidy history: latest count × participation rate", () => {
    const solar = MINATO_SUBSIDY_HISTORY[0]; // 太陽光発電システム / 区民: R6 = 41
    const f = forecastCohorts({
      firstYear: 2026,
      years: 3,
      firstYearFraction: 1,
      menus: [
        menuFromHistory(solar, {
          participationRate: "0.5",
          reduction: { kind: "given", tPerUnitYear: "0.70" },
        }),
      ],
    });
    // 20.5 units a year × 0.70 t: 14.35 → 14, 28.7 → 28, 43.05 → 43
    expect(nums(f.menus[0].credits)).toEqual([14, 28, 43]);
    expect(f.menus[0].name).toBe("太陽光発電 / 区民");
    expect(f.byClass.renewable.toNumber()).toBe(85);
  });

  it("「-」 years are not zero: the average of 管理組合等向け高効率空調機器 is (2 + 8) ÷ 2, not ÷ 6", () => {
    const row = MINATO_SUBSIDY_HISTORY.find((r) => r.menu === "管理組合等向け高効率空調機器")!;
    expect(row.counts).toEqual([null, null, null, null, 2, 8]);
    const f = forecastCohorts({
      firstYear: 2026,
      years: 2,
      firstYearFraction: 1,
      menus: [
        menuFromHistory(row, {
          participationRate: "1",
          base: "average",
          growth: { rule: "linear", step: "2" },
          reduction: { kind: "given", tPerUnitYear: 1 },
        }),
      ],
    });
    expect(nums(f.menus[0].intake)).toEqual([5, 7]);
    expect(nums(f.menus[0].credits)).toEqual([5, 12]);
  });

  it("the seed's history: six years, eight menus, the column sums of the seed", () => {
    expect(MINATO_SUBSIDY_HISTORY).toHaveLength(8);
    expect(MINATO_SUBSIDY_HISTORY.every((r) => r.counts.length === 6)).toBe(true);
    const r6 = MINATO_SUBSIDY_HISTORY.reduce((s, r) => s + (r.counts[5] ?? 0), 0);
    expect(r6).toBe(41 + 0 + 2 + 8 + 17 + 42 + 8 + 75);
  });

  it("prices per class and per fiscal year; the ward's revenue under either model", () => {
    const base = {
      firstYear: 2026,
      years: 2,
      firstYearFraction: 1,
      menus: [
        {
          name: "solar",
          creditClass: "renewable" as const,
          intake: { kind: "constant" as const, first: 10 },
          reduction: { kind: "given" as const, tPerUnitYear: 1 },
        },
      ],
      prices: { renewable: { default: 3000, byYear: { "2027": 4000 } } },
    };
    const f = forecastCohorts({ ...base, wardShare: { model: "successFee", share: "0.3" } });
    expect(nums(f.menus[0].credits)).toEqual([10, 20]);
    expect(f.revenueYen!.toNumber()).toBe(10 * 3000 + 20 * 4000);
    expect(f.ward!.tonnes.toNumber()).toBe(9);
    expect(f.ward!.revenueYen!.toNumber()).toBe(33000);
    const fee = forecastCohorts({
      ...base,
      wardShare: { model: "participationFee", feeYen: 20000, referencePriceYenPerT: 3000 },
    });
    expect(fee.ward!.equivalentTonnes!.toFixed(4)).toBe("6.6667");
    expect(fee.ward!.tonnes.toFixed(4)).toBe("23.3333");
    expect(fee.ward!.revenueYen!.toNumber()).toBe(110000 - 20000);
  });

  it("revenue is null while a class with credits has no price", () => {
    const f = forecastCohorts({
      firstYear: 2026,
      years: 1,
      menus: [
        {
          name: "a",
          creditClass: "renewable",
          intake: { kind: "constant", first: 1 },
          reduction: { kind: "given", tPerUnitYear: 1 },
        },
        {
          name: "b",
          creditClass: "energySaving",
          intake: { kind: "constant", first: 1 },
          reduction: { kind: "given", tPerUnitYear: 1 },
        },
      ],
      prices: { renewable: 4257 },
      wardShare: { model: "successFee", share: "0.5" },
    });
    expect(f.revenueYen).toBeNull();
    expect(f.menus.map((m) => m.revenueYen?.toNumber() ?? null)).toEqual([4257, null]);
    expect(f.ward!.revenueYen).toBeNull();
  });

  it("both credit classes in one forecast; a first cohort in the horizon's last year; the ward's share of the unfloored revenue", () => {
    const input: CohortParamsInput = {
      firstYear: 2026,
      years: 3,
      menus: [
        {
          name: "太陽光",
          creditClass: "renewable",
          intake: { kind: "constant", first: 10 },
          reduction: { kind: "given", tPerUnitYear: "1.5" },
        },
        {
          name: "LED",
          creditClass: "energySaving",
          firstCohortYear: 2028,
          intake: { kind: "constant", first: 4 },
          reduction: { kind: "given", tPerUnitYear: "0.8" },
        },
      ],
      prices: { renewable: 3000, energySaving: "2000.5" },
      wardShare: { model: "successFee", share: "0.9" },
    };
    expect(validateCohortParams(input).ok).toBe(true);
    const f = forecastCohorts(input);
    // solar (f = 1): 10, 20, 30 units × 1.5 t = 15, 30, 45 → 90 t
    expect(nums(f.menus[0].credits)).toEqual([15, 30, 45]);
    // LED joins in 2028 only: 4 units × 0.8 t = 3.2 → 3 t
    expect(nums(f.menus[1].intake)).toEqual([0, 0, 4]);
    expect(f.menus[1].exact.map((x) => x.toFixed())).toEqual(["0", "0", "3.2"]);
    expect(nums(f.menus[1].credits)).toEqual([0, 0, 3]);
    expect(nums(f.totals)).toEqual([15, 30, 48]);
    expect(f.grandTotal.toNumber()).toBe(93);
    expect(f.byClass.renewable.toNumber()).toBe(90);
    expect(f.byClass.energySaving.toNumber()).toBe(3);
    // 90 × 3,000 = 270,000; 3 × 2,000.5 = 6,001.5 → the LED menu 6,001; in all 276,001.5 → 276,001
    expect(f.menus.map((m) => m.revenueYen!.toNumber())).toEqual([270000, 6001]);
    expect(f.revenueYen!.toNumber()).toBe(276001);
    // the ward: floor(93 × 0.9 = 83.7) = 83 t; floor(276,001.5 × 0.9 = 248,401.35) = 248,401 yen
    // (from the floored 276,001 it would be floor(248,400.9) = 248,400)
    expect(f.ward!.tonnes.toNumber()).toBe(83);
    expect(f.ward!.revenueYen!.toNumber()).toBe(248401);
    // a year later the LED menu would join after the horizon
    const late = validateCohortParams({
      ...input,
      menus: [input.menus[0], { ...input.menus[1], firstCohortYear: 2029 }],
    });
    expect(late.ok ? [] : late.messages).toEqual([
      "menus.1.firstCohortYear: the first cohort joins after the horizon",
    ]);
  });

  it("every intake kind, year by year; never below zero", () => {
    const intake = (i: Menu["intake"]) => nums(one({ intake: i }).menus[0].intake);
    // given: from the menu's first cohort on, missing years 0
    expect(intake({ kind: "given", units: [3, "1,200", 0] })).toEqual([3, 1200, 0, 0]);
    expect(intake({ kind: "constant", first: 7 })).toEqual([7, 7, 7, 7]);
    // linear 10 − 4k: 10, 6, 2, −2 → 0
    expect(intake({ kind: "linear", first: 10, step: -4 })).toEqual([10, 6, 2, 0]);
    // compound 100 × 1.1^k: 100, 110, 121, 133.1
    expect(intake({ kind: "compound", first: 100, growth: "0.1" })).toEqual([100, 110, 121, 133.1]);
    // history: latest held count 8 × 0.5 = 4, then the growth rule
    const h = { kind: "history" as const, counts: [20, 8, null], participationRate: "0.5" };
    expect(intake(h)).toEqual([4, 4, 4, 4]);
    // linear step 2 on the base: (8 + 2k) × 0.5 = 4, 5, 6, 7
    expect(intake({ ...h, growth: { rule: "linear", step: "2" } })).toEqual([4, 5, 6, 7]);
    // compound 50 %: 8 × 1.5^k × 0.5 = 4, 6, 9, 13.5
    expect(intake({ ...h, growth: { rule: "compound", rate: "0.5" } })).toEqual([4, 6, 9, 13.5]);
    // average of the held years (20 + 8) ÷ 2 = 14 × 0.5 = 7; linear −4: 7, 5, 3, 1; −10: 7, 2, 0, 0
    expect(intake({ ...h, base: "average", growth: { rule: "linear", step: "-4" } })).toEqual([7, 5, 3, 1]);
    expect(intake({ ...h, base: "average", growth: { rule: "linear", step: "-10" } })).toEqual([7, 2, 0, 0]);
    // no programme in any year: nothing
    expect(intake({ ...h, counts: [null, null] })).toEqual([0, 0, 0, 0]);
  });

  it("solar: kW × kWh/kW × self-consumption × the grid factor of the year", () => {
    const f = one(
      {
        intake: { kind: "given", units: [10] },
        reduction: { kind: "solar", kW: "4.5", kWhPerKw: 1200, selfConsumption: "0.3" },
      },
      { years: 2, gridFactor: { "2027": "0.0005" } },
    );
    // 4.5 × 1200 × 0.3 = 1,620 kWh × 0.000423 = 0.68526 t; × 0.0005 = 0.81 t
    expect(f.menus[0].perUnit.map((u) => u.toFixed())).toEqual(["0.68526", "0.81"]);
    // 10 units: 6.8526 → 6; 8.1 → 8
    expect(nums(f.menus[0].credits)).toEqual([6, 8]);
  });

  it("a price for some fiscal years and none by default: revenue only while the unpriced years have no credits", () => {
    const priced = (prices: CohortParamsInput["prices"]) =>
      one({ intake: { kind: "given", units: [10] } }, { years: 2, capYear: 2026, prices }).menus[0]
        .revenueYen;
    // 10 t in 2026 at 2,500; 2027 capped (0 t) needs no price
    expect(priced({ energySaving: { byYear: { "2026": 2500 } } })!.toNumber()).toBe(25000);
    expect(priced({ energySaving: { byYear: { "2027": 2500 } } })).toBeNull();
    expect(priced({ energySaving: { default: 100, byYear: { "2027": 2500 } } })!.toNumber()).toBe(1000);
    expect(priced({ renewable: 3000 })).toBeNull();
  });

  it("saved kWh × the grid factor of each year (default 0.000423)", () => {
    const f = one(
      { intake: { kind: "constant", first: 100 }, reduction: { kind: "savedKWh", kWh: 1000 } },
      { years: 2, gridFactor: { "2027": "0.0005" } },
    );
    // 100 × 0.423 = 42.3 → 42; 200 × 0.5 = 100
    expect(nums(f.menus[0].credits)).toEqual([42, 100]);
    expect(f.menus[0].perUnit.map((u) => u.toFixed())).toEqual(["0.423", "0.5"]);
  });

  it("validates parameters with messages that name the field", () => {
    const v = validateCohortParams({
      firstYear: 2026,
      years: 8,
      firstYearFraction: "1.5",
      menus: [
        {
          name: "x",
          creditClass: "renewable",
          intake: { kind: "constant", first: "abc" },
          reduction: { kind: "given", tPerUnitYear: 1 },
        },
      ],
      wardShare: { model: "participationFee", feeYen: 1, referencePriceYenPerT: 0 },
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.messages).toEqual(
      expect.arrayContaining([
        "firstYearFraction: must be between 0 and 1",
        "menus.0.intake.first: not a number: abc",
        "wardShare.referencePriceYenPerT: must be above 0",
      ]),
    );
    const none = validateCohortParams({ firstYear: 2026, years: 8, menus: [] });
    expect(none.ok ? [] : none.messages).toEqual(["menus: at least one menu"]);
    expect(validateCohortParams(params()).ok).toBe(true);
  });
});

describe("fiscal-year labels", () => {
  it("R8 ↔ 令和8年度 ↔ 2026, and the history's H31 (R1)", () => {
    for (const s of ["r8", "r8年度", "令和8年度", "2026", "2026年度", "fy2026"])
      expect(parseFiscalYear(s)).toBe(2026);
    expect(parseFiscalYear("令和元年度")).toBe(2019);
    expect(parseFiscalYear("h31(r1)")).toBe(2019);
    expect(parseFiscalYear("平成30年度")).toBe(2018);
    expect(parseFiscalYear("区分")).toBeNull();
    expect(parseFiscalYear("累計")).toBeNull();
    expect([
      reiwaLabel(2026),
      reiwaJaLabel(2026),
      reiwaJaLabel(2019),
      fiscalYearLabel(2033, "western"),
    ]).toEqual(["R8", "令和8年度", "令和元年度", "2033"]);
  });
});
