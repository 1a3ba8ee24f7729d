/**
 * The ward's publication list (--publication): one row per Form 7 site with what the ward publishes
 * (spec form7.md §6) — the items of the publication sheet (publicationLayout: 報告年月日 as the form's dated
 * line shows it, 事業所番号, 名称, 所在地, 延べ面積, 主たる用途, CO2 総量, 原単位), the measures taken, the file
 * and sheet, and which published items the form leaves blank. CO2 figures are those the form reports (result.reported), taken through
 * publicationLayout, never recomputed here.
 */
import { Workbook } from "../xlsx/exceljs";
import type { FormAnalysis } from "../app/analyze";
import type { Form7Analysis } from "../workbook/analysis";
import {
  MEASURES_LABEL,
  PUBLICATION_ITEMS,
  publicationLayout,
  type PublicationItem,
  type PublicationLayout,
} from "../workbook/publication/publicationSheet";
import { CLI_WORDS } from "./reportWords";
import { RowTable, saveWorkbook, type Cell, type Column } from "./tableWorkbook";

/** What one row is made from: a Form 7 of a file, laid out as its publication sheet. */
export interface PublicationRow {
  file: string;
  form: Form7Analysis;
  layout: PublicationLayout;
  /** 取組内容, one a line (Form 7 does not hold them: none yet). */
  measures: readonly string[];
  lang: "ja" | "en";
}

const WIDTH: Record<PublicationItem, number> = {
  reportDate: 14,
  siteNumber: 12,
  siteName: 28,
  address: 32,
  floorArea: 14,
  mainUse: 16,
  co2Total: 14,
  co2Intensity: 14,
};

function itemValue(row: PublicationRow, key: PublicationItem): Cell {
  const v = row.layout.values[row.layout.rows[key]][1];
  return typeof v === "string" || typeof v === "number" ? v : null;
}

export const PUBLICATION_COLUMNS: Column<PublicationRow>[] = [
  { key: "file", ja: "ファイル", en: "File", width: 36, value: (r) => r.file },
  { key: "sheet", ja: "シート", en: "Sheet", width: 16, value: (r) => r.form.sheet },
  ...PUBLICATION_ITEMS.map((item): Column<PublicationRow> => ({
    key: item.key,
    ja: item.unit ? `${item.ja}（${item.unit}）` : item.ja,
    en: item.unit ? `${item.en} (${item.unit.replace("/年", "/year")})` : item.en,
    width: WIDTH[item.key],
    numFmt: item.numberFormat ?? undefined,
    value: (r) => itemValue(r, item.key),
  })),
  {
    key: "measures",
    ja: MEASURES_LABEL,
    en: "Measures taken",
    width: 40,
    value: (r) => (r.measures.length > 0 ? r.measures.join("\n") : null),
  },
  {
    key: "blank",
    ja: "空欄の公表項目",
    en: "Blank published items",
    width: 40,
    value: (r) => {
      const blank = r.layout.blank.map((key) => PUBLICATION_ITEMS.find((p) => p.key === key)![r.lang]);
      if (r.measures.length === 0) blank.push(CLI_WORDS[r.lang].measures);
      return blank.length > 0 ? blank.join(CLI_WORDS[r.lang].listJoin) : null;
    },
  },
];

/** The publication rows of a file's Form 7 sites, as plain cells. */
export function publicationRows(
  file: string,
  forms: readonly FormAnalysis[],
  lang: "ja" | "en",
  columns: readonly Column<PublicationRow>[] = PUBLICATION_COLUMNS,
): Cell[][] {
  return forms.flatMap((f) => {
    if (f.kind !== "form7") return [];
    const measures: string[] = [];
    const layout = publicationLayout({
      site: f.form.input.site,
      result: f.result,
      reportDate: f.form.input.site.reportDate?.value ?? null,
      measures,
      anchor: f.anchor,
    });
    const row: PublicationRow = { file, form: f, layout, measures, lang };
    return [columns.map((c) => c.value(row))];
  });
}

export class PublicationBuilder {
  /** Rows are built as files come in, so no workbook's analysis is kept. */
  private readonly table: RowTable<PublicationRow>;
  constructor(
    private readonly lang: "ja" | "en",
    private readonly columns: readonly Column<PublicationRow>[] = PUBLICATION_COLUMNS,
  ) {
    this.table = new RowTable(columns, lang);
  }

  /** The Form 7 sites of a file that was read. */
  add(file: string, forms: readonly FormAnalysis[]): void {
    this.addRows(publicationRows(file, forms, this.lang, this.columns));
  }

  /** Rows already made (where the file was checked). */
  addRows(rows: readonly Cell[][]): void {
    for (const r of rows) this.table.addRow(r);
  }

  /** Rows sorted by file, then sheet. */
  sorted(): Cell[][] {
    return this.table.sorted();
  }

  async save(out: string): Promise<void> {
    const wb = new Workbook();
    this.table.addSheet(wb, CLI_WORDS[this.lang].publicationSheet);
    await saveWorkbook(wb, out);
  }
}
