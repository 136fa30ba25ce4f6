// Property tests of the link format: every valid state survives encode → parse (after the documented
// normalization), links are canonical, and no input string makes the parser throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import { GRANULARITIES } from '@/domain/time-buckets';
import { EVENT_KINDS, OUTCOMES } from '@/domain/vocabulary';
import { LANGUAGES } from '@/i18n/translate';
import { PLAYBACK_SPEEDS } from './timeline-slice';
import { sortedUnique, toWellFormed } from './url-codecs';
import { normalizeCamera } from './url-params';
import { encodeUrlState, parseUrlState, withDefaults } from './url-state';
import { URL_FIELDS, URL_PARAMS, type UrlState } from './url-params';

const FIRST_DAY = parseIsoDay('1900-01-01');
const LAST_DAY = parseIsoDay('2100-12-31');

/** Characters that stress the escaping, then any UTF-16 unit (lone surrogates included). */
const SPECIAL = [
  ',',
  '\\',
  '%',
  '&',
  '=',
  '+',
  '#',
  '?',
  ':',
  ';',
  '.',
  '~',
  '(',
  ')',
  "'",
  '"',
  '/',
  ' ',
  '\n',
];
const unit = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const name = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit, minLength: 1, maxLength }).filter((s) => s.length <= maxLength && s.trim() === s);
const routeId = name(64);
const siteName = name(200);
const alpha3 = fc.stringMatching(/^[A-Z]{3}$/);

const dayRange = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 1, max: 20_000 }))
  .map(([start, length]) => ({
    startDay: start as EpochDay,
    endDay: Math.min(start + length, LAST_DAY + 1) as EpochDay,
  }));

const camera = fc.record({
  lon: fc.double({ min: -720, max: 720, noNaN: true }),
  lat: fc.double({ min: -85.05, max: 85.05, noNaN: true }),
  zoom: fc.double({ min: 0, max: 24, noNaN: true }),
});

const urlState: fc.Arbitrary<UrlState> = fc.record({
  timeRange: fc.option(dayRange),
  granularity: fc.constantFrom(...GRANULARITIES),
  kinds: fc.array(fc.constantFrom(...EVENT_KINDS), { maxLength: 4 }),
  outcomes: fc.array(fc.constantFrom(...OUTCOMES), { maxLength: 8 }),
  routes: fc.array(routeId, { maxLength: 5 }),
  nationalities: fc.array(alpha3, { maxLength: 5 }),
  sites: fc.array(siteName, { maxLength: 5 }),
  selection: fc.option(
    fc.oneof(
      routeId.map((id) => ({ kind: 'route' as const, id })),
      siteName.map((id) => ({ kind: 'site' as const, id })),
    ),
  ),
  camera: fc.option(camera),
  language: fc.constantFrom(...LANGUAGES),
  measure: fc.constantFrom('people' as const, 'boats' as const),
  chartSplit: fc.constantFrom('route' as const, 'nationality' as const, 'outcome' as const),
  sideTab: fc.constantFrom('overview' as const, 'filters' as const, 'map' as const, 'analysis' as const),
  showEventPoints: fc.boolean(),
  flowScaleToView: fc.boolean(),
  motion: fc.boolean(),
  windowMode: fc.constantFrom('moving' as const, 'cumulative' as const),
  speed: fc.constantFrom(...PLAYBACK_SPEEDS),
  loop: fc.boolean(),
  embed: fc.boolean(),
  embedTimeline: fc.boolean(),
  embedCharts: fc.boolean(),
  embedFixed: fc.boolean(),
  embedHosts: fc.array(
    fc.constantFrom('https://example.org', 'http://localhost:8080', 'https://slides.example.com'),
    { maxLength: 3 },
  ),
  compareA: fc.option(dayRange),
  compareB: fc.option(dayRange),
  compareSwipe: fc.boolean(),
  compareSwipeAtPct: fc.integer({ min: 5, max: 95 }),
});

/** What a link keeps of a state: sets de-duplicated and sorted, names well-formed, the camera rounded. */
function normalize(s: UrlState): UrlState {
  const names = (values: readonly string[]): string[] => sortedUnique(values.map(toWellFormed));
  return {
    ...s,
    kinds: sortedUnique(s.kinds),
    outcomes: sortedUnique(s.outcomes),
    routes: names(s.routes),
    nationalities: sortedUnique(s.nationalities),
    sites: names(s.sites),
    selection: s.selection && { kind: s.selection.kind, id: toWellFormed(s.selection.id) },
    camera: normalizeCamera(s.camera),
    embedHosts: sortedUnique(s.embedHosts),
  };
}

const KNOWN_KEYS = ['v', ...URL_FIELDS.map((f) => URL_PARAMS[f].key)];

describe('link format properties', () => {
  it('parse(encode(s)) equals s, normalized, with no notices', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        const parsed = parseUrlState(encodeUrlState(s));
        expect(parsed.notices).toEqual([]);
        expect(withDefaults(parsed.state)).toEqual(normalize(s));
      }),
      { numRuns: 500 },
    );
  });

  it('links are canonical: equal after normalization means equal text, and re-encoding is stable', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        const query = encodeUrlState(s);
        expect(encodeUrlState(normalize(s))).toBe(query);
        expect(encodeUrlState(withDefaults(parseUrlState(query).state))).toBe(query);
        // Tools that percent-encode every comma do not change what a link means.
        expect(parseUrlState(query.replaceAll(',', '%2C')).state).toEqual(parseUrlState(query).state);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, and what it accepts is a valid state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const parsed = parseUrlState(search);
        for (const key of Object.keys(parsed.state)) expect(URL_FIELDS).toContain(key);
        const again = parseUrlState(encodeUrlState(withDefaults(parsed.state)));
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on known keys with arbitrary values, and notices every value it does not keep', () => {
    const pair = fc.tuple(
      fc.constantFrom(...KNOWN_KEYS, '__proto__', 'constructor', 'zz'),
      fc.oneof(
        fc.string({ unit, maxLength: 40 }),
        fc.stringMatching(/^-?\d{1,3}(\.\d{1,5})?,-?\d{1,2}(\.\d{1,5})?,\d{1,2}(\.\d{1,3})?$/),
        fc.stringMatching(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/),
      ),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const parsed = parseUrlState(search);
        const keys = new Set(pairs.map(([key]) => key));
        const kept = Object.keys(parsed.state).map((f) => URL_PARAMS[f as keyof UrlState].key);
        const noticed = new Set(parsed.notices.map((n) => n.key));
        // Every key given is either kept or noticed (`v` is read, not kept).
        for (const key of keys) if (key !== 'v') expect(kept.includes(key) || noticed.has(key)).toBe(true);
        expect(Object.getPrototypeOf(parsed.state)).toBe(Object.prototype);
      }),
      { numRuns: 1000 },
    );
  });
});
