/** Example workbooks of the J-Credit sheets: the seed's forecast table and Fukuoka's Table 1 / Table 2. */
import ExcelJS from "exceljs";
import { loadCase } from "./cases";

interface MinatoCase {
  table: { columns: string[]; rows: { menu: string; holder: string; values: number[] }[] };
}

export async function forecastWorkbook(): Promise<Buffer> {
  const kase = loadCase<MinatoCase>("minato-forecast-table.json");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("認証量想定");
  ws.addRow(["▼全体の J-クレジット認証量 (想定値)　単位: t-CO2"]);
  ws.addRow(["区分", null, ...kase.table.columns]);
  ws.mergeCells("A2:B2");
  let prev = "";
  for (const r of kase.table.rows) {
    ws.addRow([r.menu === prev ? null : r.menu, r.holder || null, ...r.values]);
    prev = r.menu;
  }
  ws.mergeCells("A3:A4");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Fukuoka's preconditions, Table 1 and Table 2 as rows (A1 down), with a bid's prices and rates per row. */
export function returnTableRows(
  prices: (number | null)[],
  rates: (number | null)[],
  printed: (number | string | null)[] = [8170, 220, 960, 1280],
): (string | number | null)[][] {
  return [
    ["≪算出前提条件≫"],
    ["・【表2】の「想定されるCO2削減量」は、認証対象期間8年分の総量(t)"],
    ["・設置容量1kWあたりの年間発電量は1200kWh"],
    ["・CO2排出係数は0.000423(t-CO2/kWh)"],
    ["【表1】"],
    ["設備名", "設備情報", "件数/年", "自家消費率"],
    [
      "①リチウムイオン蓄電システム (太陽光発電システムも含む)",
      "・リチウムイオン蓄電システム 設備容量9.0kWh ・太陽光発電システム パネル発電出力5.5kW",
      "610件",
      0.6,
    ],
    ["②高効率給湯器(エコキュート)", "1台あたりのCO2年間削減量 (単位:t-CO2)を0.70tとする。", "40件", null],
    ["③家庭用燃料電池(エネファーム)", "1台あたりのCO2年間削減量 (単位:t-CO2)を0.60tとする。", "200件", null],
    ["④E V(電気自動車)", "1台あたりのCO2年間削減量 (単位:t-CO2)を0.40tとする。", "400件", null],
    [],
    ["【表2】"],
    [
      "設備名",
      "想定されるCO2削減量(t)",
      "J-クレジット単価(円/t)",
      "A(円) 実現可能な項目のみ算出",
      "還元率(%)",
      "B(円)",
    ],
    ["①リチウムイオン蓄電システム", printed[0], prices[0], null, rates[0], null],
    ["②高効率給湯器(エコキュート)", printed[1], prices[1], null, rates[1], null],
    ["③家庭用燃料電池(エネファーム)", printed[2], prices[2], null, rates[2], null],
    ["④E V(電気自動車)", printed[3], prices[3], null, rates[3], null],
    ["計", null, null, null, null, null],
  ];
}

export async function returnTableWorkbook(
  price: number | null = 3000,
  rate: number | null = 50,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("還元額");
  const rows = returnTableRows([price, price, price, price], [rate, rate, rate, rate]);
  for (const r of rows) ws.addRow(r);
  ws.getCell("D7").numFmt = "0%";
  return Buffer.from(await wb.xlsx.writeBuffer());
}
