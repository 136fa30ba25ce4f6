// A CSV import is validated chunk by chunk as papaparse parses it (convert-file.ts, importDelimited): the
// table and the report must be those of converting every row first and validating them in one run,
// whatever the chunk size, with chunk boundaries inside quoted fields, inside CRLF line ends and before
// the end of the header line.
import { describe, expect, it } from 'vitest';
import { parseEventsValue, type LoadOutcome } from '@/data/parse-events';
import { convertFile, importFile } from './convert-file';
import { emptyMapping, type FieldSource, type ImportField, type ImportMapping } from './import-mapping';
import type { ConvertInput } from './import-result';

const HEADER = 'id,date,kind,outcome,people,boats,route,site,lat,lon,nationality,source';
/** Rows that load, rows with warnings, rejected rows, quoted fields with commas, quotes and line ends. */
const ROWS = [
  'a1,2012-03-04,interception,landed,40,1,Java – Christmas,Flying Fish Cove,-10.42,105.68,AFG;IRN,agency',
  'a2,2012-03-05,departure,,12,1,"Java, south","Pelabuhan ""Ratu""",-7.02,106.55,,"two\nlines"',
  'a3,2012-13-01,interception,landed,9,1,Java – Christmas,Cove,-10.4,105.6,AFG,x',
  'a1,2012-04-01,interception,rescued,7,1,Rote – Ashmore,Ashmore Reef,-12.2,123.0,,',
  ',2012-05-01,interception,turned_back,2000,2,Rote – Ashmore,"Ashmore\r\nReef",-12.2,123.0,IRQ,',
  '',
  'a6,2013-01-02,interception,sunk,5,1,Rote – Ashmore,Ashmore Reef,-12.2,,,',
  'a7,2013-02-02,interception,landed,many,0,Timor – Darwin,Darwin,12.4,130.8,PAK,',
  'a8,2013-03-02,departure,,3,1,Timor – Darwin,Kupang,-10.2,123.6,SOM,',
];

function mappingOf(): ImportMapping {
  const fields: Record<ImportField, FieldSource> = { ...emptyMapping().fields };
  for (const field of ['id', 'date', 'kind', 'outcome', 'people', 'boats', 'route', 'site'] as const)
    fields[field] = { column: field };
  fields.lat = { column: 'lat' };
  fields.lon = { column: 'lon' };
  fields.nationality = { column: 'nationality' };
  fields.source = { column: 'source' };
  return { ...emptyMapping(), fields, gazetteerFallback: false };
}

/**
 * A second shape: kind a constant, no site or route column (grid sites, the unknown route), value maps,
 * day-first dates, counts with separators and unknown words, warnings of every field on some rows.
 */
const OTHER_HEADER =
  'no\ttanggal\tjumlah\tkapal\tmati\thilang\thasil\tlat\tlon\twn\tasal\tsumber\tyakin\tjalur';
const OTHER_ROWS = [
  '1\t04/03/2012\t1.234\t2\t0\t1\tTiba\t-10.42\t105.68\tAFG;IRN\tAfghanistan\tBasarnas\thigh\tA',
  '2\t05/03/2012\t40\t1\t\t\tKembali\t-7.02\t106.55\t\tXX\tBasarnas\tsure\tB',
  '\t06/03/2012\t12\t1\t2\t\tTiba\t-7.1\t106.5\tPAK\tPakistan\t\tlow\tA',
  '4\t31/02/2012\t5\t1\t\t\tTiba\t-7.1\t106.5\t\t\tBasarnas\t\tA',
  '5\t01/04/2012\ttidak diketahui\t1\t\t\tentah\t-7.1\t106.5\tIRQ\t\tBasarnas\t\tB',
  '1\t02/04/2012\t3\t1\t\t\tTiba\t-7.1\t106.5\t\t\tBasarnas\t\tA',
  '7\t03/04/2012\t3\tn/a\t\t\tTiba\t-7.1\t\t\t\tBasarnas\t\tA',
  `8\t04/04/2012\t3\t1\t\t\tTiba\t-7.1\t106.5\t\t\t${'s'.repeat(1200)}\t\tA`,
  '9\t05/04/2012\t30\t1\t\t\tTiba\t-7.12\t106.51\tAFG;IRN;IRQ\t\tBasarnas\t\tA',
];

