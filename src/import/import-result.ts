// What an import takes and hands back (the file and its mapping in; the load, its columns and the
// conversion's notes out), shared by the whole-file conversion and the chunked CSV import.
import type { RouteInfo } from '@/domain/event-table';
import type { FileError } from '@/data/load-report';
import type { LoadOutcome } from '@/data/parse-events';
import type { ConversionStats } from './convert-row';
import type { ImportMapping } from './import-mapping';
import type { DelimitedProblem } from './read-delimited';
import type { SourceKind } from './source-kind';

/** What the conversion adds to the loader's report. */
export interface ConversionNotes {
  readonly rows: number;
  readonly placedByGazetteer: number;
  /** Site names not in the gazetteer, most frequent first (at most 20), with their row counts. */
  readonly unplaced: readonly (readonly [name: string, rows: number])[];
  readonly unplacedNames: number;
  /** Rows papaparse could not split cleanly (quotes, field counts), with the first few located. */
  readonly parseProblems: readonly DelimitedProblem[];
  readonly parseProblemCount: number;
}

export interface ConvertInput {
  readonly kind: SourceKind;
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  readonly mapping: ImportMapping;
  /** Corridors of a routes file chosen beside the events (their stages join the gazetteer). */
  readonly routes: readonly RouteInfo[] | null;
  readonly maxBytes: number;
  /**
   * Called as the file is read (`reading`, CSV and TSV: bytes parsed, converted and validated so far),
   * parsed (`parsing`) and its rows validated (`validating`, with counts).
   */
  readonly onProgress?: (phase: 'reading' | 'parsing' | 'validating', done: number, total: number) => void;
  /** Characters of CSV or TSV text parsed per chunk (default: read-delimited's 8 M). */
  readonly chunkChars?: number;
}

/** The converted file's `metadata`: the mapping's texts, else the file name as the title. */
export function importMetadata(mapping: ImportMapping, fileName: string): Record<string, unknown> {
  const m = mapping.metadata;
  const meta: Record<string, unknown> = {
    formatVersion: 1,
    kind: 'events',
    title: m.title?.trim() || fileName,
    illustrative: false,
    notes: `Imported from ${fileName} through a field mapping.`,
  };
  for (const key of ['source', 'licence', 'destination', 'tagline'] as const) {
    const value = m[key]?.trim();
    if (value) meta[key] = value;
  }
  return meta;
}

/** The conversion's notes from its stats and the parse problems. */
export function notesOf(
  stats: ConversionStats,
  problems: readonly DelimitedProblem[] = [],
  problemCount = 0,
): ConversionNotes {
  const unplaced = [...stats.unplaced.entries()].sort((a, b) => b[1] - a[1]);
  return {
    rows: stats.rows,
    placedByGazetteer: stats.placedByGazetteer,
    unplaced: unplaced.slice(0, 20),
    unplacedNames: unplaced.length,
    parseProblems: problems,
    parseProblemCount: problemCount,
  };
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly load: LoadOutcome;
      readonly notes: ConversionNotes;
      readonly columns: readonly string[];
    }
  | { readonly ok: false; readonly error: FileError };
