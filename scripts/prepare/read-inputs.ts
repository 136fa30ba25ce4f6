// Reading the input files with DuckDB's built-in readers (read_csv, read_parquet, read_json: no extension
// is downloaded). This is the one DuckDB-specific stage: on Spark or a warehouse the input is read with
// its own readers (docs/prepare.md). Every cell reaches the field mapping as text or null, as the app's
// CSV import gives it (papaparse yields text), so the mapping reads each input the same way.
import { accessSync, constants, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { columnNames } from '../../src/import/read-delimited';

export type InputKind = 'csv' | 'tsv' | 'parquet' | 'json';

export interface InputFile {
  readonly path: string;
  readonly kind: InputKind;
}

/** A failure the person can act on: printed as it is, exit code 1, no output left. */
export class PrepareError extends Error {}

/** The reader of a file, by its extension. */
export function inputKindOf(path: string): InputKind | null {
  switch (extname(path).toLowerCase()) {
    case '.csv':
    case '.txt':
      return 'csv';
    case '.tsv':
      return 'tsv';
    case '.parquet':
      return 'parquet';
    case '.json':
    case '.jsonl':
    case '.ndjson':
      return 'json';
    default:
      return null;
  }
}

/** Checks that every input exists, is a readable file and has a known kind. */
export function checkInputs(paths: readonly string[]): InputFile[] {
  return paths.map((path) => {
    const kind = inputKindOf(path);
    if (kind === null)
      throw new PrepareError(
        `${path}: unknown kind of file (use .csv, .tsv, .txt, .parquet, .json, .ndjson)`,
      );
    try {
      if (!statSync(path).isFile()) throw new PrepareError(`${path}: not a file`);
      accessSync(path, constants.R_OK);
    } catch (error) {
      if (error instanceof PrepareError) throw error;
      throw new PrepareError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return { path, kind };
  });
}

/** A SQL string literal. */
export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A SQL identifier in double quotes (DuckDB). */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The DuckDB table function that reads a file, every column as text. */
function readerOf(input: InputFile): string {
  const path = sqlText(input.path);
  switch (input.kind) {
    // The header is read as the first row and named by the app's own rule (columnNames), so a mapping
    // written by the app names the same columns. Strict: a row that cannot be split stops the run,
    // located by DuckDB.
    case 'csv':
      return `read_csv(${path}, header = false, all_varchar = true)`;
    case 'tsv':
      return `read_csv(${path}, header = false, all_varchar = true, delim = '\t')`;
    case 'parquet':
      return `read_parquet(${path})`;
    case 'json':
      return `read_json(${path}, format = 'auto')`;
  }
}

/** An input ready to stream: its column names as the app names them, and the SQL that reads its rows. */
export interface OpenedInput {
  readonly columns: readonly string[];
  /** Selects every cell as text (dates as YYYY-MM-DD, numbers as DuckDB writes them) or NULL. */
  readonly sql: string;
  /** The first row streamed is the header (delimited text), not data. */
  readonly headerRow: boolean;
}

export async function openInput(connection: DuckDBConnection, input: InputFile): Promise<OpenedInput> {
  const reader = readerOf(input);
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
    const names = described.getRows().map((row) => String(row[0] ?? ''));
    const cells = names.map((name) => `CAST(${sqlName(name)} AS VARCHAR) AS ${sqlName(name)}`).join(', ');
    const sql = `SELECT ${cells} FROM ${reader}`;
    if (input.kind !== 'csv' && input.kind !== 'tsv') return { columns: names, sql, headerRow: false };
    const head = await connection.runAndReadAll(`${sql} LIMIT 1`);
    const header = head.getRows()[0];
    if (header === undefined) throw new PrepareError(`${input.path}: the file has no header row`);
    return { columns: columnNames(header.map((cell) => cell ?? '')), sql, headerRow: true };
  } catch (error) {
    if (error instanceof PrepareError) throw error;
    throw new PrepareError(`${input.path}: cannot be read as ${input.kind} (${firstLine(error)})`);
  }
}

/** The first line of an error's message (DuckDB's messages carry a location on their first line). */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
