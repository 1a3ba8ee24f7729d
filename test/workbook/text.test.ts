import { labelHas, normLabel, readNumber } from "../../src/workbook/text";

function num(v: Parameters<typeof readNumber>[0]): string | null {
  const r = readNumber(v);
  return r.kind === "number" ? r.value.toFixed() : r.kind;
}

describe("readNumber", () => {
  it("keeps Excel numbers exact as their shortest decimal", () => {
    expect(num(6220.4)).toBe("6220.4");
    expect(num(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(num(0)).toBe("0");
  });
  it("reads text numbers leniently and says so", () => {
    expect(num("8,250")).toBe("8250");
    expect(num("１２，３４５")).toBe("12345");
    expect(num("4,120.5 kWh")).toBe("4120.5");
    expect(num("▲1,000")).toBe("-1000");
    expect(num(" 12.50 ")).toBe("12.5");
    const r = readNumber("4,120.5 kWh");
    expect(r.kind === "number" && r.fromText && r.unit).toBe("kwh");
    const k = readNumber("12千kWh");
    expect(k.kind === "number" && k.unit).toBe("千kwh");
  });
  it("keeps blank apart from zero and rejects what is not a number", () => {
    expect(num(null)).toBe("blank");
    expect(num("   ")).toBe("blank");
    expect(num("　")).toBe("blank");
    expect(num("abc")).toBe("invalid");
    expect(num("1,23")).toBe("invalid");
    expect(num({ error: "#REF!" })).toBe("invalid");
    expect(num(true)).toBe("invalid");
    expect(num(Number.NaN)).toBe("invalid");
  });
});

describe("labels", () => {
  it("folds width, white space and superscripts", () => {
    expect(normLabel("Ｎｍ³")).toBe("nm3");
    expect(normLabel("m ³")).toBe("m3");
    expect(normLabel("第７号様式")).toBe("第7号様式");
    expect(labelHas("燃料等の 種別", "燃料等の種別")).toBe(true);
    expect(labelHas("㎡", "m2")).toBe(true);
  });
});
