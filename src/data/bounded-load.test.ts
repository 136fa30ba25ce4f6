// Bounded work on hostile files: the report keeps samples plus exact counts, a file of a million junk
// features answers quickly with little memory, the feature-count limit is named, and progress is heard.
import { describe, expect, it } from 'vitest';
import { makeCollection, makeEventFeature } from '@/testing/make-event-features';
import { countFeatures, countFeaturesIfTooMany } from './count-features';
import { loadFiles } from './load-files';
import type { LoadPhase } from './load-messages';
import { ISSUE_SAMPLE_LIMIT, REJECTED_ROW_LIMIT } from './load-report';
import { parseEventsText, parseEventsValue, PROGRESS_STEP } from './parse-events';

const junk = (n: number): string =>
  `{"type":"FeatureCollection","features":[${Array(n).fill('0').join(',')}]}`;

describe('a file of a million junk features', () => {
  it('answers within seconds, with a bounded report and exact counts', () => {
    const text = junk(1_000_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const outcome = parseEventsText(text, { fileName: 'junk.geojson', routes: null });
    const elapsedMs = performance.now() - started;
    const heapGrowthBytes = process.memoryUsage().heapUsed - heapBefore;
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toEqual({ code: 'no-valid-features', value: '1000000' });
    const report = outcome.report;
    expect(report?.rejectedFeatures).toBe(1_000_000);
    expect(report?.rejectedCounts).toEqual([{ code: 'not-a-feature', count: 1_000_000 }]);
    expect(report?.rejected).toHaveLength(ISSUE_SAMPLE_LIMIT);
    expect(report?.rejected[ISSUE_SAMPLE_LIMIT - 1]?.index).toBe(ISSUE_SAMPLE_LIMIT - 1);
    expect(report?.rejectedRows).toHaveLength(REJECTED_ROW_LIMIT);
    // Loose bounds (measured exactly in bench/): about 0.3 s and tens of MB on the development machine.
    expect(elapsedMs).toBeLessThan(8000);
    expect(heapGrowthBytes).toBeLessThan(300 * 1024 * 1024);
    // What a worker would post back stays small: the samples, not a million entries.
    expect(JSON.stringify(report).length).toBeLessThan(5 * 1024 * 1024);
  }, 30_000);
});

describe('the report per reason', () => {
  it('keeps the first issues of each reason and counts all of them', () => {
    const features: unknown[] = [];
    for (let i = 0; i < 250; i++) features.push(makeEventFeature({ id: `k${i}`, kind: 'arrival' }));
    for (let i = 0; i < 130; i++) features.push(makeEventFeature({ id: `d${i}`, date: '2013-02-30' }));
    features.push(makeEventFeature({ id: 'ok' }));
    const outcome = parseEventsValue(makeCollection(features), { fileName: 'x', routes: null });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const { report } = outcome;
    expect(report.rejectedFeatures).toBe(380);
    expect(report.rejectedCounts).toEqual([
      { code: 'kind-invalid', count: 250 },
      { code: 'date-nonexistent', count: 130 },
    ]);
    const kinds = report.rejected.filter((r) => r.code === 'kind-invalid');
    expect(kinds).toHaveLength(ISSUE_SAMPLE_LIMIT);
    expect(kinds.map((r) => r.id)).toEqual(Array.from({ length: ISSUE_SAMPLE_LIMIT }, (_, i) => `k${i}`));
    expect(report.rejected.filter((r) => r.code === 'date-nonexistent')).toHaveLength(ISSUE_SAMPLE_LIMIT);
  });

  it('sums what the rejected features would have added (where their counts are numbers)', () => {
    const features = [
      makeEventFeature({ id: 'a', kind: 'arrival', people: 40, deaths: 6 }),
      makeEventFeature({ id: 'b', date: 'soon', people: 2, deaths: null, boats: 2 }),
      makeEventFeature({ id: 'c', kind: 'x', people: 'many' }),
      makeEventFeature({ id: 'ok' }),
    ];
    const outcome = parseEventsValue(makeCollection(features), { fileName: 'x', routes: null });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.report.notLoaded).toEqual({ features: 3, people: 42, deaths: 6, boats: 4 });
  });
});

describe('limits', () => {
  it('refuses more features than the limit, naming both numbers', () => {
    const text = JSON.stringify(makeCollection([makeEventFeature(), makeEventFeature(), makeEventFeature()]));
    const outcome = parseEventsText(text, { fileName: 'x', routes: null, maxFeatures: 2 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toEqual({ code: 'too-many-features', value: '3/2' });
  });
});

describe('progress', () => {
  it('reports validated features every PROGRESS_STEP and at the end', () => {
    const n = PROGRESS_STEP * 2 + 7;
    const calls: [number, number][] = [];
    parseEventsText(junk(n), {
      fileName: 'x',
      routes: null,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [PROGRESS_STEP, n],
      [PROGRESS_STEP * 2, n],
      [n, n],
    ]);
  });

  it('reads a picked file in chunks, reporting bytes, then parses it', async () => {
    const text = JSON.stringify(makeCollection([makeEventFeature({ id: 'one' })]));
    const phases: [LoadPhase, number, number][] = [];
    const response = await loadFiles(
      {
        requestId: 7,
        events: { type: 'file', file: new Blob([text]), fileName: 'picked.geojson' },
        routes: null,
        maxBytes: 1_000_000,
      },
      (phase, _file, done, total) => phases.push([phase, done, total]),
    );
    expect(response.ok).toBe(true);
    const bytes = new TextEncoder().encode(text).byteLength;
    expect(phases[0]).toEqual(['reading', bytes, bytes]);
    expect(phases.map((p) => p[0])).toEqual(['reading', 'parsing', 'building']);
  });

  it('refuses a picked file over the size limit before reading it', async () => {
    const response = await loadFiles({
      requestId: 8,
      events: { type: 'file', file: new Blob(['x'.repeat(100)]), fileName: 'big.geojson' },
      routes: null,
      maxBytes: 10,
    });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error).toEqual({ code: 'file-too-large', value: '100/10' });
  });
});

describe('counting features before JSON.parse', () => {
  it('counts the elements of the top-level features array, whatever they are', () => {
    const text =
      '{"metadata":{"features":[1,2,3]},"type":"FeatureCollection","features":[0, {"a":[1,2]}, "x,]" ,[],null]}';
    expect(countFeatures(text)).toMatchObject({ count: 5, complete: true });
    expect(countFeatures('{"type":"FeatureCollection","features":[]}')?.count).toBe(0);
    expect(countFeatures('{"type":"FeatureCollection"}')).toBeNull();
  });

  it('refuses a file of many tiny elements before parsing it, with the exact count', () => {
    const n = 300_000;
    const outcome = parseEventsText(junk(n), { fileName: 'x', routes: null, maxFeatures: 100_000 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toEqual({ code: 'too-many-features', value: `${n}/100000` });
    expect(countFeaturesIfTooMany(junk(n), 100_000)).toBe(n);
    expect(countFeaturesIfTooMany(junk(n), n)).toBeNull();
  });
});
