// A corpus of malformed events files and features, each with the loader's expected answer: whole-file
// failures, per-feature rejections (the neighbours still load) and warnings (the feature is kept).
import { afterAll, describe, expect, it } from 'vitest';
import { getEventId } from '@/domain/event-table';
import {
  makeCollection,
  makeEventFeature,
  makeRoutesCollection,
  makeTestRoutes,
} from '@/testing/make-event-features';
import { decodeText } from './decode-text';
import { REJECTION_CODES, WARNING_CODES, type FileErrorCode, type LoadIssue } from './load-report';
import { parseEventsText, type LoadOutcome } from './parse-events';

const routes = makeTestRoutes();
const load = (text: string, maxBytes?: number): LoadOutcome =>
  parseEventsText(text, { fileName: 'corpus.geojson', routes, maxBytes });
const json = (value: unknown): string => JSON.stringify(value);
const before = (): unknown => makeEventFeature({ id: 'valid-before' });
const after = (): unknown => makeEventFeature({ id: 'valid-after', date: '2012-04-02' });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Bytes through decodeText, then the text through the loader (the path a picked file takes). */
const loadBytes = (bytes: Uint8Array, maxBytes?: number): LoadOutcome | ReturnType<typeof decodeText> => {
  const decoded = decodeText(bytes, maxBytes);
  return decoded.ok ? load(decoded.text) : decoded;
};

