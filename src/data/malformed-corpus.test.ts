// Malformed corpus, per feature: each bad feature sits between two valid ones; the neighbours must load and
// the report must hold exactly the expected rejection or warning (index, id, field, code, value).
import { describe, expect, it } from 'vitest';
import { getEventId } from '@/domain/event-table';
import {
  makeCollection,
  makeEventFeature,
  makeTestRoutes,
  type EventFeature,
} from '@/testing/make-event-features';
import { REJECTION_CODES, WARNING_CODES, type LoadIssue } from './load-report';
import { parseEventsText, type LoadOutcome } from './parse-events';

const routes = makeTestRoutes();
const load = (text: string): LoadOutcome => parseEventsText(text, { fileName: 'corpus.geojson', routes });
const json = (value: unknown): string => JSON.stringify(value);
const before = (): unknown => makeEventFeature({ id: 'valid-before' });
const after = (): unknown => makeEventFeature({ id: 'valid-after', date: '2012-04-02' });

type Expected = Omit<LoadIssue<string>, 'value'> & { value?: string };
interface FeatureCase {
  readonly name: string;
  /** The feature placed at index 1, between two valid ones: a value, or raw JSON text. */
  readonly bad: unknown;
  readonly raw?: string;
  readonly metadata?: Record<string, unknown> | null;
  /** Replaces the valid feature before the bad one. */
  readonly before?: unknown;
  readonly expected: Expected;
}

/** A bad feature: the default valid event with id "bad" and `props` overridden. */
const p = (props: Record<string, unknown>): EventFeature => makeEventFeature({ id: 'bad', ...props });
const at = (coordinates: unknown): unknown => ({ ...p({}), geometry: { type: 'Point', coordinates } });
const PROPS =
  '"kind":"interception","date":"2012-05-14","people":5,"route":"r-java","site":"S","outcome":"landed"';
/** Raw feature JSON, so that `1e999` or a `__proto__` key reach JSON.parse as written. */
const rawFeature = (coordinates: string, properties: string): string =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":${coordinates}},"properties":${properties}}`;
const LONG = 'x'.repeat(257);

/** `issue` is "field code"; the issue is expected at index 1 with id "bad" unless `id` says otherwise. */
function R(name: string, bad: unknown, issue: string, value?: string, id = 'bad'): FeatureCase {
  const [field = '', code = ''] = issue.split(' ');
  return { name, bad, expected: { index: 1, id, field, code, value } };
}
const RAW = (name: string, raw: string, issue: string, id = 'bad'): FeatureCase => ({
  ...R(name, null, issue, undefined, id),
  raw,
});
const GEO = 'geometry.coordinates';
const NAT = 'nationalities';

