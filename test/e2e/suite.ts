/** One browser suite's setup: dist/ served for the suite, the browser closed after it. */
import fs from "node:fs";
import path from "node:path";
import { closeBrowser, DIST, serveDist } from "./harness";

/** Registers beforeAll/afterAll; `origin` is the served dist/ once the suite runs. */
export function servedDist(): { readonly origin: string } {
  let server: Awaited<ReturnType<typeof serveDist>> | null = null;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error("dist/ is missing: run `npm run build:web` first (npm test does)");
    server = await serveDist();
  });
  afterAll(async () => {
    await closeBrowser();
    await server?.close();
  });
  return {
    get origin(): string {
      if (!server) throw new Error("the suite's server is not started yet");
      return server.origin;
    },
  };
}
