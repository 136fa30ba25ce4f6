// The CSV and GeoJSON builders on a tiny table: header words, section numbers, formula guard, and a
// GeoJSON round trip through the real loader that gives the same totals.
import { describe, expect, it } from 'vitest';
import { parseEventsText, parseEventsValue } from '@/data/parse-events';
import { aggregateRows } from '@/domain/aggregate-rows';
import type { EpochDay } from '@/domain/epoch-day';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';
import { createFormatters } from '@/i18n/translate';
import {
  DEFAULT_EVENTS_METADATA,
  decodeTableRows,
  makeCollection,
  makeEventFeature,
  makeTestRoutes,
  resetEventIds,
} from '@/testing/make-event-features';
import { makeAggregatesCsv } from './make-aggregates-csv';
import { makeFilteredGeoJson } from './make-filtered-geojson';

const METADATA = {
  ...DEFAULT_EVENTS_METADATA,
  title: 'Tiny export test',
  source: 'Test source, 2026',
  licence: 'CC BY 4.0',
  extracted: '2026-11-28',
  illustrative: true,
  notes: 'Made up.',
};
const EXPORTED_AT = Date.UTC(2026, 10, 28, 16, 35, 56);
// The app's formatters carry the data's destination (here as the demo's metadata gives it).
const en = createFormatters('en', { destination: 'Australia' });

/** Five records: two corridors and a route without one, day and month dates, a formula-like site. */
function features(): unknown[] {
  resetEventIds();
  return [
    makeEventFeature(
      { id: 'dp-1', kind: 'departure', date: '2012-05-10', site: 'Pelabuhan Ratu', outcome: undefined },
      [106.55, -6.99],
    ),
    makeEventFeature({ id: 'ev-1', date: '2012-05-14', agency: 'ACBPS', origin_country: 'AFG' }),
    makeEventFeature(
      {
        id: 'ev-2',
        date: '2012-06',
        route: 'r-rote',
        people: 40,
        crew: null,
        deaths: null,
        nationalities: ['AFG', { code: 'IRN', people: 10 }],
        site: 'Rote Island',
        outcome: 'turned_back',
        confidence: 'low',
      },
      [123.07, -10.74],
    ),
    makeEventFeature(
      {
        id: 'ev-3',
        date: '2012-07-02',
        people: 30,
        crew: 3,
        deaths: 12,
        nationalities: [{ code: 'IRN', people: 30 }],
        site: '=HYPERLINK("http://x")',
        outcome: 'lost_at_sea',
        source: '@ a source',
      },
      [106.1234567, -9.7654321],
    ),
    makeEventFeature(
      {
        id: 'ev-4',
        date: '2012-07-20',
        route: 'r-elsewhere',
        people: 10,
        boats: 2,
        nationalities: [],
        site: 'Ashmore Reef',
        confidence: 'high',
      },
      [123, -12.23],
    ),
  ];
}

function loadTable(): EventTable {
  const outcome = parseEventsValue(makeCollection(features(), METADATA), {
    fileName: 'tiny.geojson',
    routes: makeTestRoutes(),
  });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.table;
}

const day = (iso: string): EpochDay => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) as EpochDay;

/** A small RFC 4180 reader for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** The rows of the section titled `title`, up to the next empty record (title and header included). */
function section(rows: readonly string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === title);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start, end < 0 ? undefined : end);
}

function csvFor(table: EventTable, filters: EventFilters): string[][] {
  const aggregates = aggregateRows(table, filterEvents(table, filters), filters);
  return parseCsv(makeAggregatesCsv(table, aggregates, { filters, exportedAtMs: EXPORTED_AT }, en));
}

