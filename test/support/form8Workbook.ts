/**
 * Builds a Form 8 cover workbook (第8号様式) with exceljs in the seed's layout: the list
 * 地球温暖化対策報告書提出事業所一覧, two rows per site (名称 on the first, 事業所番号 and 提出様式 on the second),
 * the list number merged over both rows. Returns the buffer and the cell of each site's name.
 */
import ExcelJS from "exceljs";

export interface Form8SiteContent {
  name: string | null;
  siteNumber?: string | null;
  form?: string;
}

export async function form8Buffer(
  sites: readonly Form8SiteContent[],
  sheet = "第8号様式",
): Promise<{ buffer: Buffer; nameCells: string[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "第8号様式（第9条関係）";
  ws.getCell("B2").value = "(宛先) 港区長";
  ws.getCell("A3").value = "港区地球温暖化対策報告書提出書";
  ws.getCell("A4").value = "事業者名";
  ws.getCell("C4").value = "港サンプル株式会社";
  ws.getCell("A5").value = "地球温暖化対策報告書提出事業所一覧";
  const nameCells: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = 5 + i * 2; // 1-based rows 5, 7, …
    const s = sites[i];
    ws.getCell(`B${r}`).value = i + 1;
    ws.mergeCells(`B${r}:B${r + 1}`);
    ws.getCell(`C${r}`).value = "事業所等の名称";
    ws.mergeCells(`C${r}:D${r}`);
    ws.getCell(`E${r}`).value = s?.name ?? null;
    ws.getCell(`C${r + 1}`).value = "事業所番号";
    ws.mergeCells(`C${r + 1}:D${r + 1}`);
    ws.getCell(`E${r + 1}`).value = s?.siteNumber ?? null;
    ws.getCell(`F${r + 1}`).value = "提出様式";
    ws.getCell(`G${r + 1}`).value = s ? (s.form ?? "第7号様式") : null;
    nameCells.push(`E${r}`);
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), nameCells };
}
