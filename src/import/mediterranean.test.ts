// A dataset of another region (invented, 200 rows in the shape of a public incident file: date,
// dead_and_missing, route, location text, source, "lat, lon" text) is guessed, mapped and loaded; its totals
// are checked against a computation of their own made here from the CSV text, not through the importer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '@/data/parse-events';
import { getEventDay, type EventTable } from '@/domain/event-table';
import { epochDayToMs } from '@/domain/epoch-day';
import { OUTCOMES, UNKNOWN_COUNT, UNKNOWN_PEOPLE } from '@/domain/vocabulary';
import { aggregateRows } from '@/domain/aggregate-rows';
import { fillableMeasures, fitMeasure } from '@/domain/dataset-measures';
import { NO_FILTERS } from '@/domain/event-filters';
import { filterEvents } from '@/domain/filter-events';
import { convertFile } from './convert-file';
import { guessMapping } from './guess-mapping';
import { readMappingText } from './mapping-file';
import { previewText } from './preview-file';

const DIR = new URL('./__fixtures__/mediterranean/', import.meta.url);
const csvText = readFileSync(new URL('mediterranean.csv', DIR), 'utf8');
const mappingText = readFileSync(new URL('mediterranean.mapping.json', DIR), 'utf8');

/** A plain CSV splitter for this file (fields quoted with ", quotes doubled), independent of papaparse. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

interface Expected {
  loadedRows: number;
  deaths: number;
  unknownDeaths: number;
  byRoute: Map<string, number>;
  byYear: Map<number, number>;
  atSea: number;
  onLand: number;
  /** 1-based data rows that must not load. */
  rejectedRows: number[];
}

/** Totals straight from the text: a row loads when its date is a real day and its "lat, lon" reads. */
function computeExpected(): Expected {
  const [headerLine, ...lines] = csvText.trimEnd().split('\n');
  const header = splitCsvLine(headerLine ?? '');
  const col = (name: string): number => header.indexOf(name);
  const e: Expected = {
    loadedRows: 0,
    deaths: 0,
    unknownDeaths: 0,
    byRoute: new Map(),
    byYear: new Map(),
    atSea: 0,
    onLand: 0,
    rejectedRows: [],
  };
  lines.forEach((line, i) => {
    const cells = splitCsvLine(line);
    const date = cells[col('date')] ?? '';
    const [y, m, d] = date.split('-').map(Number);
    const real =
      y !== undefined &&
      m !== undefined &&
      d !== undefined &&
      new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
    const coords = (cells[col('coordinates')] ?? '').split(',').map((s) => Number(s.trim()));
    const placed =
      coords.length === 2 &&
      coords.every((c) => Number.isFinite(c)) &&
      (cells[col('coordinates')] ?? '') !== '';
    if (!real || !placed) {
      e.rejectedRows.push(i + 1);
      return;
    }
    e.loadedRows++;
    const dead = Number(cells[col('dead_and_missing')]);
    const route = cells[col('route')] ?? '';
    if (!/^\d+$/.test(cells[col('dead_and_missing')] ?? '')) {
      e.unknownDeaths++;
      return;
    }
    e.deaths += dead;
    e.byRoute.set(route, (e.byRoute.get(route) ?? 0) + dead);
    e.byYear.set(y, (e.byYear.get(y) ?? 0) + dead);
    if (route === 'Sahara Desert crossing' || route === 'Western Balkans') e.onLand += dead;
    else e.atSea += dead;
  });
  return e;
}

async function loadTable(): Promise<{ table: EventTable; rejected: number[]; warnings: string[] }> {
  const read = readMappingText(mappingText);
  if (!read.ok) throw new Error('mapping does not read');
  const bytes = new TextEncoder().encode(csvText);
  const converted = await convertFile({
    kind: 'csv',
    bytes: bytes.buffer,
    fileName: 'mediterranean.csv',
    mapping: read.mapping,
    routes: null,
    maxBytes: 10_000_000,
  });
  if (!converted.ok) throw new Error(converted.error.code);
  const load = parseEventsValue(converted.collection, { fileName: 'mediterranean.csv', routes: null });
  if (!load.ok) throw new Error(load.error.code);
  const rejected = [...new Set(load.report.rejected.map((i) => i.index + 1))].sort((a, b) => a - b);
  return { table: load.table, rejected, warnings: load.report.warnings.map((w) => w.code) };
}

