// Streams every input row out of DuckDB, turns it into a Lintas event feature with the app's field mapping
// (makeRowConverter) and checks it with the app's validation (validateEventFeature): one implementation
// of both, as in the app's import. Accepted events go to DuckDB (ValidRowsAppender); the report is the
// loader's LoadReportBuilder. Memory stays flat whatever the input size, apart from the set of ids seen
// (needed to find duplicates) and two float32 coordinates per accepted row (for the swapped-coordinate check).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetMeta, RouteInfo } from '../../src/domain/event-table';
import { findSwappedCoordinates } from '../../src/data/find-swapped-coordinates';
import { LoadReportBuilder } from '../../src/data/load-report-builder';
import { makeValidationContext, validateEventFeature } from '../../src/data/validate-event-feature';
import { makeRowConverter, type ConversionStats } from '../../src/import/convert-row';
import type { Gazetteer } from '../../src/import/gazetteer';
import { isColumnSource, type ImportMapping } from '../../src/import/import-mapping';
import { ForwardingBuilder } from './forwarding-builder';
import { firstLine, openInput, PrepareError, type InputFile } from './read-inputs';
import { ValidRowsAppender } from './valid-rows-appender';

export interface InputSummary {
  readonly path: string;
  /** Data rows read (the header row of delimited text not counted). */
  readonly rows: number;
  /** Feature number (from 1) of the input's first row in the load report. */
  readonly firstFeature: number;
  readonly columns: readonly string[];
}

export interface ValidationResult {
  readonly report: LoadReportBuilder;
  readonly inputs: readonly InputSummary[];
  readonly rows: number;
  readonly accepted: number;
  readonly conversion: ConversionStats;
}

export interface ValidateOptions {
  readonly mapping: ImportMapping;
  readonly routes: readonly RouteInfo[] | null;
  readonly gazetteer: Gazetteer;
  readonly meta: DatasetMeta;
  /** Called about once a second with the rows read and accepted so far. */
  readonly onProgress: (rows: number, accepted: number) => void;
}

const PROGRESS_INTERVAL_MS = 1000;

/** Columns the mapping reads that the input does not have (a bad mapping for this file). */
export function missingColumns(mapping: ImportMapping, columns: readonly string[]): string[] {
  const present = new Set(columns);
  const missing = new Set<string>();
  for (const source of Object.values(mapping.fields))
    if (isColumnSource(source) && !present.has(source.column)) missing.add(source.column);
  return [...missing];
}

/** Growable float32 positions of accepted rows, with their feature index. */
class AcceptedPositions {
  length = 0;
  private lon = new Float32Array(1 << 16);
  private lat = new Float32Array(1 << 16);
  private index = new Float64Array(1 << 16);
  push(lon: number, lat: number, featureIndex: number): void {
    if (this.length === this.lon.length) {
      const grow = <T extends Float32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.lon = grow(this.lon, (n) => new Float32Array(n));
      this.lat = grow(this.lat, (n) => new Float32Array(n));
      this.index = grow(this.index, (n) => new Float64Array(n));
    }
    this.lon[this.length] = lon;
    this.lat[this.length] = lat;
    this.index[this.length++] = featureIndex;
  }
  lonAt(row: number): number {
    return this.lon[row] ?? 0;
  }
  latAt(row: number): number {
    return this.lat[row] ?? 0;
  }
  featureIndexAt(row: number): number {
    return this.index[row] ?? 0;
  }
}

/**
 * Reads the inputs on `connection` and fills valid_events and valid_nationalities; `workDir` holds the
 * rows on their way into DuckDB.
 */
