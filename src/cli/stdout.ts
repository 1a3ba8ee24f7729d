/**
 * Standard output and error for co2-check that a closed reader cannot break. `co2-check … | head` closes the
 * pipe after a few lines; Node then reports EPIPE as an 'error' event on process.stdout, which kills the
 * process when nobody listens — before the run has written its outputs (--summary, --publication, --write).
 * A guarded stream listens: once its reader is gone (or any write fails) it drops what is written to it and
 * the run goes on to the end, writing every file it was asked to.
 */

/** The part of a Node writable stream this needs (process.stdout, process.stderr, a socket). */
export interface RawOutput {
  write(s: string): unknown;
  on(event: "error", listener: (e: Error) => void): unknown;
  isTTY?: boolean;
}

export interface GuardedOutput {
  write(s: string): boolean;
  readonly isTTY?: boolean;
  /** Set once the reader has gone away (EPIPE) or a write failed: later writes are dropped. */
  readonly closed: boolean;
  /** The error that closed it (its code, e.g. "EPIPE"), for a caller that wants to say so. */
  readonly closedBy: string | null;
}

export function guardOutput(stream: RawOutput): GuardedOutput {
  let closedBy: string | null = null;
  const close = (e: unknown) => {
    closedBy ??= (e as NodeJS.ErrnoException | null)?.code ?? (e instanceof Error ? e.message : "error");
  };
  stream.on("error", close);
  return {
    write(s: string): boolean {
      if (closedBy !== null) return false;
      try {
        stream.write(s);
        return true;
      } catch (e) {
        // a synchronous failure (a file descriptor written with fs.writeSync, a destroyed stream)
        close(e);
        return false;
      }
    },
    get isTTY() {
      return stream.isTTY;
    },
    get closed() {
      return closedBy !== null;
    },
    get closedBy() {
      return closedBy;
    },
  };
}
