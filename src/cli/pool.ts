/**
 * --jobs N: the files checked by N workers — this thread and N − 1 worker threads — and the results handed
 * back in the run's order. This thread checks files too (its modules are loaded already), so it keeps
 * working while the threads start. At most 2 × N files are in flight or waiting for an earlier one, so
 * memory stays flat however many files there are. With one job (or one file), or when the compiled worker
 * is not at hand (running from the TypeScript sources), every file is checked in this thread: the same
 * function gives the same results either way.
 *
 * The threads are kept for the next run in the same process (unreferenced between runs, so they never
 * hold the process open): a program calling main() again does not pay their start-up twice.
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

/** Threads kept between runs of this process. */
const kept: Worker[] = [];

function threadsFor(script: string, count: number): Worker[] {
  while (kept.length < count) {
    const w = new Worker(script);
    // A thread that dies is dropped from the kept ones; its run reports the failure.
    w.on("exit", () => kept.splice(kept.indexOf(w), 1));
    kept.push(w);
  }
  return kept.slice(0, count);
}

type Reply = { id: number; result: FileResult } | { id: number; failure: string };

/** One worker: a thread, or this thread. */
interface Slot {
  start(id: number, job: FileJob): void;
  stop(): Promise<unknown>;
}

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
  const idle: Slot[] = [];
  const dispatch = () => {
    while (idle.length > 0 && next < jobs.length && next < delivered + window && !failure) {
      const slot = idle.shift()!;
      slot.start(next, jobs[next]);
      next++;
    }
  };
  const finished = (slot: Slot, reply: Reply) => {
    if ("failure" in reply) failure ??= new Error(reply.failure);
    else done.set(reply.id, reply.result);
    idle.push(slot);
    dispatch();
    notify();
  };
  const here: Slot = {
    start(id, job) {
      // After the current turn, so the consumer and the threads' messages are served in between.
      setImmediate(() =>
        checkFile(job).then(
          (result) => finished(here, { id, result }),
          (e: unknown) =>
            finished(here, { id, failure: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
        ),
      );
    },
    stop: () => Promise.resolve(),
  };
  const slots: Slot[] = [here];
  for (const w of threadsFor(script, n - 1)) {
    const slot: Slot = {
      start: (id, job) => w.postMessage({ id, job }),
      stop: async () => {
        w.removeAllListeners("message");
        w.removeAllListeners("error");
        w.unref();
      },
    };
    w.ref();
    w.on("message", (m: Reply) => finished(slot, m));
    w.on("error", (e: Error) => {
      failure ??= e;
      notify();
    });
    slots.push(slot);
  }
  // The threads first: this thread takes a file only when no thread is free (it also serves the output).
  idle.push(...slots.slice(1), here);
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
    await Promise.all(slots.map((s) => s.stop()));
  }
}
