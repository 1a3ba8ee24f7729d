import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { locateForm8, matchForm8, readForm8 } from "../../../src/workbook/form8/form8";
import { KOTO_USAGE, writeForm7 } from "../../support/form7Workbook";
import { GridSink } from "../../support/gridSink";

/** Form 8 in the seed's layout: the list 地球温暖化対策報告書提出事業所一覧, two rows per site. */
function form8(names: string[]): Grid {
  const v: CellValue[][] = [["第8号様式（第9条関係）"], ["港区地球温暖化対策報告書提出書"], []];
  names.forEach((n, i) => {
    v.push([i === 0 ? "地球温暖化対策報告書提出事業所一覧" : null, i + 1, "事業所等の名称", n || null]);
    v.push([null, null, "事業所番号", null, "提出様式", "第7号様式"]);
  });
  return new Grid({ sheet: "提出書", values: v });
}

function form7(name: string): Grid {
  const sink = new GridSink();
  writeForm7(sink, {}, { usage: KOTO_USAGE, name });
  return sink.grid(name);
}

describe("Form 8, the cover sheet", () => {
  it("reads the listed sites with their cells", () => {
    const list = readForm8(form8(["港サンプルビル", "芝公園ビル", ""]))!;
    expect(list.map((s) => [s.name!.value, s.name!.cell.address])).toEqual([
      ["港サンプルビル", "D4"],
      ["芝公園ビル", "D6"],
    ]);
    expect(readForm8(form7("x"))).toBeNull();
  });

  it("points at the listed site whose Form 7 is not in the workbook", () => {
    const a = analyzeWorkbook(
      { sheets: [form8(["港サンプルビル", "芝公園ビル"]), form7("港サンプルビル")] },
      DEFAULT_SETTINGS,
    );
    expect(a.issues.map((i) => [i.code, i.cell?.sheet, i.cell?.address])).toEqual([
      ["form8.missingForm7", "提出書", "D6"],
    ]);
    expect(a.issues[0].message.ja).toContain("芝公園ビル");
  });
});

describe("Form 8 in the seed's layout", () => {
  /** The numbers 1–10 merged over the two rows of each site, values in merged cells, 提出様式 on row 2. */
  function seedForm8(sites: { name: string | null; number?: string | number | null; form?: string }[]): Grid {
    const v: CellValue[][] = [
      ["第8号様式（第9条関係）"],
      [null, "(宛先) 港区長"],
      ["港区地球温暖化対策報告書提出書"],
      ["事業者名", null, "港サンプル株式会社"],
    ];
    const merges = [];
    for (let i = 0; i < 10; i++) {
      const s = sites[i];
      const r = v.length;
      v.push([
        i === 0 ? "地球温暖化対策報告書提出事業所一覧" : null,
        i + 1,
        "事業所等の名称",
        null,
        s?.name ?? null,
      ]);
      v.push([null, null, "事業所番号", null, s?.number ?? null, "提出様式", s?.form ?? null]);
      merges.push({ top: r, left: 1, bottom: r + 1, right: 1 }, { top: r, left: 2, bottom: r, right: 3 });
      merges.push({ top: r + 1, left: 2, bottom: r + 1, right: 3 });
    }
    return new Grid({ sheet: "第8号様式", values: v, merges });
  }

  it("reads name, number, form and list number of each filled row, skipping blank ones", () => {
    const g = seedForm8([
      { name: "港サンプルビル", number: "M-0001", form: "第7号様式" },
      { name: null },
      { name: "芝公園ビル", number: 12, form: "都様式(その2)" },
      { name: null, number: "M-0009" },
    ]);
    const f = locateForm8(g)!;
    expect(f.anchor.address).toBe("A1");
    expect(
      f.sites.map((s) => [
        s.index,
        s.name?.value ?? null,
        s.siteNumber?.value ?? null,
        s.form?.value ?? null,
        s.cell.address,
      ]),
    ).toEqual([
      [1, "港サンプルビル", "M-0001", "第7号様式", "E5"],
      [3, "芝公園ビル", "12", "都様式(その2)", "E9"],
      [4, null, "M-0009", null, "E12"],
    ]);
  });

  it("matches by site number where both give one, else by the folded name", () => {
    const list = readForm8(
      seedForm8([
        { name: "港サンプルビル", number: "M-0001" },
        { name: "芝公園ビル（新館）", number: "M-0002" },
        { name: "ＡＢＣ タワー" },
        { name: "青山ビル", number: "M-0003" },
        { name: "赤坂ビル" },
      ]),
    )!;
    const issues = matchForm8(list, [
      { sheet: "本館", name: "港サンプル本館", siteNumber: "M-0001" }, // number matches, name differs: fine
      { sheet: "新館", name: "芝公園ビル(新館)", siteNumber: null }, // name after folding
      { sheet: "ABC", name: "ABCタワー", siteNumber: null },
      { sheet: "青山", name: "青山ビル", siteNumber: "M-0033" }, // name matches, numbers differ
    ]);
    expect(issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ["form8.siteNumberDiffers", "E12", { form8: "M-0003", form7: "M-0033" }],
      ["form8.missingForm7", "E13", { site: "赤坂ビル" }],
    ]);
    expect(issues[1].message.ja).toContain("一覧 5");
    expect(issues[0].message.ja).toContain("青山");
  });
});
