/**
 * How the port talks to Excel: every call of the task pane is one job, and jobs run one at a time (a
 * private promise chain), so two quick clicks can never interleave their batches — the second write reads
 * where the log stands only after the first has appended its rows.
 *
 * Every Excel.run is given `delayForCellEdit: true` (Excel.RunOptions: without it "if the user is in cell
 * edit when the batch request is processed by the host, the batch automatically fails"; with it the batch
 * waits until the user leaves the cell — learn.microsoft.com/javascript/api/excel/excel.runoptions). The
 * client sends it only where the DelayForCellEdit requirement set is supported. Runs that change the
 * workbook also get `mergeUndoGroup: true` on ExcelApi 1.20 ("all context.sync() calls in a single
 * Excel.run are merged into one undo group"), so one add-in action is one step of Excel's own Ctrl+Z.
 * Excel throws UndoNotSupported when an API inside such a group cannot be undone
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): the run is then
 * repeated once without the group.
 */
import { apiSupported } from "./snapshot";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface Runner {
  /** One Excel.run that only reads. */
  read<T>(f: Batch<T>): Promise<T>;
  /** One Excel.run that changes the workbook (one undo step where the host can group it). */
  change<T>(f: Batch<T>): Promise<T>;
  /** Runs `job` after every job queued before it has settled. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
}

function isUndoNotSupported(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "UndoNotSupported";
}

export function createRunner(): Runner {
  let tail: Promise<unknown> = Promise.resolve();
  const run = <T>(options: Excel.RunOptions, f: Batch<T>): Promise<T> =>
    (Excel.run as unknown as (o: Excel.RunOptions, b: Batch<T>) => Promise<T>)(options, f);
  return {
    read: (f) => run({ delayForCellEdit: true }, f),
    async change(f) {
      if (!apiSupported("ExcelApi", "1.20")) return run({ delayForCellEdit: true }, f);
      try {
        return await run({ delayForCellEdit: true, mergeUndoGroup: true }, f);
      } catch (e) {
        if (!isUndoNotSupported(e)) throw e;
        return run({ delayForCellEdit: true }, f);
      }
    },
    exclusive(job) {
      const result = tail.then(job, job);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
