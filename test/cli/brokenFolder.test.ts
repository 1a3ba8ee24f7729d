/** The command line on a folder of broken files: every file gets a clear line, the batch finishes, exit 2. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FILLED } from "../support/examples";

/** An OLE compound file carrying an EncryptionInfo stream name, as password-protected .xlsx files do. */
function encryptedLike(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from("EncryptionInfo", "utf16le"),
    Buffer.alloc(1024),
  ]);
}

describe("co2-check on a folder of broken files", () => {
  it("reports each file and still checks the good one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "co2-broken-"));
    fs.writeFileSync(path.join(dir, "a-zero.xlsx"), "");
    fs.writeFileSync(path.join(dir, "b-not-zip.xlsx"), "<html>not a workbook</html>");
    fs.writeFileSync(path.join(dir, "c-password.xlsx"), encryptedLike());
    fs.writeFileSync(
      path.join(dir, "d-old.xls"),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
    );
    fs.writeFileSync(path.join(dir, "e-truncated.xlsx"), fs.readFileSync(FILLED).subarray(0, 3000));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("データ");
    for (let r = 0; r < 60000; r++) ws.addRow([r, `行${r}`, r * 1.5, "燃料"]);
    await wb.xlsx.writeFile(path.join(dir, "f-huge.xlsx"));
    fs.copyFileSync(FILLED, path.join(dir, "g-good.xlsx"));
    fs.writeFileSync(path.join(dir, "notes.txt"), "ignored: not a workbook name");

    let out = "";
    const code = await main(["--json", dir], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
    });
    expect(code).toBe(2);
    const files = JSON.parse(out).files as {
      file: string;
      error: { code: string; message: string } | null;
      forms: unknown[];
    }[];
    expect(files.map((f) => [path.basename(f.file), f.error?.code ?? null])).toEqual([
      ["a-zero.xlsx", "empty"],
      ["b-not-zip.xlsx", "notWorkbook"],
      ["c-password.xlsx", "encrypted"],
      ["d-old.xls", "legacyXls"],
      ["e-truncated.xlsx", "unreadable"],
      ["f-huge.xlsx", "noForm"],
      ["g-good.xlsx", null],
    ]);
    for (const f of files.filter((x) => x.error)) expect(f.error!.message.length).toBeGreaterThan(5);
    expect(files[6].forms).toHaveLength(1);

    let text = "";
    await main([dir], { stdout: { write: (s: string) => (text += s) }, stderr: { write: () => true } });
    expect(text).toContain("パスワードで保護されています");
    expect(text).toContain("古い形式（.xls）です");
    expect(text).toContain("7 ファイル: 読めないファイル 6 件");
  }, 120000);
});
