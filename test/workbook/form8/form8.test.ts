import { analyzeWorkbook } from "../../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { Grid, type CellValue } from "../../../src/workbook/grid";
import { readForm8 } from "../../../src/workbook/form8/form8";
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
    expect(list.map((s) => [s.name.value, s.name.cell.address])).toEqual([
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
