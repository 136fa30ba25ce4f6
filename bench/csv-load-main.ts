// The timed half of `npm run bench:csv` (bundled and run by csv-load.ts with plain Node): a CSV import of
// N seeded rows (the prepare benchmark's shape and mapping) through the app's whole path (importFile:
// the UTF-8 check, the split in chunks — from the bytes, as the file has no quotes —, the mapping's
// conversion, the loader's validation, the table), against papaparse's own parse of the same text with
// the options read-delimited.ts gives it, interleaved in one process.
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
/** Characters per papaparse chunk, for both sides (default: the app's 8 M). */
const chunkChars = Number(process.env['CSV_BENCH_CHUNK'] ?? 8 * 1024 * 1024);
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

/** papaparse alone, as read-delimited.ts calls it (the delimiter given, the same chunks). */
const papaparse = (): number => {
  let parsed = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    chunkSize: chunkChars,
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
    chunkChars,
  });
  if (!outcome.ok || !outcome.load.ok) throw new Error('import failed');
  accepted = outcome.load.table.length;
};

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const papaMs: number[] = [];
const importMs: number[] = [];
// CPU time (user + system, this process: the main thread and V8's GC and compiler threads) beside the
// wall time: on a shared machine the wall ratio moves with the load, the CPU ratio much less.
const papaCpuMs: number[] = [];
const importCpuMs: number[] = [];
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
// One untimed round, then interleaved timed rounds, a full GC before each run.
for (let round = 0; round <= runs; round++) {
  gc();
  let start = performance.now();
  let cpuStart = cpuMs();
  papaparse();
  if (round > 0) {
    papaMs.push(performance.now() - start);
    papaCpuMs.push(cpuMs() - cpuStart);
  }
  gc();
  start = performance.now();
  cpuStart = cpuMs();
  await lintas();
  if (round > 0) {
    importMs.push(performance.now() - start);
    importCpuMs.push(cpuMs() - cpuStart);
  }
}
if (accepted !== rows) throw new Error(`${accepted} of ${rows} rows loaded`);
const result = {
  rows,
  csvBytes: buffer.byteLength,
  runs,
  chunkChars,
  papaparseRuns: papaMs,
  importRuns: importMs,
  papaparseMs: median(papaMs),
  importMs: median(importMs),
  ratio: median(importMs) / median(papaMs),
  papaparseCpuMs: median(papaCpuMs),
  importCpuMs: median(importCpuMs),
  cpuRatio: median(importCpuMs) / median(papaCpuMs),
};
writeFileSync(resultPath, JSON.stringify(result));
