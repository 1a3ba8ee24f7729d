#!/usr/bin/env node
"use strict";
// The command-line checker; the code is compiled from src/cli into lib/ by `npm run build:cli` (run by npm ci).
const { main } = require("../lib/cli/main.js");
// A closed pipe (`co2-check … | head`) drops the rest of the report instead of killing the run (stdout.ts).
const { guardOutput } = require("../lib/cli/stdout.js");
const stdout = guardOutput(process.stdout);
const stderr = guardOutput(process.stderr);
main(process.argv.slice(2), { stdout, stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    stderr.write(`co2-check: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
