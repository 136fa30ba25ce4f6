// Golden files for the import: each __fixtures__/in/<name>.<csv|tsv|json|geojson|xlsx> is previewed,
// mapped (with in/<name>.mapping.json when there is one, else with the guessed mapping, so the guesser is
// pinned too), converted to event feature objects and validated by the loader. The result must equal
// __fixtures__/out/<name>.json (reviewed by hand). UPDATE_GOLDEN=1 rewrites the out files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '@/data/parse-events';
import { convertFile } from './convert-file';
import { guessMapping } from './guess-mapping';
import type { ImportMapping } from './import-mapping';
import { readMappingText } from './mapping-file';
import { runPreview } from './run-import-request';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DATA_FILE = /^(?!.*\.mapping\.json$).+\.(csv|tsv|json|geojson|xlsx)$/;

function bytesOf(path: string): ArrayBuffer {
  const buffer = readFileSync(path);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

async function summarise(fileName: string): Promise<unknown> {
  const path = join(FIXTURES, 'in', fileName);
  const bytes = bytesOf(path);
  const preview = await runPreview({ type: 'preview', requestId: 1, file: new Blob([bytes]), fileName });
  if (!preview.result.ok) throw new Error(`preview of ${fileName} failed: ${preview.result.code}`);
  const { columns, rows, geometries, kind } = preview.result.preview;
  const mappingPath = path.replace(/\.[a-z]+$/, '.mapping.json');
  let mapping: ImportMapping;
  if (existsSync(mappingPath)) {
    const read = readMappingText(readFileSync(mappingPath, 'utf8'));
    if (!read.ok) throw new Error(`mapping of ${fileName} does not read`);
    expect(read.notes).toEqual([]);
    mapping = read.mapping;
  } else mapping = guessMapping({ columns, rows, hasGeometry: geometries !== null });
  const converted = await convertFile({
    kind,
    bytes,
    fileName,
    mapping,
    routes: null,
    maxBytes: 10_000_000,
  });
  if (!converted.ok) return { fileName, error: converted.error };
  const load = parseEventsValue(converted.collection, { fileName, routes: null });
  return {
    fileName,
    kind,
    mapping: existsSync(mappingPath) ? 'from file' : mapping,
    columns: converted.columns,
    notes: converted.notes,
    metadata: converted.collection.metadata,
    features: converted.collection.features,
    loaded: {
      accepted: load.report?.accepted ?? 0,
      error: load.ok ? null : load.error,
      // Where the loader found problems (its reasons are pinned by its own golden files).
      rejected: (load.report?.rejected ?? []).map((i) => `feature ${i.index + 1} ${i.field}`),
    },
  };
}

const names = readdirSync(join(FIXTURES, 'in'))
  .filter((n) => DATA_FILE.test(n))
  .sort();

describe('import golden files', () => {
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });
  for (const name of names) {
    it(`converts ${name} as reviewed`, async () => {
      const summary = JSON.parse(JSON.stringify(await summarise(name))) as unknown;
      const outPath = join(FIXTURES, 'out', name.replace(/\.[a-z]+$/, '.json'));
      if (UPDATE) writeFileSync(outPath, `${JSON.stringify(summary, null, 2)}\n`);
      expect(summary).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});
