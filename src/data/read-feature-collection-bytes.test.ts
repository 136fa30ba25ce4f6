// The GeoJSON text is loaded by scanning its features array (read-feature-collection-bytes.ts), not by
// JSON.parse of the whole file. The outcome must be the reference's, JSON.parse then parseEventsValue,
// on random files of every shape the scan meets: features of the usual shape and every kind of
// deviation (escapes, text past ASCII, numbers in every JSON form, null and absent fields, repeated
// keys, other key orders, other geometries, non-objects, nationalities in other forms, white space),
// files whose metadata follows the features, files that are not JSON, and routes files or none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RouteInfo } from '@/domain/event-table';
import { parseEventsBytes, parseEventsText, parseEventsValue, startEventFeatures } from './parse-events';
import { readFeatureCollectionText } from './read-feature-collection-bytes';

/** A JSON text piece: raw text, so that repeated keys and odd number forms can be written. */
type Json = string;

const str = (value: string): Json => JSON.stringify(value);

/** Property values per field: the first ones clean, then every kind of trouble (as raw JSON). */
const VALUES: Readonly<Record<string, readonly Json[]>> = {
  kind: [
    str('interception'),
    str('departure'),
    str('interception'),
    str('boat'),
    'null',
    '3',
    str('Interception'),
  ],
  date: [str('2012-03-04'), str('2013-11-30'), str('2012-02'), str('2012-02-30'), str('soon'), '20120304'],
  people: [
    '40',
    '52',
    '45',
    '12',
    '0',
    'null',
    '-3',
    '1.5',
    '1e2',
    '4.0E1',
    '-0',
    '99999999',
    '"12"',
    '1e400',
  ],
  boats: ['1', '2', 'null', '0', '1.0', '"1"'],
  crew: ['2', '0', 'null', '70000', '2.5'],
  deaths: ['0', '3', 'null', '-1', 'true'],
  records: ['1', '3', 'null', '0', '2.5'],
  route: [str('java-christmas'), str('rote-ashmore'), str('timor-darwin'), str(''), 'null', '7'],
  routeName: [
    str('Java – Christmas'),
    str('Rote \u2192 Ashmore'),
    str(''),
    'null',
    '5',
    str('x'.repeat(300)),
  ],
  site: [
    str('Flying Fish Cove'),
    str('Kupang'),
    str('Pulau Rotè'),
    str(''),
    'null',
    str('a\\"b'),
    str('\u202Eevil'),
  ],
  outcome: [str('landed'), str('rescued'), str('turned_back'), str('sunk'), 'null', '[]'],
  nationalities: [
    '[{"code":"AFG","people":30},{"code":"IRN","people":10}]',
    'null',
    '[{"people":12,"code":"IRQ"}]',
    '[]',
    '[{"code":"AFG"}]',
    '[{"code":"AFG","people":null}]',
    '[{"code":"AFG","people":5,"x":1}]',
    '[ { "code" : "afg" , "people" : 40 } ]',
    '["AFG"]',
    '"AFG"',
    '[{"code":"A\\u0046G","people":40}]',
    '[{"code":"AFG","people":40},{"code":"AFG","people":0}]',
    '[{"code":"AFG","code":"IRN","people":40}]',
  ],
  origin_country: [str('AFG'), str('IRN'), 'null', str('Iran'), '1'],
  agency: [str('Navy'), str('Basarnas'), 'null', str(''), '{}'],
  source: [str('agency'), str('UNHCR'), 'null', str('s'.repeat(600)), str('caf\u00e9')],
  confidence: [str('high'), str('low'), 'null', str('sure')],
  note: [str('free text'), '{"nested":[1,2,{"a":null}]}', 'true', str('\\n\\t\\u00e9')],
};

const IDS_EXTRA: readonly Json[] = [
  'null',
  '7',
  str(''),
  str('x'.repeat(300)),
  str('\\u0061'),
  str('é-1'),
  str('\ud83d\ude00'),
];

/** Mostly clean picks, so that many features load and one trouble shows. */
const pick = (values: readonly Json[]) =>
  fc
    .tuple(fc.nat({ max: 99 }), fc.nat({ max: 1000 }))
    .map(([share, n]) =>
      share < 97 ? (values[n % Math.min(3, values.length)] ?? 'null') : (values[n % values.length] ?? 'null'),
    );

