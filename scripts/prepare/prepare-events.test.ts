// The preparation step end to end, with DuckDB: a CSV and a Parquet input through prepare give an events
// file whose figures in the app (its reader, its table, its aggregations) equal those of the same data
// imported as GeoJSON by the app itself; pre-aggregated files keep every sum; broken inputs leave nothing.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadReport } from '../../src/data/load-report';
import { parseRoutesText } from '../../src/data/parse-routes';
import { readColumnarEvents } from '../../src/data/read-columnar-events';
import { aggregateRows } from '../../src/domain/aggregate-rows';
import { aggregateWindow } from '../../src/domain/aggregate-window';
import type { SeriesSplit } from '../../src/domain/aggregates';
import { buildEventCube } from '../../src/domain/event-cube';
import { NO_FILTERS, type EventFilters } from '../../src/domain/event-filters';
import type { EventTable, RouteInfo } from '../../src/domain/event-table';
import { filterEvents } from '../../src/domain/filter-events';
import { toEpochDay } from '../../src/domain/epoch-day';
import { importFile } from '../../src/import/convert-file';
import { readMappingText } from '../../src/import/mapping-file';
import { figuresByName } from '../../src/testing/figures-by-name';
import type { PrepareOptions } from './parse-prepare-args';
import { OUTPUT_FILES, prepareEvents } from './prepare-events';
import { PrepareError, sqlText } from './read-inputs';
import { readSqlFile, SQL_DIR, SQL_FILES } from './run-sql-file';

let dir = '';
let csvPath = '';
let csvText = '';
let mappingPath = '';
let routesPath = '';

const HEADER =
  'id,date,type,result,persons,vessels,dead,missing,route,place,latitude,longitude,nationality,agency,source';
const SITES = [
  ['Christmas Island', -10.42, 105.68],
  ['Ashmore Reef', -12.26, 123.05],
  ['Kupang', -10.17, 123.6],
  ['Pelabuhan Ratu', -6.99, 106.55],
  ['Cocos Islands', -12.19, 96.83],
] as const;

