import { createHash } from "node:crypto";
import { renderReport } from "../../src/cli/htmlReport";
import type { SiteFact } from "../../src/cli/siteFacts";
import { yearOverYear } from "../../src/cli/yearOverYear";
import { dec } from "../../src/domain/decimal";

const site: SiteFact = {
  file: "a<b>.xlsx",
  sheet: "第7号様式",
  name: "<script>alert(1)</script>",
  siteNumber: null,
  fiscalYear: 2024,
  siteClass: "mayReport",
  floorAreaM2: "1412.36",
  co2TotalT: "60",
  intensity: "42.4",
  category: 2,
  rank: "A2",
  average: "65.4",
  errors: 0,
  warnings: 0,
};

describe("the report page (pure)", () => {
  const html = renderReport({
    lang: "ja",
    files: 2,
    unreadable: [{ file: "bad.xlsx", message: "Excelブックではありません" }],
    sites: [site],
    yoy: yearOverYear([site]),
    thresholdPct: dec(30),
    single: null,
  });

  it("allows its one style block by hash and nothing else: no script, no URL to fetch", () => {
    const css = /<style>([\s\S]*)<\/style>/.exec(html)![1];
    const hash = createHash("sha256").update(css, "utf8").digest("base64");
    expect(html).toContain(
      `content="default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'"`,
    );
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\//i);
    expect(html).not.toContain("style=");
  });

  it("escapes what the files hold, and shows the site in its category's table with its share", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("a&lt;b&gt;.xlsx");
    expect(html).toContain('<td class="num">64.8%</td>'); // 42.4 ÷ 65.4
    expect(html).toContain("bad.xlsx");
  });
});
