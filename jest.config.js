/** Two projects: pure Node tests (domain, workbook, xlsx, cli, excel port) and jsdom tests (task pane components). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
module.exports = {
  // Behaviour tests, not timed ones: user-event in jsdom and the browser tests are slow on a loaded 2-core machine.
  testTimeout: 60000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
      // jsdom resolves packages' browser ESM builds; exceljs (test workbooks) needs uuid's CommonJS one.
      // The pane's on-demand chunks (src/taskpane/lazy.tsx) are imported directly here (test/support/eagerChunks.ts).
      moduleNameMapper: {
        "^uuid$": require.resolve("uuid"),
        "^\\./lazy$": "<rootDir>/test/support/eagerChunks.ts",
      },
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
