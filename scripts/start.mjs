// npm start: builds the task pane in development mode and serves it on https://localhost:3000 with the
// Office development certificate (office-addin-dev-certs), rebuilding on change. Then sideload manifest.xml.
//
//   START_HTTP=1 npm start   plain HTTP on http://localhost:3000 (browser checks only: Office needs HTTPS)
//
// office-addin-* usage data is turned off before any of those tools is loaded (see no-usage-data.mjs).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { disableOfficeAddinUsageData } from "./no-usage-data.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);
disableOfficeAddinUsageData();

const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const webpackConfig = require(path.join(ROOT, "webpack.config.js"));

const plainHttp = ["1", "true", "yes"].includes(String(process.env.START_HTTP || "").toLowerCase());

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    // Creates the CA and localhost certificate when missing or expired and trusts the CA (asks for the
    // password / sudo where the OS needs it).
    return { options: await devCerts.getHttpsServerOptions(), trusted: true };
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    console.warn(
      [
        "",
        "⚠ The Office development CA could not be installed as trusted:",
        `  ${String(e && e.message ? e.message : e).split("\n")[0]}`,
        "  Serving HTTPS with an untrusted certificate instead. Excel will not load the pane until the",
        "  certificate is trusted:",
        "   - Windows / Mac: run `npx office-addin-dev-certs install` in a terminal that may ask for admin rights;",
        `   - Linux / locked-down machines: trust ${files[0]} in your browser or OS store,`,
        "     or open https://localhost:3000/taskpane.html once in the browser that runs Excel on the web and accept it;",
        "   - for browser-only checks without Office: START_HTTP=1 npm start.",
        "",
      ].join("\n"),
    );
    if (!files.every((f) => fs.existsSync(f))) await devCerts.generateCertificates();
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { options: { ca, cert, key }, trusted: false };
  }
}

function sideloadHelp(url) {
  return [
    "",
    `CO2報告チェック task pane: ${url}taskpane.html`,
    "",
    "Sideload manifest.xml:",
    "  Excel on the web:   Home → Add-ins → More add-ins → Upload My Add-in → choose manifest.xml",
    "  Excel on Windows/Mac: npx office-addin-debugging start manifest.xml",
    "                      (fetched on demand; it is not a dependency of this project)",
    "  or a shared-folder catalog: Trust Center → Trusted Add-in Catalogs.",
    "Then Home → CO2チェック opens the pane. Ctrl+C stops the server.",
    "",
  ].join("\n");
}

async function main() {
  const config = webpackConfig.config({}, { mode: "development" });
  let server;
  let url;
  if (plainHttp) {
    server = webpackConfig.devServerOptions(null);
    url = `http://localhost:${webpackConfig.DEV_PORT}/`;
    console.warn("START_HTTP=1: plain HTTP for local browser checks; Office add-ins need HTTPS.");
  } else {
    const { options } = await httpsOptions();
    server = webpackConfig.devServerOptions(options);
    url = webpackConfig.DEV_URL;
  }
  const compiler = webpack(config);
  const devServer = new WebpackDevServer(server, compiler);
  let printed = false;
  compiler.hooks.done.tap("start", (stats) => {
    if (stats.hasErrors()) return;
    if (!printed) console.log(sideloadHelp(url));
    printed = true;
  });
  const stop = () => devServer.stop().finally(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    await devServer.start();
  } catch (e) {
    if (e && e.code === "EADDRINUSE")
      console.error(`Port ${webpackConfig.DEV_PORT} is in use: stop the other server (the manifest expects this port).`);
    else console.error(e);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
