/**
 * The words of Form 7's issues (FORM7_CODES) and of the likely causes of a mismatch (FORM7_CAUSES), in
 * Japanese and English. The checks name the code and pass the values; the text is made here.
 */
import { words, type IssueCatalogue } from "../catalogue";
import { formatDecimal } from "../format";
import type { Bilingual } from "../issue";
import { OTHER_FUEL_PLAUSIBLE } from "./coefficients";
import { FORM7_CAUSES, FORM7_CODES, type Form7Cause, type Form7Code } from "./codes";

const C = FORM7_CODES;
const fmt = formatDecimal;
const p = OTHER_FUEL_PLAUSIBLE;
const ex = p.example;

/** What the words of a cause need: its variant's figures (all as shown). */
export interface CauseArgs {
  /** electricityFromGJ: the formula the sheet seems to use. */
  formula?: string;
  /** heatRowCo2Rule: the rule the figure follows. */
  rule?: string;
  /** otherCoefficientSet: the set the figure follows. */
  set?: string;
  /** roundedNotTruncated: which figure ("parts": 総計 from two rounded parts; "intensity"); totalNotSum and followsHeldFigure: "parts" for 総計. */
  of?: "parts" | "intensity";
  /** totalNotSum: the sum of the held rows, as shown. */
  sum?: string;
  /** rowsWrong, followsHeldFigure: the wrong cells. */
  cells?: string;
}

const W = words<CauseArgs>;

