/** The words of the page shown outside Excel (OutsideExcel.tsx), Japanese first. */
import type { Lang } from "./i18n";

/** Why the pane cannot run: office.js did not load, or it loaded outside Excel (a browser, another app). */
export type OutsideReason = "noOfficeJs" | "notExcel";

const ja = {
  title: "CO2報告チェック（Excel アドイン）",
  reason: (r: OutsideReason, host: string | null) =>
    r === "noOfficeJs"
      ? "Office と連携するための Microsoft のスクリプト（office.js）を読み込めませんでした。Excel の中で開いている場合は、ネットワークの接続を確かめてから作業ウィンドウを開き直してください。"
      : host
        ? `このアドインは Excel 専用です（いまは ${host} の中で開かれています）。`
        : "このページは Excel の作業ウィンドウで動くアドインです。ブラウザーで直接開いても使えません。",
  what: "港区の地球温暖化対策報告書（第7号様式）、J-クレジット認証量の想定表、福岡市の還元額の表をブックから読み取り、CO2 排出量や原単位を計算して、記入内容をセルごとにチェックします。",
  howTitle: "Excel に読み込む手順",
  manifest: ["アドインの定義ファイル ", " を保存します（このページと同じ場所にあります）。"] as [
    string,
    string,
  ],
  web: "Excel on the web: 「ホーム」→「アドイン」→「その他のアドイン」→「個人用アドインをアップロード」で manifest.xml を選びます。",
  desktop:
    "Windows / Mac の Excel: 組織の管理者が配布するか、共有フォルダーを「信頼できるアドイン カタログ」に登録して manifest.xml を置きます（開発者は npx office-addin-debugging start manifest.xml でも読み込めます）。",
  open: "リボンの「ホーム」タブに表示される「CO2チェック」を押すと、この作業ウィンドウが開きます。",
  privacy: "ブックの内容は外部に送信されません。",
};

type Words = typeof ja;

const en: Words = {
  title: "CO2 report check (an Excel add-in)",
  reason: (r, host) =>
    r === "noOfficeJs"
      ? "Microsoft's script for working with Office (office.js) could not be loaded. If this is open inside Excel, check the network connection and open the task pane again."
      : host
        ? `This add-in works in Excel only (it is open in ${host} now).`
        : "This page is an add-in that runs in Excel's task pane; opened on its own in a browser it cannot work.",
  what: "It reads Minato City's Form 7, J-Credit forecast tables and Fukuoka return tables from a workbook, computes the CO2 figures and intensities, and checks what the sheets hold, cell by cell.",
  howTitle: "Loading it into Excel",
  manifest: ["Save the add-in's manifest, ", " (it is next to this page)."] as [string, string],
  web: "Excel on the web: Home → Add-ins → More add-ins → Upload My Add-in, then choose manifest.xml.",
  desktop:
    "Excel on Windows or Mac: your administrator deploys it, or put manifest.xml in a shared folder registered as a Trusted Add-in Catalog (developers: npx office-addin-debugging start manifest.xml).",
  open: "Press CO2チェック on the ribbon's Home tab to open this task pane.",
  privacy: "Nothing in the workbook is sent anywhere.",
};

export const OUTSIDE_WORDS: Record<Lang, Words> = { ja, en };
