#!/usr/bin/env node
"use strict";
// The command-line checker; the code is compiled from src/cli into lib/ by `npm run build:cli` (run by npm ci).
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`co2-check: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