describe('makeAggregatesCsv', () => {
  it('starts with the dataset, source, licence, illustrative status, window, filters and export time', () => {
    const rows = csvFor(loadTable(), NO_FILTERS);
    expect(rows[0]).toEqual(['Lintas export: totals of the filtered records']);
    const header = new Map(rows.slice(1, 14).map((r) => [r[0], r[1]]));
    expect(header.get('Dataset')).toBe('Tiny export test');
    expect(header.get('Illustrative data')).toMatch(/^Synthetic records/);
    expect(header.get('Source')).toBe('Test source, 2026');
    expect(header.get('Licence')).toBe('CC BY 4.0');
    expect(header.get('Extracted')).toBe('2026-11-28');
    expect(header.get('Time window')).toBe('May 2012 – Jul 2012, whole dataset (2012-05-01 – 2012-07-31)');
    expect(header.get('Filters')).toBe('none (all records)');
    expect(header.get('Exported (UTC)')).toBe('2026-11-28T16:35:56Z');
  });

  it('names each active filter and the time window in words and days', () => {
    const filters: EventFilters = {
      ...NO_FILTERS,
      timeRange: { startDay: day('2012-05-12'), endDay: day('2012-07-10') },
      routes: ['r-java'],
      nationalities: ['IRN'],
      outcomes: ['landed', 'lost_at_sea'],
    };
    const rows = csvFor(loadTable(), filters);
    const header = new Map(rows.slice(1, 16).map((r) => [r[0], r[1]]));
    expect(header.get('Time window')).toBe('May 12, 2012 – Jul 9, 2012 (2012-05-12 – 2012-07-09)');
    expect(header.get('Filter: Route')).toBe('Quetta – Java – Christmas Island');
    expect(header.get('Filter: Nationality')).toBe('IRN');
    expect(header.get('Filter: Outcome')).toBe('Landed in Australia, Lost at sea');
    expect(rows.some((r) => r[0] === 'Note' && r[1]?.startsWith('With a nationality filter'))).toBe(true);
    // Nationality filter: people count only IRN (20 on ev-1, 30 on ev-3); boats count whole boats.
    const totals = section(rows, 'Headline totals');
    expect(totals[2]).toEqual(['All records', '50', '2', '2', '12', '5']);
  });

  it('gives headline totals by kind and outcome', () => {
    const totals = section(csvFor(loadTable(), NO_FILTERS), 'Headline totals');
    expect(totals[1]).toEqual([
      'Records',
      'People (crew excluded)',
      'Boats',
      'Number of records',
      'Dead or missing (where recorded)',
      'Crew (where recorded)',
    ]);
    const byName = new Map(totals.slice(2).map((r) => [r[0], r.slice(1).map(Number)]));
    expect(byName.get('All records')).toEqual([180, 6, 5, 12, 9]);
    expect(byName.get('Departures')).toEqual([50, 1, 1, 0, 2]);
    expect(byName.get('Interceptions')).toEqual([130, 5, 4, 12, 7]);
    expect(byName.get('Landed in Australia')).toEqual([60, 3, 2, 0, 4]);
    expect(byName.get('Turned or taken back')).toEqual([40, 1, 1, 0, 0]);
    expect(byName.get('Lost at sea')).toEqual([30, 1, 1, 12, 3]);
    expect(byName.get('Rescued at sea')).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives people and boats per route and per leg', () => {
    const rows = csvFor(loadTable(), NO_FILTERS);
    const routes = section(rows, 'Per route (interception records, each voyage once)');
    expect(routes.slice(2)).toEqual([
      // ev-3's 12 dead are on r-java; ev-2's deaths are unknown (0).
      ['r-java', 'Quetta – Java – Christmas Island', '80', '2', '12', '2'],
      ['r-rote', 'Kabul – Sulawesi – Rote – Ashmore Reef', '40', '1', '0', '1'],
      ['r-elsewhere', 'r-elsewhere', '10', '2', '0', '1'],
    ]);
    const legs = section(rows, 'Per leg of each route (people and boats that travelled the leg)');
    expect(legs[1]).toEqual([
      'Route id',
      'Leg',
      'From',
      'To',
      'Travel mode',
      'People (crew excluded)',
      'Boats',
      'Dead or missing (where recorded)',
      'Records',
    ]);
    // ev-1 landed (reaches Christmas Island), ev-3 lost at sea (reaches the embarkation stage).
    expect(legs.filter((r) => r[0] === 'r-java')).toEqual([
      ['r-java', '1', 'Quetta', 'Jakarta', 'air', '80', '2', '12', '2'],
      ['r-java', '2', 'Jakarta', 'Pelabuhan Ratu', 'land', '80', '2', '12', '2'],
      ['r-java', '3', 'Pelabuhan Ratu', 'Christmas Island', 'sea', '50', '1', '0', '1'],
    ]);
    expect(legs.filter((r) => r[0] === 'r-elsewhere')).toEqual([
      [
        'r-elsewhere',
        '1',
        'Embarkation sites (no corridor)',
        'Interception sites (no corridor)',
        '',
        '10',
        '2',
        '0',
        '1',
      ],
    ]);
  });

  it('gives per-site totals and guards a formula-like site name', () => {
    const text = makeAggregatesCsv(
      loadTable(),
      aggregateRows(loadTable(), filterEvents(loadTable(), NO_FILTERS), NO_FILTERS),
      { filters: NO_FILTERS, exportedAtMs: EXPORTED_AT },
      en,
    );
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const sites = section(parseCsv(text), 'Per site');
    expect(sites[1]?.slice(0, 7)).toEqual([
      'Site',
      'Longitude',
      'Latitude',
      'Departure records',
      'Interception records',
      'People (all records)',
      'Boats (all records)',
    ]);
    const formula = sites.find((r) => r[0] === '\'=HYPERLINK("http://x")');
    expect(formula?.slice(1)).toEqual([
      '106.1235',
      '-9.7654',
      '0',
      '1',
      '30',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '30',
      '0',
      '0',
      '12',
    ]);
    const departure = sites.find((r) => r[0] === 'Pelabuhan Ratu');
    expect(departure?.slice(3, 8)).toEqual(['1', '0', '50', '1', '50']);
  });

  it('gives people and boats per month and outcome', () => {
    const monthly = section(csvFor(loadTable(), NO_FILTERS), 'Per month and outcome');
    expect(monthly[1]?.slice(0, 5)).toEqual([
      'Month',
      'Departures: people',
      'Departures: boats',
      'Departures: dead and missing',
      'Landed in Australia: people',
    ]);
    expect(monthly.slice(2).map((r) => r.slice(0, 5))).toEqual([
      ['2012-05', '50', '1', '0', '50'],
      ['2012-06', '0', '0', '0', '0'],
      ['2012-07', '0', '0', '0', '10'],
    ]);
    const lostDeaths = monthly[1]?.indexOf('Lost at sea: dead and missing') ?? -1;
    expect(monthly.slice(2).map((r) => r[lostDeaths])).toEqual(['0', '0', '12']);
  });

  it('writes the header in Bahasa Indonesia too', () => {
    const table = loadTable();
    const aggregates = aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS);
    const text = makeAggregatesCsv(
      table,
      aggregates,
      { filters: NO_FILTERS, exportedAtMs: EXPORTED_AT },
      createFormatters('id'),
    );
    expect(text).toContain('Ekspor Lintas: total catatan terfilter');
    expect(text).toContain('Data ilustratif');
  });
});