const rejections: FeatureCase[] = [
  R('null', null, 'type not-a-feature', 'null', ''),
  R('a number', 3, 'type not-a-feature', '3', ''),
  R('an array', [105, -10], 'type not-a-feature', '[105,-10]', ''),
  R('type "feature"', { ...p({}), type: 'feature' }, 'type not-a-feature', '"feature"'),
  R('no type', { ...p({}), type: undefined }, 'type feature-type-missing', ''),
  R('geometry null', { ...p({}), geometry: null }, 'geometry geometry-missing', ''),
  R('geometry absent', { type: 'Feature', properties: p({}).properties }, 'geometry geometry-missing', ''),
  R(
    'LineString',
    { ...p({}), geometry: { type: 'LineString', coordinates: [[1, 2]] } },
    'geometry.type geometry-not-point',
    '"LineString"',
  ),
  R(
    'MultiPoint',
    { ...p({}), geometry: { type: 'MultiPoint', coordinates: [[1, 2]] } },
    'geometry.type geometry-not-point',
  ),
  R('coordinates as strings', at(['105.68', '-10.42']), `${GEO} coordinates-invalid`, '["105.68","-10.42"]'),
  RAW(
    'coordinate 1e999 (Infinity)',
    rawFeature('[1e999,0]', `{"id":"bad",${PROPS}}`),
    `${GEO} coordinate-not-finite`,
  ),
  RAW(
    'people 1e400 (Infinity)',
    rawFeature(
      '[105.68,-10.42]',
      '{"id":"bad","kind":"departure","date":"2012-05-14","people":1e400,"route":"r-java","site":"S"}',
    ),
    'people count-not-finite',
  ),
  R('coordinates [null, null]', at([null, null]), `${GEO} coordinates-invalid`, '[null,null]'),
  R('one coordinate', at([105]), `${GEO} coordinates-invalid`, '[105]'),
  R('four coordinates', at([105, -10, 0, 0]), `${GEO} coordinates-invalid`),
  R('coordinates a string', at('105.68,-10.42'), `${GEO} coordinates-invalid`, '"105.68,-10.42"'),
  R('coordinates absent', at(undefined), `${GEO} coordinates-missing`, ''),
  R('altitude "f"', at([105, -10, 'f']), `${GEO} position-extra-invalid`, '[105,-10,"f"]'),
  R('altitude null', at([105, -10, null]), `${GEO} position-extra-invalid`, '[105,-10,null]'),
  R('longitude 200', at([200, 10]), `${GEO} longitude-out-of-range`, '[200,10]'),
  R('longitude -180.5', at([-180.5, 0]), `${GEO} longitude-out-of-range`),
  R('latitude 95, longitude 200', at([200, 95]), `${GEO} latitude-out-of-range`, '[200,95]'),
  R('latitude 95, longitude 10', at([10, 95]), `${GEO} latitude-out-of-range-swapped`, '[10,95]'),
  R('Christmas Island swapped', at([-10.42, 105.68]), `${GEO} latitude-out-of-range-swapped`),
  R('properties null', { ...p({}), properties: null }, 'properties properties-missing', '', ''),
  R('properties an array', { ...p({}), properties: [] }, 'properties properties-missing', '[]', ''),
  R('numeric id', p({ id: 42 }), 'id id-invalid', '42', ''),
  R('id of 257 characters', p({ id: LONG }), 'id id-too-long', '257', LONG.slice(0, 256)),
  R('id with a lone surrogate', p({ id: 'a\ud800' }), 'id id-lone-surrogate', '2', 'a\ud800'),
  R(
    'duplicate id',
    p({ id: 'valid-before', people: 7, nationalities: [] }),
    'id id-duplicate',
    '"valid-before"',
    'valid-before',
  ),
  R('kind missing', p({ kind: undefined }), 'kind kind-missing'),
  R('kind "arrival"', p({ kind: 'arrival' }), 'kind kind-invalid', '"arrival"'),
  R('kind "Departure"', p({ kind: 'Departure' }), 'kind kind-invalid', '"Departure"'),
  R('date missing', p({ date: undefined }), 'date date-missing'),
  R('date 13/02/2013', p({ date: '13/02/2013' }), 'date date-invalid', '"13/02/2013"'),
  R('date 2013-2-3', p({ date: '2013-2-3' }), 'date date-invalid'),
  R('date with a time', p({ date: '2013-02-03T10:00:00Z' }), 'date date-invalid'),
  R('date as a number', p({ date: 20130213 }), 'date date-invalid', '20130213'),
  R('date 2013-02-30', p({ date: '2013-02-30' }), 'date date-nonexistent', '"2013-02-30"'),
  R('month 2013-13', p({ date: '2013-13' }), 'date date-nonexistent'),
  R('year 1800', p({ date: '1800-01-01' }), 'date date-out-of-range', '"1800-01-01"'),
  R('month 2101-01', p({ date: '2101-01' }), 'date date-out-of-range'),
  R('people -1', p({ people: -1 }), 'people count-invalid', '-1'),
  R('people 1.5', p({ people: 1.5 }), 'people count-invalid', '1.5'),
  R('people "12"', p({ people: '12' }), 'people count-invalid', '"12"'),
  R('people 1,000,001', p({ people: 1_000_001 }), 'people count-too-large', '1000001'),
  R('boats 0', p({ boats: 0 }), 'boats boats-invalid', '0'),
  R('boats "2"', p({ boats: '2' }), 'boats boats-invalid', '"2"'),
  R('boats 70,000', p({ boats: 70_000 }), 'boats count-too-large', '70000'),
  R('records 0', p({ records: 0 }), 'records records-invalid', '0'),
  R('records 2.5', p({ records: 2.5 }), 'records records-invalid', '2.5'),
  R('records 2e9', p({ records: 2e9 }), 'records count-too-large', '2000000000'),
  R('crew "x"', p({ crew: 'x' }), 'crew count-invalid', '"x"'),
  R('crew 70,000', p({ crew: 70_000 }), 'crew count-too-large', '70000'),
  R('deaths -3', p({ deaths: -3 }), 'deaths count-invalid', '-3'),
  R('route missing', p({ route: undefined }), 'route route-missing'),
  R('route a number', p({ route: 7 }), 'route route-invalid', '7'),
  R('route blank', p({ route: '   ' }), 'route route-invalid', '"   "'),
  R('route of 65 characters', p({ route: 'r'.repeat(65) }), 'route route-too-long', '65'),
  R('site missing', p({ site: undefined }), 'site site-missing'),
  R('site blank', p({ site: ' ' }), 'site site-invalid', '" "'),
  R('site an object', p({ site: { name: 'S' } }), 'site site-invalid'),
  R('site of 1,001 characters', p({ site: 's'.repeat(1001) }), 'site text-too-long', '1001'),
  R('interception without outcome', p({ outcome: undefined }), 'outcome outcome-missing'),
  R('outcome ""', p({ outcome: '' }), 'outcome outcome-missing'),
  R('outcome "sunk"', p({ outcome: 'sunk' }), 'outcome outcome-invalid', '"sunk"'),
  R('outcome "none"', p({ outcome: 'none' }), 'outcome outcome-invalid', '"none"'),
  R('nationalities a string', p({ nationalities: 'AFG' }), `${NAT} nationalities-invalid`, '"AFG"'),
  R('nationalities an object', p({ nationalities: { AFG: 50 } }), `${NAT} nationalities-invalid`),
  R(
    '51 nationalities',
    p({ nationalities: Array<string>(51).fill('AFG') }),
    `${NAT} nationalities-too-many`,
    '51',
  ),
  R(
    'entry {code:"af"}',
    p({ nationalities: [{ code: 'af' }] }),
    `${NAT} nationality-entry-invalid`,
    '{"code":"af"}',
  ),
  R('entry "afg"', p({ nationalities: ['afg'] }), `${NAT} nationality-entry-invalid`, '"afg"'),
  R('entry a number', p({ nationalities: [4] }), `${NAT} nationality-entry-invalid`, '4'),
  R(
    'entry people -1',
    p({ nationalities: [{ code: 'AFG', people: -1 }] }),
    `${NAT} nationality-entry-invalid`,
  ),
  R(
    'entry people "3"',
    p({ nationalities: [{ code: 'AFG', people: '3' }] }),
    `${NAT} nationality-entry-invalid`,
  ),
  R(
    'counts exceeding people (one entry uncounted)',
    p({ people: 10, nationalities: [{ code: 'AFG', people: 8 }, 'IRN', { code: 'IRQ', people: 5 }] }),
    `${NAT} nationality-count-exceeds-people`,
    '"13 > 10"',
  ),
  RAW(
    '__proto__ in a nationality entry',
    rawFeature(
      '[105.68,-10.42]',
      `{"id":"bad",${PROPS},"nationalities":[{"__proto__":{"code":"AFG","polluted":1}}]}`,
    ),
    `${NAT} nationality-entry-invalid`,
  ),
];

