/**
 * The example workbooks in examples/: a blank Form 7 in the seed's layout and the public case filled in;
 * Tokyo's (その2) laid out as the filed Koto example and (その1) with the Shinagawa figures.
 */
import path from "node:path";
import { form7Buffer, KOTO_PRINTED, KOTO_USAGE } from "./form7Workbook";
import { KOTO_CASE_USAGE, SHINAGAWA } from "./tokyoCases";
import { KOTO_TOKYO_PRINTED, tokyoBuffer } from "./tokyoWorkbook";

export const EXAMPLES_DIR = path.resolve(__dirname, "../../examples");
export const BLANK = path.join(EXAMPLES_DIR, "form7-blank.xlsx");
export const FILLED = path.join(EXAMPLES_DIR, "form7-filled.xlsx");
export const TOKYO_SONO2 = path.join(EXAMPLES_DIR, "tokyo-sono2-koto.xlsx");
export const TOKYO_SONO1 = path.join(EXAMPLES_DIR, "tokyo-sono1-shinagawa.xlsx");

export async function blankExample(): Promise<Buffer> {
  return (
    await form7Buffer([
      { name: "第7号様式", forms: [{ content: { floorArea: null, name: "", address: "港区" } }] },
    ])
  ).buffer;
}

export async function filledExample(): Promise<Buffer> {
  return (
    await form7Buffer([
      {
        name: "第7号様式",
        forms: [{ content: { name: "サンプルビル", usage: KOTO_USAGE, computed: KOTO_PRINTED } }],
      },
    ])
  ).buffer;
}

/** (その2) as the filed Koto FY2017 example: the public case's usage and printed figures, boxes and ticks. */
export async function tokyoSono2Example(): Promise<Buffer> {
  return (
    await tokyoBuffer([
      {
        name: "その2",
        site: [{ content: { usage: KOTO_CASE_USAGE, computed: KOTO_TOKYO_PRINTED, year: "平成29年度" } }],
      },
    ])
  ).buffer;
}

/** (その1) with the Shinagawa FY2022 five-year table as filed. */
export async function tokyoSono1Example(): Promise<Buffer> {
  return (await tokyoBuffer([{ name: "その1", business: { content: SHINAGAWA } }])).buffer;
}
