// What the import does when a person opens, drops or pastes a file, presses Load, or picks a kept dataset:
// Lintas files load as they are; other files open the mapping dialog; loaded datasets are kept on this
// device with their mapping (docs/import.md).
import { BINARY_MAGIC_BYTES, detectBinaryKind } from '@/data/columnar-events-format';
import type { FileSource } from '@/data/load-messages';
import { loadDataset } from '@/state/load-dataset';
import { useAppStore } from '@/state/store';
import { guessMapping } from './guess-mapping';
import { convertInWorker, previewInWorker } from './import-in-worker';
import type { ImportMapping } from './import-mapping';
import {
  activeDatasetId,
  datasetNotice,
  importSession,
  keptVersion,
  updateSession,
  type ImportSession,
} from './import-state';
import { readMappingText } from './mapping-file';
import { keptDatasets, type KeptDataset, type KeptDatasets } from './persist-datasets';
import { memoryStore, openDeviceStore } from './persist-store';
import type { SourceKind } from './source-kind';

/** The bundled demo files (passed in by the composition root, which owns their URLs). */
export interface DemoSources {
  readonly events: FileSource;
  readonly routes: FileSource;
}

/** Mapping files are small; anything larger beside a data file is not read as one. */
const MAX_MAPPING_FILE_BYTES = 1024 * 1024;

let kept: KeptDatasets | null = null;
let deviceAvailable = true;

/** The device's kept datasets (in memory only where IndexedDB is unavailable). */
export function getKeptDatasets(): KeptDatasets {
  if (kept === null) {
    const store = openDeviceStore();
    deviceAvailable = store !== null;
    kept = keptDatasets(store ?? memoryStore());
  }
  return kept;
}

function newId(): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `ds-${Date.now().toString(36)}-${random}`;
}

/** A kept or chosen file for the app's loader (the worker reads it, with progress). */
function asSource(blob: Blob, fileName: string): FileSource {
  return { type: 'file', file: blob, fileName };
}

/** Loads a Lintas events file through the app's loader; true when a table came back. */
async function loadLintas(
  events: Blob,
  fileName: string,
  routes: Blob | null,
  routesName: string,
): Promise<boolean> {
  const before = useAppStore.getState().table;
  await loadDataset(asSource(events, fileName), routes ? asSource(routes, routesName) : null);
  const after = useAppStore.getState();
  return after.loadError === null && after.table !== null && after.table !== before;
}

/** Keeps the dataset now on screen, and says so (or why not). */
async function keepLoaded(entry: Omit<KeptDataset, 'name' | 'savedAtMs' | 'id'>): Promise<void> {
  const name = useAppStore.getState().table?.meta.title || entry.fileName;
  const id = newId();
  const store = getKeptDatasets();
  const result = await store.keep({ ...entry, id, name, savedAtMs: Date.now() });
  if (result.ok && deviceAvailable) {
    await store.setLastUsed(id);
    activeDatasetId.set(id);
    datasetNotice.set({ kind: 'kept', name });
  } else {
    activeDatasetId.set(null);
    datasetNotice.set({
      kind: 'not-kept',
      name,
      reason: result.ok ? 'unavailable' : result.reason,
      sizeBytes: entry.sizeBytes,
    });
  }
  keptVersion.set(keptVersion.get() + 1);
}

function isMappingCandidate(file: File): boolean {
  return /\.json$/i.test(file.name) && file.size <= MAX_MAPPING_FILE_BYTES;
}

/** A mapping file among the chosen files, read; null when none of them is one. */
async function findMappingFile(
  files: readonly File[],
): Promise<{ file: File; read: ReturnType<typeof readMappingText> } | null> {
  for (const file of files) {
    if (!isMappingCandidate(file)) continue;
    const text = await file.text();
    if (!text.includes('lintas-import-mapping')) continue;
    return { file, read: readMappingText(text) };
  }
  return null;
}

/** Applies a mapping file to the open dialog (a file chosen or dropped while it is open). */
export async function applyMappingFile(file: File): Promise<void> {
  const read = readMappingText(await file.text());
  if (!read.ok) {
    datasetNotice.set({ kind: 'mapping-file-invalid', name: file.name });
    return;
  }
  updateSession({
    mapping: read.mapping,
    origin: { kind: 'file', fileName: file.name, notes: read.notes },
    error: null,
  });
}

/**
 * Opens chosen, dropped or pasted files: a mapping file among them is used for the data file beside it;
 * a Lintas events file loads at once; any other file opens the mapping dialog with the first rows.
 */
export async function openFiles(files: readonly File[], routes: File | null): Promise<void> {
  const mappingFile = await findMappingFile(files);
  const data = files.find((file) => file !== mappingFile?.file);
  if (data === undefined) {
    if (mappingFile && importSession.get()) await applyMappingFile(mappingFile.file);
    return;
  }
  // A columnar Lintas events file (Arrow) goes to the loader as it is, as does Parquet (which it explains).
  const head = new Uint8Array(await data.slice(0, BINARY_MAGIC_BYTES).arrayBuffer());
  const preview = detectBinaryKind(head) === null ? await previewInWorker(data, data.name) : null;
  if (preview === null || !preview.ok || preview.preview.isLintas) {
    // Lintas files, and JSON that cannot be previewed: the loader reads them and reports precisely.
    const ok = await loadLintas(data, data.name, routes, routes?.name ?? '');
    if (ok)
      await keepLoaded({
        fileName: data.name,
        sizeBytes: data.size + (routes?.size ?? 0),
        kind: 'lintas',
        events: data,
        routes,
        routesName: routes?.name ?? '',
        mapping: null,
        headerKey: '',
      });
    return;
  }
  const { columns, rows, geometries, headerKey } = preview.preview;
  let mapping: ImportMapping | null = null;
  let origin: ImportSession['origin'] = { kind: 'guessed' };
  if (mappingFile?.read.ok) {
    mapping = mappingFile.read.mapping;
    origin = { kind: 'file', fileName: mappingFile.file.name, notes: mappingFile.read.notes };
  } else if (mappingFile) datasetNotice.set({ kind: 'mapping-file-invalid', name: mappingFile.file.name });
  if (mapping === null) {
    mapping = await getKeptDatasets().mappingFor(headerKey);
    if (mapping !== null) origin = { kind: 'saved' };
  }
  mapping ??= guessMapping({ columns, rows, hasGeometry: geometries !== null });
  importSession.set({
    file: data,
    fileName: data.name,
    routes,
    preview: preview.preview,
    mapping,
    origin,
    loading: false,
    error: null,
    notes: null,
  });
}

