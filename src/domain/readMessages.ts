/** Issues of reading a cell (a number typed as text, a unit written in the cell): codes and words. */
import { words, type IssueCatalogue } from "./catalogue";
import type { Bilingual } from "./issue";

export const READ_CODES = {
  /** A cell that should hold a number holds text that is not one; the cell is not used (error). */
  notANumber: "read.notANumber",
  /** A number typed as text ("1,234"), read as the number (info). */
  textNumber: "read.textNumber",
  /** A number written with a unit in the cell ("1,234 kWh"), which may not be the form's unit (warning). */
  unitInText: "read.unitInText",
} as const;

export type ReadCode = (typeof READ_CODES)[keyof typeof READ_CODES];

interface What {
  /** What the cell holds, in words ("電気 使用量" …). */
  what: Bilingual;
  /** The text as typed. */
  text: string;
}

export const READ_MESSAGES = {
  [READ_CODES.notANumber]: words<What & { ask: boolean }>(
    (a, at) =>
      `${at}（${a.what.ja}）の「${a.text}」は数値として読めません。${a.ask ? "数値を入力してください。" : ""}`,
    (a, at) => `${at} (${a.what.en}): "${a.text}" is not a number.${a.ask ? " Enter a number." : ""}`,
  ),
  [READ_CODES.textNumber]: words<What & { read: string }>(
    (a, at) =>
      `${at}（${a.what.ja}）は文字列「${a.text}」として入力されています。数値 ${a.read} として読みました。`,
    (a, at) => `${at} (${a.what.en}) holds the text "${a.text}"; read as the number ${a.read}.`,
  ),
  [READ_CODES.unitInText]: words<What>(
    (a, at) =>
      `${at}（${a.what.ja}）に単位「${a.text}」が書かれています。様式の単位と違う可能性があります（1000倍の違いに注意）。`,
    (a, at) =>
      `${at} (${a.what.en}) is written with the unit "${a.text}", which may differ from the form's unit (watch for a factor of 1000).`,
  ),
} satisfies IssueCatalogue<ReadCode>;
