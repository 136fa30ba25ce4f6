import { describe, expect, it } from 'vitest';
import { emptyMapping } from './import-mapping';
import { isQuotaError, keptDatasets, type KeptDataset } from './persist-datasets';
import { memoryStore, type KeyValueStore } from './persist-store';

function dataset(id: string, fileName: string, savedAtMs: number, text = 'date\n2013-01-01\n'): KeptDataset {
  const events = new Blob([text]);
  return {
    id,
    name: fileName,
    fileName,
    sizeBytes: events.size,
    savedAtMs,
    kind: 'csv',
    events,
    routes: null,
    routesName: '',
    mapping: emptyMapping(),
    headerKey: 'h1-0000000000000000',
  };
}

describe('kept datasets', () => {
  it('keeps, lists newest first, reopens with the file bytes, and removes', async () => {
    const kept = keptDatasets(memoryStore());
    expect(await kept.keep(dataset('a', 'a.csv', 1))).toEqual({ ok: true });
    expect(await kept.keep(dataset('b', 'b.csv', 2))).toEqual({ ok: true });
    expect((await kept.list()).map((d) => d.id)).toEqual(['b', 'a']);
    const a = await kept.open('a');
    expect(await a?.events.text()).toBe('date\n2013-01-01\n');
    expect(a?.mapping).toEqual(emptyMapping());
    await kept.remove('a');
    expect((await kept.list()).map((d) => d.id)).toEqual(['b']);
    expect(await kept.open('a')).toBeNull();
  });

  it('replaces a dataset kept before from the same file', async () => {
    const store = memoryStore();
    const kept = keptDatasets(store);
    await kept.keep(dataset('a', 'a.csv', 1));
    await kept.keep(dataset('a2', 'a.csv', 5));
    expect((await kept.list()).map((d) => d.id)).toEqual(['a2']);
    expect(store.data.has('dataset:a')).toBe(false);
  });

  it('remembers the last dataset used and mappings by header, and forgets everything on request', async () => {
    const kept = keptDatasets(memoryStore());
    await kept.keep(dataset('a', 'a.csv', 1));
    await kept.setLastUsed('a');
    await kept.saveMapping('h1-x', { ...emptyMapping(), dateFormat: 'yyyy-mm' });
    expect(await kept.lastUsed()).toBe('a');
    expect((await kept.mappingFor('h1-x'))?.dateFormat).toBe('yyyy-mm');
    expect(await kept.mappingFor('h1-y')).toBeNull();
    await kept.remove('a');
    expect(await kept.lastUsed()).toBeNull();
    await kept.keep(dataset('b', 'b.csv', 2));
    await kept.removeAll();
    expect(await kept.list()).toEqual([]);
    expect(await kept.mappingFor('h1-x')).toBeNull();
  });

  it('says when the device is full, and lists only what was stored', async () => {
    const full: KeyValueStore = {
      ...memoryStore(),
      set: (key) =>
        key.startsWith('dataset:')
          ? Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))
          : Promise.resolve(),
    };
    const kept = keptDatasets(full);
    expect(await kept.keep(dataset('a', 'a.csv', 1))).toEqual({ ok: false, reason: 'quota' });
    expect(await kept.list()).toEqual([]);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('reads an unreadable store as empty', async () => {
    const broken: KeyValueStore = { ...memoryStore(), get: () => Promise.reject(new Error('blocked')) };
    const kept = keptDatasets(broken);
    expect(await kept.list()).toEqual([]);
    expect(await kept.lastUsed()).toBeNull();
    expect(await kept.open('a')).toBeNull();
  });
});
