// Property tests of the events loader (fast-check): it never throws, it keeps every valid feature among
// invalid ones, and the table it builds is sorted by day with a consistent month index.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayToMonth, formatEpochDay, toEpochDay, type EpochMonth } from '@/domain/epoch-day';
import { getEventDay, getEventId, type EventTable } from '@/domain/event-table';
import { OUTCOMES } from '@/domain/vocabulary';
import { makeCollection, makeTestRoutes, type EventFeature } from '@/testing/make-event-features';
import { FILE_ERROR_CODES } from './load-report';
import { parseEventsText, parseEventsValue, type LoadOutcome } from './parse-events';

const routes = makeTestRoutes();
const options = { fileName: 'prop.geojson', routes };
const FIRST_DAY = toEpochDay(1950, 1, 1);
const LAST_DAY = toEpochDay(2100, 12, 31);

function expectWellFormed(outcome: LoadOutcome): void {
  if (outcome.ok) {
    expect(outcome.table.length).toBe(outcome.report.accepted);
    expect(outcome.report.accepted + outcome.report.rejectedFeatures).toBe(outcome.report.featureCount);
  } else {
    expect(FILE_ERROR_CODES).toContain(outcome.error.code);
    expect(typeof outcome.error.value).toBe('string');
    if (outcome.report !== null) expect(outcome.error.code).toBe('no-valid-features');
  }
}

// ---- arbitraries -------------------------------------------------------------------------------------

const dateArb = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.boolean())
  .map(([day, monthOnly]) => formatEpochDay(day as typeof FIRST_DAY).slice(0, monthOnly ? 7 : 10));
const nonBlank = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .string({ minLength: 1, maxLength, unit: 'grapheme' })
    .filter((s) => s.trim() !== '' && s.length <= maxLength);
const CODES = ['AFG', 'IRN', 'IRQ', 'LKA', 'PAK', 'MMR', 'XKX', 'UNK'];

/** Nationality entries whose given counts never exceed `people` (a count that would is left out). */
const nationalitiesArb = (people: number): fc.Arbitrary<unknown> =>
  fc.option(
    fc
      .array(
        fc.tuple(fc.constantFrom(...CODES), fc.option(fc.integer({ min: 0, max: people })), fc.boolean()),
        {
          maxLength: 5,
        },
      )
      .map((entries) => {
        let counted = 0;
        return entries.map(([code, count, asObject]) => {
          if (count === null || counted + count > people) return asObject ? { code } : code;
          counted += count;
          return { code, people: count };
        });
      }),
    { nil: undefined },
  );

/** A feature the loader must accept (warnings allowed). Its id is set later, by position. */
const validFeatureArb: fc.Arbitrary<EventFeature> = fc
  .record({
    kind: fc.constantFrom('departure', 'interception'),
    outcome: fc.constantFrom(...OUTCOMES.slice(1)),
    date: dateArb,
    people: fc.integer({ min: 0, max: 5000 }),
    boats: fc.option(fc.integer({ min: 1, max: 65_534 }), { nil: undefined }),
    crew: fc.option(fc.integer({ min: 0, max: 65_534 })),
    deaths: fc.option(fc.integer({ min: 0, max: 65_534 }), { nil: undefined }),
    route: fc.oneof(fc.constantFrom('r-java', 'r-rote', ' r-java '), nonBlank(64)),
    site: nonBlank(200),
    confidence: fc.option(fc.constantFrom('high', 'medium', 'low', 'sure'), { nil: undefined }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
  })
  .chain((f) => nationalitiesArb(f.people).map((nationalities) => ({ ...f, nationalities })))
  .map(({ lon, lat, kind, outcome, ...props }) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties: JSON.parse(
      JSON.stringify({ id: '', kind, ...(kind === 'interception' ? { outcome } : {}), ...props }),
    ) as Record<string, unknown>,
  }));

/** One change that makes a valid feature invalid. */
const breakFeature: ((f: EventFeature) => unknown)[] = [
  () => null,
  (f) => [f],
  (f) => ({ ...f, type: 'feature' }),
  (f) => ({ ...f, geometry: null }),
  (f) => ({ ...f, geometry: { type: 'Point', coordinates: [200, 0] } }),
  (f) => ({ ...f, geometry: { type: 'Point', coordinates: [0, -91] } }),
  (f) => ({ ...f, geometry: { type: 'Point', coordinates: ['1', 2] } }),
  (f) => ({ ...f, properties: null }),
  (f) => ({ ...f, properties: { ...f.properties, id: 'x'.repeat(257) } }),
  (f) => ({ ...f, properties: { ...f.properties, id: 7 } }),
  (f) => ({ ...f, properties: { ...f.properties, kind: 'arrival' } }),
  (f) => ({ ...f, properties: { ...f.properties, date: '2013-02-30' } }),
  (f) => ({ ...f, properties: { ...f.properties, date: '1949-12' } }),
  (f) => ({ ...f, properties: { ...f.properties, people: -1 } }),
  (f) => ({ ...f, properties: { ...f.properties, boats: 0 } }),
  (f) => ({ ...f, properties: { ...f.properties, crew: 'x' } }),
  (f) => ({ ...f, properties: { ...f.properties, route: ' ' } }),
  (f) => ({ ...f, properties: { ...f.properties, site: undefined } }),
  (f) => ({ ...f, properties: { ...f.properties, kind: 'interception', outcome: 'sunk' } }),
  (f) => ({ ...f, properties: { ...f.properties, nationalities: [{ code: 'af' }] } }),
  (f) => ({ ...f, properties: { ...f.properties, nationalities: [{ code: 'AFG', people: 5001 }, 'IRN'] } }),
];
const invalidFeatureArb: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(validFeatureArb, fc.integer({ min: 0, max: breakFeature.length - 1 }))
    .map(([f, i]) => breakFeature[i]?.(f)),
  fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v) || !('type' in v)),
);

