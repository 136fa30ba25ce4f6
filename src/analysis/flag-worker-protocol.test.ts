// The flags worker's protocol, run in Node by calling what the worker wraps: a set copied as postMessage
// copies it gives the same flags as flagsInWindow on the original, over the main thread's own series; the
// queue posts one request at a time, keeps only the newest waiting one and drops cancelled answers.
import { describe, expect, it } from 'vitest';
import type { EpochMonth } from '@/domain/epoch-day';
import type { MonthWindow } from '@/domain/time-window';
import type { FlagSeries, FlagSeriesSet } from './flag-series';
import { flagsInWindow, type WindowFlags } from './flags-in-window';
import { makeFlagRequestQueue } from './flag-request-queue';
import { makeFlagResponder, readFlagAnswer, type FlagRequest } from './flag-worker-protocol';

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
    for (const asked of [window(48, 72), window(60, 72), window(0, 12)]) {
      const request: FlagRequest = structuredClone({ requestId: 1, setId: 7, set, window: asked });
      const flags = readFlagAnswer(set, asked, structuredClone(respond(request)));
      const direct = flagsInWindow(set, asked);
      expect(flags).toEqual(direct);
      // The series are the main thread's own objects, not copies.
      expect(flags.perSeries.map((s) => s.series)).toEqual(direct.perSeries.map((s) => s.series));
      flags.perSeries.forEach((s, i) => expect(s.series).toBe(direct.perSeries[i]?.series));
    }
    expect(flagsInWindow(set, window(60, 72)).flagged.length).toBeGreaterThan(0);
  });

  it('keeps a set by its id, so a window seen again reuses the verdicts already computed', () => {
    const respond = makeFlagResponder(2);
    const first = respond({ requestId: 1, setId: 1, set: structuredClone(set), window: window(60, 72) });
    // The same id with another copy: the worker keeps its first copy, whose months are cached.
    const again = respond({ requestId: 2, setId: 1, set: structuredClone(set), window: window(60, 72) });
    expect(again.perSeries[0]?.months[0]).toBe(first.perSeries[0]?.months[0]);
    // Two other sets push set 1 out (two kept): a fresh copy is tested anew, to the same values.
    respond({ requestId: 3, setId: 2, set: structuredClone(set), window: window(60, 72) });
    respond({ requestId: 4, setId: 3, set: structuredClone(set), window: window(60, 72) });
    const evicted = respond({ requestId: 5, setId: 1, set: structuredClone(set), window: window(60, 72) });
    expect(evicted.perSeries[0]?.months[0]).not.toBe(first.perSeries[0]?.months[0]);
    expect(evicted.perSeries).toEqual(first.perSeries);
  });

  it('refuses an answer that names a series the set does not have', () => {
    const answer = makeFlagResponder()({ requestId: 1, setId: 1, set, window: window(60, 72) });
    const fewer = { ...set, series: set.series.slice(0, 1) };
    expect(() => readFlagAnswer(fewer, window(60, 72), answer)).toThrow(RangeError);
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
    ask('c', window(50, 62));
    queue.receive({ ...makeFlagResponder()(posted[0] as FlagRequest), requestId: 999 });
    expect(delivered).toEqual([]);
    answer(posted[1]);
    expect(delivered.map((d) => d.tag)).toEqual(['c']);
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
