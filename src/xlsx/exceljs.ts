/**
 * exceljs's Workbook class and its cell-value types, required from the modules that define them. The
 * package's entry (lib/exceljs.nodejs.js) exports these very objects, but it also loads the streaming
 * reader and writer (unzipper, archiver and their dependencies), which nothing here uses: 310–400 ms to
 * require the entry against about 145 ms for the Workbook, paid by every start of the command line and by
 * each --jobs thread. Elsewhere exceljs is imported for its types only (the lint rule says so).
 */
import type ExcelJS from "exceljs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook: typeof ExcelJS.Workbook = require("exceljs/lib/doc/workbook");
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const ValueType: typeof ExcelJS.ValueType = require("exceljs/lib/doc/enums").ValueType;
