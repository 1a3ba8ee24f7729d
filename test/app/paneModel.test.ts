/** The application layer's small readings and its queue, without React or Excel. */
import { ActionQueue } from "../../src/app/queue";
import { displayPlaces, formKey } from "../../src/app/paneModel";
import { isSelected } from "../../src/app/controller";
import type { FormAnalysis } from "../../src/app/analyze";

describe("displayPlaces", () => {
  it("reads the decimals of a number format's first section", () => {
    expect(displayPlaces({ value: 13.9585776, numberFormat: "#,##0.0" })).toBe(1);
    expect(displayPlaces({ value: 31, numberFormat: "#,##0" })).toBe(0);
    expect(displayPlaces({ value: 1.5, numberFormat: '0.00"t";[Red]-0.00' })).toBe(2);
    expect(displayPlaces({ value: 1.5, numberFormat: "@" })).toBeNull();
    expect(displayPlaces({ value: 1.5, numberFormat: "General" })).toBeNull();
    expect(displayPlaces({ value: "x", numberFormat: "0.0" })).toBeNull();
    expect(displayPlaces({ value: 1.5 })).toBeNull();
  });
});

describe("formKey", () => {
  it("tells two forms of one sheet apart and survives forms added on other sheets", () => {
    const f = (kind: string, sheet: string) => ({ kind, sheet }) as unknown as FormAnalysis;
    const a = [f("form7", "A"), f("form7", "A"), f("returnTable", "A")];
    expect(a.map((_, i) => formKey(a, i))).toEqual(["form7|A|0", "form7|A|1", "returnTable|A|0"]);
    const b = [f("form7", "B"), ...a];
    expect(formKey(b, 2)).toBe("form7|A|1");
  });
});

describe("isSelected", () => {
  it("matches a finding's cell inside the selected range of its sheet", () => {
    const sel = { sheet: "S", address: "G20:H22" };
    expect(isSelected({ sheet: "S", address: "H22" }, sel)).toBe(true);
    expect(isSelected({ sheet: "S", address: "H23" }, sel)).toBe(false);
    expect(isSelected({ sheet: "T", address: "H22" }, sel)).toBe(false);
    expect(isSelected({ sheet: "S", address: "$H$22" }, { sheet: "S", address: "H22" })).toBe(true);
    expect(isSelected(null, sel)).toBe(false);
  });
});

describe("ActionQueue", () => {
  it("runs one job at a time in order, busy only while user actions run or wait", async () => {
    const q = new ActionQueue();
    const seen: boolean[] = [];
    q.onBusy((b) => seen.push(b));
    const order: string[] = [];
    let release!: () => void;
    const first = q.run(() => new Promise<void>((r) => (release = r)).then(() => void order.push("a")));
    const second = q.run(async () => void order.push("b"));
    const bg = q.run(async () => void order.push("bg"), "background");
    expect(q.busy).toBe(true);
    await Promise.resolve();
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second, bg]);
    expect(order).toEqual(["a", "b", "bg"]);
    expect(q.busy).toBe(false);
    expect(seen).toEqual([true, false]);
    // A failing job fails its caller, not the queue.
    await expect(q.run(async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    await expect(q.run(async () => 1)).resolves.toBe(1);
  });
});
