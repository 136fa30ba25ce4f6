// The main thread's way to the flags: the series are taken and their months tested in a worker
// (flags-worker.ts) and delivered later; the last result is kept, so a view mounted again (the Analysis
// tab reopened) reads it at once. Where no worker can start, the same functions run in a timer here.
import type { EventTable } from '@/domain/event-table';
import type { MonthWindow } from '@/domain/time-window';
import type { MapMeasure } from '@/domain/view-options';
import { selectFlagSeries } from './flag-series';
import { flagsInWindow, type WindowFlags } from './flags-in-window';
import type { FlagAnswer, FlagFilters } from './flag-worker-protocol';
import { makeFlagRequestQueue, type FlagJob, type FlagRequestQueue } from './flag-request-queue';

let queue: FlagRequestQueue | null = null;
let workerFailed = typeof Worker === 'undefined';
let last: (Omit<FlagJob, 'deliver'> & { readonly flags: WindowFlags }) | null = null;

function runHere(job: FlagJob): () => void {
  const timer = setTimeout(() => {
    const set = selectFlagSeries(job.table, { ...job.filters, timeRange: null }, job.measure);
    job.deliver(flagsInWindow(set, job.window));
  }, 0);
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

const sameJob = (a: Omit<FlagJob, 'deliver'>, b: Omit<FlagJob, 'deliver'>): boolean =>
  a.table === b.table &&
  a.measure === b.measure &&
  a.filters.kinds === b.filters.kinds &&
  a.filters.routes === b.filters.routes &&
  a.filters.nationalities === b.filters.nationalities &&
  a.filters.outcomes === b.filters.outcomes &&
  a.filters.sites === b.filters.sites &&
  a.window.startMonth === b.window.startMonth &&
  a.window.endMonth === b.window.endMonth;

/** The flags of the last delivered request, if it asked the same (filter lists compared by identity). */
export function readCachedWindowFlags(asked: Omit<FlagJob, 'deliver'>): WindowFlags | null {
  return last !== null && sameJob(last, asked) ? last.flags : null;
}

/** Computes the window's flags off this thread and delivers them; the returned function cancels. */
export function requestWindowFlags(
  table: EventTable,
  filters: FlagFilters,
  measure: MapMeasure,
  window: MonthWindow,
  deliver: (flags: WindowFlags) => void,
): () => void {
  const job: FlagJob = {
    table,
    filters,
    measure,
    window,
    deliver: (flags) => {
      last = { table, filters, measure, window, flags };
      deliver(flags);
    },
  };
  return getQueue()?.schedule(job) ?? runHere(job);
}
