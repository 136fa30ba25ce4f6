// Datasets kept on this device (docs/import.md): the person's files as they chose them, with the mapping
// that reads them, listed with name, size and date; the mapping of each header; the last dataset used.
// Nothing here leaves the device.
import type { ImportMapping } from './import-mapping';
import type { KeyValueStore } from './persist-store';
import type { SourceKind } from './source-kind';

/** What the datasets menu lists (small: read on every start). */
export interface KeptDatasetInfo {
  readonly id: string;
  /** The dataset's title, else the file name. */
  readonly name: string;
  readonly fileName: string;
  /** Bytes of the events file (and of the routes file, when one was kept with it). */
  readonly sizeBytes: number;
  readonly savedAtMs: number;
  /** How the file is read: through a mapping, or as a Lintas events file ('lintas'). */
  readonly kind: SourceKind | 'lintas';
}

/** A kept dataset in full: its files and mapping, enough to load it again exactly. */
export interface KeptDataset extends KeptDatasetInfo {
  readonly events: Blob;
  readonly routes: Blob | null;
  readonly routesName: string;
  /** null for Lintas files (they need none). */
  readonly mapping: ImportMapping | null;
  readonly headerKey: string;
}

export type KeepFailure = 'quota' | 'unavailable' | 'failed';
export type KeepResult = { readonly ok: true } | { readonly ok: false; readonly reason: KeepFailure };

const INDEX_KEY = 'index';
const LAST_KEY = 'last';
const datasetKey = (id: string): string => `dataset:${id}`;
const mappingKey = (header: string): string => `mapping:${header}`;

/** True for the errors browsers raise when a site's storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  const code = (error as { code?: unknown }).code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

const failureOf = (error: unknown): KeepFailure => (isQuotaError(error) ? 'quota' : 'failed');

function infoOf(dataset: KeptDataset): KeptDatasetInfo {
  const { id, name, fileName, sizeBytes, savedAtMs, kind } = dataset;
  return { id, name, fileName, sizeBytes, savedAtMs, kind };
}

export interface KeptDatasets {
  /** Newest first; [] when the store cannot be read. */
  list(): Promise<readonly KeptDatasetInfo[]>;
  /** Keeps a dataset; one with the same file name, size and mapping kind is replaced. */
  keep(dataset: KeptDataset): Promise<KeepResult>;
  open(id: string): Promise<KeptDataset | null>;
  remove(id: string): Promise<void>;
  /** Forgets every kept dataset, mapping and the last-used choice. */
  removeAll(): Promise<void>;
  /** The kept dataset to reopen on start (null: the demo data). */
  lastUsed(): Promise<string | null>;
  setLastUsed(id: string | null): Promise<void>;
  /** The mapping last used for a header, to apply again when the same header comes back. */
  mappingFor(headerKey: string): Promise<ImportMapping | null>;
  saveMapping(headerKey: string, mapping: ImportMapping): Promise<void>;
}

/** The kept datasets of a key-value store (IndexedDB in the app, memory in tests). */
export function keptDatasets(kv: KeyValueStore): KeptDatasets {
  const readIndex = async (): Promise<KeptDatasetInfo[]> => {
    try {
      const index = await kv.get<KeptDatasetInfo[]>(INDEX_KEY);
      return Array.isArray(index) ? index : [];
    } catch {
      return [];
    }
  };
  return {
    async list() {
      return (await readIndex()).slice().sort((a, b) => b.savedAtMs - a.savedAtMs);
    },
    async keep(dataset) {
      try {
        const index = await readIndex();
        const same = index.filter(
          (d) =>
            d.id !== dataset.id &&
            d.fileName === dataset.fileName &&
            d.sizeBytes === dataset.sizeBytes &&
            d.kind === dataset.kind,
        );
        // The file first: if it does not fit, the index still lists only what is there.
        await kv.set(datasetKey(dataset.id), dataset);
        const ids = new Set(same.map((d) => d.id));
        const next = [infoOf(dataset), ...index.filter((d) => d.id !== dataset.id && !ids.has(d.id))];
        await kv.set(INDEX_KEY, next);
        for (const id of ids) await kv.del(datasetKey(id));
        return { ok: true };
      } catch (error) {
        await kv.del(datasetKey(dataset.id)).catch(() => undefined);
        return { ok: false, reason: failureOf(error) };
      }
    },
    async open(id) {
      try {
        return (await kv.get<KeptDataset>(datasetKey(id))) ?? null;
      } catch {
        return null;
      }
    },
    async remove(id) {
      const index = await readIndex();
      await kv.set(
        INDEX_KEY,
        index.filter((d) => d.id !== id),
      );
      await kv.del(datasetKey(id));
      if ((await kv.get<string>(LAST_KEY)) === id) await kv.del(LAST_KEY);
    },
    async removeAll() {
      await kv.clear();
    },
    async lastUsed() {
      try {
        const id = await kv.get<string>(LAST_KEY);
        return typeof id === 'string' ? id : null;
      } catch {
        return null;
      }
    },
    async setLastUsed(id) {
      try {
        if (id === null) await kv.del(LAST_KEY);
        else await kv.set(LAST_KEY, id);
      } catch {
        // Not remembering the choice only means the demo opens next time.
      }
    },
    async mappingFor(headerKey) {
      try {
        return (await kv.get<ImportMapping>(mappingKey(headerKey))) ?? null;
      } catch {
        return null;
      }
    },
    async saveMapping(headerKey, mapping) {
      try {
        await kv.set(mappingKey(headerKey), mapping);
      } catch {
        // A mapping not remembered is guessed again next time.
      }
    },
  };
}
