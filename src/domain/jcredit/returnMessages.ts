/**
 * Issues of a return table (還元額の表): codes and words, used by its checks (returnCheck.ts) and its
 * reader (src/workbook/jcredit/returnTableSheet.ts, which reports a cell that is not a number as
 * READ_CODES.notANumber with `ask: false`).
 */
import { words, type IssueCatalogue } from "../catalogue";

export const RETURN_CODES = {
  /** A return rate below 1 without a % format, read as a fraction (0.5 → 50 %) (info). */
  rateAsFraction: "return.rateAsFraction",
  /** A printed amount (A, B, or the 計 row's) differs from the recomputed one (error). */
  mismatch: "return.mismatch",
  /** A printed reduction differs from the one recomputed from Table 1 and the preconditions (warning). */
  reductionDiffers: "return.reductionDiffers",
  /** A row with no reduction that Table 1 cannot give either (warning). */
  noReduction: "return.noReduction",
  /** A price but no return rate, so no B (warning). */
  noRate: "return.noRate",
  /** An amount without a price; rows without a price count zero (warning). */
  amountWithoutPrice: "return.amountWithoutPrice",
  /** No row of the table has a price yet, so every A and B counts zero (info). */
  noPrice: "return.noPrice",
  /** Some preconditions are not on the sheet; Fukuoka's values are used (info). */
  defaultPreconditions: "return.defaultPreconditions",
} as const;

export type ReturnCode = (typeof RETURN_CODES)[keyof typeof RETURN_CODES];

export const RETURN_MESSAGES = {
  [RETURN_CODES.rateAsFraction]: words<{ what: string; value: string; percent: string }>(
    (a, at) => `${at}（${a.what}）の ${a.value} は割合とみなし、${a.percent}% として読みました。`,
    (a, at) => `${at} (${a.what}): ${a.value} read as a fraction, ${a.percent} %.`,
  ),
  [RETURN_CODES.mismatch]: words<{ what: string; found: string; expected: string }>(
    (a, at) => `${at}（${a.what}）: シートの値は ${a.found}、計算すると ${a.expected} です。`,
    (a, at) => `${at} (${a.what}): the sheet holds ${a.found}; it works out at ${a.expected}.`,
  ),
  [RETURN_CODES.reductionDiffers]: words<{ label: string; printed: string; rounded: string; exact: string }>(
    (a, at) =>
      `${at}（${a.label}）の削減量 ${a.printed} t は、表1と前提条件から求めた ${a.rounded} t（${a.exact} t を丸め）と異なります。`,
    (a, at) =>
      `${at} (${a.label}): the printed reduction ${a.printed} t differs from ${a.rounded} t recomputed from Table 1 and the preconditions (${a.exact} t before rounding).`,
  ),
  [RETURN_CODES.noReduction]: words<{ label: string }>(
    (a, at) => `${at}（${a.label}）の削減量がなく、表1からも求められません。`,
    (a, at) => `${at} (${a.label}): no reduction, and Table 1 does not give one.`,
  ),
  [RETURN_CODES.noRate]: words<{ label: string }>(
    (a, at) => `${at}（${a.label}）: 単価はありますが還元率がないため B を計算できません。`,
    (a, at) => `${at} (${a.label}): a price but no return rate, so B cannot be worked out.`,
  ),
  [RETURN_CODES.amountWithoutPrice]: words<{ label: string; amount: string }>(
    (a, at) =>
      `${at}（${a.label}）: 単価がないのに金額 ${a.amount} が入っています。単価のない項目は算出しません（0 とします）。`,
    (a, at) =>
      `${at} (${a.label}): an amount of ${a.amount} without a price. Rows without a price are not credited (count zero).`,
  ),
  [RETURN_CODES.noPrice]: words<{ rows: number }>(
    (a, at) =>
      `${at}（単価）: 表の ${a.rows} 行のどれにも単価（円/t）がないため、A と B は求めていません（単価のない行は 0 として数えます）。単価を入れると計算します。`,
    (a, at) =>
      `${at} (price): none of the table's ${a.rows} rows has a price (yen/t), so no A or B is worked out (rows without a price count zero). Enter the prices to have them worked out.`,
  ),
  [RETURN_CODES.defaultPreconditions]: words(
    "前提条件（1kWあたり年間発電量・排出係数・認証対象期間）の一部がシートに見つからないため、福岡市の表の値（1,200 kWh、0.000423、8年）を使っています。",
    "Some preconditions (kWh per kW, grid factor, crediting years) are not on the sheet; Fukuoka's values (1,200 kWh, 0.000423, 8 years) are used.",
  ),
} satisfies IssueCatalogue<ReturnCode>;
