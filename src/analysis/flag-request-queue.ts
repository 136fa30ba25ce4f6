// Requests to the flags worker, one at a time: while one is computed, a newer request waits in a single
// slot (a still newer one replaces it), and a cancelled request is never answered. A brush drag that asks
// for twenty windows then costs the one being computed plus the last, not twenty. Pure apart from `post`.
import type { MonthWindow } from '@/domain/time-window';
import type { FlagSeriesSet } from './flag-series';
import type { WindowFlags } from './flags-in-window';
import { readFlagAnswer, type FlagAnswer, type FlagRequest, type KnownFlags } from './flag-worker-protocol';

export interface FlagJob {
  readonly set: FlagSeriesSet;
  readonly window: MonthWindow;
  readonly deliver: (flags: WindowFlags) => void;
}

interface Entry {
  readonly request: FlagRequest;
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
  const setIds = new WeakMap<FlagSeriesSet, number>();
  /** The verdicts received per set (the worker sends each once). */
  const known = new WeakMap<FlagSeriesSet, KnownFlags>();
  let nextSetId = 1;
  let nextRequestId = 1;
  let inFlight: Entry | null = null;
  let waiting: Entry | null = null;

  const idOf = (set: FlagSeriesSet): number => {
    let id = setIds.get(set);
    if (id === undefined) {
      id = nextSetId++;
      setIds.set(set, id);
    }
    return id;
  };

  return {
    schedule(job) {
      const entry: Entry = {
        request: { requestId: nextRequestId++, setId: idOf(job.set), set: job.set, window: job.window },
        job,
        cancelled: false,
      };
      if (inFlight === null) {
        inFlight = entry;
        post(entry.request);
      } else waiting = entry;
      return () => {
        entry.cancelled = true;
        if (waiting === entry) waiting = null;
      };
    },
    receive(answer) {
      const done = inFlight;
      if (done === null || done.request.requestId !== answer.requestId) return;
      inFlight = waiting;
      waiting = null;
      if (inFlight !== null) post(inFlight.request);
      let verdicts = known.get(done.job.set);
      if (verdicts === undefined) {
        verdicts = new Map();
        known.set(done.job.set, verdicts);
      }
      // Read even when cancelled: the new verdicts must be kept.
      const flags = readFlagAnswer(done.job.set, done.job.window, answer, verdicts);
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
