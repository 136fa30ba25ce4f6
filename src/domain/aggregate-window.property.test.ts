// Property test: the cube fast path (aggregateWindow) gives exactly the reference result (aggregateRows over
// filterEvents) for random small tables, random filters and every series split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import type { SeriesSplit, WindowAggregates } from './aggregates';
import { aggregateRows } from './aggregate-rows';
import { aggregateWindow } from './aggregate-window';
import { formatEpochDay, toEpochDay, type EpochDay } from './epoch-day';
import { buildEventCube } from './event-cube';
import { NO_FILTERS, type EventFilters } from './event-filters';
import { filterEvents } from './filter-events';
import { EVENT_KINDS, OUTCOMES } from './vocabulary';

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
    people: fc.integer({ min: 0, max: 300 }),
    boats: fc.integer({ min: 1, max: 3 }),
    crew: fc.option(fc.integer({ min: 0, max: 5 })),
    deaths: fc.option(fc.integer({ min: 0, max: 50 })),
    route: fc.constantFrom(...ROUTES),
    site: fc.constantFrom(...SITES),
  })
  .chain((e) => nationalitiesArb(e.people).map((nationalities) => ({ ...e, nationalities })));

/** 1–30 event features; tests load them with loadTestTable (real parser, test routes) inside the property,
 * so a counterexample prints features rather than columns. */
const featuresArb = fc.array(eventArb, { minLength: 1, maxLength: 30 }).map((events) =>
  events.map(({ day, monthOnly, kind, outcome, nationalities, ...rest }, i) =>
    makeEventFeature({
      ...rest,
      id: `e${i}`,
      kind,
      outcome: kind === 'interception' ? outcome : undefined,
      date: formatEpochDay(day).slice(0, monthOnly ? 7 : 10),
      nationalities,
    }),
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
    fc.assert(
      fc.property(
        featuresArb,
        fc.array(filtersArb, { minLength: 1, maxLength: 4 }),
        (features, filterList) => {
          const table = loadTestTable(features);
          const cube = buildEventCube(table);
          for (const filters of filterList) {
            const kept = filterEvents(table, filters).length;
            if (kept > 0 && kept < table.length) partial++;
            const range = filters.timeRange;
            if (range === null || MONTH_STARTS.some((d) => d >= range.startDay && d + 28 < range.endDay))
              withWholeMonths++;
            for (const split of SPLITS) {
              const fast = aggregateWindow(cube, filters, split);
              expect(plain(fast)).toStrictEqual(plain(viaRows(table, filters, split)));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(partial).toBeGreaterThan(50);
    expect(withWholeMonths).toBeGreaterThan(50);
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
});
