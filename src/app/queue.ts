/**
 * One queue for everything the pane asks of the workbook: actions run one at a time, in order. While a
 * user action runs or waits, the queue is busy (the pane disables its action buttons); background
 * re-checks run through the same queue without making it busy.
 */
export type Job = "action" | "background";

export class ActionQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private actions = 0;
  private readonly listeners = new Set<(busy: boolean) => void>();

  get busy(): boolean {
    return this.actions > 0;
  }

  onBusy(listener: (busy: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run<T>(f: () => Promise<T>, job: Job = "action"): Promise<T> {
    if (job === "action") this.bump(1);
    const p = this.tail.then(f);
    this.tail = p.catch(() => undefined);
    return job === "action" ? p.finally(() => this.bump(-1)) : p;
  }

  private bump(by: number): void {
    const was = this.busy;
    this.actions += by;
    if (was !== this.busy) for (const l of this.listeners) l(this.busy);
  }
}
