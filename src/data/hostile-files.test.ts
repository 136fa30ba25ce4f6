// Hostile files through the loader as the worker runs it (loadFiles on a Blob): each gets a true, located
// answer quickly and keeps its report small. Time bounds here are loose (a shared machine); the exact
// times and peak memory of the same shapes at 199 MB are measured by `npm run bench:hostile`.
import { describe, expect, it } from 'vitest';
import { loadFiles } from './load-files';
import type { LoadResponse } from './load-messages';
import { MAX_JSON_DEPTH } from './find-deep-nesting';
import { parseEventsHeldText } from './parse-events';

const HEAD =
  '{"type":"FeatureCollection","metadata":{"formatVersion":1,"kind":"events","title":"T","source":"S"},"features":[';
const event = (props: string): string =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":[105.7,-10.4]},"properties":{"kind":"interception","date":"2012-05-14","people":5,"route":"r-a","site":"S","outcome":"landed"${props}}}`;

async function load(parts: BlobPart[]): Promise<{ response: LoadResponse; elapsedMs: number }> {
  const started = performance.now();
  const response = await loadFiles({
    requestId: 1,
    events: { type: 'file', file: new Blob(parts), fileName: 'hostile.geojson' },
    routes: null,
    maxBytes: 200 * 1024 * 1024,
  });
  return { response, elapsedMs: performance.now() - started };
}

const errorOf = (response: LoadResponse): string =>
  response.ok ? 'loaded' : `${response.error.code} ${response.error.value}`;

describe('hostile files', () => {
  it('nesting 3 million levels deep: refused where it passes the limit, before JSON.parse', async () => {
    const depth = 3_000_000;
    const { response, elapsedMs } = await load([HEAD, '['.repeat(depth), ']'.repeat(depth), ']}']);
    expect(errorOf(response)).toBe(`json-too-deep 1:${HEAD.length + MAX_JSON_DEPTH - 1}/${MAX_JSON_DEPTH}`);
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('bytes 0xFF: not UTF-8 (not a broken Arrow file)', async () => {
    const { response } = await load([new Uint8Array(1 << 20).fill(0xff)]);
    expect(errorOf(response)).toBe('not-utf8 ');
  });

  it('an Arrow stream marker or file magic followed by garbage: unreadable columnar file', async () => {
    const stream = new Uint8Array(64).fill(7);
    stream.set([0xff, 0xff, 0xff, 0xff, 16, 0, 0, 0]);
    expect(errorOf((await load([stream])).response)).toMatch(/^columnar-unreadable /);
    const file = new Uint8Array(64).fill(3);
    file.set([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]);
    expect(errorOf((await load([file])).response)).toMatch(/^columnar-unreadable /);
  });

  it('a 5 MB site text: the event is refused with its reason, the report stays small', async () => {
    const { response } = await load([HEAD, event(`,"id":"long","site":"${'x'.repeat(5_000_000)}"`), ']}']);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('no-valid-features');
    expect(response.report?.rejectedCounts).toEqual([{ code: 'text-too-long', count: 1 }]);
    expect(response.report?.rejected[0]?.field).toBe('site');
    expect(JSON.stringify(response.report).length).toBeLessThan(20_000);
  });

  it('an event with 200,000 extra properties loads, its extra keys ignored', async () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `,"k${i}":0`).join('');
    const { response, elapsedMs } = await load([HEAD, event(`,"id":"keys"${keys}`), ']}']);
    expect(response.ok && response.table.length).toBe(1);
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it('counts of 1e400, 99,999 boats and -1 deaths: refused, each with its reason', async () => {
    const bad = [
      event(',"id":"inf"').replace('"people":5', '"people":1e400'),
      event(',"id":"boats","boats":99999'),
      event(',"id":"deaths","deaths":-1'),
      event(',"id":"ok"'),
    ];
    const { response } = await load([HEAD, bad.join(','), ']}']);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.table.length).toBe(1);
    expect(response.report.rejected.map((r) => `${r.id} ${r.field} ${r.code}`)).toEqual([
      'inf people count-not-finite',
      'boats boats count-too-large',
      'deaths deaths count-invalid',
    ]);
  });
});

describe('held text', () => {
  it('is let go of once parsed, and gives the same table as the text', () => {
    const held = { text: `${HEAD}${event(',"id":"a"')},${event(',"id":"b"')}]}` };
    const outcome = parseEventsHeldText(held, { fileName: 'x', routes: null });
    expect(held.text).toBe('');
    expect(outcome.ok && outcome.table.length).toBe(2);
  });
});
