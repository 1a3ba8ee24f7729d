import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "lib", "coverage", "test-artifacts", "**/*.js", "**/*.mjs", ".bench-tmp", ".stryker-tmp", "reports"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/taskpane/**", "**/excel/**", "**/cli/**", "react", "exceljs"], message: "domain and workbook code stay free of UI, Excel and I/O" }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**", "src/excel/**", "src/cli/**", "src/xlsx/**", "test/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // exceljs's entry also loads its streaming reader and writer (about 0.2 s a start): src/xlsx/exceljs.ts
    // gives the Workbook from the module that defines it; elsewhere in src exceljs is imported for its types.
    files: ["src/cli/**", "src/xlsx/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", allowTypeImports: true, message: "use src/xlsx/exceljs.ts (Workbook, ValueType); import exceljs for its types only" }] },
      ],
    },
  },
  {
    // The domain computes from figures and cell references it does not interpret: no sheet, no parser.
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/taskpane/**", "**/excel/**", "**/cli/**", "**/app/**", "**/workbook/**", "**/xlsx/**", "react", "exceljs", "jszip"], message: "src/domain knows no sheet, no Excel, no UI and no I/O" }] },
      ],
    },
  },
  {
    // The pane renders the application layer's state and calls its actions: no workbook module.
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/workbook/**"], message: "the task pane talks to src/app (paneModel, controller, actions), never to src/workbook" }] },
      ],
    },
  },
);