const fileWarning: Expected = {
  index: -1,
  id: '',
  field: 'metadata.formatVersion',
  code: 'format-version-missing',
  value: '',
};
/** Metadata with a bbox around the region of the test events, [west, south, east, north]. */
const WITH_BBOX = { formatVersion: 1, kind: 'events', source: 'Test', bbox: [60, -15, 130, 40] };
const warnings: FeatureCase[] = [
  {
    ...R(
      'Quetta with lon/lat swapped (metadata bbox)',
      makeEventFeature({ id: 'bad' }, [30.18, 67]),
      `${GEO} coordinates-look-swapped`,
      '[30.18,67]',
    ),
    metadata: WITH_BBOX,
  },
  R('id missing: derived from the feature number', p({ id: undefined }), 'id id-derived', '"row-2"', 'row-2'),
  R('id empty', p({ id: '' }), 'id id-derived', '"row-2"', 'row-2'),
  R(
    'id on the Feature, not in properties',
    { ...p({ id: undefined }), id: 'ev-9' },
    'id id-at-feature-level',
    '"ev-9"',
    'row-2',
  ),
  RAW(
    '__proto__ carrying the id',
    rawFeature('[105.68,-10.42]', `{"__proto__":{"id":"evil"},${PROPS}}`),
    'id id-derived',
    'row-2',
  ),
  R('routeName a number', p({ routeName: 5 }), 'routeName route-name-invalid', '5'),
  {
    ...R('a second name for a route', p({ routeName: 'Other' }), 'routeName route-name-conflict', '"Other"'),
    before: makeEventFeature({ id: 'valid-before', routeName: 'Java' }),
  },
  {
    name: 'bbox not four numbers',
    bad: p({}),
    metadata: { formatVersion: 1, kind: 'events', bbox: [1, 2, 3] },
    expected: { index: -1, id: '', field: 'metadata.bbox', code: 'metadata-bbox-invalid', value: '[1,2,3]' },
  },
  R('route not in the routes file', p({ route: 'r-nowhere' }), 'route route-unknown', '"r-nowhere"'),
  R(
    'unassigned code',
    p({ nationalities: [{ code: 'XKX', people: 50 }] }),
    `${NAT} nationality-unknown-code`,
    '"XKX"',
  ),
  R(
    'counts not adding up',
    p({ nationalities: [{ code: 'AFG', people: 10 }] }),
    `${NAT} nationality-counts-mismatch`,
    '"10 ≠ 50"',
  ),
  R('counts missing', p({ nationalities: ['AFG', 'IRN'] }), `${NAT} nationality-counts-apportioned`, '2'),
  R(
    '600 people per boat',
    p({ people: 1200, boats: 2, nationalities: [] }),
    'people people-per-boat-high',
    '1200',
  ),
  R(
    'outcome on a departure',
    p({ kind: 'departure', outcome: 'sunk' }),
    'outcome outcome-on-departure',
    '"sunk"',
  ),
  R('unknown confidence', p({ confidence: 'sure' }), 'confidence confidence-unknown', '"sure"'),
  R(
    'lower-case origin country',
    p({ origin_country: 'afg' }),
    'origin_country origin-country-invalid',
    '"afg"',
  ),
  R('source over 1,000 characters', p({ source: 's'.repeat(1001) }), 'source text-truncated', '1001'),
  { name: 'no formatVersion', bad: p({}), metadata: { kind: 'events' }, expected: fileWarning },
  { name: 'no metadata at all', bad: p({}), metadata: null, expected: fileWarning },
];

