// The dataset slice around a load: progress while it runs, and a cancel that keeps the previous data.
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '@/data/parse-events';
import { loadTestTable, makeCollection, makeEventFeature } from '@/testing/make-event-features';
import { useAppStore } from './store';

describe('dataset slice', () => {
  it('keeps the previous table and report when a load is cancelled', () => {
    const table = loadTestTable([makeEventFeature({ id: 'first' })]);
    const outcome = parseEventsValue(makeCollection([makeEventFeature({ id: 'first' })]), {
      fileName: 'first.geojson',
      routes: null,
    });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const store = useAppStore.getState();
    store.setLoaded(table, outcome.report, []);
    store.setLoading('second.geojson');
    useAppStore.getState().setLoadProgress({
      requestId: 2,
      type: 'progress',
      phase: 'validating',
      fileName: 'second.geojson',
      done: 50_000,
      total: 200_000,
    });
    expect(useAppStore.getState().status).toBe('loading');
    expect(useAppStore.getState().loadProgress?.done).toBe(50_000);
    useAppStore.getState().setLoadCancelled();
    const after = useAppStore.getState();
    expect(after.status).toBe('ready');
    expect(after.table).toBe(table);
    expect(after.report).toBe(outcome.report);
    expect(after.loadProgress).toBeNull();
    expect(after.loadError).toBeNull();
  });
});
