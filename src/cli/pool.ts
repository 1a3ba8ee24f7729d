/**
 * --jobs N: the files checked in N worker threads, the results handed back in the run's order. At most
 * 2 × N files are in flight or waiting for an earlier one, so memory stays flat however many files there
 * are. With one job (or one file), or when the compiled worker is not at hand (running from the TypeScript
 * sources), files are checked in this thread: the same function gives the same results either way.
 */
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { checkFile, type FileJob, type FileResult } from "./checkFile";

/** The compiled worker script next to this module, or null (running from .ts sources). */
export function workerScript(): string | null {
  const js = path.join(__dirname, "worker.js");
  return fs.existsSync(js) ? js : null;
}

type Reply = { id: number; result: FileResult } | { id: number; failure: string };

/** The results of `jobs`, in order. */
export async function* checkAll(jobs: readonly FileJob[], threads: number): AsyncGenerator<FileResult> {
  const script = workerScript();
  const n = Math.min(threads, jobs.length);
  if (n <= 1 || !script) {
    for (const job of jobs) yield await checkFile(job);
    return;
  }
  const window = 2 * n;
  const done = new Map<number, FileResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let next = 0;
  let delivered = 0;
  const idle: Worker[] = [];
  const dispatch = () => {
    while (idle.length > 0 && next < jobs.length && next < delivered + window) {
      const w = idle.pop()!;
      w.postMessage({ id: next, job: jobs[next] });
      next++;
    }
  };
  const workers = Array.from({ length: n }, () => {
    const w = new Worker(script);
    w.on("message", (m: Reply) => {
      if ("failure" in m) failure ??= new Error(m.failure);
      else done.set(m.id, m.result);
      idle.push(w);
      dispatch();
      notify();
    });
    w.on("error", (e) => {
      failure ??= e;
      notify();
    });
    idle.push(w);
    return w;
  });
  try {
    dispatch();
    while (delivered < jobs.length) {
      while (!done.has(delivered) && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      const r = done.get(delivered)!;
      done.delete(delivered);
      delivered++;
      dispatch();
      yield r;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
