// Property test: the cube fast path (aggregateWindow and its running-window engine) gives exactly the
// reference result (aggregateRows over filterEvents) for random small tables, random filters, every series
// split, day-granular windows (partial months at both edges), and random sequences of slides, jumps and
// toggles replayed on one engine (so windows are moved by adding and subtracting rows and cells).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import type { SeriesSplit, WindowAggregates } from './aggregates';
import { aggregateRows } from './aggregate-rows';
import { aggregateWindow } from './aggregate-window';
import { formatEpochDay, toEpochDay, type EpochDay, type EpochMonth } from './epoch-day';
import { makeSiteMonthSeries } from './site-month-series';
import { rangeFromWindow } from './time-window';
import { buildEventCube, type EventCube } from './event-cube';
import { NO_FILTERS, type EventFilters } from './event-filters';
import { filterEvents } from './filter-events';
import { EVENT_KINDS, OUTCOMES } from './vocabulary';
import { WindowEngine } from './window-engine';

const SPLITS: readonly SeriesSplit[] = ['route', 'nationality', 'outcome', 'kind'];
const ROUTES = ['r-java', 'r-rote', 'r-timor'];
const SITES = ['Christmas Island', 'Jakarta', 'Pelabuhan Ratu', 'Rote Island', 'Ashmore Reef', 'Kupang'];
const CODES = ['AFG', 'IRN', 'IRQ', 'LKA'];
const FIRST = toEpochDay(2012, 1, 1);
const LAST = toEpochDay(2012, 6, 30);
/** First days of the months around the data, so ranges often start or end exactly on a month boundary. */
const MONTH_STARTS = [
  [2011, 12],
  [2012, 1],
  [2012, 2],
  [2012, 3],
  [2012, 4],
  [2012, 5],
  [2012, 6],
  [2012, 7],
].map(([y = 0, m = 0]) => toEpochDay(y, m, 1));

const asDay = (d: number): EpochDay => d as EpochDay;
const dayArb = fc.integer({ min: FIRST, max: LAST }).map(asDay);

/** Nationality entries with distinct codes, counted or not (counts never exceed people). */
const nationalitiesArb = (people: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(undefined),
    fc.subarray(CODES, { minLength: 1 }).chain((codes) =>
      fc.array(fc.boolean(), { minLength: codes.length, maxLength: codes.length }).map((counted) => {
        let left = people;
        return codes.map((code, i) => {
          if (counted[i] !== true) return code;
          const n = Math.floor(left / 2);
          left -= n;
          return { code, people: n };
        });
      }),
    ),
  );

const eventArb = fc
  .record({
    kind: fc.constantFrom(...EVENT_KINDS),
    outcome: fc.constantFrom(...OUTCOMES.slice(1)),
    day: dayArb,
    monthOnly: fc.boolean(),
    people: fc.option(fc.integer({ min: 0, max: 300 }), { freq: 8 }),
    boats: fc.integer({ min: 1, max: 3 }),
    crew: fc.option(fc.integer({ min: 0, max: 5 })),
    deaths: fc.option(fc.integer({ min: 0, max: 50 })),
    route: fc.constantFrom(...ROUTES),
    site: fc.constantFrom(...SITES),
  })
  .chain((e) => nationalitiesArb(e.people ?? 0).map((nationalities) => ({ ...e, nationalities })));

type GeneratedEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

const toFeatures = (events: readonly GeneratedEvent[]) =>
  events.map(({ day, monthOnly, kind, outcome, nationalities, ...rest }, i) =>
    makeEventFeature({
      ...rest,
      id: `e${i}`,
      kind,
      outcome: kind === 'interception' ? outcome : undefined,
      date: formatEpochDay(day).slice(0, monthOnly ? 7 : 10),
      nationalities,
    }),
  );

/**
 * Event features; tests load them with loadTestTable (real parser, test routes) inside the property, so a
 * counterexample prints features rather than columns. Either 1–30 independent events (months of nearly
 * unique rows, which the cube keeps as rows), or up to 80 events repeating a few templates on random days
 * (months whose rows compress, which the cube keeps as cells).
 */
const featuresArb = fc.oneof(
  fc.array(eventArb, { minLength: 1, maxLength: 30 }).map(toFeatures),
  fc
    .tuple(
      fc.array(eventArb, { minLength: 1, maxLength: 3 }),
      fc.array(fc.tuple(fc.nat(), dayArb, fc.integer({ min: 0, max: 300 })), {
        minLength: 20,
        maxLength: 80,
      }),
    )
    .map(([templates, picks]) =>
      toFeatures(
        picks.map(([k, day, people]) => {
          const t = templates[k % templates.length] ?? templates[0];
          if (t === undefined) throw new Error('no template');
          // Same key as the template; nationality counts dropped so they never exceed the new people.
          const nationalities = Array.isArray(t.nationalities)
            ? t.nationalities.map((n: unknown) => (typeof n === 'string' ? n : (n as { code: string }).code))
            : t.nationalities;
          return { ...t, day, people, nationalities };
        }),
      ),
    ),
);

