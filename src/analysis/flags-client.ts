// The main thread's way to the flags: the window's months are tested in a worker (flags-worker.ts) and
// delivered later; the last result is kept, so a view mounted again (the Analysis tab reopened) reads it
// at once. Where no worker can start, the same function runs in a timer on this thread.
import type { MonthWindow } from '@/domain/time-window';
import type { FlagSeriesSet } from './flag-series';
import { flagsInWindow, type WindowFlags } from './flags-in-window';
import type { FlagAnswer } from './flag-worker-protocol';
import { makeFlagRequestQueue, type FlagJob, type FlagRequestQueue } from './flag-request-queue';

let queue: FlagRequestQueue | null = null;
let workerFailed = typeof Worker === 'undefined';
let last: { readonly set: FlagSeriesSet; readonly window: MonthWindow; readonly flags: WindowFlags } | null =
  null;

function runHere(job: FlagJob): () => void {
  const timer = setTimeout(() => job.deliver(flagsInWindow(job.set, job.window)), 0);
  return () => clearTimeout(timer);
}

function getQueue(): FlagRequestQueue | null {
  if (workerFailed) return null;
  if (queue === null) {
    try {
      const worker = new Worker(new URL('./flags-worker.ts', import.meta.url), { type: 'module' });
      const created = makeFlagRequestQueue((request) => worker.postMessage(request));
      worker.onmessage = (event: MessageEvent<FlagAnswer>) => created.receive(event.data);
      worker.onerror = () => {
        workerFailed = true;
        worker.terminate();
        for (const job of created.drain()) runHere(job);
      };
      queue = created;
    } catch {
      workerFailed = true;
      return null;
    }
  }
  return queue;
}

/** The flags of the last delivered request, if it was for this set and window. */
export function readCachedWindowFlags(set: FlagSeriesSet, window: MonthWindow): WindowFlags | null {
  return last !== null &&
    last.set === set &&
    last.window.startMonth === window.startMonth &&
    last.window.endMonth === window.endMonth
    ? last.flags
    : null;
}

/** Computes the window's flags off this thread and delivers them; the returned function cancels. */
export function requestWindowFlags(
  set: FlagSeriesSet,
  window: MonthWindow,
  deliver: (flags: WindowFlags) => void,
): () => void {
  const job: FlagJob = {
    set,
    window,
    deliver: (flags) => {
      last = { set, window, flags };
      deliver(flags);
    },
  };
  return getQueue()?.schedule(job) ?? runHere(job);
}