/** Text pasted onto the page becomes a file: tab-separated, JSON, or comma-separated. */
export function pastedTextFile(text: string): File | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const isJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (!isJson && !trimmed.includes('\n')) return null;
  const lineEnd = trimmed.indexOf('\n');
  const firstLine = lineEnd < 0 ? trimmed : trimmed.slice(0, lineEnd);
  const name = isJson ? 'pasted.json' : firstLine.includes('\t') ? 'pasted.tsv' : 'pasted.csv';
  return new File([text], name, { type: 'text/plain' });
}

/** Converts an imported file with its mapping in the worker and puts the table on screen. */
async function loadConverted(
  file: Blob,
  fileName: string,
  kind: SourceKind,
  mapping: ImportMapping,
  routes: Blob | null,
): Promise<Awaited<ReturnType<typeof convertInWorker>>> {
  const store = useAppStore.getState();
  store.setLoading(fileName);
  const response = await convertInWorker(file, fileName, kind, mapping, routes, (progress) =>
    useAppStore.getState().setLoadProgress(progress),
  );
  const after = useAppStore.getState();
  if (response.ok) after.setLoaded(response.table, response.report, response.routeIssues);
  else if (response.error.code === 'cancelled') after.setLoadCancelled();
  else after.setLoadError(response.file, response.error, response.report);
  return response;
}

/** Load in the dialog: converts the whole file; on success keeps it and closes the dialog. */
export async function loadSession(): Promise<void> {
  const session = importSession.get();
  if (!session || session.loading) return;
  updateSession({ loading: true, error: null });
  const { file, fileName, preview, mapping, routes } = session;
  const response = await loadConverted(file, fileName, preview.kind, mapping, routes);
  if (!response.ok) {
    const cancelled = response.error.code === 'cancelled';
    updateSession({ loading: false, error: cancelled ? null : response.error, notes: response.notes });
    return;
  }
  importSession.set(null);
  await getKeptDatasets().saveMapping(preview.headerKey, mapping);
  await keepLoaded({
    fileName,
    sizeBytes: file.size + (routes?.size ?? 0),
    kind: preview.kind,
    events: file,
    routes,
    routesName: routes?.name ?? '',
    mapping,
    headerKey: preview.headerKey,
  });
}

export function closeSession(): void {
  importSession.set(null);
}

/** Loads a kept dataset again, exactly as it was kept (its files and mapping). */
async function loadKept(dataset: KeptDataset): Promise<boolean> {
  if (dataset.mapping === null || dataset.kind === 'lintas')
    return loadLintas(dataset.events, dataset.fileName, dataset.routes, dataset.routesName);
  const response = await loadConverted(
    dataset.events,
    dataset.fileName,
    dataset.kind,
    dataset.mapping,
    dataset.routes,
  );
  return response.ok;
}

export async function switchToKept(id: string): Promise<void> {
  const store = getKeptDatasets();
  const dataset = await store.open(id);
  if (dataset === null) {
    datasetNotice.set({ kind: 'reopen-failed', name: id });
    keptVersion.set(keptVersion.get() + 1);
    return;
  }
  if (await loadKept(dataset)) {
    activeDatasetId.set(id);
    await store.setLastUsed(id);
  } else datasetNotice.set({ kind: 'reopen-failed', name: dataset.name });
}

export async function switchToDemo(demo: DemoSources): Promise<void> {
  await loadDataset(demo.events, demo.routes);
  activeDatasetId.set(null);
  await getKeptDatasets().setLastUsed(null);
}

export async function removeKept(id: string): Promise<void> {
  await getKeptDatasets().remove(id);
  if (activeDatasetId.get() === id) activeDatasetId.set(null);
  keptVersion.set(keptVersion.get() + 1);
}

/** "Remove all data from this device": every kept dataset and mapping; the demo data comes back. */
export async function removeAllKept(demo: DemoSources): Promise<void> {
  await getKeptDatasets().removeAll();
  activeDatasetId.set(null);
  keptVersion.set(keptVersion.get() + 1);
  // The person's data leaves the screen too.
  await loadDataset(demo.events, demo.routes);
  datasetNotice.set({ kind: 'removed-all' });
}

/**
 * On start: the kept dataset used last, if there is one and it loads; otherwise the demo data. Embedded
 * pages always show the demo (their host page chose it).
 */
export async function openStartupDataset(demo: DemoSources): Promise<void> {
  if (!useAppStore.getState().embed) {
    const store = getKeptDatasets();
    const last = await store.lastUsed();
    const dataset = last === null ? null : await store.open(last);
    if (last !== null && dataset !== null && (await loadKept(dataset))) {
      activeDatasetId.set(last);
      return;
    }
    if (last !== null) {
      await store.setLastUsed(null);
      datasetNotice.set({ kind: 'reopen-failed', name: dataset?.name ?? last });
    }
  }
  await loadDataset(demo.events, demo.routes);
}
