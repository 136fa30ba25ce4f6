// The flags worker's protocol, run in Node by calling what the worker wraps: a table copied as postMessage
// copies it gives the same flags as makeFlagSeries and flagsInWindow on the main thread; each set and
// verdict crosses once; the queue posts one request at a time, keeps only the newest waiting one, sends
// the table only with the first request for it, and drops cancelled answers.
import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MonthWindow } from '@/domain/time-window';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeFlagSeries } from './flag-series';
import { flagsInWindow, type WindowFlags } from './flags-in-window';
import { makeFlagRequestQueue } from './flag-request-queue';
import {
  makeFlagReader,
  makeFlagResponder,
  type FlagAnswer,
  type FlagFilters,
  type FlagRequest,
} from './flag-worker-protocol';

const MONTHS = 72;
const START = epochDayToMonth(parseIsoDay('2010-01-01'));

/** Six years of monthly interceptions on two routes and three sites, seasonal, with a surge near the end. */
function makeTable(): EventTable {
  const features: unknown[] = [];
  for (let t = 0; t < MONTHS; t++) {
    const year = 2010 + Math.floor(t / 12);
    const month = String((t % 12) + 1).padStart(2, '0');
    const base = Math.round(40 + 15 * Math.cos((2 * Math.PI * t) / 12) + (t % 3));
    const surge = t === 69 ? 90 : 0;
    const people = [base + surge, Math.round(base / 2) + (t === 66 ? 60 : 0)];
    people.forEach((n, i) =>
      features.push(
        makeEventFeature({
          date: `${year}-${month}-1${i}`,
          route: i === 0 ? 'r-java' : 'r-rote',
          site: t < 48 && i === 1 ? 'Ashmore Reef' : i === 0 ? 'Christmas Island' : 'Rote Island',
          people: n,
          nationalities: [{ code: i === 0 ? 'AFG' : 'IRN', people: n }],
        }),
      ),
    );
  }
  return loadTestTable(features);
}

const table = makeTable();
const FILTERS: FlagFilters = NO_FILTERS;
const window = (from: number, to: number): MonthWindow => ({
  startMonth: (START + from) as EpochMonth,
  endMonth: (START + to) as EpochMonth,
});
const request = (requestId: number, asked: MonthWindow, overrides: Partial<FlagRequest> = {}): FlagRequest =>
  structuredClone({
    requestId,
    tableId: 1,
    table,
    filters: FILTERS,
    measure: 'people',
    window: asked,
    ...overrides,
  });

