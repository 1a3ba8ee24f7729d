/**
 * The command line's words in the one catalogue form (domain/catalogue.ts: key → {ja, en}): the text report
 * (REPORT_WORDS, report.ts) and the rest of the run — messages, report facts, the summary and
 * year-over-year sheets (CLI_WORDS). The HTML report keeps its own table (htmlReport.ts).
 */
import { byLanguage, type Catalogue } from "../domain/catalogue";

export const REPORT_WORDS = {
  severity: {
    ja: { error: "エラー", warning: "警告", info: "情報" },
    en: { error: "error", warning: "warning", info: "info" },
  },
  noFloorArea: { ja: "（延床面積なし）", en: "(no floor area)" },
  noName: { ja: "（名称なし）", en: "(no name)" },
  floorArea: { ja: "延床面積", en: "floor area" },
  tokyoSite: { ja: "都 地球温暖化対策報告書（その2）", en: "Tokyo report (その2)" },
  form7: { ja: "第7号様式", en: "Form 7" },
  form7Head: {
    ja: (title: string, sheet: string, name: string) => `■ ${title} シート「${sheet}」 ${name}`,
    en: (title: string, sheet: string, name: string) => `■ ${title}, sheet "${sheet}": ${name}`,
  },
  siteClass: { ja: "区分", en: "Class" },
  benchmark: { ja: "ベンチマーク", en: "Benchmark" },
  category: { ja: "区分", en: "category" },
  rank: { ja: "ランク", en: "rank" },
  breakdown: { ja: "内訳（使用量のセル）", en: "Breakdown (usage cell)" },
  noneTicked: { ja: "（チェックなし）", en: "(none ticked)" },
  tickedJoin: { ja: "・", en: ", " },
  fiscalYear: { ja: "年度", en: "Fiscal year" },
  ownership: { ja: "所有形態", en: "Ownership" },
  mainUse: { ja: "主たる用途", en: "Main use" },
  suggestedCategory: { ja: "ベンチマーク区分の候補", en: "Suggested benchmark category" },
  tenantEstimate: { ja: "テナント等の推計（※2、合計に含む）", en: "Tenant estimate (※2, in the totals)" },
  renewable: { ja: "再生可能エネルギーの利用状況", en: "Renewable energy used" },
  businessHead: {
    ja: (sheet: string, name: string, number: string | null) =>
      `■ 都 地球温暖化対策報告書（その1） シート「${sheet}」 ${name} ${number !== null ? `事業者番号 ${number}` : ""}`.trimEnd(),
    en: (sheet: string, name: string, number: string | null) =>
      `■ Tokyo report (その1), sheet "${sheet}" ${name} ${number !== null ? `business no. ${number}` : ""}`.trimEnd(),
  },
  floorAreaLower: { ja: "延床面積", en: "floor area" },
  intensityLower: { ja: "原単位", en: "intensity" },
  co2ReductionRate: { ja: "CO2排出量の平均削減率", en: "Average CO2 reduction rate" },
  intensityImprovementRate: { ja: "原単位の平均改善率", en: "average intensity improvement rate" },
  returnHead: {
    ja: (sheet: string, at: string) => `■ 還元額の表（表2） シート「${sheet}」 (${at})`,
    en: (sheet: string, at: string) => `■ Return table (Table 2), sheet "${sheet}" (${at})`,
  },
  reduction: { ja: "削減量 計", en: "Reduction" },
  yen: { ja: "円", en: "yen" },
  forecastHead: {
    ja: (sheet: string, at: string) => `■ J-クレジット認証量の表 シート「${sheet}」 (${at})`,
    en: (sheet: string, at: string) => `■ J-Credit forecast table, sheet "${sheet}" (${at})`,
  },
  rows: { ja: "行", en: "rows" },
  otherHead: {
    ja: (kind: string, sheet: string, at: string) => `■ ${kind} シート「${sheet}」 (${at})`,
    en: (kind: string, sheet: string, at: string) => `■ ${kind}, sheet "${sheet}" (${at})`,
  },
  tally: {
    ja: (c: { error: number; warning: number; info: number }) =>
      `  エラー ${c.error} 件・警告 ${c.warning} 件・情報 ${c.info} 件`,
    en: (c: { error: number; warning: number; info: number }) =>
      `  ${c.error} errors, ${c.warning} warnings, ${c.info} notes`,
  },
  form8Sheet: {
    ja: (sheet: string, at: string, sites: number) => [
      `■ 第8号様式 シート「${sheet}」 (${at})`,
      `  一覧の事業所 ${sites} 件（同じフォルダの第7号様式との照合は最後に表示します）`,
    ],
    en: (sheet: string, at: string, sites: number) => [
      `■ Form 8, sheet "${sheet}" (${at})`,
      `  ${sites} sites listed (matched against the Form 7s of the same folder at the end)`,
    ],
  },
  form8Match: {
    ja: "■ 第8号様式の一覧と第7号様式の照合（同じフォルダのファイル）",
    en: "■ Form 8 lists matched against the Form 7s in the same folder",
  },
  form8AllFound: {
    ja: (sites: number) => `  一覧の ${sites} 事業所すべてに、同じフォルダのファイルに第7号様式があります。`,
    en: (sites: number) => `  all ${sites} listed sites have their Form 7 in a file of the same folder.`,
  },
  businessSums: {
    ja: "■ 都（その1）の合計と同じフォルダの（その2）事業所の合計",
    en: "■ Tokyo (その1) totals against the (その2) sites in the same folder",
  },
} satisfies Catalogue;

