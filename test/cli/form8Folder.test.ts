/**
 * Form 8 across the run: a cover workbook's listed sites are satisfied by a Form 7 in any file of the same
 * folder; only the sites found in no file of the folder are reported, at the end, pointing at the cover's
 * cell.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { form7Buffer, KOTO_USAGE, writeForm7 } from "../support/form7Workbook";
import { form8Buffer, type Form8SiteContent } from "../support/form8Workbook";
import { runCli } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "co2-form8-"));

const run = (...argv: string[]) => runCli(argv);

function put(file: string, bytes: Buffer): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

async function form7File(file: string, name: string, siteNumber?: string): Promise<string> {
  const { buffer } = await form7Buffer([
    { name: "第7号様式", forms: [{ content: { name, siteNumber, usage: KOTO_USAGE } }] },
  ]);
  return put(file, buffer);
}

async function coverFile(
  file: string,
  sites: Form8SiteContent[],
): Promise<{ file: string; cells: string[] }> {
  const { buffer, nameCells } = await form8Buffer(sites, "提出書");
  return { file: put(file, buffer), cells: nameCells };
}

const SITES: Form8SiteContent[] = [
  { name: "港サンプルビル" },
  { name: "芝公園ビル（新館）", siteNumber: "M-0002" },
  { name: "赤坂タワー" },
];

/** A submitter's folder: the cover, the first site by name, the second by site number (another name). */
async function submitterFolder(name: string): Promise<{ dir: string; cover: string; cells: string[] }> {
  const dir = path.join(tmp, name);
  const { file, cells } = await coverFile(path.join(dir, "00-cover.xlsx"), SITES);
  await form7File(path.join(dir, "minato.xlsx"), "港サンプル ビル");
  await form7File(path.join(dir, "shiba.xlsx"), "芝公園新館", "M-0002");
  return { dir, cover: file, cells };
}

interface FindingJson {
  file: string;
  folder: string;
  filesSearched: number;
  severity: string;
  sheet: string;
  cell: string;
  code: string;
  message: string;
  params: Record<string, string>;
}

