/**
 * The Form 7 reader: Form 7 tables and Tokyo's (その2) sites (which print the same table and are read as
 * Form 7 with variant "tokyo"). Read and computed on each sheet; analysed once every sheet is read, since a
 * site's earlier years may stand on other sheets.
 */
import { historyFacts } from "../history/years";
import type { FormReader } from "../reader";
import { REPORT_TITLE, SONO2 } from "../tokyo/labels";
import { insideTokyo, locateTokyoSites } from "../tokyo/locate";
import { readTokyoSites } from "../tokyo/analyze";
import { form7Analysis, readForm7Tables, type Form7Found } from "./analyze";
import { TABLE_HEADER } from "./labels";

export const form7Reader: FormReader<Form7Found> = {
  name: "form7",
  wanted: (labels) =>
    labels.mentions(TABLE_HEADER) || (labels.mentions(REPORT_TITLE) && labels.mentions(SONO2)),
  read(grid, ctx) {
    // (その2) prints Form 7's table: read as (その2) there, as Form 7 elsewhere on the sheet.
    const tokyo = locateTokyoSites(grid);
    return [
      ...readTokyoSites(grid, ctx.settings, tokyo),
      ...readForm7Tables(grid, ctx.settings, (l) => insideTokyo(tokyo, l.header.row)),
    ];
  },
  analyze(found, ctx) {
    // Years (other Form 7 sheets, the 報告履歴 sheet) → the excellence level, the chart, the history row to write.
    const facts = historyFacts(found, ctx.settings, ctx.history, ctx.ownEarlier);
    return {
      forms: found.map((f) =>
        form7Analysis(f, ctx.settings, {
          ownEarlier: ctx.ownEarlier,
          benchmarkTable: ctx.benchmark,
          facts: facts.get(f),
        }),
      ),
    };
  },
};
