/**
 * The validator the domain's schemas are written with is zod's tree-shakable build (`zod/mini`: functions
 * instead of methods, so the task pane ships only what the schemas use; each schema module imports it as
 * `* as z` — a namespace passed on from here would bring all of zod along). This module gives it zod's
 * English messages, which the classic build sets by itself; every schema module imports it.
 */
import { en } from "zod/locales";
import { config, NEVER, type core } from "zod/mini";

config(en());

/** Inside `z.transform`: reports a problem with the input (as the classic build's `ctx.addIssue` did). */
export function failed(ctx: core.ParsePayload, input: unknown, message: string): never {
  ctx.issues.push({ code: "custom", message, input });
  return NEVER;
}
