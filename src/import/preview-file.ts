// The first rows of a file for the mapping dialog, from a head slice only (a 200 MB file is not read), and
// whether the file is already in the Lintas format (then it loads without a mapping).
import { headerKey } from './header-key';
import { previewDelimited } from './read-delimited';
import { looksLikeLintasEvents, previewJsonHead } from './read-geojson';
import { readXlsx } from './read-xlsx';
import { delimiterOf, type SourceKind } from './source-kind';

/** Bytes read from the start of a text file for its preview. */
export const PREVIEW_HEAD_BYTES = 512 * 1024;
/** Rows shown and used for guessing. */
export const PREVIEW_ROWS = 20;

export interface FilePreview {
  readonly kind: SourceKind;
  readonly columns: readonly string[];
  /** Cells in column order (GeoJSON properties are laid out by column). */
  readonly rows: readonly (readonly unknown[])[];
  /** The rows' GeoJSON geometries; null for tables. */
  readonly geometries: readonly unknown[] | null;
  /** True when the rows already carry the Lintas fields: the file loads as it is. */
  readonly isLintas: boolean;
  readonly headerKey: string;
  /** True when the preview saw the whole file. */
  readonly complete: boolean;
}

export type PreviewResult =
  | { readonly ok: true; readonly preview: FilePreview }
  | { readonly ok: false; readonly code: 'not-utf8' | 'unreadable' | 'no-rows'; readonly value: string };

/** UTF-8 text of a head slice; a character cut at the end of the slice is dropped, not an error. */
export function decodeHead(bytes: Uint8Array, complete: boolean): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return text;
  } catch {
    return null;
  }
}

/** Preview of a text file's head. */
export function previewText(
  kind: Exclude<SourceKind, 'xlsx'>,
  head: string,
  complete: boolean,
): PreviewResult {
  if (kind === 'json') {
    const json = previewJsonHead(head, complete, PREVIEW_ROWS);
    if (json === null) return { ok: false, code: 'unreadable', value: 'json' };
    const { columns } = json;
    return {
      ok: true,
      preview: {
        kind,
        columns,
        rows: json.rows.map((row) => columns.map((column) => row.properties[column])),
        geometries: json.hasGeometry ? json.rows.map((row) => row.geometry) : null,
        isLintas: json.hasGeometry && looksLikeLintasEvents(json.rows),
        headerKey: headerKey(columns),
        complete,
      },
    };
  }
  const table = previewDelimited(head, PREVIEW_ROWS, complete, delimiterOf(kind));
  if (table.columns.length === 0) return { ok: false, code: 'no-rows', value: '' };
  return {
    ok: true,
    preview: {
      kind,
      columns: table.columns,
      rows: table.rows,
      geometries: null,
      isLintas: false,
      headerKey: headerKey(table.columns),
      complete,
    },
  };
}

/** Preview of a workbook (the whole file is read: a zip cannot be read from its start alone). */
export async function previewXlsx(bytes: ArrayBuffer): Promise<PreviewResult> {
  const sheet = await readXlsx(bytes);
  if (!sheet.ok) return { ok: false, code: 'unreadable', value: sheet.message };
  if (sheet.columns.length === 0) return { ok: false, code: 'no-rows', value: '' };
  return {
    ok: true,
    preview: {
      kind: 'xlsx',
      columns: sheet.columns,
      rows: sheet.rows.slice(0, PREVIEW_ROWS),
      geometries: null,
      isLintas: false,
      headerKey: headerKey(sheet.columns),
      complete: true,
    },
  };
}
