/** Jest for mutation testing (stryker.config.mjs): the domain tests only, in Node. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/domain"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
};