describe('the flags worker protocol', () => {
  it('gives what the series and flagsInWindow give on the main thread, for a copied table', () => {
    expect(table.firstMonth).toBe(START);
    const respond = makeFlagResponder();
    const read = makeFlagReader();
    const set = makeFlagSeries(table, NO_FILTERS, 'people');
    const asks = [window(48, 72), window(60, 72), window(0, 12), window(47, 71)];
    asks.forEach((asked, i) => {
      const answer = respond(request(i + 1, asked, { table: i === 0 ? table : null }));
      const flags = read(asked, structuredClone(answer));
      expect(flags).toEqual(flagsInWindow(set, asked));
    });
    expect(flagsInWindow(set, window(60, 72)).flagged.length).toBeGreaterThan(0);
  });

  it('sends a set and each of its verdicts once: a window moved by a month sends one per series', () => {
    const respond = makeFlagResponder();
    const first = respond(request(1, window(36, 48)));
    expect(first.set).not.toBeNull();
    expect(first.newFlags).toHaveLength(first.seriesIndices.length * 12);
    const moved = respond(request(2, window(37, 49), { table: null }));
    expect(moved.set).toBeNull();
    expect(moved.setKey).toBe(first.setKey);
    // Series tested in both windows get their one new month; a site with its first counts in month 48
    // was skipped before (all zero), and gets the whole window.
    const tested = new Set(first.seriesIndices);
    const newMonths = (seriesIndex: number) =>
      moved.newFlags.filter((f) => f.seriesIndex === seriesIndex).map((f) => f.t);
    for (const i of moved.seriesIndices)
      expect(newMonths(i)).toEqual(tested.has(i) ? [48] : Array.from({ length: 12 }, (_, k) => 37 + k));
    expect(moved.seriesIndices.some((i) => !tested.has(i))).toBe(true);
    expect(respond(request(3, window(36, 48), { table: null })).newFlags).toEqual([]);
    // Other filter lists are another set.
    const boats = respond(request(4, window(36, 48), { table: null, measure: 'boats' }));
    expect(boats.setKey).not.toBe(first.setKey);
    expect(boats.set).not.toBeNull();
  });

  it('shares one parameters object among the verdicts that were computed with the same parameters', () => {
    const respond = makeFlagResponder();
    const answer = respond(request(1, window(0, 72)));
    const withParameters = answer.newFlags.flatMap((f) => (f.flag.parameters ? [f.flag.parameters] : []));
    const distinct = new Set(withParameters.map((p) => JSON.stringify(p)));
    expect(withParameters.length).toBeGreaterThan(distinct.size);
    expect(new Set(withParameters).size).toBe(distinct.size);
    // The copy keeps the sharing, and reads as before.
    const copied = structuredClone(answer);
    expect(new Set(copied.newFlags.flatMap((f) => (f.flag.parameters ? [f.flag.parameters] : []))).size).toBe(
      distinct.size,
    );
  });

  it('forgets the least recent set past the ones it keeps, and then sends it again', () => {
    const respond = makeFlagResponder(2);
    const ask = (requestId: number, routes: readonly string[]) =>
      respond(request(requestId, window(60, 72), { filters: { ...FILTERS, routes } }));
    const first = ask(1, []);
    ask(2, ['r-java']);
    expect(ask(3, []).newFlags).toEqual([]);
    ask(4, ['r-java']);
    ask(5, ['r-rote']);
    // The two others were used after the first: it was dropped, and is computed anew, to the same verdicts.
    const again = ask(6, []);
    expect(again.set).not.toBeNull();
    expect(again.newFlags).toEqual(first.newFlags);
  });

  it('refuses a request for a table it was not sent, and an answer naming what it does not have', () => {
    expect(() => makeFlagResponder()(request(1, window(60, 72), { table: null }))).toThrow(/table 1/);
    const answer = makeFlagResponder()(request(1, window(60, 72)));
    expect(() => makeFlagReader()(window(60, 72), { ...answer, set: null })).toThrow(RangeError);
    expect(() => makeFlagReader()(window(60, 72), { ...answer, newFlags: [] })).toThrow(RangeError);
  });
});

describe('the flags request queue', () => {
  function harness() {
    const posted: FlagRequest[] = [];
    const delivered: { readonly tag: string; readonly flags: WindowFlags }[] = [];
    const queue = makeFlagRequestQueue((r) => posted.push(r));
    const respond = makeFlagResponder();
    const ask = (tag: string, asked: MonthWindow, on: EventTable = table) =>
      queue.schedule({
        table: on,
        filters: NO_FILTERS,
        measure: 'people',
        window: asked,
        deliver: (flags) => delivered.push({ tag, flags }),
      });
    const answer = (posted: FlagRequest | undefined): FlagAnswer => {
      if (posted === undefined) throw new Error('nothing posted');
      const a = respond(structuredClone(posted));
      queue.receive(a);
      return a;
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
    expect(delivered[1]?.flags).toEqual(
      flagsInWindow(makeFlagSeries(table, NO_FILTERS, 'people'), window(58, 70)),
    );
    // The table goes with the first request only.
    expect(posted.map((r) => r.table !== null)).toEqual([true, false]);
  });

  it('sends the table again when another one is asked for, and then the first again', () => {
    const { posted, ask, answer } = harness();
    const other = makeTable();
    for (const on of [table, other, other, table]) {
      ask('x', window(60, 72), on);
      answer(posted.at(-1));
    }
    expect(posted.map((r) => [r.tableId, r.table !== null])).toEqual([
      [1, true],
      [2, true],
      [2, false],
      [1, true],
    ]);
  });

  it('drops the answer of a cancelled request and never posts a cancelled waiting one', () => {
    const { posted, delivered, ask, answer, queue } = harness();
    const cancelA = ask('a', window(60, 72));
    const cancelB = ask('b', window(59, 71));
    cancelA();
    cancelB();
    const first = answer(posted[0]);
    expect(posted).toHaveLength(1);
    expect(delivered).toEqual([]);
    // The same window as the cancelled 'a': the worker sends nothing again, the queue kept what it sent.
    ask('c', window(60, 72));
    // An answer that is not the one awaited changes nothing.
    queue.receive({ ...first, requestId: 999 });
    expect(delivered).toEqual([]);
    expect(answer(posted[1]).newFlags).toEqual([]);
    expect(delivered.map((d) => d.tag)).toEqual(['c']);
    expect(delivered[0]?.flags).toEqual(
      flagsInWindow(makeFlagSeries(table, NO_FILTERS, 'people'), window(60, 72)),
    );
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