/** A seeded CSV of `n` rows in the shape of an agency export, with a few rows that cannot load. */
function makeCsv(n: number): string {
  let seed = 20130101;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const results = ['arrived', 'turned back', 'stopped', 'rescue', 'drowned', 'landed'];
  const nats = ['AFG', 'IRN;AFG', 'LKA', 'IRQ', 'Afghan', ''];
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) {
    const [site, lat, lon] = SITES[Math.floor(random() * SITES.length)] ?? SITES[0];
    const departure = random() < 0.25;
    const year = 2009 + Math.floor(random() * 5);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date =
      random() < 0.1
        ? `${year}-${String(month).padStart(2, '0')}`
        : `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    const people = random() < 0.1 ? '' : String(5 + Math.floor(random() * 120));
    const dead = random() < 0.1 ? String(Math.floor(random() * 10)) : '';
    const missing = random() < 0.05 ? String(Math.floor(random() * 5)) : '';
    const route = ['Java - Christmas', 'Rote - Ashmore', 'Sri Lanka - Cocos'][i % 3] ?? '';
    const jitter = (random() - 0.5) * 0.2;
    lines.push(
      [
        `case-${i}`,
        date,
        departure ? 'departed' : 'intercepted',
        departure ? '' : (results[Math.floor(random() * results.length)] ?? ''),
        people,
        random() < 0.1 ? '2' : '1',
        dead,
        missing,
        route,
        site,
        (lat + jitter).toFixed(4),
        (lon + jitter).toFixed(4),
        `"${nats[Math.floor(random() * nats.length)] ?? ''}"`,
        random() < 0.5 ? 'Navy' : 'Police',
        `"Report ${1 + (i % 4)}, ""daily"""`,
      ].join(','),
    );
  }
  // Rows that cannot load: a date that does not exist, no position, a repeated id, a bad count.
  lines.push(
    `bad-1,30/02/2012,intercepted,arrived,10,1,,,Java - Christmas,Christmas Island,-10.4,105.6,AFG,Navy,x`,
  );
  lines.push(`bad-2,01/03/2012,intercepted,arrived,10,1,,,Java - Christmas,Nowhere Bay,,,AFG,Navy,x`);
  lines.push(`case-3,01/03/2012,intercepted,arrived,10,1,,,Java - Christmas,Kupang,-10.1,123.6,AFG,Navy,x`);
  lines.push(`bad-4,01/03/2012,intercepted,arrived,many,1,,,Java - Christmas,Kupang,-10.1,123.6,AFG,Navy,x`);
  return `${lines.join('\n')}\n`;
}

const MAPPING = {
  format: 'lintas-import-mapping',
  version: 1,
  fields: {
    id: { column: 'id' },
    date: { column: 'date' },
    kind: { column: 'type' },
    outcome: { column: 'result' },
    people: { column: 'persons' },
    boats: { column: 'vessels' },
    deaths: { column: 'dead' },
    missing: { column: 'missing' },
    route: { column: 'route' },
    site: { column: 'place' },
    lat: { column: 'latitude' },
    lon: { column: 'longitude' },
    nationality: { column: 'nationality' },
    agency: { column: 'agency' },
    source: { column: 'source' },
  },
  valueMaps: { outcome: { stopped: 'disrupted' } },
  dateFormat: 'dd/mm/yyyy',
  coordinates: 'columns',
  gazetteerFallback: false,
  metadata: { title: 'Prepared test data', destination: 'Australia' },
};

/** Stages named like the sites, so flows do not depend on derived corridors. */
const ROUTES = {
  type: 'FeatureCollection',
  metadata: { formatVersion: 1, kind: 'routes' },
  features: [
    [
      'java-christmas',
      'Java – Christmas',
      [
        [106.55, -6.99, 'Pelabuhan Ratu'],
        [105.68, -10.42, 'Christmas Island'],
      ],
    ],
    [
      'rote-ashmore',
      'Rote – Ashmore',
      [
        [123.6, -10.17, 'Kupang'],
        [123.05, -12.26, 'Ashmore Reef'],
      ],
    ],
    [
      'sri-lanka-cocos',
      'Sri Lanka – Cocos',
      [
        [79.86, 6.93, 'Colombo'],
        [96.83, -12.19, 'Cocos Islands'],
      ],
    ],
  ].map(([id, name, stages]) => ({
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: (stages as [number, number, string][]).map(([x, y]) => [x, y]),
    },
    properties: {
      id,
      name,
      stages: (stages as [number, number, string][]).map(([, , stage], v) => ({
        name: stage,
        role: v === 0 ? 'embarkation' : 'destination',
        vertex: v,
        ...(v === 0 ? { mode: 'sea' } : {}),
      })),
    },
  })),
};

function routesInfo(): readonly RouteInfo[] {
  const parsed = parseRoutesText(JSON.stringify(ROUTES));
  if (!parsed.ok) throw new Error('routes fixture');
  return parsed.routes;
}

function options(out: string, overrides: Partial<PrepareOptions> = {}): PrepareOptions {
  return {
    inputs: [csvPath],
    mappingFile: mappingPath,
    outDir: out,
    routesFile: routesPath,
    aggregate: 'none',
    maxRecords: 2_000_000,
    keepRows: false,
    check: true,
    quiet: true,
    fromAggregated: null,
    period: null,
    ...overrides,
  };
}

/** The same data as the app imports it: the mapping turns rows into GeoJSON features, parseEventsValue loads them. */
async function importedAsGeojson(): Promise<{ table: EventTable; report: LoadReport }> {
  const mapping = readMappingText(JSON.stringify(MAPPING));
  if (!mapping.ok) throw new Error('mapping fixture');
  const bytes = new TextEncoder().encode(csvText);
  const imported = await importFile({
    kind: 'csv',
    bytes: bytes.buffer,
    fileName: 'events.csv',
    mapping: mapping.mapping,
    routes: routesInfo(),
    maxBytes: 1e9,
  });
  if (!imported.ok || !imported.load.ok) throw new Error('import of the fixture failed');
  return { table: imported.load.table, report: imported.load.report };
}

function loadPrepared(out: string): EventTable {
  const outcome = readColumnarEvents(readFileSync(join(out, OUTPUT_FILES.events)), {
    fileName: OUTPUT_FILES.events,
    routes: routesInfo(),
  });
  if (!outcome.ok) throw new Error(`prepared file did not load: ${outcome.error.code}`);
  expect(outcome.report.rejectedFeatures).toBe(0);
  return outcome.table;
}

const timeRange = (
  from: [number, number, number],
  to: [number, number, number],
): EventFilters['timeRange'] => ({
  startDay: toEpochDay(...from),
  endDay: toEpochDay(...to),
});

/** The views compared: everything, a route, a nationality, a period, kinds and outcomes; by route and by nationality. */
const VIEWS: readonly { filters: EventFilters; split: SeriesSplit }[] = [
  { filters: NO_FILTERS, split: 'route' },
  { filters: NO_FILTERS, split: 'nationality' },
  { filters: { ...NO_FILTERS, routes: ['rote-ashmore'] }, split: 'outcome' },
  { filters: { ...NO_FILTERS, nationalities: ['AFG'] }, split: 'route' },
  { filters: { ...NO_FILTERS, timeRange: timeRange([2011, 1, 1], [2012, 7, 1]) }, split: 'kind' },
  { filters: { ...NO_FILTERS, kinds: ['interception'], outcomes: ['landed', 'rescued'] }, split: 'route' },
];

function figures(table: EventTable, view: (typeof VIEWS)[number], fast: boolean): unknown {
  const aggregates = fast
    ? aggregateWindow(buildEventCube(table), view.filters, view.split)
    : aggregateRows(table, filterEvents(table, view.filters), view.filters, view.split);
  return figuresByName(table, aggregates);
}

function readJsonReport(out: string): {
  report: LoadReport;
  output: { records: number; aggregation: unknown };
} {
  return JSON.parse(readFileSync(join(out, OUTPUT_FILES.reportJson), 'utf8')) as {
    report: LoadReport;
    output: { records: number; aggregation: unknown };
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-prepare-'));
  csvText = makeCsv(3000);
  csvPath = join(dir, 'events.csv');
  writeFileSync(csvPath, csvText);
  mappingPath = join(dir, 'mapping.json');
  writeFileSync(mappingPath, JSON.stringify(MAPPING));
  routesPath = join(dir, 'routes.geojson');
  writeFileSync(routesPath, JSON.stringify(ROUTES));
  // The Parquet fixture: the same rows, typed by DuckDB's CSV sniffer (numbers, text), written by DuckDB.
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv(${sqlText(csvPath)}, header = true)) TO ${sqlText(join(dir, 'events.parquet'))} (FORMAT parquet)`,
  );
  connection.closeSync();
  db.closeSync();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prepare: the events file equals the GeoJSON import of the same data', () => {
  it('from a CSV: same records, same report, same figures in every view (row path and cube path)', async () => {
    const out = join(dir, 'out-csv');
    const summary = await prepareEvents(options(out));
    const geo = await importedAsGeojson();
    expect(summary).toMatchObject({ rows: 3004, accepted: geo.table.length, rejected: 4, aggregation: null });
    expect(readdirSync(out).sort()).toEqual(
      [OUTPUT_FILES.events, OUTPUT_FILES.reportJson, OUTPUT_FILES.reportText, OUTPUT_FILES.routes].sort(),
    );
    const table = loadPrepared(out);
    expect(table.length).toBe(geo.table.length);
    expect(table.records).toBeUndefined();
    for (const view of VIEWS) {
      const expected = figures(geo.table, view, false);
      expect(figures(table, view, false)).toEqual(expected);
      expect(figures(table, view, true)).toEqual(expected);
    }
    // The load report is the app's: the same counts per reason, the same first rows per reason.
    const { report } = readJsonReport(out);
    expect({ ...report, fileName: '', rejectedRows: [] }).toEqual({
      ...geo.report,
      fileName: '',
      rejectedRows: [],
    });
    expect(report.rejectedRows.map((r) => r.issues)).toEqual(geo.report.rejectedRows.map((r) => r.issues));
    const text = readFileSync(join(out, OUTPUT_FILES.reportText), 'utf8');
    expect(text).toContain('Feature 3,001 (id bad-1), date: date "2012-02-30" does not exist');
    expect(text).toContain('Feature 3,003 (id case-3), id: id "case-3" is used by an earlier feature');
    expect(text).toContain('3,004 rows read: 3,000 loaded, 4 not loaded');
  });

  it('from a Parquet file written by DuckDB: the same figures as the CSV imported as GeoJSON', async () => {
    const out = join(dir, 'out-parquet');
    await prepareEvents(options(out, { inputs: [join(dir, 'events.parquet')] }));
    const geo = await importedAsGeojson();
    const table = loadPrepared(out);
    for (const view of VIEWS) expect(figures(table, view, true)).toEqual(figures(geo.table, view, false));
    expect(readJsonReport(out).report.rejectedCounts).toEqual(geo.report.rejectedCounts);
  });

  it('from two files: rows are numbered on across them and the figures are those of the whole', async () => {
    const lines = csvText.trimEnd().split('\n');
    const first = join(dir, 'part-1.csv');
    const second = join(dir, 'part-2.csv');
    writeFileSync(first, `${lines.slice(0, 1501).join('\n')}\n`);
    writeFileSync(second, `${[lines[0], ...lines.slice(1501)].join('\n')}\n`);
    const out = join(dir, 'out-two');
    await prepareEvents(options(out, { inputs: [first, second] }));
    const geo = await importedAsGeojson();
    const json = JSON.parse(readFileSync(join(out, OUTPUT_FILES.reportJson), 'utf8')) as {
      inputs: { rows: number; firstFeature: number }[];
      report: LoadReport;
    };
    expect(json.inputs.map((i) => [i.rows, i.firstFeature])).toEqual([
      [1500, 1],
      [1504, 1501],
    ]);
    expect(json.report.rejected.map((i) => i.index)).toEqual(geo.report.rejected.map((i) => i.index));
    expect(figures(loadPrepared(out), VIEWS[0] ?? { filters: NO_FILTERS, split: 'route' }, true)).toEqual(
      figures(geo.table, VIEWS[0] ?? { filters: NO_FILTERS, split: 'route' }, false),
    );
  });
});

