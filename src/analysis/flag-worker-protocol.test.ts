// The flags worker's protocol, run in Node by calling what the worker wraps: a set copied as postMessage
// copies it gives the same flags as flagsInWindow on the original, over the main thread's own series; the
// queue posts one request at a time, keeps only the newest waiting one and drops cancelled answers.
import { describe, expect, it } from 'vitest';
import type { EpochMonth } from '@/domain/epoch-day';
import type { MonthWindow } from '@/domain/time-window';
import type { FlagSeries, FlagSeriesSet } from './flag-series';
import { flagsInWindow, type WindowFlags } from './flags-in-window';
import { makeFlagRequestQueue } from './flag-request-queue';
import { makeFlagResponder, readFlagAnswer, type FlagRequest, type KnownFlags } from './flag-worker-protocol';

const START = 540 as EpochMonth;

function seasonal(months: number, surgeAt: number, shift: number): Float64Array {
  return Float64Array.from({ length: months }, (_, t) =>
    Math.round(40 + 15 * Math.cos((2 * Math.PI * (t + shift)) / 12) + (t % 3) + (t === surgeAt ? 70 : 0)),
  );
}

function seriesOf(dimension: FlagSeries['dimension'], key: string, counts: Float64Array): FlagSeries {
  return { dimension, key, counts, volume: counts.reduce((s, v) => s + v, 0) };
}

const MONTHS = 72;
const set: FlagSeriesSet = {
  firstMonth: START,
  monthCount: MONTHS,
  measure: 'people',
  series: [
    seriesOf('total', '', seasonal(MONTHS, 70, 0)),
    seriesOf('route', 'r-a', seasonal(MONTHS, 66, 2)),
    // Nothing in the last two years: skipped in those windows.
    seriesOf(
      'site',
      'Old',
      Float64Array.from({ length: MONTHS }, (_, t) => (t < 48 ? 6 : 0)),
    ),
    seriesOf('nationality', 'AFG', seasonal(MONTHS, 69, 5)),
  ],
  coverage: {
    total: { withCounts: 1, tested: 1 },
    route: { withCounts: 3, tested: 1 },
    site: { withCounts: 1, tested: 1 },
    nationality: { withCounts: 1, tested: 1 },
  },
};
const window = (from: number, to: number): MonthWindow => ({
  startMonth: (START + from) as EpochMonth,
  endMonth: (START + to) as EpochMonth,
});

describe('the flags worker protocol', () => {
  it('gives what flagsInWindow gives, for a set copied as postMessage copies it', () => {
    const respond = makeFlagResponder();
    const known: KnownFlags = new Map();
    for (const asked of [window(48, 72), window(60, 72), window(0, 12), window(47, 71)]) {
      const request: FlagRequest = structuredClone({ requestId: 1, setId: 7, set, window: asked });
      const flags = readFlagAnswer(set, asked, structuredClone(respond(request)), known);
      const direct = flagsInWindow(set, asked);
      expect(flags).toEqual(direct);
      // The series are the main thread's own objects, not copies.
      flags.perSeries.forEach((s, i) => expect(s.series).toBe(direct.perSeries[i]?.series));
    }
    expect(flagsInWindow(set, window(60, 72)).flagged.length).toBeGreaterThan(0);
  });

  it('sends each verdict once per set: a window moved by a month sends one per tested series', () => {
    const respond = makeFlagResponder();
    const first = respond({ requestId: 1, setId: 1, set: structuredClone(set), window: window(36, 48) });
    expect(first.newFlags).toHaveLength(first.seriesIndices.length * 12);
    const moved = respond({ requestId: 2, setId: 1, set: structuredClone(set), window: window(37, 49) });
    expect(moved.newFlags.map((f) => f.t)).toEqual(moved.seriesIndices.map(() => 48));
    const again = respond({ requestId: 3, setId: 1, set: structuredClone(set), window: window(36, 48) });
    expect(again.newFlags).toEqual([]);
  });

  it('forgets the oldest set past the ones it keeps, and then sends its verdicts again', () => {
    const respond = makeFlagResponder(2);
    const ask = (requestId: number, setId: number) =>
      respond({ requestId, setId, set: structuredClone(set), window: window(60, 72) });
    const first = ask(1, 1);
    ask(2, 2);
    expect(ask(3, 1).newFlags).toEqual([]);
    ask(4, 2);
    ask(5, 3);
    // Sets 2 and 3 were used after set 1: it was dropped, and is tested anew, to the same verdicts.
    expect(ask(6, 1).newFlags).toEqual(first.newFlags);
  });

  it('refuses an answer that names a series or a verdict it does not have', () => {
    const answer = makeFlagResponder()({ requestId: 1, setId: 1, set, window: window(60, 72) });
    const fewer = { ...set, series: set.series.slice(0, 1) };
    expect(() => readFlagAnswer(fewer, window(60, 72), answer, new Map())).toThrow(RangeError);
    expect(() => readFlagAnswer(set, window(60, 72), { ...answer, newFlags: [] }, new Map())).toThrow(
      RangeError,
    );
  });
});

