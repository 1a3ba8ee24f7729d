/** Command-line arguments of co2-check. */
import { DEFAULT_SETTINGS, readObligationRate, type Settings } from "../domain/settings";
import os from "node:os";
import { DEFAULT_CHANGE_THRESHOLD_PCT } from "./yearOverYear";

export interface CliOptions {
  json: boolean;
  write: string | null;
  summary: string | null;
  publication: string | null;
  /** --report OUT.html: the run's page (one file: its pre-submission check sheet). */
  report: string | null;
  /** --jobs N: worker threads (default: the machine's cores). */
  jobs: number;
  /** --change-threshold PCT: year-over-year changes beyond ± this are warnings (default 30). */
  changeThresholdPct: string;
  lang: "ja" | "en";
  category: number | null;
  settings: Settings;
  files: string[];
  help: boolean;
}

export const USAGE = {
  ja: `使い方: co2-check [--json] [--write 出力.xlsx|出力フォルダ] [--summary 一覧.xlsx] [--publication 公表.xlsx] [--report レポート.html] [--jobs N] [オプション] ファイルまたはフォルダ...

  --json                 結果を1つのJSONとして標準出力へ
  --write OUT            計算結果を記入したコピーを保存（元ファイルは変更しません。空欄の計算セルだけに
                         記入し、数式や入力済みの値は変えません）。ファイルが1つなら OUT がコピー。
                         複数のとき・OUT が既存フォルダのときは OUT をフォルダとして、指定したファイルは
                         OUT/ファイル名、フォルダ内のファイルは OUT/フォルダ内の相対パス に保存します。
                         入力ファイルの上書きや、コピー同士の上書きはしません
  --summary OUT.xlsx     様式ごとに1行の一覧ブックを作成（区の職員向け。ファイル順・シート順、フィルター付き）
  --publication OUT.xlsx  第7号様式の事業所ごとに1行の公表一覧ブックを作成（報告年月日・事業所番号・名称・
                         所在地・延べ面積・主たる用途・CO2総量・原単位・取組内容、ファイルとシート。CO2は
                         様式の報告値。空欄の公表項目も示します）。入力ファイルには書き込みません
  --report OUT.html      1ページのHTMLレポートを作成（ネットワーク不要・A4で印刷可）。区分ごとの原単位とランク
                         の帯、ランクの件数、排出量の多い事業所、前年比、未報告の報告義務事業所、読めない
                         ファイル。ファイルが1つなら提出前チェックシート（数値とセル、指摘と原因、ランク）
  --jobs N               N個のワーカースレッドで並列に確認（既定: CPUコア数）。結果・順序・終了コードは同じ
  --change-threshold PCT  前年比でこの%を超える増減を警告（既定: 30）
  --lang ja|en           表示言語（既定: ja）
  --category N           ベンチマーク区分（1〜30）を指定
  --coefficients official|sheet   計算に使う係数（既定: official）
  --heat-co2 heatUsed|primaryEnergy   熱（蒸気・温水・冷水）のCO2の計算基準（既定: heatUsed）
  --tokyo-tenant separate|included   (その2) ※2 の⑫をその他の買電と別に合計へ加える（separate、既定）か、
                         その他の買電に含まれているとみなす（included）
  --tokyo-tenant-rounding halfUp|truncate   ※2 の⑪〜⑬を比べる丸め（既定: halfUp、表の行と同じ）
  --tokyo-report / --tokyo-cap-and-trade   都の制度の対象事業所として扱う
  --obligation-rate PCT  キャップ＆トレードの削減義務率（%）。優秀水準の基準は これ＋年1%
                         （未指定ならキャップ＆トレード対象事業所の優秀水準は判定しません）

第8号様式（提出書）の一覧の事業所は、同じフォルダのファイル（この実行の入力）の第7号様式と照合し、
どのファイルにもない事業所を最後にまとめて示します。

終了コード: 0 問題なし / 1 エラーあり / 2 読めないファイル・様式のないファイル・保存しなかったコピーがある、または引数の誤り
（読めないファイルがあっても、ほかのファイルは最後まで確認します）`,
  en: `Usage: co2-check [--json] [--write OUT.xlsx|OUT-DIR] [--summary LIST.xlsx] [--publication PUB.xlsx] [--report OUT.html] [--jobs N] [options] FILE-OR-FOLDER...

  --json                 one JSON document on stdout
  --write OUT            save a copy with the empty computed cells filled (the input is never modified,
                         formulas and typed values are left alone). One file: OUT is the copy. Several
                         files, or OUT an existing folder: OUT is a folder; a file given by name goes to
                         OUT/<name>, a file found in a folder to OUT/<its path inside that folder>. No copy
                         is written over an input or over another file's copy
  --summary OUT.xlsx     a workbook with one row per form (for ward staff; by file and sheet, filtered)
  --publication OUT.xlsx  the publication list: one row per Form 7 site with the published items (date of
                         report, site number, name, address, floor area, main use, CO2 total, intensity,
                         measures), its file and sheet, and the published items left blank; CO2 as the form
                         reports it. Never written over an input
  --report OUT.html      one self-contained HTML page (no network, prints on A4): every site's intensity
                         against its category's bands, rank counts, the largest emitters, year-over-year
                         changes, must-report sites missing, unreadable files. One file: its
                         pre-submission check sheet (figures with cells, findings with causes, standing)
  --jobs N               check files in N worker threads (default: the machine's cores); same results,
                         order and exit code as one
  --change-threshold PCT  year-over-year changes beyond ± PCT % are warnings (default 30)
  --lang ja|en           language (default ja)
  --category N           benchmark category (1-30)
  --coefficients official|sheet   which coefficients figures use (default official)
  --heat-co2 heatUsed|primaryEnergy   CO2 basis of the heat rows (default heatUsed)
  --tokyo-tenant separate|included   (その2) ※2: add ⑫ to the totals beside その他の買電 (separate, the
                         default), or take it as already typed into その他の買電 (included)
  --tokyo-tenant-rounding halfUp|truncate   how ※2's ⑪–⑬ are compared (default halfUp, as the rows)
  --tokyo-report / --tokyo-cap-and-trade   treat the sites as Tokyo scheme targets
  --obligation-rate PCT  the cap-and-trade reduction-obligation rate (%); the excellence threshold is
                         this + 1 % a year (without it a cap-and-trade site's level is not judged)

The sites listed on a Form 8 (cover sheet) are matched against the Form 7s in the files of the same
folder among this run's inputs; the sites found in none are listed at the end.

Exit code: 0 no error / 1 errors found / 2 a file could not be read, had no form or its copy was not
saved, or wrong arguments (the other files are still checked)`,
};