/** Loads [valid, bad, valid] and returns the outcome, asserting the neighbours loaded. */
function loadBetween({ bad, raw, metadata, before: first }: FeatureCase): LoadOutcome & { ok: true } {
  const PLACEHOLDER = '"__bad feature__"';
  const text = json(
    makeCollection([first ?? before(), raw === undefined ? bad : '__bad feature__', after()], metadata),
  );
  const result = load(raw === undefined ? text : text.replace(PLACEHOLDER, raw));
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(result.error.code);
  const ids = Array.from({ length: result.table.length }, (_, r) => getEventId(result.table, r));
  expect(ids).toEqual(expect.arrayContaining(['valid-before', 'valid-after']));
  return result;
}

function expectIssue(issues: readonly LoadIssue<string>[], expected: Expected): void {
  expect(issues).toHaveLength(1);
  const { value, ...located } = issues[0] ?? { value: '' };
  expect(located).toEqual({
    index: expected.index,
    id: expected.id,
    field: expected.field,
    code: expected.code,
  });
  if (expected.value !== undefined) expect(value).toBe(expected.value);
}

const sumPeople = (table: { people: Uint32Array }): number => table.people.reduce((a, b) => a + b, 0);

describe('per-feature rejections: the feature is dropped, its neighbours load', () => {
  it.each(rejections.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { report, table } = loadBetween(c);
    expect(report.accepted).toBe(2);
    expect(table.length).toBe(2);
    expect(report.warnings).toEqual([]);
    expectIssue(report.rejected, c.expected);
    expect(sumPeople(table)).toBe(100); // the two neighbours (for a duplicate id: the first one is kept)
  });

  it('covers every rejection code', () => {
    const covered = new Set(rejections.map((c) => c.expected.code));
    expect(REJECTION_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('ignores a __proto__ key in properties (the feature loads)', () => {
    const raw = rawFeature(
      '[105.68,-10.42]',
      `{"id":"bad",${PROPS},"__proto__":{"polluted":"yes","people":999}}`,
    );
    const { report, table } = loadBetween({ name: '', bad: null, raw, expected: fileWarning });
    expect(report.accepted).toBe(3);
    expect(report.rejected).toEqual([]);
    expect(sumPeople(table)).toBe(105);
  });

  it('leaves Object.prototype untouched after the whole corpus', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).id).toBeUndefined();
    expect(({} as Record<string, unknown>).code).toBeUndefined();
  });
});

