// The load half of `npm run bench:prepare` (bundled by prepare-bench.ts, run with plain Node): the same
// events from the columnar file (readColumnarEvents) and from GeoJSON (parseEventsText, the text the
// app's import makes of the CSV), timed in alternation; both must give the same figures.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { decodeText } from '@/data/decode-text';
import type { LoadOutcome } from '@/data/parse-events';
import { parseEventsText } from '@/data/parse-events';
import { readColumnarEvents } from '@/data/read-columnar-events';
import { aggregateRows } from '@/domain/aggregate-rows';
import { NO_FILTERS } from '@/domain/event-filters';
import { measureTableBytes } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';
import { convertFile } from '@/import/convert-file';
import { readMappingText } from '@/import/mapping-file';
import { figuresByName } from '@/testing/figures-by-name';

const [csvPath = '', mappingPath = '', arrowPath = '', geojsonPath = '', resultPath = ''] =
  process.argv.slice(2);
const COLUMNAR_RUNS = 3;
const GEOJSON_RUNS = 2;
const UNLIMITED = Number.MAX_SAFE_INTEGER;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function tableOf(outcome: LoadOutcome): NonNullable<Extract<LoadOutcome, { ok: true }>['table']> {
  if (!outcome.ok) throw new Error(`load failed: ${outcome.error.code} ${outcome.error.value}`);
  return outcome.table;
}

/** Writes the GeoJSON of the same data: the app's import turns the CSV rows into Lintas features. */
async function writeGeojson(): Promise<void> {
  const mapping = readMappingText(readFileSync(mappingPath, 'utf8'));
  if (!mapping.ok) throw new Error('mapping');
  const csv = readFileSync(csvPath);
  const converted = await convertFile({
    kind: 'csv',
    bytes: csv.buffer.slice(csv.byteOffset, csv.byteOffset + csv.byteLength),
    fileName: 'events.csv',
    mapping: mapping.mapping,
    routes: null,
    maxBytes: UNLIMITED,
  });
  if (!converted.ok) throw new Error('convert');
  writeFileSync(geojsonPath, JSON.stringify(converted.collection));
}
// In a function, so the million feature objects are garbage before anything is timed.
await writeGeojson();
gc();

const columnarMs: number[] = [];
const geojsonMs: number[] = [];
let columnarTable = null;
let geojsonTable = null;
for (let run = 0; run < Math.max(COLUMNAR_RUNS, GEOJSON_RUNS); run++) {
  if (run < COLUMNAR_RUNS) {
    gc();
    const start = performance.now();
    const bytes = readFileSync(arrowPath);
    columnarTable = tableOf(
      readColumnarEvents(bytes, { fileName: 'events.arrow', routes: null, maxBytes: UNLIMITED }),
    );
    columnarMs.push(performance.now() - start);
  }
  if (run < GEOJSON_RUNS) {
    gc();
    const start = performance.now();
    const text = decodeText(readFileSync(geojsonPath), UNLIMITED);
    if (!text.ok) throw new Error('decode');
    geojsonTable = tableOf(
      parseEventsText(text.text, { fileName: 'events.geojson', routes: null, maxBytes: UNLIMITED }),
    );
    geojsonMs.push(performance.now() - start);
  }
}
if (columnarTable === null || geojsonTable === null) throw new Error('no runs');
const figures = (table: typeof columnarTable): string =>
  JSON.stringify(figuresByName(table, aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS)));
const events = geojsonTable.length;
const result = {
  events,
  columnarRuns: columnarMs,
  geojsonRuns: geojsonMs,
  columnarMs: median(columnarMs),
  geojsonMs: median(geojsonMs),
  speedup: median(geojsonMs) / median(columnarMs),
  arrowBytes: statSync(arrowPath).size,
  geojsonBytes: statSync(geojsonPath).size,
  arrowBytesPerEvent: statSync(arrowPath).size / events,
  geojsonBytesPerEvent: statSync(geojsonPath).size / events,
  tableBytesPerEvent: measureTableBytes(columnarTable) / events,
  sameFigures: columnarTable.length === events && figures(columnarTable) === figures(geojsonTable),
};
writeFileSync(resultPath, JSON.stringify(result));