const boundaryArb = fc.oneof(
  fc.constantFrom(...MONTH_STARTS),
  fc.integer({ min: FIRST - 20, max: LAST + 20 }).map(asDay),
);
const filtersArb: fc.Arbitrary<EventFilters> = fc.record({
  timeRange: fc.option(
    fc.tuple(boundaryArb, boundaryArb).map(([startDay, endDay]) => ({ startDay, endDay })),
    { freq: 4 },
  ),
  kinds: fc.subarray([...EVENT_KINDS]),
  routes: fc.subarray([...ROUTES, 'r-none']),
  nationalities: fc.subarray([...CODES, 'UNK', 'SYR']),
  outcomes: fc.subarray([...OUTCOMES]),
  sites: fc.subarray([...SITES, 'Nowhere']),
});

/** WindowAggregates with typed arrays turned into plain arrays, so toStrictEqual compares values. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
/** Adds the cube's months held as cells and as rows (months with rows only) to `into`. */
function countMonths(cube: EventCube, into: { cells: number; rows: number }): void {
  const t = cube.table;
  for (let m = 0; m < t.monthCount; m++) {
    if ((t.monthRowStart[m + 1] ?? 0) === (t.monthRowStart[m] ?? 0)) continue;
    if (cube.monthHasCells[m] === 1) into.cells++;
    else into.rows++;
  }
}

const viaRows = (
  table: Parameters<typeof aggregateRows>[0],
  f: EventFilters,
  s: SeriesSplit,
): WindowAggregates => aggregateRows(table, filterEvents(table, f), f, s);

