// The import feature's UI state: the open mapping dialog (the file, its preview and the mapping being
// edited), the kept dataset on screen, and the last notice about keeping. Not in the app store: no other
// part of the app reads them, and files (Blobs) do not belong in a serializable store.
import type { FileError } from '@/data/load-report';
import type { ConversionNotes } from './import-result';
import type { ImportMapping } from './import-mapping';
import type { MappingNote } from './mapping-file';
import { observableValue } from './observable-value';
import type { FilePreview } from './preview-file';

/** Where the dialog's first mapping came from. */
export type MappingOrigin =
  | { readonly kind: 'guessed' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'file'; readonly fileName: string; readonly notes: readonly MappingNote[] };

export interface ImportSession {
  readonly file: Blob;
  readonly fileName: string;
  readonly routes: File | null;
  readonly preview: FilePreview;
  readonly mapping: ImportMapping;
  readonly origin: MappingOrigin;
  readonly loading: boolean;
  /** The last attempt failed as a whole (nothing loaded); the dialog stays open to fix the mapping. */
  readonly error: FileError | null;
  /** What the last attempt's conversion noticed (places not found…). */
  readonly notes: ConversionNotes | null;
}

export type DatasetNotice =
  | { readonly kind: 'kept'; readonly name: string }
  | {
      readonly kind: 'not-kept';
      readonly name: string;
      readonly reason: 'quota' | 'unavailable' | 'failed';
      readonly sizeBytes: number;
    }
  | { readonly kind: 'mapping-file-invalid'; readonly name: string }
  | { readonly kind: 'removed-all' }
  | { readonly kind: 'reopen-failed'; readonly name: string };

export const importSession = observableValue<ImportSession | null>(null);
/** Id of the kept dataset on screen; null for the demo data or a dataset that is not kept. */
export const activeDatasetId = observableValue<string | null>(null);
export const datasetNotice = observableValue<DatasetNotice | null>(null);
/** Bumped whenever the list of kept datasets changes. */
export const keptVersion = observableValue(0);

export function updateSession(change: Partial<ImportSession>): void {
  const session = importSession.get();
  if (session) importSession.set({ ...session, ...change });
}