describe('the flags request queue', () => {
  function harness() {
    const posted: FlagRequest[] = [];
    const delivered: { readonly tag: string; readonly flags: WindowFlags }[] = [];
    const queue = makeFlagRequestQueue((request) => posted.push(request));
    const respond = makeFlagResponder();
    const ask = (tag: string, asked: MonthWindow) =>
      queue.schedule({ set, window: asked, deliver: (flags) => delivered.push({ tag, flags }) });
    const answer = (request: FlagRequest | undefined) => {
      if (request === undefined) throw new Error('nothing posted');
      queue.receive(respond(request));
    };
    return { posted, delivered, queue, ask, answer };
  }

  it('posts one request at a time and, of those asked meanwhile, only the newest', () => {
    const { posted, delivered, ask, answer } = harness();
    ask('a', window(60, 72));
    ask('b', window(59, 71));
    ask('c', window(58, 70));
    expect(posted.map((r) => r.window.startMonth)).toEqual([START + 60]);
    answer(posted[0]);
    // 'b' was replaced by 'c' while 'a' was computed: it is never posted.
    expect(posted.map((r) => r.window.startMonth)).toEqual([START + 60, START + 58]);
    answer(posted[1]);
    expect(delivered.map((d) => d.tag)).toEqual(['a', 'c']);
    expect(delivered[1]?.flags).toEqual(flagsInWindow(set, window(58, 70)));
    // The same set is posted under the same id each time.
    expect(new Set(posted.map((r) => r.setId)).size).toBe(1);
  });

  it('drops the answer of a cancelled request and never posts a cancelled waiting one', () => {
    const { posted, delivered, ask, answer, queue } = harness();
    const cancelA = ask('a', window(60, 72));
    const cancelB = ask('b', window(59, 71));
    cancelA();
    cancelB();
    answer(posted[0]);
    expect(posted).toHaveLength(1);
    expect(delivered).toEqual([]);
    // An answer that is not the one awaited changes nothing.
    // The same window as the cancelled 'a': the worker sends no verdict again, the queue kept them.
    ask('c', window(60, 72));
    queue.receive({ ...makeFlagResponder()(posted[0] as FlagRequest), requestId: 999 });
    expect(delivered).toEqual([]);
    answer(posted[1]);
    expect(delivered.map((d) => d.tag)).toEqual(['c']);
    expect(delivered[0]?.flags).toEqual(flagsInWindow(set, window(60, 72)));
  });

  it('hands back the jobs not answered when the worker fails', () => {
    const { ask, queue, posted } = harness();
    ask('a', window(60, 72));
    const cancelB = ask('b', window(59, 71));
    expect(queue.drain().map((j) => j.window.startMonth)).toEqual([START + 60, START + 59]);
    cancelB();
    expect(queue.drain()).toEqual([]);
    expect(posted).toHaveLength(1);
  });
});
