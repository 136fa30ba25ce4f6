// The timed half of `npm run bench:csv` (bundled and run by csv-load.ts with plain Node): a CSV import of
// N seeded rows (the prepare benchmark's shape and mapping) through the app's whole path (importFile:
// decode, papaparse in chunks, the mapping's conversion, the loader's validation, the table), against
// papaparse's own parse of the same text with the same options, interleaved in one process.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa, { type ParseResult } from 'papaparse';
import { importFile } from '@/import/convert-file';
import { readMappingText } from '@/import/mapping-file';
import { median } from './measure';
import { PREPARE_BENCH_MAPPING, writePrepareBenchCsv } from './prepare-synthetic-csv';

const rows = Number(process.env['CSV_BENCH_ROWS'] ?? 1_000_000);
const runs = Number(process.env['CSV_BENCH_RUNS'] ?? 3);
const resultPath = process.argv[2] ?? '';
const UNLIMITED = Number.MAX_SAFE_INTEGER;

const file = path.join(os.tmpdir(), `lintas-csv-bench-${process.pid}.csv`);
writePrepareBenchCsv(file, rows);
const buffer = readFileSync(file);
rmSync(file, { force: true });
const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
const text = buffer.toString('utf8');
const mapping = readMappingText(JSON.stringify(PREPARE_BENCH_MAPPING));
if (!mapping.ok) throw new Error('mapping');

/** papaparse alone, as read-delimited.ts calls it (the delimiter given, 8 MB chunks). */
const papaparse = (): number => {
  let parsed = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    chunkSize: 8 * 1024 * 1024,
    complete: () => undefined,
    chunk: (results: ParseResult<string[]>) => {
      parsed += results.data.length;
    },
  });
  return parsed;
};

let accepted = 0;
const lintas = async (): Promise<void> => {
  const outcome = await importFile({
    kind: 'csv',
    bytes,
    fileName: 'events.csv',
    mapping: mapping.mapping,
    routes: null,
    maxBytes: UNLIMITED,
  });
  if (!outcome.ok || !outcome.load.ok) throw new Error('import failed');
  accepted = outcome.load.table.length;
};

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const papaMs: number[] = [];
const importMs: number[] = [];
// One untimed round, then interleaved timed rounds, a full GC before each run.
for (let round = 0; round <= runs; round++) {
  gc();
  let start = performance.now();
  papaparse();
  if (round > 0) papaMs.push(performance.now() - start);
  gc();
  start = performance.now();
  await lintas();
  if (round > 0) importMs.push(performance.now() - start);
}
if (accepted !== rows) throw new Error(`${accepted} of ${rows} rows loaded`);
const result = {
  rows,
  csvBytes: buffer.byteLength,
  runs,
  papaparseRuns: papaMs,
  importRuns: importMs,
  papaparseMs: median(papaMs),
  importMs: median(importMs),
  ratio: median(importMs) / median(papaMs),
};
writeFileSync(resultPath, JSON.stringify(result));
