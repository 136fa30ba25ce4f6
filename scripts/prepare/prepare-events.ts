// The preparation step end to end (docs/prepare.md): inputs → the app's field mapping and validation →
// DuckDB tables → the portable SQL statements (pre-aggregation when the rows exceed what a browser should
// hold) → the Arrow events file, the routes file and the load report. Everything is written into a
// temporary folder inside the output folder and renamed into place only when all of it succeeded.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describeFileError, partsToText } from '../../src/app/describe-issue';
import type { LoadReport } from '../../src/data/load-report';
import { parseRoutesText } from '../../src/data/parse-routes';
import { readColumnarEvents } from '../../src/data/read-columnar-events';
import { readMetadata } from '../../src/data/read-metadata';
import type { DatasetMeta, EventTable, RouteInfo } from '../../src/domain/event-table';
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from '../../src/domain/vocabulary';
import { createFormatters } from '../../src/i18n/translate';
import { importMetadata } from '../../src/import/import-result';
import { buildGazetteer } from '../../src/import/gazetteer';
import type { ImportMapping } from '../../src/import/import-mapping';
import { readMappingText } from '../../src/import/mapping-file';
import { formatReportText, type ReportContext } from './format-report-text';
import type { PrepareOptions } from './parse-prepare-args';
import { checkInputs, firstLine, PrepareError, sqlText } from './read-inputs';
import { runSqlFile, SQL_FILES } from './run-sql-file';
import { validateInputs, type ValidationResult } from './validate-inputs';
import { writeArrowEvents } from './write-arrow-events';

/** Names of what the step writes into the output folder. */
export const OUTPUT_FILES = {
  events: 'events.arrow',
  routes: 'routes.geojson',
  reportJson: 'load-report.json',
  reportText: 'load-report.txt',
  validEvents: 'valid-events.parquet',
  validNationalities: 'valid-nationalities.parquet',
} as const;

/** Most memory DuckDB may hold (tables, sorts, aggregation), beside Node's own heap. */
export const DUCKDB_MEMORY_LIMIT = '2GB';

/** The fields one pre-aggregated record groups by, as the metadata states them. */
export const AGGREGATION_FIELDS = ['date', 'kind', 'route', 'site', 'outcome', 'nationalities', 'confidence'];

export type Period = 'day' | 'month';

export interface PrepareSummary {
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Records in the events file (groups when aggregated). */
  readonly records: number;
  readonly aggregation: Period | null;
  readonly eventsBytes: number;
  readonly files: readonly string[];
  /** validate: reading, mapping, validation and aggregation (or attaching the aggregates given). */
  readonly timingsMs: Readonly<Record<'validate' | 'write' | 'check' | 'total', number>>;
}

/** Sums that must be the same in the validated rows and in the file read back by the app. */
interface Totals {
  readonly records: number;
  readonly people: number;
  readonly boats: number;
  readonly deaths: number;
}

function mappingNoteText(note: { path: string; code: string }): string {
  return `${note.path} (${note.code === 'unknown-key' ? 'unknown' : 'unusable value'})`;
}

