/** Words of Tokyo's (その2) facts and the (その1) card, Japanese first. */
import type { Lang } from "../i18n";

const ja = {
  sono2: "東京都 地球温暖化対策報告書（その2）",
  sono1: "東京都 地球温暖化対策報告書（その1）",
  fiscalYear: (fy: number) => `${fy}年度の状況`,
  ownership: "所有形態",
  mainUse: "主たる用途",
  none: "（チェックなし）",
  owner: { self: "自己所有", other: "他者所有" },
  extent: { whole: "建物の全部", partTenant: "建物の一部（テナント）", partOther: "建物の一部（その他）" },
  suggested: (n: number, name: string) => `ベンチマーク区分の候補: ${n} ${name}`,
  tenant: "テナント等の推計（※2）",
  tenantLine: (gj: string, kwh: string, t: string) => `⑪ ${gj} GJ ・ ⑫ ${kwh} kWh ・ ⑬ ${t} t（合計に含む）`,
  renewable: "再生可能エネルギーの利用状況",
  businessNumber: "事業者番号",
  year: "年度",
  co2: "CO2排出量 (t)",
  area: "延床面積 (m²)",
  intensity: "原単位 (kg-CO2/m²)",
  co2Rate: "CO2排出量の平均削減率",
  intensityRate: "原単位の平均改善率",
};

type Words = typeof ja;

const en: Words = {
  sono2: "Tokyo global-warming report (その2, per site)",
  sono1: "Tokyo global-warming report (その1, per business)",
  fiscalYear: (fy: number) => `FY${fy}`,
  ownership: "Ownership",
  mainUse: "Main use",
  none: "(none ticked)",
  owner: { self: "Owned", other: "Not owned" },
  extent: { whole: "Whole building", partTenant: "Part (tenant)", partOther: "Part (other)" },
  suggested: (n: number, name: string) => `Suggested benchmark category: ${n} ${name}`,
  tenant: "Tenant estimate (※2)",
  tenantLine: (gj: string, kwh: string, t: string) => `⑪ ${gj} GJ · ⑫ ${kwh} kWh · ⑬ ${t} t (in the totals)`,
  renewable: "Renewable energy used",
  businessNumber: "Business number",
  year: "FY",
  co2: "CO2 (t)",
  area: "Floor area (m²)",
  intensity: "Intensity (kg-CO2/m²)",
  co2Rate: "Average CO2 reduction rate",
  intensityRate: "Average intensity improvement rate",
};

export const TOKYO_WORDS: Record<Lang, Words> = { ja, en };
