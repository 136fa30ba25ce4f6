// A quote-free CSV or TSV is split from its bytes and validated column-wise (import-delimited.ts). The
// outcome must be that of the reference, every row converted to a feature first and validated in one
// run, on random files with every kind of cell a rule judges: rejected values, warnings, duplicate and
// blank ids, white space, text past ASCII, short rows, blank rows, constants, value maps and a routes
// file. It must also equal the papaparse path of the same import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RouteInfo } from '@/domain/event-table';
import { parseEventsValue, type LoadOutcome } from '@/data/parse-events';
import { convertFile } from './convert-file';
import { importDelimited } from './import-delimited';
import { emptyMapping, type FieldSource, type ImportField, type ImportMapping } from './import-mapping';
import type { ConvertInput } from './import-result';
import { canSplitBytes } from './split-delimited-bytes';

/** Cell values per column: CLEAN clean ones first, then every kind of trouble. */
const CELLS: Readonly<Record<string, readonly string[]>> = {
  id: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', '', ' a2', 'é-1', 'x'.repeat(300), 'a1 '],
  date: ['2012-03-04', '2013-11-30', '2012-13-01', '2013-02', '', 'soon', '2012-02-30', '04/03/2012'],
  kind: ['interception', 'departure', 'Interception', ' departure ', '', 'boat'],
  outcome: ['landed', 'rescued', '', 'sunk', 'Landed', 'turned_back', 'Tiba'],
  people: ['40', '12', '150', '0', '', 'many', '1,234', '-3', '99999999', '2000000', '7.0', ' 8'],
  boats: ['1', '1', '2', '0', '', 'n/a', '3'],
  crew: ['2', '', '0', '1.5', '70000'],
  dead: ['0', '3', '', 'unknown', 'x'],
  missing: ['0', '', '2', '-1'],
  route: ['Java – Christmas', 'Rote – Ashmore', 'timor-darwin', '', 'Java — Christmas', ' r '],
  site: ['Flying Fish Cove', 'Ashmore Reef', 'Darwin', '', 'Darwin ', 'é'.repeat(300), 'Kupang'],
  lat: ['-10.42', '-12.2', '-8.125', '', 'abc', '-7,02', '91', '1e1', '-0.0', '12.', '−8.5', '.5', '0x1'],
  lon: ['105.68', '123.0', '130.8', '', '200', '106.550000000000001', '-0', '123.45678901234567'],
  nationality: ['AFG;IRN', 'IRQ', '', 'afg', 'Afghanistan', 'XXX;YYY', 'AFG:3;IRN', 'AFG;AFG', 'PAK/SOM'],
  origin: ['AFG', '', 'Iran', 'xx'],
  agency: ['Navy', '', 'Coast guard'],
  source: ['agency', '', 'Basarnas', 's'.repeat(600)],
  confidence: ['high', '', 'sure', 'low'],
};

const COLUMNS = Object.keys(CELLS);
/** Leading values of each list that are clean, and the share of cells drawn from them (in %). */
const CLEAN = 3;
const CLEAN_SHARE = 94;

/** A cell of `column`: mostly clean, so that many rows load and the trouble of one cell shows. */
const cellArbitrary = (column: string) =>
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 10_000 })).map(([share, pick]) => {
    const values = CELLS[column] ?? [''];
    // Clean ids are mostly distinct (a repeated id is one of the troubles).
    if (column === 'id' && share < CLEAN_SHARE) return `a${pick}`;
    return share < CLEAN_SHARE
      ? (values[pick % CLEAN] ?? '')
      : (values[CLEAN + (pick % (values.length - CLEAN))] ?? '');
  });

/** A random file over `columns`: rows of picked cells, now and then short or blank. */
function fileArbitrary(columns: readonly string[], delimiter: string) {
  const row = fc
    .tuple(fc.tuple(...columns.map(cellArbitrary)), fc.nat({ max: 20 }))
    .map(([cells, cut]) => (cut === 0 ? cells.slice(0, 3) : cut === 1 ? ['', ''] : cells).join(delimiter));
  return fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([rows, newline, end]) => [columns.join(delimiter), ...rows].join(newline) + (end ? newline : ''));
}

function mappingOf(
  sources: Partial<Record<ImportField, FieldSource>>,
  extra: Partial<ImportMapping> = {},
): ImportMapping {
  const fields: Record<ImportField, FieldSource> = { ...emptyMapping().fields, ...sources };
  return { ...emptyMapping(), fields, gazetteerFallback: false, ...extra };
}

const column = (name: string): FieldSource => ({ column: name });

