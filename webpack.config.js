/**
 * Builds the task pane: src/taskpane/index.tsx → dist/taskpane.js, src/taskpane/taskpane.html →
 * dist/taskpane.html, and copies manifest.xml and assets/*.png into dist. In production the manifest's
 * development URLs (https://localhost:3000/) become ADDIN_PUBLIC_URL (default below; set it for a real
 * deployment). Office.js itself is not bundled: the page loads it from Microsoft's CDN.
 *
 *   npx webpack --mode production     → dist/ for deployment (no source maps)
 *   npm start                         → scripts/start.mjs: development build served on https://localhost:3000
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const DEFAULT_PUBLIC_URL = "https://example.invalid/co2-addin/";

/** The URL the production manifest points at (always ends in "/"). */
function publicUrl() {
  let url = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL (got ${url})`);
  if (!url.endsWith("/")) url += "/";
  return url;
}

/** Emits manifest.xml (URLs rewritten in production) and assets/*.png; no copy-webpack-plugin needed. */
class AddinFilesPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("AddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const root = compiler.context;
          const manifestPath = path.join(root, "manifest.xml");
          let manifest = fs.readFileSync(manifestPath, "utf8");
          if (this.options.production) manifest = manifest.split(DEV_URL).join(publicUrl());
          compilation.emitAsset("manifest.xml", new RawSource(manifest));
          compilation.fileDependencies.add(manifestPath);
          const assets = path.join(root, "assets");
          for (const name of fs.readdirSync(assets)) {
            if (!/\.(png|svg|ico)$/i.test(name)) continue;
            const file = path.join(assets, name);
            compilation.emitAsset(`assets/${name}`, new RawSource(fs.readFileSync(file)));
            compilation.fileDependencies.add(file);
          }
          compilation.contextDependencies.add(assets);
        },
      );
    });
  }
}

/** Dev-server options shared by `webpack serve` and scripts/start.mjs. `https` from office-addin-dev-certs. */
function devServerOptions(https) {
  return {
    port: DEV_PORT,
    host: "localhost",
    server: https ? { type: "https", options: https } : { type: "http" },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false } },
    allowedHosts: ["localhost"],
  };
}

function config(env = {}, argv = {}) {
  const production = (argv.mode || process.env.NODE_ENV) === "production";
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // What the first view does not need (src/taskpane/lazy.tsx) comes as chunks loaded on demand.
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative, so the same build works under any ADDIN_PUBLIC_URL path.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new AddinFilesPlugin({ production }),
    ],
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    performance: production
      ? { hints: "warning", maxEntrypointSize: 1_500_000, maxAssetSize: 1_500_000 }
      : { hints: false },
    // Only the on-demand chunks are split (their shared modules in chunks of their own); taskpane.html loads
    // one script.
    optimization: { splitChunks: { chunks: "async" } },
    stats: production ? "normal" : "minimal",
  };
}

/** webpack-cli calls this; `webpack serve` gets the HTTPS dev server with the Office dev certificates. */
module.exports = async (env, argv) => {
  const c = config(env, argv);
  if (process.env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    c.devServer = devServerOptions(await devCerts.getHttpsServerOptions());
  }
  return c;
};
module.exports.config = config;
module.exports.devServerOptions = devServerOptions;
module.exports.DEV_URL = DEV_URL;
module.exports.DEV_PORT = DEV_PORT;
module.exports.DEFAULT_PUBLIC_URL = DEFAULT_PUBLIC_URL;
