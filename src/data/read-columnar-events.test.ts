// The columnar reader against the GeoJSON loader: the same events as an Arrow file and as GeoJSON give the
// same table, the same report and the same figures; broken files give one located file error.
import {
  Dictionary,
  Float64,
  Int32,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { aggregateRows } from '@/domain/aggregate-rows';
import { aggregateWindow } from '@/domain/aggregate-window';
import { buildEventCube } from '@/domain/event-cube';
import { NO_FILTERS } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';
import { figuresByName } from '@/testing/figures-by-name';
import { COLUMNAR_METADATA_KEY, detectBinaryKind, parseNationalitiesText } from './columnar-events-format';
import { loadFiles } from './load-files';
import type { LoadOutcome } from './parse-events';
import { parseEventsValue } from './parse-events';
import { readColumnarEvents } from './read-columnar-events';

type Props = Record<string, unknown>;
interface Feature {
  readonly lonLat: readonly [number, number] | null;
  readonly props: Props;
}

const TEXT = [
  'id',
  'kind',
  'date',
  'route',
  'routeName',
  'site',
  'outcome',
  'origin_country',
  'agency',
  'source',
  'confidence',
];
const COUNTS = ['people', 'boats', 'crew', 'deaths', 'records'];

/** Nationalities as the columnar text form writes them. */
function natText(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  return value
    .map((entry: unknown) =>
      typeof entry === 'string'
        ? entry
        : `${String((entry as Props)['code'])}:${String((entry as Props)['people'])}`,
    )
    .join(';');
}

/** An Arrow IPC file of the features; text columns dictionary-encoded unless `plainText`. */
function arrowFile(features: readonly Feature[], metadata: Props | null, plainText = false): Uint8Array {
  const vectors: Record<string, Vector> = {};
  const text = (name: string): DataType =>
    plainText || name === 'id' ? new Utf8() : new Dictionary(new Utf8(), new Int32());
  for (const name of TEXT) {
    if (!features.some((f) => f.props[name] !== undefined)) continue;
    vectors[name] = vectorFromArray(
      features.map((f) => (f.props[name] ?? null) as string | null),
      text(name),
    );
  }
  for (const name of COUNTS) {
    if (!features.some((f) => f.props[name] !== undefined)) continue;
    vectors[name] = vectorFromArray(
      features.map((f) => (f.props[name] ?? null) as number | null),
      new Int32(),
    );
  }
  vectors['nationalities'] = vectorFromArray(
    features.map((f) => natText(f.props['nationalities'])),
    text('nationalities'),
  );
  vectors['lon'] = vectorFromArray(
    features.map((f) => f.lonLat?.[0] ?? null),
    new Float64(),
  );
  vectors['lat'] = vectorFromArray(
    features.map((f) => f.lonLat?.[1] ?? null),
    new Float64(),
  );
  const table = new Table(vectors);
  if (metadata !== null) table.schema.metadata.set(COLUMNAR_METADATA_KEY, JSON.stringify(metadata));
  return tableToIPC(table, 'file');
}

function geojson(features: readonly Feature[], metadata: Props | null): unknown {
  return {
    type: 'FeatureCollection',
    ...(metadata === null ? {} : { metadata }),
    features: features.map((f) => ({
      type: 'Feature',
      geometry: f.lonLat === null ? null : { type: 'Point', coordinates: [...f.lonLat] },
      properties: f.props,
    })),
  };
}

const META = { formatVersion: 1, kind: 'events', title: 'Columnar test', source: 'Test source' };

/** A small varied dataset: both kinds, every outcome, nationalities with and without counts, nulls. */
function sampleFeatures(n: number): Feature[] {
  const outcomes = [
    'landed',
    'turned_back',
    'disrupted',
    'rescued',
    'lost_at_sea',
    'lost_on_land',
    'unknown',
  ];
  const features: Feature[] = [];
  for (let i = 0; i < n; i++) {
    const departure = i % 5 === 0;
    const props: Props = {
      id: `ev-${i}`,
      kind: departure ? 'departure' : 'interception',
      date: i % 7 === 0 ? `201${i % 4}-0${1 + (i % 9)}` : `201${i % 4}-0${1 + (i % 9)}-${10 + (i % 18)}`,
      people: i % 11 === 0 ? null : 10 + ((i * 37) % 90),
      boats: 1 + (i % 3 === 0 ? 1 : 0),
      route: `r${i % 3}`,
      routeName: `Route ${i % 3}`,
      site: `Site ${(i * 7) % 9}`,
      nationalities:
        i % 4 === 0 ? ['AFG', 'IRN'] : i % 4 === 1 ? [{ code: 'LKA', people: 5 }, 'IRQ'] : undefined,
      agency: i % 2 === 0 ? 'Navy' : undefined,
      confidence: ['high', 'medium', 'low'][i % 3],
    };
    if (!departure) props['outcome'] = outcomes[i % outcomes.length];
    if (i % 6 === 0) props['deaths'] = i % 4;
    if (i % 8 === 0) props['crew'] = 2;
    features.push({ lonLat: [100 + (i % 13) * 0.7, -8 + (i % 5) * 0.9], props });
  }
  return features;
}

function tableOf(outcome: LoadOutcome): EventTable {
  if (!outcome.ok) throw new Error(`load failed: ${outcome.error.code} ${outcome.error.value}`);
  return outcome.table;
}

const options = { fileName: 'events', routes: null } as const;

describe('readColumnarEvents', () => {
  it('gives the same table and report as the GeoJSON of the same events', () => {
    const features = sampleFeatures(400);
    const fromArrow = readColumnarEvents(arrowFile(features, META), options);
    const fromGeojson = parseEventsValue(geojson(features, META), options);
    expect(fromArrow).toEqual(fromGeojson);
    expect(tableOf(fromArrow).length).toBe(400);
  });

  it('reads plain (not dictionary-encoded) text columns the same way', () => {
    const features = sampleFeatures(120);
    expect(readColumnarEvents(arrowFile(features, META, true), options)).toEqual(
      parseEventsValue(geojson(features, META), options),
    );
  });

  it('rejects and reports bad rows as the GeoJSON loader does, loading the rest', () => {
    const features = sampleFeatures(60);
    const bad: Feature[] = [
      { lonLat: [200, 5], props: { ...features[0]?.props, id: 'bad-lon' } },
      { lonLat: null, props: { ...features[1]?.props, id: 'no-point' } },
      { lonLat: [101, -7], props: { ...features[2]?.props, id: 'bad-kind', kind: 'arrival' } },
      { lonLat: [101, -7], props: { ...features[3]?.props, id: 'bad-date', date: '2013-02-30' } },
      { lonLat: [101, -7], props: { ...features[4]?.props, id: 'bad-people', people: -4 } },
      { lonLat: [101, -7], props: { ...features[5]?.props, id: 'bad-nat', nationalities: ['afg'] } },
      { lonLat: [101, -7], props: { ...features[6]?.props, id: 'ev-7' } },
      { lonLat: [101, -7], props: { ...features[7]?.props, id: 'zero-records', records: 0 } },
    ];
    const all = [...features, ...bad];
    const fromArrow = readColumnarEvents(arrowFile(all, META), options);
    const fromGeojson = parseEventsValue(geojson(all, META), options);
    expect(fromArrow.ok && fromArrow.report.rejectedFeatures).toBe(8);
    // Rejected rows keep every column of the file, absent ones as ''; the issues are the same.
    const issues = (o: LoadOutcome): unknown =>
      o.ok ? { ...o.report, rejectedRows: o.report.rejectedRows.map((r) => r.issues) } : o;
    expect(issues(fromArrow)).toEqual(issues(fromGeojson));
    expect(tableOf(fromArrow)).toEqual(tableOf(fromGeojson));
  });

  it('column-wise rows: warnings and rejections that depend on earlier rows or on people match GeoJSON', () => {
    const features = sampleFeatures(40);
    const base = features[3]?.props ?? {};
    const extra: Feature[] = [
      // The same id as an accepted row, a conflicting route name, an unknown code, too many per boat.
      { lonLat: [101, -7], props: { ...base, id: 'ev-10' } },
      { lonLat: [101, -7], props: { ...base, id: 'conflict', routeName: 'Other name' } },
      { lonLat: [101, -7], props: { ...base, id: 'xxx-code', nationalities: ['XXX'] } },
      { lonLat: [101, -7], props: { ...base, id: 'crowded', people: 900, boats: 1 } },
      // One nationality text with people that match its counts, then with people that do not.
      {
        lonLat: [101, -7],
        props: { ...base, id: 'nat-a', people: 7, nationalities: [{ code: 'AFG', people: 7 }] },
      },
      {
        lonLat: [101, -7],
        props: { ...base, id: 'nat-b', people: 9, nationalities: [{ code: 'AFG', people: 7 }] },
      },
      {
        lonLat: [101, -7],
        props: { ...base, id: 'nat-c', people: 7, nationalities: [{ code: 'AFG', people: 7 }] },
      },
      {
        lonLat: [101, -7],
        props: { ...base, id: 'nat-d', people: 5, nationalities: [{ code: 'AFG', people: 7 }] },
      },
      // Absent id (derived), then a row whose id is that derived one.
      { lonLat: [101, -7], props: { ...base, id: undefined } },
      { lonLat: [101, -7], props: { ...base, id: 'row-49' } },
    ];
    const all = [...features, ...extra];
    const fromArrow = readColumnarEvents(arrowFile(all, META), options);
    const fromGeojson = parseEventsValue(geojson(all, META), options);
    const issues = (o: LoadOutcome): unknown =>
      o.ok ? { ...o.report, rejectedRows: o.report.rejectedRows.map((r) => r.issues) } : o;
    expect(issues(fromArrow)).toEqual(issues(fromGeojson));
    expect(tableOf(fromArrow)).toEqual(tableOf(fromGeojson));
    const codes = fromArrow.ok ? fromArrow.report.warningCounts.map((c) => c.code) : [];
    expect(codes).toEqual(
      expect.arrayContaining([
        'route-name-conflict',
        'nationality-unknown-code',
        'people-per-boat-high',
        'nationality-counts-mismatch',
        'id-derived',
      ]),
    );
    expect(fromArrow.ok && fromArrow.report.rejectedCounts.map((c) => c.code)).toEqual(
      expect.arrayContaining(['id-duplicate', 'nationality-count-exceeds-people']),
    );
  });

  it('column-wise rows: ids read as bytes match GeoJSON, with non-ASCII text and duplicates', () => {
    const features = sampleFeatures(30);
    const base = features[3]?.props ?? {};
    const row = (id: string | undefined, extra: Props = {}): Feature => ({
      lonLat: [101, -7],
      props: { ...base, id, ...extra },
    });
    const warned = { confidence: 'bogus' }; // accepted with a warning: the feature path
    const all = [
      ...features,
      row('é-1'),
      row('船-2'),
      row('🚢-3'),
      row('é-1'), // duplicate of a column-wise row, itself column-wise
      row('船-2', warned), // duplicate of a column-wise row, on the feature path
      row('warned-4', warned),
      row('warned-4'), // column-wise duplicate of a feature-path row
      row('ev-5 '), // not ev-5: ids are not trimmed
      row('ev-5'),
      row('é'.repeat(200)), // 400 bytes but 200 UTF-16 units: accepted
      row('é'.repeat(257)), // too long
      row('x'.repeat(256)),
      row('x'.repeat(257)),
      row(''), // derived
      row('row-44'), // the derived id of the row before
    ];
    const fromArrow = readColumnarEvents(arrowFile(all, META), options);
    const fromGeojson = parseEventsValue(geojson(all, META), options);
    // Rejected rows keep every column of the file (absent ones as ''); their issues are the same.
    const issues = (o: LoadOutcome): unknown =>
      o.ok ? { ...o.report, rejectedRows: o.report.rejectedRows.map((r) => r.issues) } : o;
    expect(issues(fromArrow)).toEqual(issues(fromGeojson));
    const table = tableOf(fromArrow);
    expect(table).toEqual(tableOf(fromGeojson));
    const ids = Array.from({ length: table.length }, (_, r) =>
      new TextDecoder().decode(table.idBytes.subarray(table.idOffsets[r], table.idOffsets[r + 1])),
    );
    expect(ids).toEqual(
      expect.arrayContaining(['é-1', '船-2', '🚢-3', 'warned-4', 'ev-5 ', 'é'.repeat(200)]),
    );
    expect(fromArrow.ok && fromArrow.report.rejectedCounts).toEqual(
      expect.arrayContaining([
        { code: 'id-duplicate', count: 5 },
        { code: 'id-too-long', count: 2 },
      ]),
    );
  });

  it('counts a row with records n as n events in both aggregation paths; people and boats as given', () => {
    const features: Feature[] = sampleFeatures(50).map((f, i) => ({
      ...f,
      props: { ...f.props, records: 1 + (i % 4) },
    }));
    const table = tableOf(readColumnarEvents(arrowFile(features, META), options));
    expect(table.records).toBeDefined();
    const rows = aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS);
    const expectedEvents = features.reduce((sum, f) => sum + (f.props['records'] as number), 0);
    expect(rows.totals.all.events).toBe(expectedEvents);
    const people = features.reduce((sum, f) => sum + ((f.props['people'] as number | null) ?? 0), 0);
    expect(rows.totals.all.people).toBe(people);
    expect(aggregateWindow(buildEventCube(table), NO_FILTERS)).toEqual(rows);
    // The same records written as GeoJSON give the same figures.
    const fromGeojson = tableOf(parseEventsValue(geojson(features, META), options));
    expect(
      figuresByName(
        fromGeojson,
        aggregateRows(fromGeojson, filterEvents(fromGeojson, NO_FILTERS), NO_FILTERS),
      ),
    ).toEqual(figuresByName(table, rows));
  });

  it('without records every row is one event and the table has no records column', () => {
    const table = tableOf(readColumnarEvents(arrowFile(sampleFeatures(30), META), options));
    expect(table.records).toBeUndefined();
    expect(aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS).totals.all.events).toBe(30);
  });

  it('reads the aggregation stated in the metadata', () => {
    const aggregation = { by: ['date', 'site', 'route'], period: 'month', sourceRecords: 1234 };
    const table = tableOf(
      readColumnarEvents(arrowFile(sampleFeatures(10), { ...META, aggregation }), options),
    );
    expect(table.meta.aggregation).toEqual(aggregation);
    const plain = tableOf(readColumnarEvents(arrowFile(sampleFeatures(10), META), options));
    expect(plain.meta.aggregation).toBeNull();
  });

  it('without metadata: the file name is the title and the missing version is a warning, as in GeoJSON', () => {
    const features = sampleFeatures(10);
    const outcome = readColumnarEvents(arrowFile(features, null), options);
    expect(outcome).toEqual(parseEventsValue(geojson(features, null), options));
    expect(outcome.ok && outcome.report.warningCounts.map((c) => c.code)).toContain('format-version-missing');
  });

  it('refuses files that are not Lintas events, or broken, with one file error', () => {
    const other = tableToIPC(new Table({ a: vectorFromArray([1, 2, 3], new Int32()) }), 'file');
    expect(readColumnarEvents(other, options)).toMatchObject({
      ok: false,
      error: { code: 'columnar-columns-missing' },
    });
    const broken = arrowFile(sampleFeatures(20), META).slice(0, 300);
    expect(readColumnarEvents(broken, options)).toMatchObject({
      ok: false,
      error: { code: 'columnar-unreadable' },
    });
    const badMeta = new Table({ kind: vectorFromArray(['departure'], new Utf8()) });
    badMeta.schema.metadata.set(COLUMNAR_METADATA_KEY, '{not json');
    expect(readColumnarEvents(tableToIPC(badMeta, 'file'), options)).toMatchObject({
      ok: false,
      error: { code: 'columnar-unreadable', value: COLUMNAR_METADATA_KEY },
    });
    expect(
      readColumnarEvents(arrowFile(sampleFeatures(3), META), { ...options, maxFeatures: 2 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'too-many-features', value: '3/2' },
    });
  });
});

