// Excel .xlsx through read-excel-file, loaded on first use only (a chunk of its own, outside the first
// view): the first sheet as a header row of column names and rows of cells (text, number, boolean, Date).
import { columnNames } from './read-delimited';

export type XlsxResult =
  | { readonly ok: true; readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] }
  | { readonly ok: false; readonly message: string };

const isBlankCell = (cell: unknown): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Reads the first sheet; blank rows at the end are dropped. Never throws. */
export async function readXlsx(bytes: ArrayBuffer): Promise<XlsxResult> {
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const sheet = (await readSheet(bytes)) as readonly (readonly unknown[])[];
    const columns = columnNames(sheet[0] ?? []);
    let end = sheet.length;
    while (end > 1 && (sheet[end - 1] ?? []).every(isBlankCell)) end--;
    return { ok: true, columns, rows: sheet.slice(1, end) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message.slice(0, 120) : 'xlsx' };
  }
}
