// High cardinality: every string column with 100k+ distinct values, rows shuffled in time, and each row
// must still show its own strings (a code column that wrapped at 65,536 would show another row's name).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE16_LIMIT, getEventId, type EventTable } from '@/domain/event-table';
import { makeCollection } from '@/testing/make-event-features';
import { EventColumnsBuilder } from './event-columns-builder';
import { parseEventsValue } from './parse-events';
import { StringDictionary } from './string-dictionary';
import { toCodeColumn } from './typed-columns';

/** Text without surrounding blanks or lone surrogates (the loader trims and rejects those in ids). */
const prefixArb = fc
  .string({ minLength: 1, maxLength: 4, unit: 'grapheme' })
  .filter((s) => s.trim() === s && s.length > 0 && !/[\s]/.test(s));

interface Spec {
  readonly n: number;
  readonly seed: number;
  readonly prefix: { route: string; site: string; agency: string; source: string; id: string };
}

/** Deterministic pseudo-random days (LCG) so that rows are reordered by the day sort. */
function dayOf(i: number, seed: number): string {
  const x = (Math.imul(i + 1, 1_103_515_245) + seed) >>> 0;
  const year = 1990 + (x % 30);
  const month = 1 + ((x >>> 5) % 12);
  const day = 1 + ((x >>> 9) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Origin codes are kept (with a warning) up to 8 characters when they are not ISO codes. */
const originOf = (i: number): string => `Q${i.toString(36)}`;

function makeFeatures({ n, seed, prefix }: Spec): unknown[] {
  const features: unknown[] = [];
  for (let i = 0; i < n; i++) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [(i % 360) - 180, (i % 180) - 90] },
      properties: {
        id: `${prefix.id}${i}`,
        kind: 'departure',
        date: dayOf(i, seed),
        people: i % 1000,
        route: `${prefix.route}${i}`,
        site: `${prefix.site}${i}`,
        origin_country: originOf(i),
        agency: `${prefix.agency}${i}`,
        source: `${prefix.source}${i}`,
      },
    });
  }
  return features;
}

function expectOwnStrings(table: EventTable, spec: Spec): void {
  const { prefix } = spec;
  for (let r = 0; r < table.length; r++) {
    const i = Number(getEventId(table, r).slice(prefix.id.length));
    if (table.routes[table.route[r] ?? -1]?.id !== `${prefix.route}${i}`)
      throw new Error(`route of row ${r}`);
    if (table.sites[table.site[r] ?? -1]?.name !== `${prefix.site}${i}`) throw new Error(`site of row ${r}`);
    if (table.countryNames[table.originCountry[r] ?? -1] !== originOf(i)) throw new Error(`origin ${r}`);
    if (table.agencyNames[table.agency[r] ?? -1] !== `${prefix.agency}${i}`) throw new Error(`agency ${r}`);
    if (table.sourceNames[table.source[r] ?? -1] !== `${prefix.source}${i}`) throw new Error(`source ${r}`);
    if ((table.people[r] ?? -1) !== i % 1000) throw new Error(`people of row ${r}`);
  }
}

