import fs from "node:fs";
import path from "node:path";
import { EXAMPLES_DIR } from "../support/examples";
import { forecastWorkbook, returnTableWorkbook } from "../support/jcreditWorkbooks";
import { runCli } from "../support/cli";

const FORECAST = path.join(EXAMPLES_DIR, "jcredit-forecast.xlsx");
const RETURNS = path.join(EXAMPLES_DIR, "fukuoka-return-table.xlsx");

async function run(...argv: string[]) {
  const { code, out } = await runCli(argv);
  return { code, doc: argv.includes("--json") ? JSON.parse(out) : out };
}

beforeAll(async () => {
  if (process.env.UPDATE_EXAMPLES === "1" || !fs.existsSync(FORECAST))
    fs.writeFileSync(FORECAST, await forecastWorkbook());
  if (process.env.UPDATE_EXAMPLES === "1" || !fs.existsSync(RETURNS))
    fs.writeFileSync(RETURNS, await returnTableWorkbook(null, null));
});

describe("co2-check on J-Credit sheets", () => {
  it("points at the seed forecast table's two totals that do not add up (exit 1)", async () => {
    const { code, doc } = await run("--json", FORECAST);
    expect(code).toBe(1);
    const f = doc.files[0].forms[0];
    expect(f.kind).toBe("creditForecast");
    expect(f.years).toHaveLength(8);
    expect(f.rows).toHaveLength(5);
    expect(
      f.issues
        .filter((i: { severity: string }) => i.severity === "error")
        .map((i: { cell: string }) => i.cell),
    ).toEqual(["K3", "K8"]);
  });

  it("reports Fukuoka Table 2 with the rows' reductions and, once a bid is filled, A and B", async () => {
    const blank = (await run("--json", RETURNS)).doc.files[0].forms[0];
    expect(blank.kind).toBe("returnTable");
    expect(blank.rows.map((r: { reductionT: number }) => r.reductionT)).toEqual([8170, 220, 960, 1280]);
    expect(blank.totals).toEqual({ reductionT: 10630, A: 0, B: 0 });
    const tmp = path.join(EXAMPLES_DIR, "..", "test-artifacts");
    fs.mkdirSync(tmp, { recursive: true });
    const bid = path.join(tmp, "bid.xlsx");
    fs.writeFileSync(bid, await returnTableWorkbook(3000, 50));
    const filled = (await run("--json", bid)).doc.files[0].forms[0];
    expect(filled.rows[0]).toMatchObject({
      label: "①リチウムイオン蓄電システム",
      reductionT: 8170,
      priceYenPerT: 3000,
      A: 24510000,
      returnRatePct: 50,
      B: 12255000,
      cells: { reductionT: "B14", A: "D14", B: "F14" },
    });
    expect(filled.totals).toEqual({ reductionT: 10630, A: 31890000, B: 15945000 });
  });
});
