// Appends validated events to the valid_events and valid_nationalities tables
// (sql/01-create-valid-events.sql, 02-create-valid-nationalities.sql). The rows are written as CSV text to
// files in the work folder and loaded with one COPY each at the end: measured about 5 times faster than
// DuckDB's appender fed cell by cell from JavaScript (12 µs per row at 200k rows).
import { closeSync, openSync, writeSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { formatNationalitiesText } from '../../src/data/columnar-events-format';
import type { EventValues } from '../../src/data/event-columns-builder';
import { formatEpochDay } from '../../src/domain/epoch-day';
import {
  CONFIDENCES,
  EVENT_KINDS,
  OUTCOMES,
  UNKNOWN_BOATS,
  UNKNOWN_COUNT,
  UNKNOWN_PEOPLE,
} from '../../src/domain/vocabulary';
import { sqlText } from './read-inputs';

/** Rows gathered before a block is written to the file. */
const BLOCK_ROWS = 8192;

/** A CSV field: text always quoted (so '' and NULL stay apart: NULL is an empty unquoted field). */
function quoted(text: string): string {
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}
const textOrNull = (text: string): string => (text === '' ? '' : quoted(text));

/** Text lines written to a file in blocks. */
class CsvFile {
  private readonly fd: number;
  private lines: string[] = [];
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length === BLOCK_ROWS) this.flush();
  }
  private flush(): void {
    if (this.lines.length === 0) return;
    writeSync(this.fd, `${this.lines.join('\n')}\n`);
    this.lines = [];
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export class ValidRowsAppender {
  private readonly events: CsvFile;
  private readonly nationalities: CsvFile;
  private appended = 0;
  /** Day number → its 'YYYY-MM-DD' text (a few thousand distinct days). */
  private readonly dates = new Map<number, string>();

  constructor(workDir: string) {
    this.events = new CsvFile(`${workDir}/valid-events.csv`);
    this.nationalities = new CsvFile(`${workDir}/valid-nationalities.csv`);
  }

  get rows(): number {
    return this.appended;
  }

  /** One validated event: `routeName` is its route's first display name. */
  append(v: EventValues, routeName: string): void {
    const rowNo = v.featureIndex + 1;
    let date = this.dates.get(v.day);
    if (date === undefined) {
      date = formatEpochDay(v.day);
      this.dates.set(v.day, date);
    }
    const codes = v.natCodes.length > 1 ? [...v.natCodes].sort() : v.natCodes;
    this.events.push(
      [
        rowNo,
        quoted(v.id),
        EVENT_KINDS[v.kind] ?? '',
        v.precision === 1 ? date.slice(0, 7) : date,
        v.people === UNKNOWN_PEOPLE ? '' : v.people,
        v.boats === UNKNOWN_BOATS ? '' : v.boats,
        v.crew === UNKNOWN_COUNT ? '' : v.crew,
        v.deaths === UNKNOWN_COUNT ? '' : v.deaths,
        v.records,
        quoted(v.route),
        textOrNull(routeName),
        quoted(v.site),
        v.outcome === 0 ? '' : (OUTCOMES[v.outcome] ?? ''),
        quoted(formatNationalitiesText(v.natCodes, v.natPeople)),
        quoted(codes.join(';')),
        textOrNull(v.originCountry),
        textOrNull(v.agency),
        textOrNull(v.source),
        CONFIDENCES[v.confidence] ?? '',
        v.lon,
        v.lat,
      ].join(','),
    );
    for (let e = 0; e < v.natCodes.length; e++)
      this.nationalities.push(`${rowNo},${quoted(v.natCodes[e] ?? '')},${v.natPeople[e] ?? 0}`);
    this.appended++;
  }

  /** Loads the rows into the tables. */
  async close(connection: DuckDBConnection): Promise<void> {
    this.events.close();
    this.nationalities.close();
    // NULL is an empty unquoted field; every text is quoted, so an empty text could never be read as NULL.
    const options = "(FORMAT csv, HEADER false, QUOTE '\"', ESCAPE '\"', NULL '', ALLOW_QUOTED_NULLS false)";
    await connection.run(`COPY valid_events FROM ${sqlText(this.events.path)} ${options}`);
    await connection.run(`COPY valid_nationalities FROM ${sqlText(this.nationalities.path)} ${options}`);
  }
}
