/**
 * The large workbook: one Form 7, a 100,000 × 20 sheet of numbers and a 900 × 60 sheet of
 * Japanese text (about 10 MB as values + formulas + number formats), for the strict host. The large
 * sheets are made on demand by the host (no 2 million cell objects in memory).
 */
import type { FakeWorkbookInit } from "../fakes/excelFake";
import { fakeWorkbookFromBuffer } from "../fakes/fromXlsx";
import type { StrictHostOptions } from "../host/strictHost";
import { form7Buffer, KOTO_USAGE } from "./form7Workbook";

export const NUMBERS = { name: "計測データ", rows: 100_000, cols: 20 } as const;
export const TEXT = { name: "議事録", rows: 900, cols: 60 } as const;

const PHRASE = "港区芝公園一丁目の事業所における省エネルギー対策の実施状況と今後の課題について";

export async function form7Book(): Promise<FakeWorkbookInit> {
  const { buffer } = await form7Buffer([
    { name: "第7号様式", forms: [{ content: { name: "サンプルビル", usage: KOTO_USAGE } }] },
  ]);
  return fakeWorkbookFromBuffer(buffer);
}

/** The two large sheets, as the strict host's generated sheets. */
export function bigSheets(): NonNullable<StrictHostOptions["generated"]> {
  return [
    { ...NUMBERS, value: (r, c) => r * 20 + c + 0.25 },
    { ...TEXT, value: (r, c) => `${PHRASE.slice((r + c) % 10)}（${r + 1}-${c + 1}）` },
  ];
}