/** Every column mapped by name. */
const FULL = mappingOf({
  id: column('id'),
  date: column('date'),
  kind: column('kind'),
  outcome: column('outcome'),
  people: column('people'),
  boats: column('boats'),
  crew: column('crew'),
  deaths: column('dead'),
  missing: column('missing'),
  route: column('route'),
  routeName: column('route'),
  site: column('site'),
  lat: column('lat'),
  lon: column('lon'),
  nationality: column('nationality'),
  originCountry: column('origin'),
  agency: column('agency'),
  source: column('source'),
  confidence: column('confidence'),
});

/** Constants, value maps, no route column (the unknown route), a column the file lacks, gazetteer fallback. */
const CONSTANTS = mappingOf(
  {
    id: column('id'),
    date: column('date'),
    kind: { constant: 'interception' },
    outcome: column('outcome'),
    people: column('people'),
    boats: { constant: '1' },
    site: column('site'),
    lat: column('lat'),
    lon: column('lon'),
    nationality: column('nationality'),
    source: column('source'),
    agency: { constant: 'Basarnas' },
    confidence: column('not in the file'),
  },
  {
    valueMaps: { outcome: { Tiba: 'landed' }, source: { agency: 'AGENCY' }, kind: {} },
    gazetteerFallback: true,
  },
);

/** No site column: grid cells stand in (the string rows' path over the split bytes). */
const NO_SITE = mappingOf({
  id: column('id'),
  date: column('date'),
  kind: column('kind'),
  outcome: column('outcome'),
  people: column('people'),
  lat: column('lat'),
  lon: column('lon'),
  route: column('route'),
});

const ROUTES: readonly RouteInfo[] = [
  {
    id: 'java-christmas',
    name: 'Java – Christmas',
    hasCorridor: true,
    derived: false,
    path: [
      [106.5, -7.0],
      [105.7, -10.5],
    ],
    stages: [
      { name: 'Pelabuhan Ratu', role: 'embarkation', vertex: 0, mode: 'sea' },
      { name: 'Christmas Island', role: 'destination', vertex: 1, mode: undefined },
    ],
  },
];

function inputOf(
  text: string,
  mapping: ImportMapping,
  kind: 'csv' | 'tsv',
  routes: readonly RouteInfo[] | null,
  chunkChars: number,
): ConvertInput {
  const bytes = new TextEncoder().encode(text);
  return {
    kind,
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    fileName: 'events.csv',
    mapping,
    routes,
    maxBytes: 10_000_000,
    chunkChars,
  };
}

async function reference(input: ConvertInput): Promise<LoadOutcome | string> {
  const converted = await convertFile(input);
  if (!converted.ok) return converted.error.code;
  return parseEventsValue(converted.collection, { fileName: input.fileName, routes: input.routes });
}

const outcomeOf = (result: ReturnType<typeof importDelimited>): LoadOutcome | string =>
  result.ok ? result.load : result.error.code;

describe('CSV import from the bytes', () => {
  for (const [name, mapping, kind, routes] of [
    ['every column mapped', FULL, 'csv', null],
    ['every column mapped, with a routes file', FULL, 'tsv', ROUTES],
    ['constants and value maps', CONSTANTS, 'csv', null],
    ['no site column', NO_SITE, 'tsv', null],
  ] as const)
    it(`gives the reference table and report (${name})`, async () => {
      const delimiter = kind === 'tsv' ? '\t' : ',';
      let loaded = 0;
      let rejected = 0;
      let warned = 0;
      await fc.assert(
        fc.asyncProperty(
          fileArbitrary(COLUMNS, delimiter),
          fc.constantFrom(1, 60, 1 << 20),
          async (text, chunk) => {
            const input = inputOf(text, mapping, kind, routes, chunk);
            expect(
              canSplitBytes(new Uint8Array(input.bytes), delimiter, text.includes('\r\n') ? '\r\n' : '\n'),
            ).toBe(true);
            // The reference reads with papaparse, which recurses once per chunk: it reads 1 M characters at a time.
            const expected = await reference({ ...input, chunkChars: 1 << 20 });
            const fromBytes = importDelimited(input);
            expect(outcomeOf(fromBytes)).toEqual(expected);
            expect(outcomeOf(importDelimited({ ...input, chunkChars: 1 << 20 }, 'papaparse'))).toEqual(
              expected,
            );
            if (fromBytes.ok && fromBytes.load.ok) {
              loaded += fromBytes.load.table.length;
              rejected += fromBytes.load.report.rejectedFeatures;
              warned += fromBytes.load.report.warnings.length;
            }
          },
        ),
        { numRuns: 80, seed: name.length },
      );
      // The runs covered rows that load, rows that are refused and warnings.
      expect(loaded).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(100);
      expect(warned).toBeGreaterThan(20);
    });
});