describe('makeFilteredGeoJson', () => {
  const reload = (text: string): EventTable => {
    const outcome = parseEventsText(text, { fileName: 'export.geojson', routes: makeTestRoutes() });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.report.rejected).toEqual([]);
    return outcome.table;
  };

  it('round-trips every field of the exported rows through the loader', () => {
    const table = loadTable();
    const rows = filterEvents(table, NO_FILTERS);
    const text = makeFilteredGeoJson(table, rows, { filters: NO_FILTERS, exportedAtMs: EXPORTED_AT });
    const again = reload(text);
    expect(decodeTableRows(again)).toEqual(decodeTableRows(table));
    expect(again.meta).toEqual(table.meta);
    const json = JSON.parse(text) as { features: { properties: Record<string, unknown> }[] };
    const byId = new Map(json.features.map((f) => [f.properties['id'], f.properties]));
    expect(byId.get('ev-2')?.['date']).toBe('2012-06');
    expect(byId.get('ev-2')?.['crew']).toBeNull();
    expect(byId.get('ev-1')?.['agency']).toBe('ACBPS');
    expect(byId.get('ev-1')?.['origin_country']).toBe('AFG');
    expect(byId.get('ev-3')?.['source']).toBe('@ a source');
    expect(byId.get('ev-4')?.['nationalities']).toBeUndefined();
    expect(byId.get('dp-1')?.['outcome']).toBeUndefined();
  });

  it('holds exactly the filtered rows, records the filters, and reloads to the same totals', () => {
    const table = loadTable();
    const filters: EventFilters = {
      ...NO_FILTERS,
      timeRange: { startDay: day('2012-05-12'), endDay: day('2012-08-01') },
      kinds: ['interception'],
    };
    const rows = filterEvents(table, filters);
    const text = makeFilteredGeoJson(table, rows, { filters, exportedAtMs: EXPORTED_AT });
    const json = JSON.parse(text) as {
      metadata: Record<string, unknown>;
      features: { properties: { id: string } }[];
    };
    expect(json.features.map((f) => f.properties.id)).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4']);
    expect(json.metadata).toMatchObject({
      formatVersion: 1,
      kind: 'events',
      title: 'Tiny export test (filtered)',
      source: 'Test source, 2026',
      licence: 'CC BY 4.0',
      illustrative: true,
      exported: '2026-11-28T16:35:56Z',
      featureCount: 4,
      filters: {
        timeRange: { from: '2012-05-12', to: '2012-07-31' },
        kinds: ['interception'],
        routes: [],
      },
    });
    const again = reload(text);
    const expected = aggregateRows(table, rows, filters).totals;
    expect(aggregateRows(again, filterEvents(again, NO_FILTERS), NO_FILTERS).totals).toEqual(expected);
    // Filters stay applied when a person loads the file: applying them again changes nothing.
    expect(aggregateRows(again, filterEvents(again, filters), filters).totals).toEqual(expected);
  });

  it('keeps whole boats under a nationality filter, so the same filter gives the same totals', () => {
    const table = loadTable();
    const filters: EventFilters = { ...NO_FILTERS, nationalities: ['IRN'] };
    const rows = filterEvents(table, filters);
    const again = reload(makeFilteredGeoJson(table, rows, { filters, exportedAtMs: EXPORTED_AT }));
    expect(again.length).toBe(4);
    expect(aggregateRows(again, filterEvents(again, filters), filters).totals).toEqual(
      aggregateRows(table, rows, filters).totals,
    );
  });
});