function otherMappingOf(): ImportMapping {
  const fields: Record<ImportField, FieldSource> = { ...emptyMapping().fields };
  fields.id = { column: 'no' };
  fields.date = { column: 'tanggal' };
  fields.kind = { constant: 'interception' };
  fields.people = { column: 'jumlah' };
  fields.boats = { column: 'kapal' };
  fields.deaths = { column: 'mati' };
  fields.missing = { column: 'hilang' };
  fields.outcome = { column: 'hasil' };
  fields.lat = { column: 'lat' };
  fields.lon = { column: 'lon' };
  fields.nationality = { column: 'wn' };
  fields.originCountry = { column: 'asal' };
  fields.source = { column: 'sumber' };
  fields.confidence = { column: 'yakin' };
  fields.routeName = { column: 'jalur' };
  return {
    ...emptyMapping(),
    fields,
    valueMaps: { outcome: { Tiba: 'landed', Kembali: 'turned_back' }, source: { Basarnas: 'BASARNAS' } },
    dateFormat: 'dd/mm/yyyy',
    gazetteerFallback: true,
  };
}

function inputOf(text: string, chunkChars?: number, other = false): ConvertInput {
  const bytes = new TextEncoder().encode(text);
  return {
    kind: other ? 'tsv' : 'csv',
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    fileName: 'events.csv',
    mapping: other ? otherMappingOf() : mappingOf(),
    routes: null,
    maxBytes: 10_000_000,
    ...(chunkChars === undefined ? {} : { chunkChars }),
  };
}

/** Every row converted first, then validated in one run: the reference. */
async function loadAllAtOnce(text: string, other = false): Promise<LoadOutcome> {
  const converted = await convertFile(inputOf(text, undefined, other));
  if (!converted.ok) throw new Error(converted.error.code);
  return parseEventsValue(converted.collection, { fileName: 'events.csv', routes: null });
}

async function loadInChunks(text: string, chunkChars: number, other = false): Promise<LoadOutcome> {
  const outcome = await importFile(inputOf(text, chunkChars, other));
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.load;
}

const CHUNK_SIZES = [1, 2, 3, 7, 13, 50, 64, 97, 256, 100_000];

describe('CSV import chunk by chunk', () => {
  for (const [name, newline] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    const text = [HEADER, ...ROWS].join(newline) + newline;
    it(`gives the table and report of a one-run validation (${name}), whatever the chunk size`, async () => {
      const reference = await loadAllAtOnce(text);
      expect(reference.ok).toBe(true);
      if (!reference.ok) return;
      // The fixture exercises the report: loaded rows, rejected rows and warnings.
      expect(reference.table.length).toBeGreaterThan(2);
      expect(reference.report.rejectedFeatures).toBeGreaterThan(2);
      expect(reference.report.warnings.length).toBeGreaterThan(0);
      for (const chunkChars of CHUNK_SIZES) {
        const chunked = await loadInChunks(text, chunkChars);
        expect({ chunkChars, outcome: chunked }).toEqual({ chunkChars, outcome: reference });
      }
    });
  }

  it('gives the same for a file of another shape (constants, value maps, grid sites, warnings)', async () => {
    const text = [OTHER_HEADER, ...OTHER_ROWS].join('\n');
    const reference = await loadAllAtOnce(text, true);
    expect(reference.ok).toBe(true);
    if (!reference.ok) return;
    expect(reference.table.length).toBeGreaterThan(4);
    expect(reference.report.rejectedFeatures).toBeGreaterThan(1);
    expect(new Set(reference.report.warnings.map((w) => w.code)).size).toBeGreaterThan(3);
    for (const chunkChars of CHUNK_SIZES) {
      const chunked = await loadInChunks(text, chunkChars, true);
      expect({ chunkChars, outcome: chunked }).toEqual({ chunkChars, outcome: reference });
    }
  });

  it('keeps a quoted line end inside a cell and reads no "\\r" into the last cells', async () => {
    const text = [HEADER, ...ROWS].join('\r\n');
    const chunked = await loadInChunks(text, 5);
    expect(chunked.ok).toBe(true);
    if (!chunked.ok) return;
    expect(chunked.table.sourceNames.some((s) => s === 'two\r\nlines')).toBe(false);
    expect(chunked.table.sourceNames).toContain('two\nlines');
    expect(chunked.table.sourceNames.every((s) => !s.endsWith('\r'))).toBe(true);
  });

  it('reports progress in bytes read, rising to the file size', async () => {
    const text = [HEADER, ...ROWS].join('\n');
    const seen: [string, number, number][] = [];
    const outcome = await importFile({
      ...inputOf(text, 64),
      onProgress: (phase, done, total) => seen.push([phase, done, total]),
    });
    expect(outcome.ok).toBe(true);
    const reading = seen.filter(([phase]) => phase === 'reading');
    const size = new TextEncoder().encode(text).byteLength;
    expect(reading.length).toBeGreaterThan(3);
    expect(reading.every(([, , total]) => total === size)).toBe(true);
    const done = reading.map(([, d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).toBe(size);
  });
});