/** The likely cause of a mismatch, as a clause of the mismatch's words. */
export const FORM7_CAUSE_WORDS = {
  [FORM7_CAUSES.coef0014]: W(
    "都市ガスのCO2が排出係数 0.0136 ではなく 0.014 で計算されています。",
    "city gas CO2 computed with 0.014 instead of the emission factor 0.0136.",
  ),
  [FORM7_CAUSES.roundedNotTruncated]: W(
    (a) =>
      a.of === "parts"
        ? "様式は二つの排出量をそれぞれ切り捨ててから合計しますが、四捨五入されています。"
        : a.of === "intensity"
          ? "様式は原単位を小数第1位で切り捨てますが、四捨五入されています。"
          : "様式は切り捨てですが、四捨五入（または端数のまま）になっています。",
    (a) =>
      a.of === "parts"
        ? "the two parts were rounded half up where the form truncates them before adding."
        : a.of === "intensity"
          ? "rounded half up where the form cuts the intensity at 1 decimal."
          : "rounded half up (or left unrounded) where the form truncates.",
  ),
  [FORM7_CAUSES.truncatedNotRounded]: W(
    "様式は小数第1位に四捨五入しますが、切り捨てられています。",
    "truncated where the form rounds half up (1 decimal).",
  ),
  [FORM7_CAUSES.unitTimes1000]: W(
    "正しい値の1000倍です。計算式の ÷1000 の抜けか、使用量の単位違い（kWh と 千kWh・MWh など）が考えられます。",
    "1000 times the right figure: a missing ÷ 1000, or the usage in another unit (kWh vs 千kWh/MWh).",
  ),
  [FORM7_CAUSES.unitDiv1000]: W(
    "正しい値の1000分の1です。使用量が千kWh・MWh・kL など千単位で計算された可能性があります。",
    "1/1000 of the right figure: probably computed from usage in 千kWh, MWh, kL or another thousand-unit.",
  ),
  [FORM7_CAUSES.electricityFromGJ]: W(
    (a) =>
      `電気のCO2が使用量(kWh)ではなく熱量(GJ)から計算されています（${a.formula}）。正しくは kWh ÷ 1000 × 0.489 です。`,
    (a) => `electricity CO2 computed from the heat in GJ (${a.formula}) instead of kWh ÷ 1000 × 0.489.`,
  ),
  [FORM7_CAUSES.waterInEnergy]: W(
    "水道・下水道のCO2が燃料等のCO2に含まれています。",
    "water and sewer CO2 is included in the energy CO2.",
  ),
  [FORM7_CAUSES.heatRowCo2Rule]: W(
    (a) =>
      a.rule === "primaryEnergy"
        ? "蒸気・温水・冷水のCO2が一次エネルギー換算の熱量(GJ)から計算されています（設定は「受け入れた熱量から」）。"
        : "蒸気・温水・冷水のCO2が受け入れた熱量(MJ÷1000)から計算されています（設定は「一次エネルギー換算の熱量から」）。",
    (a) =>
      a.rule === "primaryEnergy"
        ? "the heat rows' CO2 is computed on the primary-energy GJ (the setting computes it on the heat used, MJ ÷ 1000)."
        : "the heat rows' CO2 is computed on the heat used, MJ ÷ 1000 (the setting uses the primary-energy GJ).",
  ),
  [FORM7_CAUSES.otherCoefficientSet]: W(
    (a) =>
      a.set === "sheet"
        ? "シートに印刷された（公式と異なる）係数で計算されています。設定では公式の係数を使います。"
        : "公式の係数で計算されています。設定ではシートに印刷された係数を使います。",
    (a) =>
      a.set === "sheet"
        ? "computed with the coefficients printed on the sheet, which differ from the official set the settings use."
        : "computed with the official coefficients; the settings use the ones printed on the sheet.",
  ),
  [FORM7_CAUSES.intensityFromExactTotal]: W(
    "原単位が端数のある総計から計算されています。様式は整数の総計(t)×1000÷延床面積を小数第1位で切り捨てます。",
    "computed from the unrounded CO2 total; the form uses the whole-number total × 1000 ÷ floor area, cut at 1 decimal.",
  ),
  [FORM7_CAUSES.totalNotSum]: W(
    (a) =>
      a.of === "parts"
        ? `総計がシートの二つの排出量の和（${a.sum}）と一致しません。`
        : `合計がシートの各行の和（${a.sum}）と一致しません。`,
    (a) =>
      a.of === "parts"
        ? `the total is not the sum of the two parts the sheet holds (${a.sum}).`
        : `the total is not the sum of its rows as the sheet holds them (${a.sum}).`,
  ),
  [FORM7_CAUSES.rowsWrong]: W(
    (a) => `合計はシートの各行の和ですが、行の値が誤っています（${a.cells}）。`,
    (a) => `the total adds up the sheet's rows, but rows are wrong (${a.cells}).`,
  ),
  [FORM7_CAUSES.sumOfRoundedRows]: W(
    "合計が表示用に丸めた各行の和になっています。様式は端数を持った各行を合計します。",
    "the total adds the rounded rows; the form adds the full-precision rows.",
  ),
  [FORM7_CAUSES.followsHeldFigure]: W(
    (a) =>
      a.of === "parts"
        ? `総計はシートの二つの排出量の和ですが、${a.cells} の値が誤っています（先にそちらを直してください）。`
        : `シートの ${a.cells} の誤った値から計算されています（先にそちらを直してください）。`,
    (a) =>
      a.of === "parts"
        ? `the total adds the two parts the sheet holds, but ${a.cells} is wrong (fix that first).`
        : `it follows from the wrong figure in ${a.cells} (fix that first).`,
  ),
} satisfies IssueCatalogue<Form7Cause>;

/** A cause as the mismatch's words name it. */
export interface NamedCause {
  code: Form7Cause;
  args?: CauseArgs;
}

const causeText = (c: NamedCause, lang: "ja" | "en") => FORM7_CAUSE_WORDS[c.code][lang](c.args ?? {}, "");

/** The words of a problem on one of the sheet's rows: the row's or figure's name. */
interface Named {
  label: Bilingual;
}

/** The blank fields of an その他の燃料 row, in words. */
export const MISSING: Record<"unit" | "heat" | "emission", Bilingual> = {
  unit: { ja: "単位", en: "unit" },
  heat: { ja: "係数", en: "heat coefficient" },
  emission: { ja: "排出係数", en: "emission factor" },
};

