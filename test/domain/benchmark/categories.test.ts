import {
  BENCHMARK_CATEGORIES,
  BENCHMARK_CATEGORY_LIST,
  categoryByName,
  categoryByNumber,
} from "../../../src/domain/benchmark/categories";

describe("the 30 benchmark categories of table 3-1", () => {
  it("are numbered 1–30 in order, with the guide's names", () => {
    expect(BENCHMARK_CATEGORY_LIST.map((c) => c.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(Object.keys(BENCHMARK_CATEGORIES)).toHaveLength(30);
    expect(BENCHMARK_CATEGORIES[2].ja).toBe("オフィス(自社ビル)");
    expect(BENCHMARK_CATEGORIES[11].ja).toBe("物販店(自動車(新車)小売)");
    expect(BENCHMARK_CATEGORIES[30]).toEqual({ ja: "区市町村庁舎等", en: "Municipal office" });
  });

  it("are found by number and by name, however the brackets and widths are typed", () => {
    expect(categoryByNumber(5)?.ja).toBe("物販店(コンビニ)");
    expect([0, 31, 2.5, NaN].map(categoryByNumber)).toEqual([null, null, null, null]);
    expect(categoryByName("オフィス（自社ビル）")?.number).toBe(2);
    expect(categoryByName(" オフィス 自社ビル ")?.number).toBe(2);
    expect(categoryByName("旅館･ホテル")?.number).toBe(19);
    expect(categoryByName("Hotel, ryokan")?.number).toBe(19);
    expect(categoryByName("ホテル")).toBeNull();
    expect(categoryByName("")).toBeNull();
  });
});