export async function validateInputs(
  connection: DuckDBConnection,
  workDir: string,
  inputs: readonly InputFile[],
  options: ValidateOptions,
): Promise<ValidationResult> {
  const { mapping, meta } = options;
  const report = new LoadReportBuilder();
  const appender = new ValidRowsAppender(workDir);
  const positions = new AcceptedPositions();
  const builder = new ForwardingBuilder((values, routeName) => {
    appender.append(values, routeName);
    positions.push(values.lon, values.lat, values.featureIndex);
  });
  const ctx = makeValidationContext(builder, report, options.routes, meta.source);
  const conversion: ConversionStats = { rows: 0, placedByGazetteer: 0, unplaced: new Map() };
  const summaries: InputSummary[] = [];
  let index = 0;
  let lastProgressMs = performance.now();

  for (const [k, input] of inputs.entries()) {
    const opened = await openInput(connection, input);
    const missing = missingColumns(mapping, opened.columns);
    if (missing.length > 0)
      throw new PrepareError(
        `${input.path}: the mapping reads column${missing.length > 1 ? 's' : ''} ${missing.map((m) => JSON.stringify(m)).join(', ')}, which the file does not have (its columns: ${opened.columns.map((c) => JSON.stringify(c)).join(', ')})`,
      );
    const converter = makeRowConverter(mapping, { columns: opened.columns, gazetteer: options.gazetteer });
    const firstFeature = index + 1;
    let skipHeader = opened.headerRow;
    // The file is read into a table first: DuckDB reports a reading error (a broken row, a truncated
    // file) only to a statement that runs to its end, while a streamed result would just stop early.
    const table = `input_${k + 1}`;
    let count: number;
    try {
      await connection.run(`CREATE TABLE ${table} AS ${opened.sql}`);
      const counted = await connection.runAndReadAll(`SELECT COUNT(*) FROM ${table}`);
      count = Number(counted.getRows()[0]?.[0] ?? 0);
    } catch (error) {
      throw new PrepareError(`${input.path}: cannot be read as ${input.kind} (${firstLine(error)})`);
    }
    let streamed = 0;
    try {
      const result = await connection.stream(`SELECT * FROM ${table}`);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        const rows = chunk.getRows();
        streamed += rows.length;
        for (const row of rows) {
          if (skipHeader) {
            skipHeader = false;
            continue;
          }
          validateEventFeature(converter.convert(row, undefined), index, ctx);
          index++;
        }
        const now = performance.now();
        if (now - lastProgressMs >= PROGRESS_INTERVAL_MS) {
          lastProgressMs = now;
          options.onProgress(index, builder.length);
        }
      }
    } catch (error) {
      throw new PrepareError(
        `${input.path}: reading stopped after ${index - firstFeature + 1} rows (${firstLine(error)})`,
      );
    }
    if (streamed !== count)
      throw new PrepareError(
        `${input.path}: DuckDB gave ${streamed} of the file's ${count} rows; nothing was written`,
      );
    await connection.run(`DROP TABLE ${table}`);
    summaries.push({
      path: input.path,
      rows: index - firstFeature + 1,
      firstFeature,
      columns: opened.columns,
    });
    const stats = converter.stats;
    conversion.rows += stats.rows;
    conversion.placedByGazetteer += stats.placedByGazetteer;
    for (const [name, count] of stats.unplaced)
      conversion.unplaced.set(name, (conversion.unplaced.get(name) ?? 0) + count);
  }
  await appender.close(connection);
  options.onProgress(index, builder.length);
  await warnSwapped(connection, positions, report, meta);
  return { report, inputs: summaries, rows: index, accepted: builder.length, conversion };
}

/** The loader's swapped-coordinate check over every accepted point (it needs all of them, so it runs last). */
async function warnSwapped(
  connection: DuckDBConnection,
  positions: AcceptedPositions,
  report: LoadReportBuilder,
  meta: DatasetMeta,
): Promise<void> {
  const flagged = findSwappedCoordinates(positions, meta.bbox);
  if (flagged.length === 0) return;
  // Ids only for the warnings the report keeps as samples (the first 100 of a reason).
  const sampled = flagged.slice(0, 100).map((row) => positions.featureIndexAt(row) + 1);
  const ids = new Map<number, string>();
  const result = await connection.runAndReadAll(
    `SELECT row_no, id FROM valid_events WHERE row_no IN (${sampled.join(', ')})`,
  );
  for (const [rowNo, id] of result.getRows()) ids.set(Number(rowNo), String(id));
  for (const row of flagged) {
    const featureIndex = positions.featureIndexAt(row);
    const lon = positions.lonAt(row);
    const lat = positions.latAt(row);
    report.warnAfter(
      featureIndex,
      ids.get(featureIndex + 1) ?? '',
      'geometry.coordinates',
      'coordinates-look-swapped',
      [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4],
    );
  }
}
