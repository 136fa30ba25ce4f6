import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess-mapping';
import type { FieldSource, ImportField } from './import-mapping';

const columnsOf = (
  fields: Readonly<Record<ImportField, FieldSource>>,
): Partial<Record<ImportField, string>> => {
  const out: Partial<Record<ImportField, string>> = {};
  for (const [field, source] of Object.entries(fields) as [ImportField, FieldSource][])
    if ('column' in source) out[field] = source.column;
  return out;
};

describe('guessMapping', () => {
  it('reads English column names', () => {
    const columns = [
      'Date',
      'Latitude',
      'Longitude',
      'Number of people',
      'Dead',
      'Missing',
      'Location',
      'Route',
      'Outcome',
      'Event ID',
    ];
    const guess = guessMapping({ columns, rows: [], hasGeometry: false });
    expect(columnsOf(guess.fields)).toEqual({
      date: 'Date',
      lat: 'Latitude',
      lon: 'Longitude',
      people: 'Number of people',
      deaths: 'Dead',
      missing: 'Missing',
      site: 'Location',
      route: 'Route',
      outcome: 'Outcome',
      id: 'Event ID',
    });
    expect(guess.coordinates).toBe('columns');
    expect(guess.fields.kind).toEqual({ constant: 'interception' });
  });

  it('reads Bahasa Indonesia column names', () => {
    const columns = [
      'Tanggal',
      'Lintang',
      'Bujur',
      'Jumlah',
      'Meninggal',
      'Hilang',
      'Lokasi',
      'Rute',
      'Sumber',
      'Kewarganegaraan',
      'Jenis',
    ];
    const guess = guessMapping({ columns, rows: [], hasGeometry: false });
    expect(columnsOf(guess.fields)).toEqual({
      date: 'Tanggal',
      lat: 'Lintang',
      lon: 'Bujur',
      people: 'Jumlah',
      deaths: 'Meninggal',
      missing: 'Hilang',
      site: 'Lokasi',
      route: 'Rute',
      source: 'Sumber',
      nationality: 'Kewarganegaraan',
      kind: 'Jenis',
    });
  });

  it('keeps combined and one-column coordinates apart, and never uses a column twice', () => {
    const columns = ['dead_and_missing', 'Missing', 'Coordinates', 'Location coordinates', 'Total_Dead'];
    const guess = guessMapping({ columns, rows: [], hasGeometry: false });
    expect(guess.fields.deaths).toEqual({ column: 'dead_and_missing' });
    expect(guess.fields.missing).toEqual({ column: 'Missing' });
    expect(guess.fields.latLon).toEqual({ column: 'Coordinates' });
    expect(guess.coordinates).toBe('text');
    const used = Object.values(guess.fields).flatMap((s) => ('column' in s ? [s.column] : []));
    expect(new Set(used).size).toBe(used.length);
  });

  it('does not read a name inside a longer unrelated one', () => {
    const guess = guessMapping({
      columns: ['Long description', 'Total cost', 'Value added'],
      rows: [],
      hasGeometry: false,
    });
    expect(guess.fields.lon).toEqual({ unknown: true });
    expect(guess.fields.people).toEqual({ unknown: true });
    expect(guess.coordinates).toBe('gazetteer');
  });

  it('uses the geometry of GeoJSON, the date format of the samples, and writes recognized words into value maps', () => {
    const guess = guessMapping({
      columns: ['tgl', 'hasil'],
      rows: [
        ['15/03/2013', 'Tiba'],
        ['16/03/2013', 'Dihalau kembali'],
        ['17/03/2013', 'Sank'],
      ],
      hasGeometry: true,
    });
    expect(guess.coordinates).toBe('geometry');
    expect(guess.dateFormat).toBe('dd/mm/yyyy');
    expect(guess.valueMaps.outcome).toEqual({ Tiba: 'landed', 'Dihalau kembali': 'turned_back' });
  });
});
