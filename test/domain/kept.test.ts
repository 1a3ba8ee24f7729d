import { keptAnswers } from "../../src/domain/kept";

describe("keptAnswers", () => {
  it("reads each argument once while it is kept, null answers included", () => {
    const reads: string[] = [];
    const f = keptAnswers(10, (s: string) => {
      reads.push(s);
      return s === "none" ? null : { text: s };
    });
    const first = f("a");
    expect(f("a")).toBe(first);
    expect(f("none")).toBeNull();
    expect(f("none")).toBeNull();
    expect(reads).toEqual(["a", "none"]);
  });

  it("forgets every answer once it holds `max` of them, and reads again", () => {
    const reads: number[] = [];
    const f = keptAnswers(2, (n: number) => {
      reads.push(n);
      return n * 2;
    });
    f(1);
    f(2);
    f(1); // kept
    f(3); // two kept: all forgotten, then 3 kept
    f(1); // read again
    f(3); // kept
    expect(reads).toEqual([1, 2, 3, 1]);
  });
});
