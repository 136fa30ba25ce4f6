// Which reader a file needs: by its extension, then by its first bytes.

export const SOURCE_KINDS = ['csv', 'tsv', 'json', 'xlsx'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Extensions the file picker offers (and drag-and-drop takes). */
export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.geojson,.json,.xlsx,.arrow,.arrows,.parquet';

/** The kind of a file from its name and its first bytes (a zip signature is an .xlsx workbook). */
export function detectSourceKind(fileName: string, head: Uint8Array): SourceKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'tsv') return 'tsv';
  if (ext === 'csv') return 'csv';
  if (ext === 'geojson' || ext === 'json') return 'json';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    // Skip a UTF-8 BOM and white space.
    if (b === 0xef || b === 0xbb || b === 0xbf || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)
      continue;
    return b === 0x7b || b === 0x5b ? 'json' : 'csv';
  }
  return 'csv';
}

/** The delimiter to force for a kind ('' lets papaparse guess). */
export function delimiterOf(kind: SourceKind): string {
  return kind === 'tsv' ? '\t' : '';
}
