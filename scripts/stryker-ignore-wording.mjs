// A Stryker ignorer (stryker.config.mjs): the wording of messages is not mutated. It covers the Japanese
// and English text of an issue (arguments 4 and 5 of `issue(…)`), the values an issue's words are made
// from (argument 5 of `issueOf(…)`, `args`: they reach the catalogue's words and nothing else; `params`,
// the public figures, are argument 6), of excellence's "nothing to judge" result (arguments 2 and 3 of its
// local `none(…)`), and the `ja` / `en` or `args` of a likely cause (an object literal with a `code`, or a
// spread of one). Codes, parameters and every figure are still mutated; the wording is asserted by the
// tests that read it, not by mutation.
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

const WORDING_ARGS = { issue: [3, 4], issueOf: [4], none: [1, 2] };

function calleeName(call) {
  return call.callee.type === "Identifier" ? call.callee.name : null;
}

function propertyName(prop) {
  if (prop.computed) return null;
  if (prop.key.type === "Identifier") return prop.key.name;
  if (prop.key.type === "StringLiteral") return prop.key.value;
  return null;
}

function isWording(path) {
  const parent = path.parentPath;
  if (!parent) return false;
  if (parent.isCallExpression() && path.listKey === "arguments") {
    const args = WORDING_ARGS[calleeName(parent.node)];
    return !!args && args.includes(path.key);
  }
  if (parent.isObjectProperty() && path.key === "value") {
    const name = propertyName(parent.node);
    if (name !== "ja" && name !== "en" && name !== "args") return false;
    const object = parent.parentPath.node;
    return object.properties.some(
      (p) => p.type === "SpreadElement" || (p.type === "ObjectProperty" && propertyName(p) === "code"),
    );
  }
  return false;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "wording", {
    shouldIgnore(path) {
      return isWording(path) ? "Message wording (ja/en text), not a code, parameter or figure" : undefined;
    },
  }),
];
