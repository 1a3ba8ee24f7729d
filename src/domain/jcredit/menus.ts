/**
 * Subsidy menus and holders as forecast tables and subsidy lists write them: the short names of the
 * forecast table (太陽光発電 / 燃料電池 / LED照明 / 空調設備) and the longer ones of the subsidy list
 * (太陽光発電システム, 家庭用燃料電池システム, 省エネルギー診断に基づく設備改修（LED照明）, 管理組合等向けLED照明,
 * 管理組合等向け高効率空調機器, 事業所用高効率空調機器), with their credit class.
 */
import type { CreditClass } from "./cohort";

export type MenuKey = "solar" | "fuelCell" | "led" | "airConditioning" | "heatPump" | "storage" | "ev";

export interface MenuInfo {
  key: MenuKey;
  /** The forecast table's name. */
  short: string;
  creditClass: CreditClass;
}

const MENUS: { test: RegExp; info: MenuInfo }[] = [
  { test: /太陽光|pv|solar/i, info: { key: "solar", short: "太陽光発電", creditClass: "renewable" } },
  {
    test: /燃料電池|エネファーム|fuelcell/i,
    info: { key: "fuelCell", short: "燃料電池", creditClass: "energySaving" },
  },
  { test: /led|照明/i, info: { key: "led", short: "LED照明", creditClass: "energySaving" } },
  {
    test: /空調|エアコン|aircon/i,
    info: { key: "airConditioning", short: "空調設備", creditClass: "energySaving" },
  },
  {
    test: /給湯|エコキュート|ヒートポンプ/i,
    info: { key: "heatPump", short: "高効率給湯器", creditClass: "energySaving" },
  },
  { test: /蓄電/i, info: { key: "storage", short: "蓄電システム", creditClass: "renewable" } },
  { test: /^ev|電気自動車/i, info: { key: "ev", short: "EV", creditClass: "energySaving" } },
];

function fold(s: string): string {
  return s.normalize("NFKC").replace(/[\s\u3000]+/g, "");
}

/** The menu a label names, or null. */
export function menuOf(label: string): MenuInfo | null {
  const f = fold(label);
  if (!f) return null;
  for (const m of MENUS) if (m.test.test(f)) return m.info;
  return null;
}

export const HOLDERS = ["区民", "管理組合等", "中小企業者等"] as const;
export type Holder = (typeof HOLDERS)[number];

/** The holder a label names (exactly, or 「管理組合」「中小企業」 without 等), or null. */
export function holderOf(label: string): Holder | null {
  const f = fold(label);
  if (f === "区民" || f === "個人") return "区民";
  if (/^管理組合(等)?$/.test(f)) return "管理組合等";
  if (/^中小企業(者)?(等)?$/.test(f) || f === "事業者") return "中小企業者等";
  return null;
}
