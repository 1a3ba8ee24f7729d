/** The example workbooks in examples/: a blank Form 7 in the seed's layout and the public case filled in. */
import path from "node:path";
import { form7Buffer, KOTO_PRINTED, KOTO_USAGE } from "./form7Workbook";

export const EXAMPLES_DIR = path.resolve(__dirname, "../../examples");
export const BLANK = path.join(EXAMPLES_DIR, "form7-blank.xlsx");
export const FILLED = path.join(EXAMPLES_DIR, "form7-filled.xlsx");

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
