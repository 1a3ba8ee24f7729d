/**
 * The command line's output for every committed workbook (examples/ and test/fixtures/), in both languages,
 * as JSON and as the text report, is byte-identical to the golden files beside this test. A refactoring
 * proves it changed no figure, no code, no parameter and no word. UPDATE_GOLDEN=1 rewrites the files: do that
 * only for a change in behaviour that is meant, and say so in the commit.
 */
import fs from "node:fs";
import path from "node:path";
import { runCli } from "../support/cli";

const ROOT = path.resolve(__dirname, "../..");
const DIRS = ["examples", "test/fixtures"];
const FILES = DIRS.flatMap((d) =>
  fs
    .readdirSync(path.join(ROOT, d))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => `${d}/${f}`),
);
const GOLDEN = path.join(__dirname, "files");

describe.each(FILES)("%s", (file) => {
  it.each([
    ["ja", "json"],
    ["en", "json"],
    ["ja", "text"],
    ["en", "text"],
  ])("%s %s is byte-identical to its golden file", async (lang, form) => {
    const args = [
      ...(form === "json" ? ["--json"] : []),
      "--lang",
      lang,
      "--jobs",
      "1",
      path.join(ROOT, file),
    ];
    const { code, out } = await runCli(args);
    // The path of the file is the machine's own: keep the golden files free of it.
    const text = `exit ${code}\n${out.split(ROOT + path.sep).join("")}`;
    const golden = path.join(GOLDEN, `${file.replace(/[\\/]/g, "__")}.${lang}.${form}.golden`);
    if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(golden)) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(golden, text);
    }
    expect(text).toBe(fs.readFileSync(golden, "utf8"));
  });
});

it("covers every committed workbook", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(17);
});