describe('whole-file failures', () => {
  const oneValid = json(makeCollection([before()]));
  // [name, result, expected code, expected value (undefined: not checked)]
  const cases: [
    string,
    () => { ok: boolean; error?: { code: string; value: string } },
    FileErrorCode,
    string?,
  ][] = [
    [
      'not JSON, located',
      () => load('{\n  "type": "FeatureCollection"\n  "features": []\n}'),
      'not-json',
      '3:3',
    ],
    ['not JSON, truncated', () => load('{"type":"FeatureCollection","features":['), 'not-json', 'end'],
    ['not JSON, bare word', () => load('nope'), 'not-json'],
    ['not JSON, trailing comma', () => load('{"type":"FeatureCollection","features":[1,]}'), 'not-json'],
    ['a JSON array', () => load('[]'), 'not-geojson', 'array'],
    ['an array of features', () => load(json([before()])), 'not-geojson', 'array'],
    ['a JSON number', () => load('42'), 'not-geojson', '42'],
    ['JSON null', () => load('null'), 'not-geojson', 'null'],
    ['a JSON string', () => load('"FeatureCollection"'), 'not-geojson', '"FeatureCollection"'],
    ['JSON true', () => load('true'), 'not-geojson', 'true'],
    ['an object without type', () => load(json({ features: [before()] })), 'not-geojson', ''],
    ['a numeric type', () => load(json({ type: 7, features: [before()] })), 'not-geojson', ''],
    ['a single Feature', () => load(json(before())), 'not-feature-collection', '"Feature"'],
    ['a TopoJSON topology', () => load(json({ type: 'Topology' })), 'not-feature-collection', '"Topology"'],
    ['no features member', () => load(json({ type: 'FeatureCollection' })), 'features-missing', ''],
    ['features an object', () => load(json({ type: 'FeatureCollection', features: {} })), 'features-missing'],
    ['features null', () => load(json({ type: 'FeatureCollection', features: null })), 'features-missing'],
    ['features a string', () => load(json({ type: 'FeatureCollection', features: 'x' })), 'features-missing'],
    ['empty features', () => load(json(makeCollection([]))), 'no-features', ''],
    [
      'formatVersion 2',
      () => load(json(makeCollection([before()], { formatVersion: 2 }))),
      'format-version-unsupported',
      '2/1',
    ],
    [
      'formatVersion 1.5',
      () => load(json(makeCollection([before()], { formatVersion: 1.5 }))),
      'format-version-unsupported',
      '1.5/1',
    ],
    [
      'metadata kind routes',
      () => load(json(makeCollection([before()], { formatVersion: 1, kind: 'routes' }))),
      'wrong-file-kind',
      'routes',
    ],
    ['the routes file itself', () => load(json(makeRoutesCollection())), 'wrong-file-kind', 'routes'],
    ['empty text', () => load(''), 'file-empty', ''],
    ['whitespace only', () => load(' \n\t\r\n  '), 'file-empty', ''],
    ['text over maxBytes', () => load(oneValid, 64), 'file-too-large', `${oneValid.length}/64`],
    ['empty bytes', () => loadBytes(new Uint8Array(0)), 'file-empty', ''],
    [
      'bytes over maxBytes',
      () => loadBytes(utf8(oneValid), 10),
      'file-too-large',
      `${utf8(oneValid).length}/10`,
    ],
    [
      'UTF-16 LE BOM',
      () => loadBytes(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
      'utf16-encoding',
      '',
    ],
    [
      'UTF-16 BE BOM',
      () => loadBytes(Uint8Array.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])),
      'utf16-encoding',
      '',
    ],
    [
      'invalid UTF-8 in a string',
      () => loadBytes(Uint8Array.from([...utf8('{"a":"'), 0xc3, 0x28, ...utf8('"}')])),
      'not-utf8',
      '',
    ],
    [
      'UTF-8 cut inside a character',
      () => loadBytes(Uint8Array.from([...utf8('{"a":"'), 0xe2, 0x82])),
      'not-utf8',
      '',
    ],
    [
      'Latin-1 bytes',
      () => loadBytes(Uint8Array.from([...utf8('{"site":"S'), 0xe3, ...utf8('o Paulo"}')])),
      'not-utf8',
      '',
    ],
  ];

  it.each(cases)('%s', (_name, run, code, value) => {
    const result = run();
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe(code);
    if (value !== undefined) expect(result.error?.value).toBe(value);
  });

  it('all features invalid: no-valid-features, with the report of every rejection', () => {
    const result = load(
      json(makeCollection([{ type: 'Feature' }, makeEventFeature({ id: 'x', people: -1 })])),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'no-valid-features', value: '2' });
    expect(result.report?.featureCount).toBe(2);
    expect(result.report?.accepted).toBe(0);
    expect(result.report?.rejected.map((r) => [r.index, r.code])).toEqual([
      [0, 'geometry-missing'],
      [1, 'count-invalid'],
    ]);
  });

  it.each([
    [
      'decodeText drops a UTF-8 BOM',
      () => loadBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(json(makeCollection([before()])))])),
    ],
    ['parseEventsText drops a leading U+FEFF', () => load(`\ufeff${json(makeCollection([before()]))}`)],
    [
      'non-ASCII text decodes',
      () =>
        loadBytes(
          utf8(json(makeCollection([makeEventFeature({ site: 'Pulau Rote – Nusa Tenggara Timur' })]))),
        ),
    ],
  ])('%s and the file loads', (_name, run) => {
    const result = run();
    expect(result.ok).toBe(true);
    expect(result.ok && 'report' in result && result.report.accepted).toBe(1);
  });
});

type Expected = Omit<LoadIssue<string>, 'value'> & { value?: string };
interface FeatureCase {
  readonly name: string;
  /** The feature placed at index 1, between two valid ones: a value, or raw JSON text. */
  readonly bad: unknown;
  readonly raw?: string;
  readonly metadata?: Record<string, unknown> | null;
  readonly expected: Expected;
}

const LONG = 'x'.repeat(65);
/** A bad feature: the default valid event with id "bad" and `props` overridden. */
const p = (props: Record<string, unknown>): unknown => makeEventFeature({ id: 'bad', ...props });
const at = (coordinates: unknown): unknown => ({ ...p({}), geometry: { type: 'Point', coordinates } });
const PROPS =
  '"kind":"interception","date":"2012-05-14","people":5,"route":"r-java","site":"S","outcome":"landed"';