describe('warnings: the feature is kept as given and reported', () => {
  it.each(warnings.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { report, table } = loadBetween(c);
    expect(report.accepted).toBe(3);
    expect(table.length).toBe(3);
    expect(report.rejected).toEqual([]);
    expectIssue(report.warnings, c.expected);
  });

  it('covers every warning code', () => {
    const covered = new Set(warnings.map((c) => c.expected.code));
    expect(WARNING_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });
});

// Rules stated in docs/data-format.md that the corpus above does not pin on their own.
describe('rules stated in docs/data-format.md', () => {
  it('accepts a site of up to 1,000 characters and rejects a longer one ("site: string, 1–1000 characters")', () => {
    const { report } = loadBetween(R('site of 1000', p({ site: 's'.repeat(1000) }), 'site -'));
    expect(report.rejected).toEqual([]);
    const longer = loadBetween(R('site of 1001', p({ site: 's'.repeat(1001) }), 'site -'));
    expect(longer.report.rejected.map((r) => [r.index, r.field, r.code])).toEqual([
      [1, 'site', 'text-too-long'],
    ]);
  });

  it('rejects counts that add up to more than people, and keeps counts that add up to fewer with a warning', () => {
    const over = p({
      people: 10,
      nationalities: [
        { code: 'AFG', people: 8 },
        { code: 'IRN', people: 5 },
      ],
    });
    const { report } = loadBetween(R('all counts given, 13 > 10', over, 'nationalities -'));
    expect(report.rejected.map((r) => [r.index, r.code])).toEqual([[1, 'nationality-count-exceeds-people']]);
    const under = p({
      people: 10,
      nationalities: [
        { code: 'AFG', people: 6 },
        { code: 'IRN', people: 3 },
      ],
    });
    const kept = loadBetween(R('all counts given, 9 < 10', under, 'nationalities -'));
    expect(kept.report.rejected).toEqual([]);
    expect(kept.report.warnings.map((w) => [w.index, w.code])).toEqual([[1, 'nationality-counts-mismatch']]);
  });

  it('merges a nationality listed twice into one entry, so each boat counts once per nationality', () => {
    const twice = p({ people: 10, nationalities: ['AFG', { code: 'AFG', people: 4 }, 'IRN'] });
    const { table } = loadBetween(R('AFG twice', twice, 'nationalities -'));
    const row = [...Array(table.length).keys()].find((r) => (table.people[r] ?? 0) === 10)!;
    const start = table.natOffsets[row]!;
    const end = table.natOffsets[row + 1]!;
    const entries = [...Array(end - start).keys()].map((k) => [
      table.nationalityNames[table.natCode[start + k]!],
      table.natPeople[start + k],
    ]);
    // 4 counted AFG, 6 uncounted shared by the uncounted AFG and IRN (3 + 3): AFG 7, IRN 3.
    expect(entries).toEqual([
      ['AFG', 7],
      ['IRN', 3],
    ]);
  });
});

describe('ids and versions that could mislead', () => {
  it('rejects an id with a lone surrogate (it could not be stored without colliding)', () => {
    const { report } = loadBetween(R('lone surrogate id', p({ id: 'a\ud800' }), 'id -'));
    expect(report.rejected.map((r) => [r.index, r.code])).toEqual([[1, 'id-lone-surrogate']]);
  });

  it('accepts an id of 256 characters', () => {
    const { report } = loadBetween(R('id of 256', p({ id: 'x'.repeat(256) }), 'id -'));
    expect(report.rejected).toEqual([]);
  });

  it('refuses a formatVersion that is not a whole number', () => {
    const outcome = load(json(makeCollection([before()], { formatVersion: '2' })));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('format-version-unsupported');
  });
});
