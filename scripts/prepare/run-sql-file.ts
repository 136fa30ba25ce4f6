// Runs one statement file of scripts/prepare/sql/. The files are plain SQL that Spark SQL also runs
// (docs/prepare.md lists what they avoid), so they are read as they are, never templated.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection, DuckDBMaterializedResult } from '@duckdb/node-api';

export const SQL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sql');

export const SQL_FILES = {
  createValidEvents: '01-create-valid-events.sql',
  createValidNationalities: '02-create-valid-nationalities.sql',
  periodDay: '03-period-events-day.sql',
  periodMonth: '03-period-events-month.sql',
  groupRows: '04-group-rows.sql',
  aggregateEvents: '05-aggregate-events.sql',
  aggregateNationalities: '06-aggregate-nationalities.sql',
  selectRows: '07-select-rows.sql',
  selectAggregated: '07-select-aggregated.sql',
} as const;
export type SqlFile = (typeof SQL_FILES)[keyof typeof SQL_FILES];

/** The statement of a file, without its trailing semicolon (so it can be wrapped or streamed). */
export function readSqlFile(file: SqlFile): string {
  return readFileSync(join(SQL_DIR, file), 'utf8').trim().replace(/;\s*$/, '');
}

export function runSqlFile(connection: DuckDBConnection, file: SqlFile): Promise<DuckDBMaterializedResult> {
  return connection.run(readSqlFile(file));
}