/** Raw feature JSON, so that `1e999` or a `__proto__` key reach JSON.parse as written. */
const rawFeature = (coordinates: string, properties: string): string =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":${coordinates}},"properties":${properties}}`;

const R = (
  name: string,
  bad: unknown,
  field: string,
  code: string,
  value?: string,
  id = 'bad',
): FeatureCase => ({
  name,
  bad,
  expected: { index: 1, id, field, code, value },
});
const RAW = (name: string, raw: string, field: string, code: string, id = 'bad'): FeatureCase => ({
  name,
  bad: null,
  raw,
  expected: { index: 1, id, field, code },
});
const GEO = 'geometry.coordinates';
const NAT = 'nationalities';

const rejections: FeatureCase[] = [
  R('null', null, 'type', 'not-a-feature', 'null', ''),
  R('a number', 3, 'type', 'not-a-feature', '3', ''),
  R('an array', [105, -10], 'type', 'not-a-feature', '[105,-10]', ''),
  R('type "feature"', { ...p({}), type: 'feature' }, 'type', 'not-a-feature', '"feature"', ''),
  R('geometry null', { ...p({}), geometry: null }, 'geometry', 'geometry-missing', ''),
  R('geometry absent', { type: 'Feature', properties: { id: 'bad' } }, 'geometry', 'geometry-missing'),
  R(
    'LineString',
    { ...p({}), geometry: { type: 'LineString', coordinates: [[1, 2]] } },
    'geometry.type',
    'geometry-not-point',
    '"LineString"',
  ),
  R(
    'MultiPoint',
    { ...p({}), geometry: { type: 'MultiPoint', coordinates: [[1, 2]] } },
    'geometry.type',
    'geometry-not-point',
  ),
  R('coordinates as strings', at(['105.68', '-10.42']), GEO, 'coordinates-invalid', '["105.68","-10.42"]'),
  RAW(
    'coordinate 1e999 (Infinity)',
    rawFeature('[1e999,0]', `{"id":"bad",${PROPS}}`),
    GEO,
    'coordinates-invalid',
  ),
  R('coordinates [null, null]', at([null, null]), GEO, 'coordinates-invalid', '[null,null]'),
  R('one coordinate', at([105]), GEO, 'coordinates-invalid', '[105]'),
  R('four coordinates', at([105, -10, 0, 0]), GEO, 'coordinates-invalid'),
  R('coordinates a string', at('105.68,-10.42'), GEO, 'coordinates-invalid', '"105.68,-10.42"'),
  R('longitude 200', at([200, 10]), GEO, 'longitude-out-of-range', '[200,10]'),
  R('longitude -180.5', at([-180.5, 0]), GEO, 'longitude-out-of-range'),
  R('latitude 95, longitude 200', at([200, 95]), GEO, 'latitude-out-of-range', '[200,95]'),
  R('latitude 95, longitude 10', at([10, 95]), GEO, 'latitude-out-of-range-swapped', '[10,95]'),
  R('Christmas Island swapped', at([-10.42, 105.68]), GEO, 'latitude-out-of-range-swapped'),
  R('properties null', { ...p({}), properties: null }, 'properties', 'properties-missing', '', ''),
  R('properties an array', { ...p({}), properties: [] }, 'properties', 'properties-missing', '', ''),
  R('id missing', p({ id: undefined }), 'id', 'id-missing', '', ''),
  R('id empty', p({ id: '' }), 'id', 'id-missing', '', ''),
  R('numeric id', p({ id: 42 }), 'id', 'id-invalid', '42', ''),
  R('id of 65 characters', p({ id: LONG }), 'id', 'id-invalid', undefined, LONG.slice(0, 64)),
  R(
    'duplicate id',
    p({ id: 'valid-before', people: 7, nationalities: [] }),
    'id',
    'id-duplicate',
    '"valid-before"',
    'valid-before',
  ),
  R('kind missing', p({ kind: undefined }), 'kind', 'kind-missing'),
  R('kind "arrival"', p({ kind: 'arrival' }), 'kind', 'kind-invalid', '"arrival"'),
  R('kind "Departure"', p({ kind: 'Departure' }), 'kind', 'kind-invalid', '"Departure"'),
  R('date missing', p({ date: undefined }), 'date', 'date-missing'),
  R('date 13/02/2013', p({ date: '13/02/2013' }), 'date', 'date-invalid', '"13/02/2013"'),
  R('date 2013-2-3', p({ date: '2013-2-3' }), 'date', 'date-invalid'),
  R('date with a time', p({ date: '2013-02-03T10:00:00Z' }), 'date', 'date-invalid'),
  R('date as a number', p({ date: 20130213 }), 'date', 'date-invalid', '20130213'),
  R('date 2013-02-30', p({ date: '2013-02-30' }), 'date', 'date-nonexistent', '"2013-02-30"'),
  R('month 2013-13', p({ date: '2013-13' }), 'date', 'date-nonexistent'),
  R('year 1800', p({ date: '1800-01-01' }), 'date', 'date-out-of-range', '"1800-01-01"'),
  R('month 2101-01', p({ date: '2101-01' }), 'date', 'date-out-of-range'),
  R('people missing', p({ people: undefined }), 'people', 'people-missing'),
  R('people -1', p({ people: -1 }), 'people', 'count-invalid', '-1'),
  R('people 1.5', p({ people: 1.5 }), 'people', 'count-invalid', '1.5'),
  R('people "12"', p({ people: '12' }), 'people', 'count-invalid', '"12"'),
  R('people 1,000,001', p({ people: 1_000_001 }), 'people', 'count-too-large', '1000001'),
  R('boats 0', p({ boats: 0 }), 'boats', 'boats-invalid', '0'),
  R('boats "2"', p({ boats: '2' }), 'boats', 'boats-invalid', '"2"'),
  R('boats 70,000', p({ boats: 70_000 }), 'boats', 'count-too-large', '70000'),
  R('crew "x"', p({ crew: 'x' }), 'crew', 'count-invalid', '"x"'),
  R('crew 70,000', p({ crew: 70_000 }), 'crew', 'count-too-large', '70000'),
  R('deaths -3', p({ deaths: -3 }), 'deaths', 'count-invalid', '-3'),
  R('route missing', p({ route: undefined }), 'route', 'route-missing'),
  R('route a number', p({ route: 7 }), 'route', 'route-invalid', '7'),
  R('route blank', p({ route: '   ' }), 'route', 'route-invalid', '"   "'),
  R('site missing', p({ site: undefined }), 'site', 'site-missing'),
  R('site blank', p({ site: ' ' }), 'site', 'site-invalid', '" "'),
  R('site an object', p({ site: { name: 'S' } }), 'site', 'site-invalid'),
  R('site of 500 characters', p({ site: 's'.repeat(500) }), 'site', 'text-too-long'),
  R('interception without outcome', p({ outcome: undefined }), 'outcome', 'outcome-missing'),
  R('outcome ""', p({ outcome: '' }), 'outcome', 'outcome-missing'),
  R('outcome "sunk"', p({ outcome: 'sunk' }), 'outcome', 'outcome-invalid', '"sunk"'),
  R('outcome "none"', p({ outcome: 'none' }), 'outcome', 'outcome-invalid', '"none"'),
  R('nationalities a string', p({ nationalities: 'AFG' }), NAT, 'nationalities-invalid', '"AFG"'),
  R('nationalities an object', p({ nationalities: { AFG: 50 } }), NAT, 'nationalities-invalid'),
  R('51 nationalities', p({ nationalities: Array<string>(51).fill('AFG') }), NAT, 'nationalities-invalid'),
  R(
    'entry {code:"af"}',
    p({ nationalities: [{ code: 'af' }] }),
    NAT,
    'nationality-entry-invalid',
    '{"code":"af"}',
  ),
  R('entry "afg"', p({ nationalities: ['afg'] }), NAT, 'nationality-entry-invalid', '"afg"'),
  R('entry a number', p({ nationalities: [4] }), NAT, 'nationality-entry-invalid', '4'),
  R('entry people -1', p({ nationalities: [{ code: 'AFG', people: -1 }] }), NAT, 'nationality-entry-invalid'),
  R(
    'entry people "3"',
    p({ nationalities: [{ code: 'AFG', people: '3' }] }),
    NAT,
    'nationality-entry-invalid',
  ),
  R(
    'counts exceeding people (one entry uncounted)',
    p({ people: 10, nationalities: [{ code: 'AFG', people: 8 }, 'IRN', { code: 'IRQ', people: 5 }] }),
    NAT,
    'nationality-count-exceeds-people',
    '"13 > 10"',
  ),
  RAW(
    '__proto__ carrying the id',
    rawFeature('[105.68,-10.42]', `{"__proto__":{"id":"evil"},${PROPS}}`),
    'id',
    'id-missing',
    '',
  ),
  RAW(
    '__proto__ in a nationality entry',
    rawFeature(
      '[105.68,-10.42]',
      `{"id":"bad",${PROPS},"nationalities":[{"__proto__":{"code":"AFG","polluted":1}}]}`,
    ),
    NAT,
    'nationality-entry-invalid',
  ),
];

