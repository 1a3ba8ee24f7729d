/**
 * The Tokyo examples in the pane, from their real analysis: the (その2) as a Form 7 card with its fiscal
 * year, ownership and main use ticked; the (その1) as a simple card with the five years and the two rates.
 */
import fs from "node:fs";
import { render, screen, within } from "@testing-library/react";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/app/analyze";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { App } from "../../src/taskpane/App";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { TOKYO_SONO1, TOKYO_SONO2 } from "../support/examples";
import { fakeServices } from "../support/paneServices";

async function examples(): Promise<WorkbookAnalysis> {
  const two = await readWorkbookBuffer(fs.readFileSync(TOKYO_SONO2));
  const one = await readWorkbookBuffer(fs.readFileSync(TOKYO_SONO1));
  return analyzeWorkbook({ ...two, sheets: [...two.sheets, ...one.sheets] }, DEFAULT_SETTINGS);
}

describe("task pane on the Tokyo examples", () => {
  it("shows the (その2) as a Form 7 card with the Koto figures, the year and the ticks", async () => {
    const a = await examples();
    render(<App services={fakeServices(() => a)} />);
    const card = await screen.findByLabelText("第7号様式 その2");
    const c = within(card);
    expect(c.getByText("31 kl")).toBeInTheDocument();
    expect(c.getByText("60 t-CO2", { selector: "[data-figure='CO2排出量 総計']" })).toBeInTheDocument();
    expect(c.getByText("42.4 kg-CO2/m²")).toBeInTheDocument();
    const facts = within(c.getByTestId("tokyo-site"));
    expect(facts.getByText(/東京都 地球温暖化対策報告書（その2） ・ 2017年度の状況/)).toBeInTheDocument();
    expect(facts.getByText("所有形態: 自己所有 ・ 建物の全部")).toBeInTheDocument();
    expect(facts.getByText("主たる用途: その他")).toBeInTheDocument();
  });

  it("shows the (その1) as its own card: five years recomputed and the two rates", async () => {
    const a = await examples();
    render(<App services={fakeServices(() => a)} />);
    const table = await screen.findByRole("table", { name: "東京都 地球温暖化対策報告書（その1）" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((x) => x.textContent),
      ),
    ).toEqual([
      ["10,660", "350,157", "30.44348"],
      ["10,592", "350,361", "30.23167"],
      ["11,325", "348,832", "32.46548"],
      ["12,298", "353,886", "34.75130"],
      ["12,903", "355,415", "36.30403"],
    ]);
    expect(screen.getByText("CO2排出量の平均削減率: -4.88 %")).toBeInTheDocument();
    expect(screen.getByText("原単位の平均改善率: -4.49 %")).toBeInTheDocument();
    expect(screen.getByText("事業者番号: A0973")).toBeInTheDocument();
  });
});
