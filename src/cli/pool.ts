/**
 * --jobs N: the files checked by N workers — this thread and N − 1 worker threads — and the results handed
 * back in the run's order. This thread checks files too (its modules are loaded already), so it keeps
 * working while the threads start; a thread is sent files only once it has loaded its modules (before, a
 * file queued for it held up the run's order: a cold run of 200 files took 1.39× as long as a serial one,
 * 1.28× with this alone; README, Performance). Each thread holds up to four files (the next ones queued
 * in its port), so it never waits for this thread, busy with a file of its own, to send it one. At most 8 × N files are
 * in flight or waiting for an earlier one, so memory stays flat however many files there are. With one
 * job (or one file), or when the compiled worker is not at hand (running from the TypeScript sources),
 * every file is checked in this thread: the same function gives the same results either way.
 *
 * The threads are kept for the next run in the same process (unreferenced between runs, so they never
 * hold the process open): a program calling main() again does not pay their start-up twice, and
 * `startThreads` loads them ahead of a first run.
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

/** Threads kept between runs of this process, and those of them that have loaded their modules. */
const kept: Worker[] = [];
const ready = new WeakSet<Worker>();
/** Each kept thread's first message (it has loaded), or its exit before that. */
const loaded = new WeakMap<Worker, Promise<void>>();

function threadsFor(script: string, count: number): Worker[] {
  while (kept.length < count) {
    const w = new Worker(script);
    loaded.set(
      w,
      new Promise<void>((resolve) => {
        w.once("message", () => {
          ready.add(w);
          resolve();
        });
        w.once("exit", () => resolve());
      }),
    );
    // A thread that dies is dropped from the kept ones; its run reports the failure.
    w.on("exit", () => kept.splice(kept.indexOf(w), 1));
    kept.push(w);
  }
  return kept.slice(0, count);
}

/**
 * Starts the threads a run with `jobs` checkers uses and resolves once they have loaded their modules (or
 * at once without the compiled worker): for a program calling main() again and again, so that even its
 * first run sends files to the threads from the start. The number of threads ready.
 */
export async function startThreads(jobs: number): Promise<number> {
  const script = workerScript();
  if (!script || jobs <= 1) return 0;
  const threads = threadsFor(script, jobs - 1);
  await Promise.all(threads.map((w) => loaded.get(w)));
  for (const w of threads) w.unref();
  return threads.filter((w) => ready.has(w)).length;
}

type Reply = { id: number; result: FileResult } | { id: number; failure: string } | { ready: true };

/**
 * Files a thread holds at once: the one it checks and the next ones, queued in its port, so it never waits
 * for this thread (busy checking a file of its own, or descheduled on a loaded machine) to send it one.
 * With two, the thread still sat idle 10–20 % of a run (its event-loop utilisation); with four, 1–5 %.
 */
const THREAD_DEPTH = 4;

/** One worker: a thread, or this thread. */
interface Slot {
  /** Files it may hold at once, and holds now. */
  depth: number;
  held: number;
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
  // Files sent out or waiting for an earlier one to be handed back: bounded, so memory stays flat.
  const window = 8 * n;
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
  const slots: Slot[] = [];
  const dispatch = () => {
    while (next < jobs.length && next < delivered + window && !failure) {
      // The threads first (the least loaded), this thread only when every thread holds its fill.
      let slot: Slot | null = null;
      for (const s of slots) if (s.held < s.depth && (!slot || s.held < slot.held)) slot = s;
      if (!slot) break;
      slot.held++;
      slot.start(next, jobs[next]);
      next++;
    }
  };
  const finished = (slot: Slot, reply: Exclude<Reply, { ready: true }>) => {
    if ("failure" in reply) failure ??= new Error(reply.failure);
    else done.set(reply.id, reply.result);
    slot.held--;
    dispatch();
    notify();
  };
  for (const w of threadsFor(script, n - 1)) {
    const onMessage = (m: Reply) => {
      if ("ready" in m) {
        slot.depth = THREAD_DEPTH;
        dispatch();
      } else finished(slot, m);
    };
    const onError = (e: Error) => {
      failure ??= e;
      notify();
    };
    const slot: Slot = {
      // A thread is sent files once it says it has loaded (a kept thread has): until then this thread
      // checks them, instead of waiting behind files queued for a thread still loading its modules.
      depth: ready.has(w) ? THREAD_DEPTH : 0,
      held: 0,
      start: (id, job) => w.postMessage({ id, job }),
      stop: async () => {
        w.off("message", onMessage);
        w.off("error", onError);
        w.unref();
      },
    };
    w.ref();
    w.on("message", onMessage);
    w.on("error", onError);
    slots.push(slot);
  }
  const here: Slot = {
    depth: 1,
    held: 0,
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
  // Last: this thread takes a file only when every thread holds its fill (it also serves the output).
  slots.push(here);
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