const W = (name: string, bad: unknown, field: string, code: string, value: string): FeatureCase => ({
  name,
  bad,
  expected: { index: 1, id: 'bad', field, code, value },
});
const fileWarning: Expected = {
  index: -1,
  id: '',
  field: 'metadata.formatVersion',
  code: 'format-version-missing',
  value: '',
};
const warnings: FeatureCase[] = [
  W(
    'Quetta with lon/lat swapped',
    makeEventFeature({ id: 'bad' }, [30.18, 67]),
    GEO,
    'coordinates-look-swapped',
    '[30.18,67]',
  ),
  W('route not in the routes file', p({ route: 'r-nowhere' }), 'route', 'route-unknown', '"r-nowhere"'),
  W(
    'unassigned code',
    p({ nationalities: [{ code: 'XKX', people: 50 }] }),
    NAT,
    'nationality-unknown-code',
    '"XKX"',
  ),
  W(
    'counts not adding up',
    p({ nationalities: [{ code: 'AFG', people: 10 }] }),
    NAT,
    'nationality-counts-mismatch',
    '"10 ≠ 50"',
  ),
  W('counts missing', p({ nationalities: ['AFG', 'IRN'] }), NAT, 'nationality-counts-apportioned', '2'),
  W(
    '600 people per boat',
    p({ people: 1200, boats: 2, nationalities: [] }),
    'people',
    'people-per-boat-high',
    '1200',
  ),
  W(
    'outcome on a departure',
    p({ kind: 'departure', outcome: 'sunk' }),
    'outcome',
    'outcome-on-departure',
    '"sunk"',
  ),
  W('unknown confidence', p({ confidence: 'sure' }), 'confidence', 'confidence-unknown', '"sure"'),
  W(
    'lower-case origin country',
    p({ origin_country: 'afg' }),
    'origin_country',
    'origin-country-invalid',
    '"afg"',
  ),
  { name: 'no formatVersion', bad: p({}), metadata: { kind: 'events' }, expected: fileWarning },
  { name: 'no metadata at all', bad: p({}), metadata: null, expected: fileWarning },
];

/** Loads [valid, bad, valid] and returns the outcome, asserting the neighbours loaded. */
function loadBetween({ bad, raw, metadata }: FeatureCase): LoadOutcome & { ok: true } {
  const PLACEHOLDER = '"__bad feature__"';
  const text = json(
    makeCollection([before(), raw === undefined ? bad : '__bad feature__', after()], metadata),
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
