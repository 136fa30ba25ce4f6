// Writes the events file the app loads directly: an Arrow IPC file (docs/data-format.md, "Columnar events
// file") from one of the output statements (sql/07-select-rows.sql, sql/07-select-aggregated.sql).
import { writeFileSync } from 'node:fs';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import {
  COLUMNAR_METADATA_KEY,
  NATIONALITY_COUNT_SEPARATOR,
  NATIONALITY_SEPARATOR,
  type ColumnarEventColumn,
} from '../../src/data/columnar-events-format';
import { DictionaryColumn, Float32Column, Int32Column, TextColumn, type ArrowColumn } from './arrow-columns';
import { PrepareError } from './read-inputs';
import { readSqlFile, SQL_FILES } from './run-sql-file';

/** Output statement columns (SQL names) → file columns (the format's property names). */
const TEXT_COLUMNS: readonly (readonly [sql: string, column: ColumnarEventColumn])[] = [
  ['kind', 'kind'],
  ['event_date', 'date'],
  ['route', 'route'],
  ['route_name', 'routeName'],
  ['site', 'site'],
  ['outcome', 'outcome'],
  ['origin_country', 'origin_country'],
  ['agency', 'agency'],
  ['source_text', 'source'],
  ['confidence', 'confidence'],
];
const COUNT_COLUMNS: readonly (readonly [sql: string, column: ColumnarEventColumn])[] = [
  ['people', 'people'],
  ['boats', 'boats'],
  ['crew', 'crew'],
  ['deaths', 'deaths'],
];

export interface WrittenEvents {
  readonly rows: number;
  readonly bytes: number;
}

const numberOf = (value: DuckDBValue): number | null =>
  value === null
    ? null
    : typeof value === 'bigint'
      ? Number(value)
      : typeof value === 'number'
        ? value
        : Number(value);
const textOf = (value: DuckDBValue): string | null => (value === null ? null : String(value));

/** The columns being filled, in the file's column order. */
class EventColumns {
  readonly id = new TextColumn();
  readonly text = new Map<ColumnarEventColumn, DictionaryColumn>(
    TEXT_COLUMNS.map(([, c]) => [c, new DictionaryColumn()]),
  );
  readonly counts = new Map<ColumnarEventColumn, Int32Column>(
    COUNT_COLUMNS.map(([, c]) => [c, new Int32Column()]),
  );
  readonly records = new Int32Column();
  readonly nationalities = new DictionaryColumn();
  readonly lon = new Float32Column();
  readonly lat = new Float32Column();

  /** Appends one record from a result row (`at`: the row's value of a SQL column). */
  push(at: (sql: string) => DuckDBValue, nationalities: string | null, weighted: boolean): void {
    this.id.push(textOf(at('id')));
    for (const [sql, column] of TEXT_COLUMNS) this.text.get(column)?.push(textOf(at(sql)));
    for (const [sql, column] of COUNT_COLUMNS) this.counts.get(column)?.push(numberOf(at(sql)));
    if (weighted) this.records.push(numberOf(at('records')) ?? 1);
    this.nationalities.push(nationalities);
    this.lon.push(numberOf(at('lon')) ?? 0);
    this.lat.push(numberOf(at('lat')) ?? 0);
  }

  table(weighted: boolean, metadata: Record<string, unknown>): Table {
    const vectors: Partial<Record<ColumnarEventColumn, Vector>> = {};
    const put = (column: ColumnarEventColumn, from: ArrowColumn | undefined): void => {
      if (from !== undefined) vectors[column] = from.vector();
    };
    put('id', this.id);
    put('kind', this.text.get('kind'));
    put('date', this.text.get('date'));
    for (const [, column] of COUNT_COLUMNS) put(column, this.counts.get(column));
    if (weighted) put('records', this.records);
    for (const column of ['route', 'routeName', 'site', 'outcome'] as const)
      put(column, this.text.get(column));
    put('nationalities', this.nationalities);
    for (const column of ['origin_country', 'agency', 'source', 'confidence'] as const)
      put(column, this.text.get(column));
    put('lon', this.lon);
    put('lat', this.lat);
    const table = new Table(vectors as Record<string, Vector>);
    table.schema.metadata.set(COLUMNAR_METADATA_KEY, JSON.stringify(metadata));
    return table;
  }

  get length(): number {
    return this.id.length;
  }
}

/**
 * Streams the output statement into columns and writes the file. `aggregated`: the statement gives one
 * row per (record, nationality) in record order, joined here into one record with 'AFG:120;IRN:48'.
 */
export async function writeArrowEvents(
  connection: DuckDBConnection,
  aggregated: boolean,
  metadata: Record<string, unknown>,
  path: string,
  onProgress: (rows: number) => void,
): Promise<WrittenEvents> {
  // A streamed result that fails stops without an error: the records are counted first and compared.
  const counted = await connection.runAndReadAll(
    `SELECT COUNT(*) FROM ${aggregated ? 'aggregated_events' : 'valid_events'}`,
  );
  const expected = Number(counted.getRows()[0]?.[0] ?? 0);
  const result = await connection.stream(
    readSqlFile(aggregated ? SQL_FILES.selectAggregated : SQL_FILES.selectRows),
  );
  const index = new Map(result.columnNames().map((name, i) => [name, i] as const));
  const columns = new EventColumns();
  let pending: DuckDBValue[] | null = null;
  let pendingGroup: DuckDBValue = null;
  let natText = '';
  let lastProgressMs = performance.now();
  const flushPending = (): void => {
    if (pending === null) return;
    const row = pending;
    columns.push((sql) => row[index.get(sql) ?? -1] ?? null, natText === '' ? null : natText, true);
    pending = null;
  };
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    for (const row of chunk.getRows()) {
      if (!aggregated) {
        columns.push(
          (sql) => row[index.get(sql) ?? -1] ?? null,
          textOf(row[index.get('nationalities') ?? -1] ?? null),
          false,
        );
        continue;
      }
      const group = row[index.get('group_no') ?? -1] ?? null;
      if (pending === null || group !== pendingGroup) {
        flushPending();
        pending = row;
        pendingGroup = group;
        natText = '';
      }
      const code = textOf(row[index.get('nat_code') ?? -1] ?? null);
      if (code !== null) {
        const persons = numberOf(row[index.get('nat_people') ?? -1] ?? null) ?? 0;
        natText += `${natText === '' ? '' : NATIONALITY_SEPARATOR}${code}${NATIONALITY_COUNT_SEPARATOR}${persons}`;
      }
    }
    const now = performance.now();
    if (now - lastProgressMs >= 1000) {
      lastProgressMs = now;
      onProgress(columns.length);
    }
  }
  flushPending();
  onProgress(columns.length);
  if (columns.length !== expected)
    throw new PrepareError(`writing stopped after ${columns.length} of ${expected} records`);
  const bytes = tableToIPC(columns.table(aggregated, metadata), 'file');
  writeFileSync(path, bytes);
  return { rows: columns.length, bytes: bytes.byteLength };
}