/** Reads and checks the mapping file: a clear error when it cannot be a mapping. */
function readMapping(path: string): {
  mapping: ReturnType<typeof readMappingText> & { ok: true };
  notes: string[];
} {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PrepareError(
      `${path}: the mapping file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const read = readMappingText(text);
  if (!read.ok) {
    const why =
      read.code === 'not-json'
        ? 'it is not JSON'
        : read.code === 'version-unsupported'
          ? `its version is newer than this Lintas (${read.value})`
          : 'it is not a Lintas import mapping (no "fields" object, or a "format" other than "lintas-import-mapping")';
    throw new PrepareError(`${path}: bad mapping file: ${why}`);
  }
  return { mapping: read, notes: read.notes.map(mappingNoteText) };
}

function readRoutes(path: string): readonly RouteInfo[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PrepareError(
      `${path}: the routes file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const parsed = parseRoutesText(text);
  if (!parsed.ok)
    throw new PrepareError(
      `${path}: ${partsToText(describeFileError(parsed.error, createFormatters('en')))}`,
    );
  return parsed.routes;
}

async function sqlTotals(connection: DuckDBConnection, table: string): Promise<Totals> {
  const result = await connection.runAndReadAll(
    `SELECT SUM(records), SUM(COALESCE(people, 0)), SUM(boats), SUM(COALESCE(deaths, 0)) FROM ${table}`,
  );
  const [records, people, boats, deaths] = (result.getRows()[0] ?? []).map((v) => Number(v ?? 0));
  return { records: records ?? 0, people: people ?? 0, boats: boats ?? 0, deaths: deaths ?? 0 };
}

/** The same sums from the app's table. */
export function tableTotals(table: EventTable): Totals {
  let records = 0;
  let people = 0;
  let boats = 0;
  let deaths = 0;
  for (let r = 0; r < table.length; r++) {
    records += table.records?.[r] ?? 1;
    const p = table.people[r] ?? 0;
    if (p !== UNKNOWN_PEOPLE) people += p;
    boats += table.boats[r] ?? 0;
    const d = table.deaths[r] ?? UNKNOWN_COUNT;
    if (d !== UNKNOWN_COUNT) deaths += d;
  }
  return { records, people, boats, deaths };
}

async function countRows(connection: DuckDBConnection, table: string): Promise<number> {
  const result = await connection.runAndReadAll(`SELECT COUNT(*) FROM ${table}`);
  return Number(result.getRows()[0]?.[0] ?? 0);
}

/** Runs the aggregation statements for a period; returns the number of records it gives. */
async function aggregate(connection: DuckDBConnection, period: Period): Promise<number> {
  for (const table of ['aggregated_nationalities', 'aggregated_events', 'grouped_rows'])
    await connection.run(`DROP TABLE IF EXISTS ${table}`);
  await runSqlFile(connection, period === 'day' ? SQL_FILES.periodDay : SQL_FILES.periodMonth);
  await runSqlFile(connection, SQL_FILES.groupRows);
  await runSqlFile(connection, SQL_FILES.aggregateEvents);
  await runSqlFile(connection, SQL_FILES.aggregateNationalities);
  return countRows(connection, 'aggregated_events');
}

/** The period to aggregate by, or null: none when the rows fit, day first, then month (auto). */
async function chooseAggregation(
  connection: DuckDBConnection,
  options: PrepareOptions,
  accepted: number,
  log: (line: string) => void,
): Promise<{ period: Period | null; records: number }> {
  const limit = options.maxRecords;
  if (options.aggregate === 'none' || (options.aggregate === 'auto' && accepted <= limit)) {
    if (accepted > limit)
      throw new PrepareError(
        `${accepted} valid records are more than the ${limit} one events file may hold; use --aggregate auto, day or month`,
      );
    return { period: null, records: accepted };
  }
  const periods: Period[] = options.aggregate === 'auto' ? ['day', 'month'] : [options.aggregate];
  let records = 0;
  for (const period of periods) {
    records = await aggregate(connection, period);
    log(`aggregated per ${period}: ${accepted} records → ${records}`);
    if (records <= limit) return { period, records };
  }
  throw new PrepareError(
    `even per month the data give ${records} records, more than the ${limit} one events file may hold: split the inputs (e.g. by region or period) and prepare each part`,
  );
}

/** Removes the temporary folder, and the output folder when this run created it and left it empty. */
function cleanUp(tmp: string, outDir: string, createdOut: boolean): void {
  rmSync(tmp, { recursive: true, force: true });
  if (createdOut && existsSync(outDir) && readdirSync(outDir).length === 0) rmdirSync(outDir);
}

/** What the first stage leaves for the writer: the SQL tables are filled, the counts known. */
interface Stage {
  /** The source rows' load report (null from aggregates: the written file's own report is used). */
  readonly report: LoadReport | null;
  readonly context: Omit<ReportContext, 'output'>;
  readonly rows: number;
  readonly accepted: number;
  readonly period: Period | null;
  readonly records: number;
  /** Source records behind the file's records. */
  readonly sourceRecords: number;
  /** The table whose sums the written file must read back (valid rows, or the aggregates given). */
  readonly totalsTable: 'valid_events' | 'aggregated_events';
}

/** From the input files: the app's mapping and validation, then the aggregation the size calls for. */
async function stageFromInputs(
  connection: DuckDBConnection,
  tmp: string,
  options: PrepareOptions,
  mapping: ImportMapping,
  mappingNotes: readonly string[],
  routes: readonly RouteInfo[] | null,
  label: string,
  meta: DatasetMeta,
  log: (line: string) => void,
): Promise<Stage> {
  const inputs = checkInputs(options.inputs);
  await runSqlFile(connection, SQL_FILES.createValidEvents);
  await runSqlFile(connection, SQL_FILES.createValidNationalities);
  const validated: ValidationResult = await validateInputs(connection, tmp, inputs, {
    mapping,
    routes,
    gazetteer: buildGazetteer(routes),
    meta,
    onProgress: (rows, accepted) => log(`rows read ${rows}, valid ${accepted}`),
  });
  const report: LoadReport = validated.report.build(label, validated.rows, validated.accepted);
  const unplaced = [...validated.conversion.unplaced.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
  const context = {
    inputs: validated.inputs,
    mappingFile: options.mappingFile,
    mappingNotes,
    placedByGazetteer: validated.conversion.placedByGazetteer,
    unplaced,
  };
  if (validated.accepted === 0)
    throw new PrepareError(
      `no row could be loaded (${validated.rows} read); nothing was written. The report:\n\n${formatReportText(report, { ...context, output: [] })}`,
    );
  const { period, records } = await chooseAggregation(connection, options, validated.accepted, log);
  return {
    report,
    context,
    rows: validated.rows,
    accepted: validated.accepted,
    period,
    records,
    sourceRecords: validated.accepted,
    totalsTable: 'valid_events',
  };
}

/** The Parquet of one aggregate table in the folder: `<name>.parquet`, or a folder of part files. */
function aggregatePath(dir: string, name: string): string {
  const file = join(dir, `${name}.parquet`);
  if (existsSync(file)) return file;
  const folder = join(dir, name);
  if (existsSync(folder) && statSync(folder).isDirectory()) return join(folder, '*.parquet');
  throw new PrepareError(`${dir}: has neither ${name}.parquet nor a folder ${name}/ of Parquet files`);
}

/** From aggregates made elsewhere by sql/03–06 (Spark, a warehouse): only written and checked here. */
async function stageFromAggregates(
  connection: DuckDBConnection,
  options: PrepareOptions,
  dir: string,
  period: Period,
  mappingNotes: readonly string[],
): Promise<Stage> {
  for (const name of ['aggregated_events', 'aggregated_nationalities']) {
    try {
      await connection.run(
        `CREATE VIEW ${name} AS SELECT * FROM read_parquet(${sqlText(aggregatePath(dir, name))})`,
      );
    } catch (error) {
      if (error instanceof PrepareError) throw error;
      throw new PrepareError(`${dir}: ${name} cannot be read as Parquet (${firstLine(error)})`);
    }
  }
  const records = await countRows(connection, 'aggregated_events');
  if (records > options.maxRecords)
    throw new PrepareError(
      `${records} aggregated records are more than the ${options.maxRecords} one events file may hold`,
    );
  const totals = await sqlTotals(connection, 'aggregated_events');
  return {
    report: null,
    context: {
      inputs: [],
      mappingFile: options.mappingFile,
      mappingNotes,
      placedByGazetteer: 0,
      unplaced: [],
    },
    rows: totals.records,
    accepted: totals.records,
    period,
    records,
    sourceRecords: totals.records,
    totalsTable: 'aggregated_events',
  };
}

export async function prepareEvents(
  options: PrepareOptions,
  log: (line: string) => void = () => undefined,
): Promise<PrepareSummary> {
  const started = performance.now();
  if (options.fromAggregated === null) checkInputs(options.inputs);
  const { mapping: read, notes: mappingNotes } = readMapping(options.mappingFile);
  for (const note of mappingNotes) log(`mapping: ignored ${note}`);
  const routes = options.routesFile === null ? null : readRoutes(options.routesFile);
  const label =
    options.fromAggregated === null
      ? options.inputs.map((input) => basename(input)).join(' + ')
      : `${basename(options.fromAggregated)} (aggregates)`;
  const metadata: Record<string, unknown> = {
    ...importMetadata(read.mapping, label),
    notes: `Prepared from ${label} with the field mapping ${basename(options.mappingFile)} (npm run prepare).`,
  };
  const meta = readMetadata({ metadata }, label).meta;

  const createdOut = !existsSync(options.outDir);
  mkdirSync(options.outDir, { recursive: true });
  const tmp = mkdtempSync(join(options.outDir, '.prepare-'));
  let instance: DuckDBInstance | null = null;
  let connection: DuckDBConnection | null = null;
  try {
    instance = await DuckDBInstance.create(join(tmp, 'work.duckdb'), {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      temp_directory: join(tmp, 'spill'),
      // DuckDB's default is 80% of the machine's memory: at 10M rows the step peaked at 11.8 GB, most of
      // it DuckDB's buffers. Past this limit it spills to temp_directory instead.
      memory_limit: DUCKDB_MEMORY_LIMIT,
    });
    connection = await instance.connect();
    const stage =
      options.fromAggregated === null
        ? await stageFromInputs(
            connection,
            tmp,
            options,
            read.mapping,
            mappingNotes,
            routes,
            label,
            meta,
            log,
          )
        : await stageFromAggregates(
            connection,
            options,
            options.fromAggregated,
            options.period ?? 'month',
            mappingNotes,
          );
    const stagedMs = performance.now();
    const { period } = stage;
    if (period !== null)
      metadata['aggregation'] = { by: AGGREGATION_FIELDS, period, sourceRecords: stage.sourceRecords };
    const eventsPath = join(tmp, OUTPUT_FILES.events);
    const written = await writeArrowEvents(connection, period !== null, metadata, eventsPath, (rows) =>
      log(`rows written ${rows}`),
    );
    const writtenMs = performance.now();

    const output = [
      `Events file ${OUTPUT_FILES.events}: ${written.rows} records, ${written.bytes} bytes` +
        (period === null ? '' : `, pre-aggregated per ${period} (${stage.sourceRecords} source records)`),
    ];
    let report = stage.report;
    if (options.check || report === null) {
      // Read back with the app's own reader: every record must load, with the same sums.
      const back = readColumnarEvents(readFileSync(eventsPath), {
        fileName: OUTPUT_FILES.events,
        routes,
        maxBytes: Number.MAX_SAFE_INTEGER,
        maxFeatures: options.maxRecords,
      });
      if (!back.ok)
        throw new PrepareError(
          `the written events file does not load in the app: ${back.error.code} ${back.error.value}`,
        );
      const expected = await sqlTotals(connection, stage.totalsTable);
      const found = tableTotals(back.table);
      const same = (Object.keys(expected) as (keyof Totals)[]).every((key) => expected[key] === found[key]);
      if (back.report.rejectedFeatures > 0 || back.table.length !== written.rows || !same)
        throw new PrepareError(
          `the written events file reads back differently: ${back.report.rejectedFeatures} records refused, sums ${JSON.stringify(found)} instead of ${JSON.stringify(expected)}`,
        );
      output.push(
        `Read back with the app's reader: ${back.table.length} records, none refused; records, people, boats and deaths equal the ${stage.totalsTable === 'valid_events' ? 'valid rows' : 'aggregates'}'.`,
      );
      report ??= back.report;
    }
    const checkedMs = performance.now();

    const files: string[] = [OUTPUT_FILES.events];
    if (options.routesFile !== null) {
      copyFileSync(options.routesFile, join(tmp, OUTPUT_FILES.routes));
      files.push(OUTPUT_FILES.routes);
    }
    if (options.keepRows && stage.totalsTable === 'valid_events') {
      await connection.run(
        `COPY valid_events TO ${sqlText(join(tmp, OUTPUT_FILES.validEvents))} (FORMAT parquet)`,
      );
      await connection.run(
        `COPY valid_nationalities TO ${sqlText(join(tmp, OUTPUT_FILES.validNationalities))} (FORMAT parquet)`,
      );
      files.push(OUTPUT_FILES.validEvents, OUTPUT_FILES.validNationalities);
    }
    const json = {
      report,
      inputs: stage.context.inputs.map(({ path, rows, firstFeature }) => ({ path, rows, firstFeature })),
      mapping: { file: options.mappingFile, ignored: mappingNotes },
      conversion: { placedByGazetteer: stage.context.placedByGazetteer, unplaced: stage.context.unplaced },
      output: {
        file: OUTPUT_FILES.events,
        records: written.rows,
        bytes: written.bytes,
        aggregation: period === null ? null : metadata['aggregation'],
      },
    };
    writeFileSync(join(tmp, OUTPUT_FILES.reportJson), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(tmp, OUTPUT_FILES.reportText), formatReportText(report, { ...stage.context, output }));
    files.push(OUTPUT_FILES.reportJson, OUTPUT_FILES.reportText);

    connection.closeSync();
    connection = null;
    instance.closeSync();
    instance = null;
    for (const file of files) renameSync(join(tmp, file), join(options.outDir, file));
    cleanUp(tmp, options.outDir, false);
    const done = performance.now();
    return {
      rows: stage.rows,
      accepted: stage.accepted,
      rejected: report.rejectedFeatures,
      records: stage.records,
      aggregation: period,
      eventsBytes: written.bytes,
      files,
      timingsMs: {
        validate: stagedMs - started,
        write: writtenMs - stagedMs,
        check: checkedMs - writtenMs,
        total: done - started,
      },
    };
  } catch (error) {
    connection?.closeSync();
    instance?.closeSync();
    cleanUp(tmp, options.outDir, createdOut);
    if (error instanceof PrepareError) throw error;
    throw new PrepareError(`preparation failed: ${firstLine(error)}`);
  }
}