describe('a dataset of another region', () => {
  it('is guessed from its header', () => {
    const preview = previewText('csv', csvText, true);
    if (!preview.ok) throw new Error('no preview');
    const { columns, rows } = preview.preview;
    const guess = guessMapping({ columns, rows, hasGeometry: false });
    expect(guess.fields.date).toEqual({ column: 'date' });
    expect(guess.fields.deaths).toEqual({ column: 'dead_and_missing' });
    expect(guess.fields.route).toEqual({ column: 'route' });
    expect(guess.fields.site).toEqual({ column: 'location' });
    expect(guess.fields.source).toEqual({ column: 'source' });
    expect(guess.fields.latLon).toEqual({ column: 'coordinates' });
    expect(guess.fields.people).toEqual({ unknown: true });
    expect(guess.coordinates).toBe('text');
    expect(guess.dateFormat).toBe('iso');
  });

  it('loads with totals equal to an independent count of the CSV', async () => {
    const expected = computeExpected();
    const { table, rejected } = await loadTable();
    expect(table.length).toBe(expected.loadedRows);
    expect(rejected).toEqual(expected.rejectedRows);
    expect(expected.rejectedRows).toHaveLength(3);

    let deaths = 0;
    let unknownDeaths = 0;
    let atSea = 0;
    let onLand = 0;
    const byRoute = new Map<string, number>();
    const byYear = new Map<number, number>();
    for (let r = 0; r < table.length; r++) {
      expect(table.people[r]).toBe(UNKNOWN_PEOPLE);
      const dead = table.deaths[r] ?? 0;
      if (dead === UNKNOWN_COUNT) {
        unknownDeaths++;
        continue;
      }
      deaths += dead;
      const name = table.routes[table.route[r] ?? 0]?.name ?? '';
      byRoute.set(name, (byRoute.get(name) ?? 0) + dead);
      const year = new Date(epochDayToMs(getEventDay(table, r))).getUTCFullYear();
      byYear.set(year, (byYear.get(year) ?? 0) + dead);
      const outcome = OUTCOMES[table.outcome[r] ?? 0];
      if (outcome === 'lost_at_sea') atSea += dead;
      else if (outcome === 'lost_on_land') onLand += dead;
    }
    expect(deaths).toBe(expected.deaths);
    expect(unknownDeaths).toBe(expected.unknownDeaths);
    expect(unknownDeaths).toBe(2);
    expect(byRoute).toEqual(expected.byRoute);
    expect(byYear).toEqual(expected.byYear);
    expect(atSea).toBe(expected.atSea);
    expect(onLand).toBe(expected.onLand);
    expect(atSea + onLand).toBe(deaths);
  });

  it('carries its own words: title, destination, route names, sites', async () => {
    const { table } = await loadTable();
    expect(table.meta.title).toBe('Deaths on migration routes towards Europe (test fixture)');
    expect(table.meta.destination).toBe('Europe');
    expect(table.routes.map((r) => r.name).sort()).toEqual([
      'Central Mediterranean',
      'Eastern Mediterranean',
      'Sahara Desert crossing',
      'Western Balkans',
      'Western Mediterranean',
    ]);
    expect(table.sites.some((s) => s.name.startsWith('Off the coast of Zuwara, Libya. A long account'))).toBe(
      true,
    );
  });

  it('is shown in dead and missing: flows, series and sites carry every death the CSV counts', async () => {
    const expected = computeExpected();
    const { table } = await loadTable();
    expect(fitMeasure(table, 'people')).toBe('deaths');
    // No people and no boats column: both unknown, and no boat is invented (none offered, all stored 0).
    expect([...fillableMeasures(table)].sort()).toEqual(['deaths', 'events']);
    expect(table.meta.boatsRecorded).toBe(false);
    expect(table.boats.every((b) => b === 0)).toBe(true);
    const a = aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS, 'route');
    const flowDeaths = new Map(table.routes.map((route, r) => [route.name, a.flows[r]?.deaths ?? 0]));
    expect(flowDeaths).toEqual(expected.byRoute);
    // Legs of the derived corridors carry the deaths of the records that reached them: never more than the
    // route's, and something on every route that has deaths.
    table.routes.forEach((_, r) => {
      const legs = a.flows[r]?.segmentDeaths ?? [];
      expect(Math.max(...legs)).toBeLessThanOrEqual(a.flows[r]?.deaths ?? 0);
      if ((a.flows[r]?.deaths ?? 0) > 0) expect(Math.max(...legs)).toBeGreaterThan(0);
    });
    const seriesTotal = a.series.deaths.reduce((x, y) => x + y, 0);
    expect(seriesTotal).toBe(expected.deaths);
    expect(a.sites.deaths.reduce((x, y) => x + y, 0)).toBe(expected.deaths);
    expect(a.series.events.reduce((x, y) => x + y, 0)).toBe(expected.loadedRows);
  });
});
