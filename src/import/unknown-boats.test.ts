// `boats: null` is the format's "not known" (docs/data-format.md): stored as 0, the table says the file
// records no boats when no record knows them, the people-per-boat check is skipped, and no boat figure or
// measure is offered. Absent `boats` keeps the default of one boat per record.
import { describe, expect, it } from 'vitest';
import { makeHeadlineView } from '@/charts/headline-view';
import { fillableMeasures } from '@/domain/dataset-measures';
import { NO_FILTERS } from '@/domain/event-filters';
import { importFile } from '@/import/convert-file';
import { emptyMapping, type FieldSource, type ImportField } from '@/import/import-mapping';
import { parseEventsValue, type LoadOutcome } from '@/data/parse-events';

function feature(id: string, boats: unknown, people = 40): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id,
    kind: 'interception',
    outcome: 'landed',
    date: '2012-03-04',
    people,
    route: 'java-christmas',
    site: 'Flying Fish Cove',
  };
  if (boats !== undefined) properties['boats'] = boats;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [105.68, -10.42] }, properties };
}

function load(features: readonly unknown[]): Extract<LoadOutcome, { ok: true }> {
  const outcome = parseEventsValue(
    { type: 'FeatureCollection', metadata: { formatVersion: 1, kind: 'events' }, features },
    { fileName: 'events.geojson', routes: null },
  );
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome;
}

describe('boats not known', () => {
  it('stores null boats as 0 and marks a file whose records know no boats', () => {
    const { table, report } = load([feature('a', null), feature('b', null, 2000)]);
    expect(report.accepted).toBe(2);
    expect([...table.boats]).toEqual([0, 0]);
    expect(table.meta.boatsRecorded).toBe(false);
    expect(fillableMeasures(table).has('boats')).toBe(false);
    // 2000 people on an unknown number of boats: nothing to compare, no warning.
    expect(report.warningCounts.find((c) => c.code === 'people-per-boat-high')).toBeUndefined();
    expect(makeHeadlineView(table, NO_FILTERS).figures.map((f) => f.id)).not.toContain('landed-boats');
  });

  it('keeps one boat per record when boats are absent, and warns about 2000 people on it', () => {
    const { table, report } = load([feature('a', undefined), feature('b', undefined, 2000)]);
    expect([...table.boats]).toEqual([1, 1]);
    expect(table.meta.boatsRecorded).toBeUndefined();
    expect(fillableMeasures(table).has('boats')).toBe(true);
    expect(report.warningCounts.find((c) => c.code === 'people-per-boat-high')?.count).toBe(1);
    expect(makeHeadlineView(table, NO_FILTERS).figures.map((f) => f.id)).toContain('landed-boats');
  });

  it('offers boats when some records know them (the unknown ones add 0)', () => {
    const { table } = load([feature('a', null), feature('b', 3)]);
    expect([...table.boats].sort()).toEqual([0, 3]);
    expect(table.meta.boatsRecorded).toBeUndefined();
    expect(fillableMeasures(table).has('boats')).toBe(true);
  });

  it('still rejects 0 boats written as a number', () => {
    const outcome = parseEventsValue(
      {
        type: 'FeatureCollection',
        metadata: { formatVersion: 1 },
        features: [feature('a', 0), feature('b', 1)],
      },
      { fileName: 'events.geojson', routes: null },
    );
    expect(outcome.report?.rejectedCounts).toEqual([{ code: 'boats-invalid', count: 1 }]);
  });

  for (const [name, boats] of [
    ['not mapped', { unknown: true }],
    ['mapped to a column of blank and unknown cells', { column: 'vessels' }],
  ] as const) {
    it(`imports a CSV whose boats are ${name} with no boat invented`, async () => {
      const text =
        'id,date,people,vessels,lat,lon\na,2012-03-04,40,,-10.4,105.6\nb,2012-03-05,30,n/a,-10.4,105.6\n';
      const fields: Record<ImportField, FieldSource> = { ...emptyMapping().fields };
      fields.id = { column: 'id' };
      fields.date = { column: 'date' };
      fields.people = { column: 'people' };
      fields.kind = { constant: 'interception' };
      fields.lat = { column: 'lat' };
      fields.lon = { column: 'lon' };
      fields.boats = boats;
      const bytes = new TextEncoder().encode(text);
      const outcome = await importFile({
        kind: 'csv',
        bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
        fileName: 'events.csv',
        mapping: { ...emptyMapping(), fields },
        routes: null,
        maxBytes: 1_000_000,
      });
      if (!outcome.ok || !outcome.load.ok) throw new Error('import failed');
      const { table } = outcome.load;
      expect(table.length).toBe(2);
      expect([...table.boats]).toEqual([0, 0]);
      expect(table.meta.boatsRecorded).toBe(false);
      expect(fillableMeasures(table).has('boats')).toBe(false);
    });
  }
});