const CLI_CATALOGUE = {
  noWorkbook: { ja: "co2-check: ブックが見つかりません。\n", en: "co2-check: no workbook found.\n" },
  cannotSave: {
    ja: (what: { ja: string; en: string }) => `${what.ja}を保存できません`,
    en: (what: { ja: string; en: string }) => `cannot save ${what.en}`,
  },
  warning: { ja: "警告", en: "warning" },
  yearOverYearHead: {
    ja: "■ 前年比と未報告（この実行のファイル）",
    en: "■ Year over year and missing reports (this run's files)",
  },
  cannotRead: { ja: "読み取れません", en: "cannot read" },
  copyNotSaved: { ja: "コピーを保存していません", en: "copy not saved" },
  site: { ja: "事業所等の名称", en: "Site" },
  siteNo: { ja: "事業所番号", en: "Site no." },
  floorArea: { ja: "延床面積 (m²)", en: "Floor area (m²)" },
  period: { ja: "エネルギー使用期間", en: "Energy-use period" },
  siteClass: { ja: "区分", en: "Class" },
  yearsJoin: { ja: "・", en: ", " },
  excellentVerdict: { ja: ["該当", "非該当", "判定なし"], en: ["met", "not met", "not judged"] },
  judged: { ja: ["済", "未"], en: ["yes", "no"] },
  summarySheet: { ja: "一覧", en: "Summary" },
  publicationSheet: { ja: "公表一覧", en: "Publication list" },
  measures: { ja: "取組内容", en: "measures" },
  listJoin: { ja: "、", en: ", " },
  wardSheet: { ja: "区ベンチマーク", en: "Ward benchmark" },
  changesSheet: { ja: "前年比", en: "Year over year" },
  changesHead: {
    ja: [
      "事業所等の名称",
      "事業所番号",
      "前年度",
      "前年度のファイル",
      "年度",
      "ファイル",
      "CO2 総計 前年度(t)",
      "CO2 総計(t)",
      "増減(t)",
      "増減(%)",
      "原単位 前年度(kg-CO2/m²)",
      "原単位(kg-CO2/m²)",
      "増減(kg-CO2/m²)",
      "増減(%)",
      "警告",
    ],
    en: [
      "Site",
      "Site no.",
      "Earlier FY",
      "Earlier file",
      "FY",
      "File",
      "CO2 total earlier (t)",
      "CO2 total (t)",
      "Change (t)",
      "Change (%)",
      "Intensity earlier (kg-CO2/m²)",
      "Intensity (kg-CO2/m²)",
      "Change (kg-CO2/m²)",
      "Change (%)",
      "Warning",
    ],
  },
  missingSheet: { ja: "未報告", en: "Missing" },
  missingHead: {
    ja: ["事業所等の名称", "事業所番号", "前年度", "前年度のファイル", "シート", "報告のない年度"],
    en: ["Site", "Site no.", "Last FY reported", "Its file", "Sheet", "FY not reported"],
  },
  totalsSheet: { ja: "区の合計", en: "Ward totals" },
  totalsHead: {
    ja: [
      "区分番号",
      "ベンチマーク区分",
      "年度",
      "事業所数",
      "CO2 総計(t)",
      "延床面積(m²)",
      "原単位(kg-CO2/m²)",
    ],
    en: [
      "Category",
      "Benchmark category",
      "FY",
      "Sites",
      "CO2 total (t)",
      "Floor area (m²)",
      "Intensity (kg-CO2/m²)",
    ],
  },
  noCategory: { ja: "（区分なし）", en: "(no category)" },
} satisfies Catalogue;

/** The command line's other words, by language. */
export const CLI_WORDS = byLanguage(CLI_CATALOGUE);