export const FORM7_MESSAGES = {
  [C.mismatch]: words<Named & { found: string; expected: string; cause: NamedCause | null }>(
    (a, at) =>
      `${at}（${a.label.ja}）: シートの値 ${a.found}、正しい値 ${a.expected}。${a.cause ? `考えられる原因: ${causeText(a.cause, "ja")}` : ""}`,
    (a, at) =>
      `${at} (${a.label.en}): the sheet holds ${a.found}; it should be ${a.expected}.${a.cause ? ` Likely cause: ${causeText(a.cause, "en")}` : ""}`,
  ),
  [C.noCachedValue]: words<Named>(
    (a, at) =>
      `${at}（${a.label.ja}）の数式には計算結果が保存されていません。Excelで再計算して保存してください。`,
    (a, at) => `${at} (${a.label.en}) holds a formula with no saved result; recalculate and save in Excel.`,
  ),
  [C.valueWithoutUsage]: words<Named & { found: string }>(
    (a, at) => `${at}（${a.label.ja}）に ${a.found} がありますが、対応する使用量が空欄です。`,
    (a, at) => `${at} (${a.label.en}) holds ${a.found} but the row's usage is blank.`,
  ),
  [C.negativeUsage]: words<Named & { found: string }>(
    (a, at) => `${at}（${a.label.ja} 使用量）が負の値 ${a.found} です。`,
    (a, at) => `${at} (${a.label.en} usage) is negative: ${a.found}.`,
  ),
  [C.missingFloorArea]: words(
    "延床面積が入力されていません。原単位（kg-CO2/m²）と報告区分を求めるには延床面積が必要です。",
    "The floor area (延床面積) is missing; it is needed for the intensity and the site class.",
  ),
  [C.badFloorArea]: words<{ found: string }>(
    (a, at) => `${at} の延床面積 ${a.found} m² は正の数である必要があります。`,
    (a, at) => `${at}: the floor area ${a.found} m² must be positive.`,
  ),
  [C.tinyFloorArea]: words<{ found: string }>(
    (a, at) =>
      `${at} の延床面積 ${a.found} m² は建物の面積としてありえません。単位（m²）を確認してください。`,
    (a, at) => `${at}: a floor area of ${a.found} m² is not a building's; check the unit (m²).`,
  ),
  [C.coefficientDiffers]: words<
    Named & { coefficient: "heat" | "emission"; printed: string; official: string; sheetSet: boolean }
  >(
    (a, at) =>
      `${at}（${a.label.ja} ${a.coefficient === "heat" ? "係数" : "排出係数"}）${a.printed} は公式の値 ${a.official} と異なります（古い様式・入力ミス・別の版の可能性）。計算には${a.sheetSet ? `シートの値 ${a.printed}` : `公式の値 ${a.official}`} を使っています（設定で変更できます）。`,
    (a, at) =>
      `${at} (${a.label.en} ${a.coefficient === "heat" ? "heat coefficient" : "emission factor"}) ${a.printed} differs from the official ${a.official} (an outdated form, a typo or another edition). The figures use ${a.sheetSet ? `the sheet's ${a.printed}` : `the official ${a.official}`} (a setting).`,
  ),
  [C.otherFuelCoefficients]: words<{ missing: ("unit" | "heat" | "emission")[] }>(
    (a, at) =>
      `${at}（その他の燃料）に使用量がありますが、${a.missing.map((m) => MISSING[m].ja).join("・")}が空欄です。この行は計算に含めていません。例: ${ex.name.ja} ${ex.unit}, ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}, ${ex.emissionCoef.toFixed()} t-C/GJ。`,
    (a, at) =>
      `${at} (other fuel) has usage but no ${a.missing.map((m) => MISSING[m].en).join(", ")}; the row is left out of the figures. E.g. ${ex.name.en}: ${ex.unit}, ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}, ${ex.emissionCoef.toFixed()} t-C/GJ.`,
  ),
  [C.otherFuelImplausible]: words<{
    coefficient: "heat" | "emission";
    found: string;
    asCarbon: string | null;
  }>(
    (a, at) =>
      a.coefficient === "heat"
        ? `${at}（その他の燃料 係数）${a.found} は燃料の発熱量（使用量1000単位あたりのGJ、${fmt(p.heatCoef.min)}〜${fmt(p.heatCoef.max)} 程度）としてありそうにない値です（例: ${ex.name.ja} ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}）。`
        : `${at}（その他の燃料 排出係数）${a.found} t-C/GJ はありそうにない値です（燃料は ${fmt(p.emissionCoef.min)}〜${fmt(p.emissionCoef.max)} 程度、例: ${ex.name.ja} ${ex.emissionCoef.toFixed()}）。${a.asCarbon === null ? "" : ` t-CO2/GJ の値のようです（t-C/GJ なら ${a.asCarbon}）。`}`,
    (a, at) =>
      a.coefficient === "heat"
        ? `${at} (other fuel heat coefficient) ${a.found} is implausible for a fuel (GJ per 1000 units, about ${fmt(p.heatCoef.min)}–${fmt(p.heatCoef.max)}; e.g. ${ex.name.en} ${ex.heatCoef.toFixed()} ${ex.heatCoefUnit}).`
        : `${at} (other fuel emission factor) ${a.found} t-C/GJ is implausible (fuels are about ${fmt(p.emissionCoef.min)}–${fmt(p.emissionCoef.max)}; e.g. ${ex.name.en} ${ex.emissionCoef.toFixed()}).${a.asCarbon === null ? "" : ` It looks like t-CO2/GJ (in t-C/GJ: ${a.asCarbon}).`}`,
  ),
  [C.otherFuelUnitScale]: words<{ unit: string; coefficient: string; enterIn: string }>(
    (a, at) =>
      `${at}（その他の燃料）の単位が「${a.unit}」で係数が ${a.coefficient} です。様式は 使用量 × 係数 ÷ 1000 で計算するため、熱量・排出量が1000分の1になります。使用量を ${a.enterIn} で入力してください。`,
    (a, at) =>
      `${at} (other fuel): the unit is "${a.unit}" with a coefficient of ${a.coefficient}; the form computes usage × coefficient ÷ 1000, so heat and CO2 come out 1000 times too small. Enter the usage in ${a.enterIn}.`,
  ),
  [C.missingUnit]: words<Named & { unit: string }>(
    (a, at) => `${at}（${a.label.ja}）に使用量がありますが、単位の欄が空です（様式の単位は ${a.unit}）。`,
    (a, at) => `${at} (${a.label.en}) has usage but no unit on its row (the form's unit is ${a.unit}).`,
  ),
  [C.unitDiffers]: words<Named & { unit: string; formUnit: string; thousand: boolean }>(
    (a, at) =>
      a.thousand
        ? `${at}（${a.label.ja}）の単位が「${a.unit}」です。様式の計算は ${a.formUnit} を前提にしているため、${a.unit} の使用量では熱量・排出量が1000分の1になります。${a.formUnit} で入力してください。`
        : `${at}（${a.label.ja}）の単位「${a.unit}」は様式の単位 ${a.formUnit} と異なります。係数は ${a.formUnit} あたりの値です。`,
    (a, at) =>
      a.thousand
        ? `${at} (${a.label.en}): the unit is "${a.unit}", but the form computes in ${a.formUnit}; usage in ${a.unit} gives figures 1000 times too small. Enter it in ${a.formUnit}.`
        : `${at} (${a.label.en}): the unit "${a.unit}" is not the form's ${a.formUnit}; the coefficients are per ${a.formUnit}.`,
  ),
  [C.electricityImplausible]: words<{ kWhPerM2: string; low: boolean }>(
    (a, at) =>
      a.low
        ? `${at}: 電気使用量が延床面積あたり ${a.kWhPerM2} kWh/m²・年です。実在の建物ではまずない少なさで、千kWh や MWh で入力された可能性があります（kWh で入力してください）。`
        : `${at}: 電気使用量が延床面積あたり ${a.kWhPerM2} kWh/m²・年です。実在の建物ではまずない多さで、単位（Wh と kWh など）や延床面積を確認してください。`,
    (a, at) =>
      a.low
        ? `${at}: electricity is ${a.kWhPerM2} kWh per m² a year, far below any real building; probably typed in 千kWh or MWh (enter kWh).`
        : `${at}: electricity is ${a.kWhPerM2} kWh per m² a year, far above any real building; check the unit (Wh vs kWh) and the floor area.`,
  ),
  [C.intensityImplausible]: words<{ intensity: string }>(
    (a, at) =>
      `${at}: 原単位 ${a.intensity} kg-CO2/m² は建物としてありえない大きさです。使用量の単位や延床面積を確認してください。`,
    (a, at) =>
      `${at}: an intensity of ${a.intensity} kg-CO2/m² is beyond any building; check the usage units and the floor area.`,
  ),
  [C.doubleCount]: words(
    (_a, at) =>
      `${at}: 昼間・夜間の電気とその他の買電の両方に使用量があります。同じメーターの二重計上でないか確認してください。`,
    (_a, at) =>
      `${at}: both day/night electricity and other purchased electricity are filled; check that the same meter is not counted twice.`,
  ),
} satisfies IssueCatalogue<Form7Code>;
