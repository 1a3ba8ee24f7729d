/**
 * Every area's list of issue codes with its catalogue, in one place: for the test that every code has words
 * and every issue produced uses a listed code, and for the README's table of codes. Nothing in the pane
 * imports it (each check imports only its own area's catalogue, so a lazy chunk keeps its own words).
 */
import type { IssueCatalogue } from "../domain/catalogue";
import { BENCHMARK_CODES, BENCHMARK_MESSAGES } from "../domain/benchmark/messages";
import { BENCHMARK_SHEET_CODES, BENCHMARK_SHEET_MESSAGES } from "../domain/benchmark/sheetMessages";
import { EXCELLENCE_CODES, EXCELLENCE_MESSAGES } from "../domain/excellence/messages";
import { FORM7_CODES } from "../domain/form7/codes";
import { FORM7_MESSAGES } from "../domain/form7/messages";
import { FORM8_CODES, FORM8_MESSAGES } from "../domain/form8/messages";
import { HISTORY_CODES, HISTORY_MESSAGES } from "../domain/history/messages";
import { FORECAST_CODES, FORECAST_MESSAGES } from "../domain/jcredit/forecastMessages";
import { FORECAST_SHEET_CODES, FORECAST_SHEET_MESSAGES } from "../domain/jcredit/forecastSheetMessages";
import { PRICE_SHEET_CODES, PRICE_SHEET_MESSAGES } from "../domain/jcredit/priceMessages";
import { RETURN_CODES, RETURN_MESSAGES } from "../domain/jcredit/returnMessages";
import { PUBLICATION_CODES, PUBLICATION_MESSAGES } from "../domain/publication/messages";
import { READ_CODES, READ_MESSAGES } from "../domain/readMessages";
import {
  TOKYO_BUSINESS_CODES,
  TOKYO_BUSINESS_MESSAGES,
  TOKYO_TENANT_CODES,
  TOKYO_TENANT_MESSAGES,
} from "../domain/tokyo/messages";

export interface IssueArea {
  /** The area's name in the README's table. */
  area: string;
  /** The list's name and the file that holds it (its doc comments say what each code means). */
  list: string;
  file: string;
  codes: Readonly<Record<string, string>>;
  messages: IssueCatalogue<string>;
}

export const ISSUE_AREAS: readonly IssueArea[] = [
  {
    area: "form7",
    list: "FORM7_CODES",
    file: "src/domain/form7/codes.ts",
    codes: FORM7_CODES,
    messages: FORM7_MESSAGES,
  },
  {
    area: "read",
    list: "READ_CODES",
    file: "src/domain/readMessages.ts",
    codes: READ_CODES,
    messages: READ_MESSAGES,
  },
  {
    area: "benchmark",
    list: "BENCHMARK_CODES",
    file: "src/domain/benchmark/messages.ts",
    codes: BENCHMARK_CODES,
    messages: BENCHMARK_MESSAGES,
  },
  {
    area: "benchmarkSheet",
    list: "BENCHMARK_SHEET_CODES",
    file: "src/domain/benchmark/sheetMessages.ts",
    codes: BENCHMARK_SHEET_CODES,
    messages: BENCHMARK_SHEET_MESSAGES,
  },
  {
    area: "excellence",
    list: "EXCELLENCE_CODES",
    file: "src/domain/excellence/messages.ts",
    codes: EXCELLENCE_CODES,
    messages: EXCELLENCE_MESSAGES,
  },
  {
    area: "forecast",
    list: "FORECAST_CODES",
    file: "src/domain/jcredit/forecastMessages.ts",
    codes: FORECAST_CODES,
    messages: FORECAST_MESSAGES,
  },
  {
    area: "forecastSheet",
    list: "FORECAST_SHEET_CODES",
    file: "src/domain/jcredit/forecastSheetMessages.ts",
    codes: FORECAST_SHEET_CODES,
    messages: FORECAST_SHEET_MESSAGES,
  },
  {
    area: "return",
    list: "RETURN_CODES",
    file: "src/domain/jcredit/returnMessages.ts",
    codes: RETURN_CODES,
    messages: RETURN_MESSAGES,
  },
  {
    area: "price",
    list: "PRICE_SHEET_CODES",
    file: "src/domain/jcredit/priceMessages.ts",
    codes: PRICE_SHEET_CODES,
    messages: PRICE_SHEET_MESSAGES,
  },
  {
    area: "history",
    list: "HISTORY_CODES",
    file: "src/domain/history/messages.ts",
    codes: HISTORY_CODES,
    messages: HISTORY_MESSAGES,
  },
  {
    area: "form8",
    list: "FORM8_CODES",
    file: "src/domain/form8/messages.ts",
    codes: FORM8_CODES,
    messages: FORM8_MESSAGES,
  },
  {
    area: "publication",
    list: "PUBLICATION_CODES",
    file: "src/domain/publication/messages.ts",
    codes: PUBLICATION_CODES,
    messages: PUBLICATION_MESSAGES,
  },
  {
    area: "tokyo",
    list: "TOKYO_BUSINESS_CODES",
    file: "src/domain/tokyo/messages.ts",
    codes: TOKYO_BUSINESS_CODES,
    messages: TOKYO_BUSINESS_MESSAGES,
  },
  {
    area: "tokyo",
    list: "TOKYO_TENANT_CODES",
    file: "src/domain/tokyo/messages.ts",
    codes: TOKYO_TENANT_CODES,
    messages: TOKYO_TENANT_MESSAGES,
  },
];

/** Every listed code. */
export function listedCodes(): Set<string> {
  return new Set(ISSUE_AREAS.flatMap((a) => Object.values(a.codes)));
}