describe('the columnar file in the loader', () => {
  it('is recognised by its first bytes, whatever its name, and loads like the GeoJSON', async () => {
    const features = sampleFeatures(40);
    const bytes = arrowFile(features, META);
    expect(detectBinaryKind(bytes.subarray(0, 8))).toBe('arrow');
    const buffer = bytes.slice().buffer;
    const response = await loadFiles({
      requestId: 1,
      events: { type: 'bytes', bytes: buffer, fileName: 'events.bin' },
      routes: null,
      maxBytes: 1e9,
    });
    expect(response.ok && response.table).toEqual(
      tableOf(parseEventsValue(geojson(features, META), { ...options, fileName: 'events.bin' })),
    );
  });

  it('answers a Parquet file with a message pointing to the preparation step', async () => {
    const parquet = new TextEncoder().encode('PAR1\u0000\u0000\u0000\u0000PAR1');
    const response = await loadFiles({
      requestId: 2,
      events: { type: 'bytes', bytes: parquet.slice().buffer, fileName: 'x.parquet' },
      routes: null,
      maxBytes: 1e9,
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'parquet-not-read' }, file: 'events' });
  });

  it('does not take GeoJSON text for a binary file', () => {
    const text = JSON.stringify(geojson(sampleFeatures(5), META));
    expect(detectBinaryKind(new TextEncoder().encode(text).subarray(0, 8))).toBeNull();
  });
});

describe('nationalities text', () => {
  it('reads codes with and without persons, and passes anything else on for the validator', () => {
    expect(parseNationalitiesText('AFG:60;IRN')).toEqual([{ code: 'AFG', people: 60 }, 'IRN']);
    expect(parseNationalitiesText('')).toEqual([]);
    expect(parseNationalitiesText('AFG:x')).toEqual(['AFG:x']);
  });
});