/** One feature's text, or a non-feature element. */
const featureArbitrary = (index: number) =>
  fc
    .record({
      fields: fc.tuple(
        ...Object.entries(VALUES).map(([name, values]) => pick(values).map((v) => [name, v] as const)),
      ),
      absent: fc.array(fc.nat({ max: 60 }), { maxLength: 3 }),
      repeat: fc.nat({ max: 60 }),
      order: fc.nat({ max: 10 }),
      id: fc.nat({ max: 30 }),
      geometry: fc.nat({ max: 60 }),
      lon: pick(['105.68', '123.0', '130.123456789012345', '-0', '200', '1.3e2', '"1"', '1e400']),
      lat: pick(['-10.42', '-8.125', '-12', '91', 'null', '0.5e-1', '-0.0']),
      shape: fc.nat({ max: 120 }),
      space: fc.boolean(),
    })
    .map(({ fields, absent, repeat, order, id, geometry, lon, lat, shape, space }): Json => {
      if (shape === 0) return '0';
      if (shape === 1) return str('feature');
      if (shape === 2) return 'null';
      if (shape === 3) return '[]';
      const sep = space ? ' ,\n  ' : ',';
      const colon = space ? ' : ' : ':';
      const idJson =
        id < 27 ? str(`e${index}-${id % 9 === 0 ? 1 : index}`) : (IDS_EXTRA[id % IDS_EXTRA.length] ?? 'null');
      let members: (readonly [string, Json])[] = [['id', idJson], ...fields];
      members = members.filter((_, k) => !absent.includes(k));
      if (order < 2) members.reverse();
      // A repeated key with another value: JSON.parse keeps the last one.
      if (repeat === 0 && members.length > 1) members.push([members[1]?.[0] ?? 'id', 'null']);
      const props = `{${members.map(([k, v]) => `${str(k)}${colon}${v}`).join(sep)}}`;
      const coords = geometry === 1 ? `[${lon},${lat},12]` : geometry === 2 ? `[${lon}]` : `[${lon},${lat}]`;
      const geometryJson =
        geometry === 3
          ? 'null'
          : geometry === 4
            ? '{"type":"LineString","coordinates":[[1,2],[3,4]]}'
            : geometry === 5
              ? `{"coordinates":${coords},"type":"Point","bbox":[1,2,3,4]}`
              : `{"type":"Point","coordinates":${coords}}`;
      const featureMembers: Json[] = [
        `"type"${colon}${shape === 4 ? '"feature"' : '"Feature"'}`,
        `"geometry"${colon}${geometryJson}`,
        shape === 5 ? '"properties":null' : `"properties"${colon}${props}`,
      ];
      if (shape === 6) featureMembers.push('"id":"at-feature-level"');
      if (shape === 7) featureMembers.push(`"properties":{"id":"second"}`);
      if (shape === 8) featureMembers.reverse();
      if (shape === 9) featureMembers.shift();
      return `{${featureMembers.join(sep)}}`;
    });

const fileArbitrary = fc
  .tuple(
    fc.array(fc.nat({ max: 1_000_000 }), { minLength: 0, maxLength: 30 }),
    fc.nat({ max: 12 }),
    fc.boolean(),
  )
  .chain(([seeds, layout, pretty]) =>
    fc.tuple(fc.tuple(...seeds.map((_, i) => featureArbitrary(i))), fc.constant(layout), fc.constant(pretty)),
  )
  .map(([features, layout, pretty]) => {
    const list = `[${pretty ? '\n  ' : ''}${features.join(pretty ? ',\n  ' : ',')}${pretty ? '\n' : ''}]`;
    const metadata =
      '"metadata":{"formatVersion":1,"kind":"events","title":"t","source":"agency","bbox":[90,-20,140,10]}';
    if (layout === 0) return `{"type":"FeatureCollection","features":${list},${metadata}}`;
    if (layout === 1) return `{"type":"FeatureCollection","features":${list},"features":[]}`;
    if (layout === 2) return `{"type":"FeatureCollection","features":[],"features":${list}}`;
    if (layout === 3) return `{"type":"FeatureCollection","feat\\u0075res":[], "features":${list}}`;
    if (layout === 4) return `{"type":"FeatureCollection","features":${list},"feat\\u0075res":[]}`;
    if (layout === 5) return `{"features":${list},"type":"Feature"}`;
    if (layout === 6) return `{"type":"FeatureCollection",${metadata},"features":${list}}`.slice(0, -3);
    if (layout === 7) return `{"type":"FeatureCollection","features":${list}}   \n`;
    if (layout === 8) return `{"type":"FeatureCollection","features":${list.slice(0, -1)},]}`;
    return `{"type":"FeatureCollection",${metadata},"features":${list}}`;
  });