describe('aggregateWindow ≡ aggregateRows ∘ filterEvents', () => {
  it('for random tables, filters and splits', () => {
    // How often a window kept some but not all rows, and used whole months of the cube: the property
    // would be vacuous if the generated filters always kept everything or nothing.
    let partial = 0;
    let withWholeMonths = 0;
    // Windows where the new measures are not all zero: deaths on a leg, in the series and at a site.
    let withDeaths = 0;
    const months = { cells: 0, rows: 0 };
    fc.assert(
      fc.property(
        featuresArb,
        fc.array(filtersArb, { minLength: 1, maxLength: 4 }),
        (features, filterList) => {
          const table = loadTestTable(features);
          const cube = buildEventCube(table);
          countMonths(cube, months);
          for (const filters of filterList) {
            const kept = filterEvents(table, filters).length;
            if (kept > 0 && kept < table.length) partial++;
            const range = filters.timeRange;
            if (range === null || MONTH_STARTS.some((d) => d >= range.startDay && d + 28 < range.endDay))
              withWholeMonths++;
            for (const split of SPLITS) {
              const fast = aggregateWindow(cube, filters, split);
              expect(plain(fast)).toStrictEqual(plain(viaRows(table, filters, split)));
              if (
                split === 'route' &&
                fast.flows.some((f) => f.segmentDeaths.some((d) => d > 0)) &&
                fast.series.deaths.some((d) => d > 0) &&
                fast.sites.pairDeaths.some((d) => d > 0)
              )
                withDeaths++;
            }
          }
        },
      ),
      // A fixed seed: the coverage counts below are then the same on every run (about 1 window in 10
      // has deaths on a leg, in the series and at a site at once, too few for a fixed bar to hold on
      // every random draw).
      { numRuns: 200, seed: 20261202 },
    );
    expect(withDeaths).toBeGreaterThan(8);
    expect(partial).toBeGreaterThan(50);
    expect(withWholeMonths).toBeGreaterThan(50);
    // Both ways a month is held: as cells and as rows.
    expect(months.cells).toBeGreaterThan(50);
    expect(months.rows).toBeGreaterThan(50);
  });

  it('for month-aligned and mid-month windows over one table', () => {
    const days = [...MONTH_STARTS, toEpochDay(2012, 2, 15), toEpochDay(2012, 4, 30)];
    fc.assert(
      fc.property(featuresArb, (features) => {
        const table = loadTestTable(features);
        const cube = buildEventCube(table);
        for (const startDay of days) {
          for (const endDay of days) {
            const filters = { ...NO_FILTERS, timeRange: { startDay, endDay } };
            for (const split of SPLITS) {
              expect(plain(aggregateWindow(cube, filters, split))).toStrictEqual(
                plain(viaRows(table, filters, split)),
              );
            }
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('for random sequences of slides, jumps and toggles replayed on one engine', () => {
    /** A step: new filters, or the previous window moved by some days (a drag), with a series split. */
    const stepArb = fc.record({
      split: fc.constantFrom(...SPLITS),
      move: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -40, max: 40 }).map((days) => ({ days })) },
        { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }).map((months) => ({ days: months * 30 })) },
        { weight: 2, arbitrary: filtersArb.map((filters) => ({ filters })) },
        {
          weight: 1,
          arbitrary: fc.record({ toggle: fc.constantFrom('route', 'nationality', 'site', 'outcome') }),
        },
      ),
    });
    let moves = 0;
    fc.assert(
      fc.property(
        featuresArb,
        filtersArb,
        fc.array(stepArb, { minLength: 1, maxLength: 25 }),
        (features, first, steps) => {
          const table = loadTestTable(features);
          const cube = buildEventCube(table);
          // The day-prefix path pays only on big tables: one engine uses it whenever it can.
          const engines = [new WindowEngine(cube), new WindowEngine(cube, { dayPrefix: 'always' })];
          let filters = first;
          let base = first; // the filters a toggle returns to
          for (const step of steps) {
            const move = step.move;
            if ('filters' in move) {
              filters = move.filters;
              base = filters;
            } else if ('days' in move) {
              const r = filters.timeRange ?? { startDay: FIRST, endDay: LAST };
              filters = {
                ...filters,
                timeRange: { startDay: asDay(r.startDay + move.days), endDay: asDay(r.endDay + move.days) },
              };
              base = { ...base, timeRange: filters.timeRange };
              moves++;
            } else if (filters !== base) filters = base;
            else {
              const on: Record<string, Partial<EventFilters>> = {
                route: { routes: ['r-java'] },
                nationality: { nationalities: ['IRN'] },
                site: { sites: ['Christmas Island', 'Jakarta'] },
                outcome: { outcomes: ['landed', 'none'] },
              };
              filters = { ...base, ...on[move.toggle] };
            }
            const expected = plain(viaRows(table, filters, step.split));
            for (const engine of engines) {
              expect(plain(engine.aggregate(filters, step.split))).toStrictEqual(expected);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(moves).toBeGreaterThan(300);
  });

  it('aggregateWindow keeps one engine per cube, and its results never change afterwards', () => {
    const features = fc.sample(featuresArb, { numRuns: 1, seed: 7 })[0] ?? [];
    const table = loadTestTable(features);
    const cube = buildEventCube(table);
    const a = { ...NO_FILTERS, timeRange: { startDay: FIRST, endDay: asDay(FIRST + 60) } };
    const b = { ...NO_FILTERS, timeRange: { startDay: asDay(FIRST + 1), endDay: asDay(FIRST + 61) } };
    const first = aggregateWindow(cube, a, 'route');
    const kept = plain(first);
    aggregateWindow(cube, b, 'route'); // moves the same running window
    expect(plain(first)).toStrictEqual(kept);
    expect(plain(aggregateWindow(cube, a, 'route'))).toStrictEqual(kept);
  });

  it("makeSiteMonthSeries gives the sites of each month's window, from cells and from rows", () => {
    let monthsFromCells = 0;
    let monthsFromRows = 0;
    fc.assert(
      fc.property(
        featuresArb,
        filtersArb,
        fc.constantFrom('people', 'boats', 'deaths', 'events'),
        (features, filters, measure) => {
          const table = loadTestTable(features);
          const cube = buildEventCube(table);
          const n = table.monthCount;
          const values = makeSiteMonthSeries(cube, filters, measure);
          for (let m = 0; m < n; m++) {
            if (cube.monthHasCells[m] === 1) monthsFromCells++;
            else monthsFromRows++;
          }
          const expected = new Float64Array(table.sites.length * n);
          for (let m = 0; m < n; m++) {
            const month = (table.firstMonth + m) as EpochMonth;
            const timeRange = rangeFromWindow({ startMonth: month, endMonth: (month + 1) as EpochMonth });
            const sites = aggregateWindow(cube, { ...filters, timeRange }, 'outcome').sites;
            sites.codes.forEach((code, i) => (expected[code * n + m] = sites[measure][i] ?? 0));
          }
          expect(Array.from(values)).toEqual(Array.from(expected));
        },
      ),
      { numRuns: 150 },
    );
    // Both ways of summing a month were exercised.
    expect(monthsFromCells).toBeGreaterThan(0);
    expect(monthsFromRows).toBeGreaterThan(0);
  });
});