describe('every row shows its own strings at any cardinality', () => {
  it('with 100k–140k distinct routes, sites, origins, agencies and sources', () => {
    const specArb = fc.record({
      n: fc.integer({ min: 100_000, max: 140_000 }),
      seed: fc.integer({ min: 0, max: 0x7fffffff }),
      prefix: fc.record({
        route: prefixArb,
        site: prefixArb,
        agency: prefixArb,
        source: prefixArb,
        id: prefixArb.map((s) => `${s}#`),
      }),
    });
    fc.assert(
      fc.property(specArb, (spec) => {
        const outcome = parseEventsValue(makeCollection(makeFeatures(spec)), {
          fileName: 'many.geojson',
          routes: null,
        });
        if (!outcome.ok) throw new Error(outcome.error.code);
        expect(outcome.report.accepted).toBe(spec.n);
        expect(outcome.table.length).toBe(spec.n);
        for (const column of ['route', 'site', 'originCountry', 'agency', 'source'] as const) {
          expect(outcome.table[column]).toBeInstanceOf(Uint32Array);
        }
        expectOwnStrings(outcome.table, spec);
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});

describe('code column width', () => {
  it('stays Uint16 up to 65,536 names and widens to Uint32 past it, with every code intact', () => {
    const codes = Uint32Array.from({ length: CODE16_LIMIT + 1 }, (_, i) => i);
    const narrow = toCodeColumn(codes, CODE16_LIMIT, null, CODE16_LIMIT);
    expect(narrow).toBeInstanceOf(Uint16Array);
    expect(narrow[CODE16_LIMIT - 1]).toBe(CODE16_LIMIT - 1);
    const wide = toCodeColumn(codes, CODE16_LIMIT + 1, null, CODE16_LIMIT + 1);
    expect(wide).toBeInstanceOf(Uint32Array);
    expect(wide[CODE16_LIMIT]).toBe(CODE16_LIMIT);
    const reversed = Uint32Array.from({ length: CODE16_LIMIT + 1 }, (_, i) => CODE16_LIMIT - i);
    const gathered = toCodeColumn(codes, CODE16_LIMIT + 1, reversed, CODE16_LIMIT + 1);
    expect(gathered[0]).toBe(CODE16_LIMIT);
    expect(gathered[CODE16_LIMIT]).toBe(0);
  });

  it('a small table keeps Uint16 code columns', () => {
    const spec: Spec = {
      n: 300,
      seed: 1,
      prefix: { route: 'r', site: 's', agency: 'a', source: 'c', id: 'i' },
    };
    const outcome = parseEventsValue(makeCollection(makeFeatures(spec)), {
      fileName: 'few.geojson',
      routes: null,
    });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.table.site).toBeInstanceOf(Uint16Array);
    expectOwnStrings(outcome.table, spec);
  });
});

describe('StringDictionary', () => {
  it('refuses a name past its size instead of reusing a code', () => {
    const dictionary = new StringDictionary(2);
    expect(dictionary.encode('a')).toBe(0);
    expect(dictionary.encode('b')).toBe(1);
    expect(dictionary.encode('a')).toBe(0);
    expect(() => dictionary.encode('c')).toThrow(RangeError);
    expect(dictionary.names).toEqual(['a', 'b']);
  });
});

describe('EventColumnsBuilder', () => {
  it('grows past its first reservation and keeps every row', () => {
    const builder = new EventColumnsBuilder(1);
    const values = {
      featureIndex: 0,
      id: '',
      day: 15_000 as never,
      precision: 0,
      kind: 0,
      outcome: 0,
      confidence: 1,
      people: 0,
      boats: 1,
      crew: 0,
      deaths: 0,
      records: 1,
      route: 'r',
      routeName: '',
      site: '',
      originCountry: '',
      agency: '',
      source: '',
      lon: 0,
      lat: 0,
      natCodes: ['AFG'],
      natPeople: [0],
    };
    for (let i = 0; i < 5000; i++) {
      builder.push({ ...values, id: `e${i}`, people: i, site: `s${i % 7}`, natPeople: [i] });
    }
    const table = builder.finish(new Map(), {
      title: '',
      source: '',
      sourceUrl: '',
      licence: '',
      extracted: '',
      illustrative: false,
      notes: '',
      destination: '',
      tagline: '',
      bbox: null,
    });
    expect(table.length).toBe(5000);
    for (let r = 0; r < 5000; r++) {
      expect(getEventId(table, r)).toBe(`e${r}`);
      expect(table.people[r]).toBe(r);
      expect(table.natPeople[r]).toBe(r);
      expect(table.sites[table.site[r] ?? -1]?.name).toBe(`s${r % 7}`);
    }
  });
});