const ROUTES: readonly RouteInfo[] = [
  {
    id: 'java-christmas',
    name: 'Java – Christmas',
    hasCorridor: false,
    derived: false,
    stages: [],
    path: [],
  },
  { id: 'rote-ashmore', name: 'Rote – Ashmore', hasCorridor: false, derived: false, stages: [], path: [] },
];

const optionsOf = (routes: readonly RouteInfo[] | null) => ({
  fileName: 'f.geojson',
  routes,
  maxBytes: 1 << 24,
});

/** The reference: the whole text through JSON.parse, then the parsed value's validation. */
function reference(text: string, routes: readonly RouteInfo[] | null) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return parseEventsValue(value, optionsOf(routes));
}

describe('readFeatureCollectionText', () => {
  it('gives the outcome of JSON.parse and parseEventsValue on random files', () => {
    let scanned = 0;
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(fileArbitrary, fc.boolean(), (text, withRoutes) => {
        const routes = withRoutes ? ROUTES : null;
        const expected = reference(text, routes);
        const outcome = parseEventsText(text, optionsOf(routes));
        if (expected === null) {
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(outcome.error.code).toBe('not-json');
          return;
        }
        expect(outcome).toEqual(expected);
        const direct = readFeatureCollectionText(text, optionsOf(routes), startEventFeatures);
        if (direct !== null) {
          scanned++;
          expect(direct).toEqual(expected);
        }
        // The worker's path: the file's bytes (with a BOM now and then) scanned without decoding.
        const bom = text.length % 3 === 0 ? [0xef, 0xbb, 0xbf] : [];
        const bytes = new Uint8Array([...bom, ...new TextEncoder().encode(text)]);
        const held = { bytes };
        const fromBytes = parseEventsBytes(held, optionsOf(routes));
        expect(fromBytes === 'scan-declined' || fromBytes === null).toBe(direct === null);
        if (fromBytes !== null && fromBytes !== 'scan-declined') expect(fromBytes).toEqual(expected);
        // The bytes are let go once scanned, and kept for the JSON.parse path when the scan declines.
        expect(held.bytes.length).toBe(direct === null ? bytes.length : 0);
        if (expected.ok) loaded += expected.table.length;
        refused += expected.report?.rejectedFeatures ?? 0;
      }),
      { numRuns: 1500 },
    );
    // The scan is taken (not always left to JSON.parse), and the files hold loads and refusals.
    expect(scanned).toBeGreaterThan(500);
    expect(loaded).toBeGreaterThan(1500);
    expect(refused).toBeGreaterThan(1000);
  });

  it('leaves text with a lone surrogate, or that is not JSON, to JSON.parse', () => {
    const feature = '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}';
    const opts = optionsOf(null);
    expect(
      readFeatureCollectionText(
        `{"type":"FeatureCollection","features":[${feature}],"x":"\ud800"}`,
        opts,
        startEventFeatures,
      ),
    ).toBeNull();
    expect(
      readFeatureCollectionText(
        `{"type":"FeatureCollection","features":[${feature},]}`,
        opts,
        startEventFeatures,
      ),
    ).toBeNull();
    expect(
      readFeatureCollectionText(
        `{"type":"FeatureCollection","features":[${feature}]`,
        opts,
        startEventFeatures,
      ),
    ).toBeNull();
    expect(
      readFeatureCollectionText(
        `{"type":"FeatureCollection","features":[${feature}]}`,
        opts,
        startEventFeatures,
      ),
    ).not.toBeNull();
  });
});
