// The key-value store kept datasets live in: IndexedDB through idb-keyval (one database of Lintas's own),
// behind a small interface so the logic above it is tested without a browser.
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Removes every key; the database itself too where the platform allows. */
  clear(): Promise<void>;
}

export const DATABASE_NAME = 'lintas';
const STORE_NAME = 'kept-datasets';

let deviceStore: UseStore | null = null;

/** The IndexedDB store of this device, or null where IndexedDB is not available (some private modes). */
export function openDeviceStore(): KeyValueStore | null {
  if (typeof indexedDB === 'undefined') return null;
  deviceStore ??= createStore(DATABASE_NAME, STORE_NAME);
  const store = deviceStore;
  return {
    get: <T>(key: string) => get<T>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    clear: () => clear(store),
  };
}

/** A store in memory (tests, and the fallback that keeps nothing across reloads). */
export function memoryStore(): KeyValueStore & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: <T>(key: string) => Promise.resolve(data.get(key) as T | undefined),
    set: (key, value) => {
      data.set(key, value);
      return Promise.resolve();
    },
    del: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
    clear: () => {
      data.clear();
      return Promise.resolve();
    },
  };
}