describe("co2-check: Form 8 matched against the Form 7s of its folder", () => {
  it("reports exactly the listed site found in no file of the folder, at the cover's cell (JSON)", async () => {
    const { dir, cover, cells } = await submitterFolder("one-missing");
    // 赤坂タワー's Form 7 exists, but in a subfolder: another folder, so it does not count.
    await form7File(path.join(dir, "other", "akasaka.xlsx"), "赤坂タワー");
    const { code, out } = await run("--json", dir);
    expect(code).toBe(0); // a warning, as the in-workbook Form 8 issue
    // The document is what JSON.stringify gives, with the run-level field after the files.
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["files", "form8"]);
    expect(doc.files).toHaveLength(4);
    expect(doc.form8).toEqual([
      {
        file: cover,
        folder: dir,
        filesSearched: 3,
        severity: "warning",
        cell: cells[2],
        sheet: "提出書",
        code: "form8.missingForm7",
        message: expect.stringContaining("赤坂タワー"),
        params: { site: "赤坂タワー", folder: dir },
      },
    ]);
    expect(cells[2]).toBe("E9");
    expect((doc.form8[0] as FindingJson).message).toContain(
      `フォルダ ${dir} のどのファイルにも見つかりません`,
    );
    // The cover file is no "no form" file: it carries its list, and no in-workbook false alarm.
    const coverJson = doc.files.find((f: { file: string }) => f.file === cover);
    expect(coverJson.error).toBeNull();
    expect(coverJson.issues).toEqual([]);
    expect(coverJson.form8Sheets).toEqual([
      {
        sheet: "提出書",
        anchor: "A1",
        sites: [
          { index: 1, name: "港サンプルビル", siteNumber: null, form: "第7号様式", cell: "E5" },
          { index: 2, name: "芝公園ビル（新館）", siteNumber: "M-0002", form: "第7号様式", cell: "E7" },
          { index: 3, name: "赤坂タワー", siteNumber: null, form: "第7号様式", cell: "E9" },
        ],
      },
    ]);
  });

  it("finds nothing to report when every listed site has its Form 7 in the folder (text, ja and en)", async () => {
    const { dir } = await submitterFolder("all-found");
    await form7File(path.join(dir, "akasaka.xlsx"), "赤坂タワー");
    const json = JSON.parse((await run("--json", dir)).out);
    expect(json.form8).toEqual([]);
    const ja = await run(dir);
    expect(ja.code).toBe(0);
    expect(ja.out).toContain("■ 第8号様式の一覧と第7号様式の照合（同じフォルダのファイル）");
    expect(ja.out).toContain("一覧の 3 事業所すべてに、同じフォルダのファイルに第7号様式があります。");
    expect(ja.out).not.toContain("見つかりません");
    const en = await run("--lang", "en", dir);
    expect(en.out).toContain("all 3 listed sites have their Form 7 in a file of the same folder.");
    expect(en.out).toContain('■ Form 8, sheet "提出書" (A1)');
  });

  it("prints the missing site in a final section with file, sheet and cell, after every file", async () => {
    const { dir, cover } = await submitterFolder("text");
    const ja = await run(dir);
    const section = ja.out.indexOf("■ 第8号様式の一覧と第7号様式の照合");
    expect(section).toBeGreaterThan(ja.out.lastIndexOf("■ 第7号様式"));
    const tail = ja.out.slice(section);
    expect(tail).toContain(`[警告] ${cover} 提出書!E9  E9: 第8号様式の一覧 3「赤坂タワー」の第7号様式が`);
    expect(tail).not.toContain("港サンプルビル");
    expect(tail.split("\n").filter((l) => l.includes("[警告]"))).toHaveLength(1);
    // The cover's own block says its list is matched at the end, and raises nothing itself.
    const block = ja.out.slice(ja.out.indexOf(cover), ja.out.indexOf("\n\n", ja.out.indexOf(cover)));
    expect(block).toContain("一覧の事業所 3 件");
    expect(block).not.toContain("[警告]");
    const en = await run("--lang", "en", dir);
    expect(en.out).toContain(
      `[warning] ${cover} 提出書!E9  E9: Form 8 lists (no. 3) "赤坂タワー", but no Form 7 with that name is in any file of the folder ${dir}`,
    );
  });

  it("counts only files of the cover's own folder, also when files are given by name", async () => {
    const a = await coverFile(path.join(tmp, "by-name", "a", "cover.xlsx"), [{ name: "青山ビル" }]);
    const b = await form7File(path.join(tmp, "by-name", "b", "aoyama.xlsx"), "青山ビル");
    const apart = JSON.parse((await run("--json", a.file, b)).out);
    expect(apart.form8.map((f: FindingJson) => [f.file, f.cell, f.params.site, f.filesSearched])).toEqual([
      [a.file, "E5", "青山ビル", 1],
    ]);
    const same = await form7File(path.join(tmp, "by-name", "a", "aoyama.xlsx"), "青山ビル");
    expect(JSON.parse((await run("--json", a.file, same)).out).form8).toEqual([]);
    // The cover given twice is one file: one finding, one file searched.
    const twice = JSON.parse((await run("--json", a.file, a.file, b)).out);
    expect(twice.form8.map((f: FindingJson) => [f.cell, f.filesSearched])).toEqual([["E5", 1]]);
  });

  it("says when a file of the folder could not be read, and still points at the cell", async () => {
    const { dir } = await submitterFolder("unreadable");
    fs.writeFileSync(path.join(dir, "broken.xlsx"), "not a workbook");
    const r = await run("--json", dir);
    expect(r.code).toBe(2); // the unreadable file
    const doc = JSON.parse(r.out);
    expect(doc.form8.map((f: FindingJson) => [f.cell, f.filesSearched])).toEqual([["E9", 3]]);
    expect(doc.form8[0].message).toContain("読めなかったファイルが 1 件あります");
  });

  it("points at a site number that differs from the folder's Form 7 of the same name", async () => {
    const dir = path.join(tmp, "numbers");
    const cover = await coverFile(path.join(dir, "cover.xlsx"), [
      { name: "六本木ビル", siteNumber: "M-0100" },
    ]);
    await form7File(path.join(dir, "roppongi.xlsx"), "六本木ビル", "M-0101");
    const [f] = JSON.parse((await run("--json", dir)).out).form8 as FindingJson[];
    expect([f.file, f.cell, f.code, f.params]).toEqual([
      cover.file,
      "E6",
      "form8.siteNumberDiffers",
      { form8: "M-0100", form7: "M-0101" },
    ]);
    expect(f.message).toContain("roppongi.xlsx の 第7号様式");
  });

  it("keeps the in-workbook match for a cover whose sheets hold the Form 7s themselves", async () => {
    // The cover and one Form 7 sheet in one workbook: the folder holds only this file.
    const dir = path.join(tmp, "one-book");
    const { buffer } = await form8Buffer([{ name: "港サンプルビル" }, { name: "芝公園ビル" }], "提出書");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    writeForm7(wb.addWorksheet("港"), {}, { name: "港サンプルビル", usage: KOTO_USAGE });
    put(path.join(dir, "book.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    const doc = JSON.parse((await run("--json", dir)).out);
    expect(doc.form8.map((f: FindingJson) => [f.cell, f.params.site])).toEqual([["E7", "芝公園ビル"]]);
  });
});
