// Opts out of the office-addin-* tools' usage data ("telemetry") before any of them runs.
//
// How those tools decide (office-addin-usage-data): every office-addin-* package reports through
// office-addin-usage-data, which reads the level of the group "office-addin-usage-data" from
// ~/office-addin-usage-data.json: { "usageDataInstances": { "office-addin-usage-data": { "usageDataLevel": "off" } } }.
// `npx office-addin-usage-data off` writes the same. From version 3 (what this project installs) the
// package no longer sends anything at all — its reporting methods are no-ops — but office-addin-debugging,
// which `npx` may fetch on Windows/Mac, can bring an older copy; writing "off" covers those too.
// There is no environment variable for it. The file is merged, never overwritten: other groups stay.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const USAGE_DATA_FILE = path.join(os.homedir(), "office-addin-usage-data.json");
const GROUP = "office-addin-usage-data";

export function disableOfficeAddinUsageData(file = USAGE_DATA_FILE) {
  let data = {};
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8")) || {};
  } catch {
    data = {};
  }
  if (typeof data !== "object" || Array.isArray(data)) data = {};
  const instances = typeof data.usageDataInstances === "object" && data.usageDataInstances ? data.usageDataInstances : {};
  if (instances[GROUP]?.usageDataLevel === "off") return false;
  instances[GROUP] = { ...(instances[GROUP] || {}), usageDataLevel: "off" };
  data.usageDataInstances = instances;
  try {
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
    return true;
  } catch (e) {
    console.warn(`Could not write ${file} to turn office-addin usage data off: ${e.message}`);
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const changed = disableOfficeAddinUsageData();
  console.log(changed ? `office-addin usage data: off (${USAGE_DATA_FILE})` : "office-addin usage data was already off");
}
