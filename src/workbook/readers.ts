/**
 * Every kind of form the add-in reads, in the order they are read: a reader sees what the ones above it
 * established (the benchmark table, the history, the forms analysed so far). Within a sheet the forms are
 * listed in this order too.
 */
import { benchmarkReader } from "./benchmark/reader";
import { form7Reader } from "./form7/reader";
import { form8Reader } from "./form8/reader";
import { historyReader } from "./history/reader";
import { creditForecastReader, forecastSheetReader, returnTableReader } from "./jcredit/reader";
import { priceReader } from "./jcredit/workbookPrices";
import type { FormReader } from "./reader";
import { tokyoBusinessReader } from "./tokyo/reader";

// Each reader's found things stay inside its own read → analyze; the list itself needs no type for them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const READERS: readonly FormReader<any>[] = [
  benchmarkReader,
  priceReader,
  historyReader,
  form7Reader,
  forecastSheetReader,
  creditForecastReader,
  returnTableReader,
  tokyoBusinessReader,
  form8Reader,
];
