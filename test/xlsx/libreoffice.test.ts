/**
 * A second, independent reader: LibreOffice (Debian's, installed by .ci/run) opens the copy `--write` made
 * and saves its first sheet as CSV. Formulas over the cells `--write` filled must show the recalculated
 * figures, not the 0s cached when those cells were blank.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/cli";
import { formWithSummaryFormulas } from "../support/summaryFormulas";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-lo-"));

/** The first sheet of `file` as LibreOffice computes it: rows of cells (values, not as shown). */
function libreOfficeCsv(file: string): string[][] {
  const outdir = path.join(tmp, "csv");
  // A profile of its own, so that concurrent runs (and a user's LibreOffice) do not collide.
  const profile = `file://${path.join(tmp, `profile-${process.pid}`)}`;
  // CSV filter: comma, double quote, UTF-8, from line 1, cell contents as values (not as shown).
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false";
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", outdir, file],
    { stdio: "ignore", timeout: 180000 },
  );
  const csv = fs.readFileSync(path.join(outdir, `${path.basename(file, ".xlsx")}.csv`), "utf8");
  return parseCsv(csv);
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const field = /"((?:[^"]|"")*)"|([^,\r\n]*)/y;
  let i = 0;
  for (;;) {
    field.lastIndex = i;
    const m = field.exec(text)!;
    rows[rows.length - 1].push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    i = field.lastIndex;
    if (i >= text.length) break;
    if (text[i] === ",") i++;
    else {
      i += text.startsWith("\r\n", i) ? 2 : 1;
      if (i >= text.length) break;
      rows.push([]);
    }
  }
  return rows;
}

/** The cell at an A1 address (single letters are enough here) from the CSV rows. */
const at = (rows: string[][], a1: string) => rows[Number(a1.slice(1)) - 1]?.[a1.charCodeAt(0) - 65] ?? "";

describe("the --write copy opened by LibreOffice", () => {
  it("shows the summary formulas recalculated over the cells that were written", async () => {
    const { buffer, cells } = await formWithSummaryFormulas();
    const input = path.join(tmp, "received.xlsx");
    const output = path.join(tmp, "filled.xlsx");
    fs.writeFileSync(input, buffer);
    const r = await runCli(["--json", "--write", output, input]);
    expect(JSON.parse(r.out).files[0].written).toBe(14);

    const rows = libreOfficeCsv(output);
    const c = cells.computed;
    // written by --write (the engine's full-precision figures)
    expect(Number(at(rows, c["cityGas.heatGJ"]))).toBeCloseTo(279.918, 9);
    // recalculated by LibreOffice from them: the figures Form 7 reports for the public case
    expect(Number(at(rows, c.energyGJ))).toBeCloseTo(1207.725379, 9);
    expect(Number(at(rows, c["co2Energy.subtotal"]))).toBeCloseTo(60.0316686, 9);
    expect(Number(at(rows, c["co2Water.subtotal"]))).toBeCloseTo(0.734786, 9);
    expect(
      ["crudeOilKl", "co2EnergyT", "co2WaterT", "co2TotalT", "intensityKgPerM2"].map((k) => at(rows, c[k])),
    ).toEqual(["31", "60", "0", "60", "42.4"]);
  }, 240000);
});