describe('prepare: pre-aggregated records', () => {
  /** Month-level views: aggregated records keep every monthly sum, whatever the filters on the grouping fields. */
  const MONTH_VIEWS = VIEWS.filter((view) => view.filters.timeRange === null);

  it('per month: fewer records, weighted, stated in the metadata, with every sum of every view kept', async () => {
    const out = join(dir, 'out-month');
    const summary = await prepareEvents(options(out, { aggregate: 'month' }));
    const geo = await importedAsGeojson();
    const table = loadPrepared(out);
    expect(summary.aggregation).toBe('month');
    expect(table.length).toBe(summary.records);
    expect(table.length).toBeLessThan(geo.table.length / 3);
    expect(table.records).toBeDefined();
    expect(table.meta.aggregation).toEqual({
      by: ['date', 'kind', 'route', 'site', 'outcome', 'nationalities', 'confidence'],
      period: 'month',
      sourceRecords: geo.table.length,
    });
    expect(table.datePrecision.every((p) => p === 1)).toBe(true);
    for (const view of MONTH_VIEWS) {
      const expected = figures(geo.table, view, false);
      expect(figures(table, view, false)).toEqual(expected);
      expect(figures(table, view, true)).toEqual(expected);
    }
    expect(readJsonReport(out).output.aggregation).toEqual(table.meta.aggregation);
  });

  it('auto: above --max-records the rows are aggregated per day, then per month if still too many', async () => {
    const geo = await importedAsGeojson();
    const byDay = await prepareEvents(
      options(join(dir, 'out-auto-day'), { aggregate: 'auto', maxRecords: 2900 }),
    );
    expect(byDay.aggregation).toBe('day');
    expect(byDay.records).toBeLessThanOrEqual(2900);
    const dayTable = loadPrepared(join(dir, 'out-auto-day'));
    for (const view of VIEWS) expect(figures(dayTable, view, true)).toEqual(figures(geo.table, view, false));
    const byMonth = await prepareEvents(
      options(join(dir, 'out-auto-month'), { aggregate: 'auto', maxRecords: byDay.records - 1 }),
    );
    expect(byMonth.aggregation).toBe('month');
    expect(byMonth.records).toBeLessThan(byDay.records);
    const none = await prepareEvents(options(join(dir, 'out-auto-none'), { aggregate: 'auto' }));
    expect(none.aggregation).toBeNull();
  });

  it('refuses to write more records than one file may hold, and leaves nothing', async () => {
    const out = join(dir, 'out-too-many');
    await expect(prepareEvents(options(out, { aggregate: 'none', maxRecords: 100 }))).rejects.toThrow(
      /more than the 100 one events file may hold/,
    );
    await expect(prepareEvents(options(out, { aggregate: 'month', maxRecords: 10 }))).rejects.toThrow(
      /even per month/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('prepare: the SQL statements run elsewhere', () => {
  it('sql/03–06 run on the kept rows by another engine give aggregates that prepare turns into the same file', async () => {
    const rowsOut = join(dir, 'out-keep-rows');
    const kept = await prepareEvents(options(rowsOut, { keepRows: true }));
    expect(kept.files).toContain(OUTPUT_FILES.validEvents);
    // Another engine (a fresh DuckDB standing in for Spark): the kept rows become its tables, the
    // statement files run as they are, the two aggregate tables are written as Parquet.
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(
      `CREATE TABLE valid_events AS SELECT * FROM read_parquet(${sqlText(join(rowsOut, OUTPUT_FILES.validEvents))})`,
    );
    await connection.run(
      `CREATE TABLE valid_nationalities AS SELECT * FROM read_parquet(${sqlText(join(rowsOut, OUTPUT_FILES.validNationalities))})`,
    );
    for (const file of [
      SQL_FILES.periodMonth,
      SQL_FILES.groupRows,
      SQL_FILES.aggregateEvents,
      SQL_FILES.aggregateNationalities,
    ])
      await connection.run(readSqlFile(file));
    for (const table of ['aggregated_events', 'aggregated_nationalities'])
      await connection.run(
        `COPY ${table} TO ${sqlText(join(elsewhere, `${table}.parquet`))} (FORMAT parquet)`,
      );
    connection.closeSync();
    db.closeSync();

    const fromAggregates = join(dir, 'out-from-aggregates');
    const summary = await prepareEvents(
      options(fromAggregates, { inputs: [], fromAggregated: elsewhere, period: 'month' }),
    );
    const direct = join(dir, 'out-direct-month');
    await prepareEvents(options(direct, { aggregate: 'month' }));
    const table = loadPrepared(fromAggregates);
    expect(summary.records).toBe(table.length);
    // The same file as aggregating here, but for the note on where it was prepared from.
    const same = loadPrepared(direct);
    expect(table.meta.notes).toContain('elsewhere (aggregates)');
    expect({ ...table, meta: { ...table.meta, notes: '' } }).toEqual({
      ...same,
      meta: { ...same.meta, notes: '' },
    });
    const geo = await importedAsGeojson();
    expect(table.meta.aggregation?.sourceRecords).toBe(geo.table.length);
    for (const view of VIEWS.filter((v) => v.filters.timeRange === null))
      expect(figures(table, view, true)).toEqual(figures(geo.table, view, false));
  });

  it('the statement files avoid what Spark SQL does not run (docs/prepare.md)', () => {
    const avoided = [
      /::/,
      /\bQUALIFY\b/i,
      /\bILIKE\b/i,
      /\blist_\w+/i,
      /\bstrftime\b/i,
      /\bstrptime\b/i,
      /\bstring_agg\b/i,
      /\blistagg\b/i,
      /\bGROUP BY ALL\b/i,
      /\bEXCLUDE\b/i,
      /\bVARCHAR\b/i,
      /\bread_(csv|parquet|json)\b/i,
      /\bdate_trunc\b/i,
      /"/,
      /`/,
      /\bunnest\b/i,
      /\[/,
    ];
    for (const file of readdirSync(SQL_DIR).filter((name) => name.endsWith('.sql'))) {
      const code = readFileSync(join(SQL_DIR, file), 'utf8')
        .split('\n')
        .map((line) => line.replace(/--.*$/, ''))
        .join('\n');
      for (const pattern of avoided) expect(pattern.test(code), `${file}: ${String(pattern)}`).toBe(false);
    }
  });
});

describe('prepare: a broken input leaves no output', () => {
  const expectNothingWritten = (out: string): void => {
    if (!existsSync(out)) return;
    expect(readdirSync(out)).toEqual(['kept.txt']);
  };

  it('a bad mapping: not JSON, not a mapping, or naming a column the file lacks', async () => {
    for (const [name, text, message] of [
      ['not-json.json', '{ fields: ', /not JSON/],
      ['not-mapping.json', '{"format":"other"}', /not a Lintas import mapping/],
      [
        'wrong-column.json',
        JSON.stringify({ ...MAPPING, fields: { ...MAPPING.fields, date: { column: 'when' } } }),
        /column "when", which the file does not have/,
      ],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const out = join(dir, `out-${name}`);
      await expect(prepareEvents(options(out, { mappingFile: path }))).rejects.toThrow(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('an unreadable file: missing, of an unknown kind, or not Parquet inside', async () => {
    const out = join(dir, 'out-unreadable');
    await expect(prepareEvents(options(out, { inputs: [join(dir, 'absent.csv')] }))).rejects.toThrow(
      /cannot be read \(ENOENT\)/,
    );
    await expect(
      prepareEvents(options(out, { inputs: [mappingPath.replace('.json', '.xyz')] })),
    ).rejects.toThrow(PrepareError);
    const fake = join(dir, 'fake.parquet');
    writeFileSync(fake, 'this is not parquet');
    await expect(prepareEvents(options(out, { inputs: [fake] }))).rejects.toThrow(
      /fake\.parquet: cannot be read as parquet/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a file that fails half-way: the rows before it were read, and still nothing is written', async () => {
    const broken = join(dir, 'broken.csv');
    // 30,000 good rows (past DuckDB's sniffing sample), then a row with too many fields: DuckDB stops there.
    const good = Array.from(
      { length: 30_000 },
      (_, i) => `x-${i},01/01/2012,intercepted,arrived,5,1,,,R,Kupang,-10,123,AFG,Navy,s`,
    );
    writeFileSync(broken, `${[HEADER, ...good, 'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r'].join('\n')}\n`);
    const out = join(dir, 'out-broken');
    mkdirSync(out);
    writeFileSync(join(out, 'kept.txt'), 'a file of the person, left alone');
    await expect(prepareEvents(options(out, { inputs: [broken] }))).rejects.toThrow(
      /broken\.csv: cannot be read as csv \(.*Line: 30002/,
    );
    expectNothingWritten(out);
    // A second input cut off half-way (a Parquet file truncated), after the first was read whole.
    const whole = readFileSync(join(dir, 'events.parquet'));
    const truncated = join(dir, 'truncated.parquet');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(prepareEvents(options(out, { inputs: [csvPath, truncated] }))).rejects.toThrow(
      /truncated\.parquet: cannot be read as parquet/,
    );
    expectNothingWritten(out);
    expect(readFileSync(join(out, 'kept.txt'), 'utf8')).toBe('a file of the person, left alone');
  });

  // Three Node processes start through tsx (~1.5 s each when idle): the default 20 s is too tight on a busy machine.
  it('the command line: exit 2 for a bad command line, 1 for a failed run with a clear message, 0 when written', () => {
    const launch = join(process.cwd(), 'scripts/prepare/launch.js');
    const env = { ...process.env, npm_command: 'run-script' };
    const usage = spawnSync(process.execPath, [launch, csvPath], { env, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--mapping is required');
    const out = join(dir, 'out-cli');
    const failed = spawnSync(
      process.execPath,
      [launch, join(dir, 'absent.csv'), '--mapping', mappingPath, '--out', out],
      { env, encoding: 'utf8' },
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/prepare: error: .*absent\.csv: cannot be read/);
    expect(existsSync(out)).toBe(false);
    const ok = spawnSync(
      process.execPath,
      [launch, csvPath, '--mapping', mappingPath, '--out', out, '--quiet'],
      { env, encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/3004 rows read, 3000 valid, 4 not loaded/);
    // npm runs a script named "prepare" after `npm ci` without arguments: then nothing happens.
    const lifecycle = spawnSync(process.execPath, [launch], {
      env: { ...process.env, npm_command: 'ci' },
      encoding: 'utf8',
    });
    expect(lifecycle.status).toBe(0);
  }, 60_000);
});
