// Requests to the flags worker, one at a time: while one is computed, a newer request waits in a single
// slot (a still newer one replaces it), and a cancelled request is never answered. A brush drag that asks
// for twenty windows then costs the one being computed plus the last, not twenty. The table goes with the
// first request for it (the worker keeps the last table it was sent). Pure apart from `post`.
import type { EventTable } from '@/domain/event-table';
import type { MonthWindow } from '@/domain/time-window';
import type { MapMeasure } from '@/domain/view-options';
import type { WindowFlags } from './flags-in-window';
import { makeFlagReader, type FlagAnswer, type FlagFilters, type FlagRequest } from './flag-worker-protocol';

export interface FlagJob {
  readonly table: EventTable;
  readonly filters: FlagFilters;
  readonly measure: MapMeasure;
  readonly window: MonthWindow;
  readonly deliver: (flags: WindowFlags) => void;
}

interface Entry {
  readonly requestId: number;
  readonly job: FlagJob;
  cancelled: boolean;
}

export interface FlagRequestQueue {
  /** Queues a job; the returned function cancels it (its answer, if any, is dropped). */
  schedule(job: FlagJob): () => void;
  /** Hands an answer from the worker over, and posts the waiting request if there is one. */
  receive(answer: FlagAnswer): void;
  /** The jobs not answered yet, not cancelled, oldest first; the queue is left empty (the worker failed). */
  drain(): FlagJob[];
}

export function makeFlagRequestQueue(post: (request: FlagRequest) => void): FlagRequestQueue {
  const tableIds = new WeakMap<EventTable, number>();
  let nextTableId = 1;
  let nextRequestId = 1;
  /** The table the worker holds (the last one posted: messages arrive in order). */
  let heldTableId = 0;
  const read = makeFlagReader();
  let inFlight: Entry | null = null;
  let waiting: Entry | null = null;

  const send = (entry: Entry): void => {
    const { table, filters, measure, window } = entry.job;
    let tableId = tableIds.get(table);
    if (tableId === undefined) {
      tableId = nextTableId++;
      tableIds.set(table, tableId);
    }
    const withTable = tableId !== heldTableId;
    heldTableId = tableId;
    post({
      requestId: entry.requestId,
      tableId,
      table: withTable ? table : null,
      filters: {
        kinds: filters.kinds,
        routes: filters.routes,
        nationalities: filters.nationalities,
        outcomes: filters.outcomes,
        sites: filters.sites,
      },
      measure,
      window,
    });
  };

  return {
    schedule(job) {
      const entry: Entry = { requestId: nextRequestId++, job, cancelled: false };
      if (inFlight === null) {
        inFlight = entry;
        send(entry);
      } else waiting = entry;
      return () => {
        entry.cancelled = true;
        if (waiting === entry) waiting = null;
      };
    },
    receive(answer) {
      const done = inFlight;
      if (done === null || done.requestId !== answer.requestId) return;
      inFlight = waiting;
      waiting = null;
      if (inFlight !== null) send(inFlight);
      // Read even when cancelled: the set and verdicts it brings are not sent again.
      const flags = read(done.job.window, answer);
      if (!done.cancelled) done.job.deliver(flags);
    },
    drain() {
      const jobs = [inFlight, waiting]
        .filter((e): e is Entry => e !== null && !e.cancelled)
        .map((e) => e.job);
      inFlight = null;
      waiting = null;
      return jobs;
    },
  };
}