/** The default of --jobs: the machine's cores. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

export class ArgsError extends Error {}

/** `--flag=value` is taken as `--flag value`. */
function splitEquals(argv: readonly string[]): string[] {
  return argv.flatMap((a) => {
    const m = /^(--[a-z-]+)=(.*)$/.exec(a);
    return m ? [m[1], m[2]] : [a];
  });
}

export function parseArgs(raw: readonly string[]): CliOptions {
  const argv = splitEquals(raw);
  const o: CliOptions = {
    json: false,
    write: null,
    summary: null,
    publication: null,
    report: null,
    jobs: defaultJobs(),
    changeThresholdPct: DEFAULT_CHANGE_THRESHOLD_PCT,
    lang: "ja",
    category: null,
    settings: { ...DEFAULT_SETTINGS },
    files: [],
    help: false,
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--") || v === "") throw new ArgsError(`${flag} needs a value`);
    return v;
  };
  /** The value after `flag`, one of `choices` ("--flag takes a or b" otherwise). */
  const oneOf = <T extends string>(i: number, flag: string, choices: readonly [T, T]): T => {
    const v = value(i, flag);
    if (!(choices as readonly string[]).includes(v))
      throw new ArgsError(`${flag} takes ${choices[0]} or ${choices[1]}`);
    return v as T;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--json":
        o.json = true;
        break;
      case "--write":
        o.write = value(i++, a);
        break;
      case "--summary":
        o.summary = value(i++, a);
        break;
      case "--publication":
        o.publication = value(i++, a);
        break;
      case "--report":
        o.report = value(i++, a);
        break;
      case "--jobs": {
        const n = Number(value(i++, a));
        if (!Number.isInteger(n) || n < 1 || n > 256)
          throw new ArgsError("--jobs takes a whole number from 1");
        o.jobs = n;
        break;
      }
      case "--change-threshold": {
        const v = value(i++, a);
        if (!/^\d{1,3}(\.\d{1,2})?$/.test(v) || Number(v) === 0)
          throw new ArgsError("--change-threshold takes a percentage such as 30 or 12.5");
        o.changeThresholdPct = v;
        break;
      }
      case "--lang": {
        const v = oneOf(i++, a, ["ja", "en"]);
        o.lang = v;
        o.settings.language = v;
        break;
      }
      case "--category": {
        const n = Number(value(i++, a));
        if (!Number.isInteger(n) || n < 1 || n > 30)
          throw new ArgsError("--category takes a number from 1 to 30");
        o.category = n;
        o.settings.benchmarkCategory = n;
        break;
      }
      case "--coefficients":
        o.settings.coefficientSet = oneOf(i++, a, ["official", "sheet"]);
        break;
      case "--heat-co2":
        o.settings.heatRowCo2 = oneOf(i++, a, ["heatUsed", "primaryEnergy"]);
        break;
      case "--tokyo-tenant":
        o.settings.tokyoTenantInOtherPurchase = oneOf(i++, a, ["separate", "included"]);
        break;
      case "--tokyo-tenant-rounding":
        o.settings.tokyoTenantRounding = oneOf(i++, a, ["halfUp", "truncate"]);
        break;
      case "--tokyo-report":
        o.settings.tokyoReportTarget = true;
        break;
      case "--tokyo-cap-and-trade":
        o.settings.tokyoCapAndTradeTarget = true;
        break;
      case "--obligation-rate": {
        const rate = readObligationRate(value(i++, a));
        if (!rate) throw new ArgsError("--obligation-rate takes a percentage such as 27 or 25.5");
        o.settings.capAndTradeObligationRatePct = rate;
        break;
      }
      case "-h":
      case "--help":
        o.help = true;
        break;
      default:
        if (a.startsWith("-") && a !== "-") throw new ArgsError(`unknown option ${a}`);
        o.files.push(a);
    }
  }
  if (!o.help && o.files.length === 0) throw new ArgsError("no file given");
  return o;
}
