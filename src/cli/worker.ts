/** A worker thread of --jobs N: checks the files it is sent, one at a time, and posts back each result. */
import { parentPort } from "node:worker_threads";
import { checkFile, type FileJob } from "./checkFile";

parentPort?.on("message", (msg: { id: number; job: FileJob }) => {
  checkFile(msg.job).then(
    (result) => parentPort!.postMessage({ id: msg.id, result }),
    (e: unknown) =>
      parentPort!.postMessage({
        id: msg.id,
        failure: e instanceof Error ? (e.stack ?? e.message) : String(e),
      }),
  );
});
// Modules loaded: from now on the pool sends this thread files (until now the main thread checked them).
parentPort?.postMessage({ ready: true });