const withId = (f: EventFeature, id: string): EventFeature => ({ ...f, properties: { ...f.properties, id } });
type MixedItem =
  { readonly valid: true; readonly f: EventFeature } | { readonly valid: false; readonly f: unknown };

/** Valid and invalid features interleaved; valid ones get unique ids (with a non-ASCII prefix at times). */
const mixedArb: fc.Arbitrary<MixedItem[]> = fc
  .tuple(
    fc.array(
      fc.oneof(
        validFeatureArb.map((f): MixedItem => ({ valid: true, f })),
        invalidFeatureArb.map((f): MixedItem => ({ valid: false, f })),
      ),
      { minLength: 1, maxLength: 25 },
    ),
    fc.string({ maxLength: 6, unit: 'grapheme' }),
  )
  .map(([items, prefix]) =>
    items.map((item, i) => (item.valid ? { valid: true, f: withId(item.f, `${prefix}#${i}`) } : item)),
  );

// ---- properties --------------------------------------------------------------------------------------

describe('the loader never throws', () => {
  it('on any JSON value (parseEventsValue and, as text, parseEventsText)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseEventsValue(value, options));
        expectWellFormed(parseEventsText(JSON.stringify(value) ?? '', options));
      }),
    );
  });

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(parseEventsText(text, options));
      }),
    );
  });

  it('on FeatureCollections of arbitrary features and metadata', () => {
    const collection = fc.record({
      type: fc.constant('FeatureCollection'),
      metadata: fc.oneof(fc.jsonValue(), fc.record({ formatVersion: fc.jsonValue(), kind: fc.jsonValue() })),
      features: fc.array(fc.oneof(fc.jsonValue(), invalidFeatureArb, validFeatureArb), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(collection, (value) => {
        expectWellFormed(parseEventsValue(value, options));
        expectWellFormed(parseEventsText(JSON.stringify(value), { ...options, routes: null }));
      }),
    );
  });
});

const idsOf = (table: EventTable): string[] =>
  Array.from({ length: table.length }, (_, r) => getEventId(table, r));

describe('valid features among invalid ones', () => {
  it('are all kept, and exactly the invalid positions are rejected', () => {
    fc.assert(
      fc.property(mixedArb, (items) => {
        const outcome = parseEventsText(JSON.stringify(makeCollection(items.map((i) => i.f))), options);
        const valid = items.flatMap((item) => (item.valid ? [item.f] : []));
        const invalidIndices = items.flatMap((item, i) => (item.valid ? [] : [i]));
        expect([...new Set(outcome.report?.rejected.map((r) => r.index))]).toEqual(invalidIndices);
        expect(outcome.report?.rejectedFeatures).toBe(invalidIndices.length);
        if (valid.length === 0) {
          expect(outcome.ok).toBe(false);
          expect(outcome.ok || outcome.error.code).toBe('no-valid-features');
          return;
        }
        if (!outcome.ok) throw new Error(`file rejected: ${outcome.error.code}`);
        expect(outcome.report.accepted).toBe(valid.length);
        expect(idsOf(outcome.table).sort()).toEqual(valid.map((f) => String(f.properties.id)).sort());
        const sum = (values: Iterable<number>): number => Array.from(values).reduce((a, b) => a + b, 0);
        expect(sum(outcome.table.people)).toBe(sum(valid.map((f) => Number(f.properties.people))));
        expect(sum(outcome.table.natPeople)).toBeLessThanOrEqual(sum(outcome.table.people));
      }),
    );
  });
});

describe('the table', () => {
  it('is sorted by day, stable in file order, with a consistent month index', () => {
    fc.assert(
      fc.property(fc.array(validFeatureArb, { minLength: 1, maxLength: 40 }), (features) => {
        const withIds = features.map((f, i) => withId(f, `f${i}`));
        const outcome = parseEventsValue(makeCollection(withIds), options);
        if (!outcome.ok) throw new Error(outcome.error.code);
        const t = outcome.table;
        const fileIndex = idsOf(t).map((id) => Number(id.slice(1)));
        for (let r = 1; r < t.length; r++) {
          const d0 = getEventDay(t, r - 1);
          const d1 = getEventDay(t, r);
          expect(d0).toBeLessThanOrEqual(d1);
          if (d0 === d1) expect(fileIndex[r - 1]).toBeLessThan(fileIndex[r] ?? 0);
        }
        const months = Array.from({ length: t.length }, (_, r) => epochDayToMonth(getEventDay(t, r)));
        expect(t.firstMonth).toBe(months[0]);
        expect(t.firstMonth + t.monthCount - 1).toBe(months[months.length - 1]);
        expect(formatEpochDay(t.baseDay).endsWith('-01')).toBe(true);
        expect(epochDayToMonth(t.baseDay)).toBe(t.firstMonth);
        expect(t.monthRowStart).toHaveLength(t.monthCount + 1);
        expect(t.monthRowStart[0]).toBe(0);
        expect(t.monthRowStart[t.monthCount]).toBe(t.length);
        for (let m = 0; m < t.monthCount; m++) {
          for (let r = t.monthRowStart[m] ?? 0; r < (t.monthRowStart[m + 1] ?? 0); r++) {
            expect(months[r]).toBe((t.firstMonth + m) as EpochMonth);
          }
        }
      }),
    );
  });
});
