// Golden files for the events loader: each __fixtures__/in/*.geojson is loaded and summarised, and the
// summary must equal __fixtures__/out/*.json (reviewed by hand). UPDATE_GOLDEN=1 rewrites the out files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeTableRows, makeRoutesCollection, type DecodedRow } from '@/testing/make-event-features';
import type { DatasetMeta, RouteInfo } from '@/domain/event-table';
import type { FileError, IssueCount, LoadIssue, NotLoadedTotals } from './load-report';
import { parseEventsText } from './parse-events';
import { parseRoutesText } from './parse-routes';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const ROUTES_FILE = 'routes.geojson';
/** Fixtures loaded without a routes file; all others get __fixtures__/routes.geojson. */
const WITHOUT_ROUTES = new Set(['no-routes-file', 'other-region', 'multi-issue']);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenSummary {
  fileName: string;
  routesFile: string | null;
  error: FileError | null;
  featureCount: number | null;
  accepted: number;
  rejectedFeatures: number;
  notLoaded: NotLoadedTotals | null;
  rejectedCounts: IssueCount<string>[];
  warningCounts: IssueCount<string>[];
  rejected: LoadIssue<string>[];
  warnings: LoadIssue<string>[];
  meta: Pick<DatasetMeta, 'destination' | 'tagline' | 'bbox'> | null;
  routes: RouteSummary[];
  rows: DecodedRow[];
}

/** A route as a person would check it: name, whether derived, stages in order, path rounded to 0.01°. */
interface RouteSummary {
  id: string;
  name: string;
  hasCorridor: boolean;
  derived: boolean;
  stages: string[];
  path: number[][];
}

function summariseRoute(r: RouteInfo): RouteSummary {
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    id: r.id,
    name: r.name,
    hasCorridor: r.hasCorridor,
    derived: r.derived,
    stages: r.stages.map((s) => `${s.vertex} ${s.role} ${s.name}`),
    path: r.path.map(([lon, lat]) => [round(lon), round(lat)]),
  };
}

function loadRoutes(): ReturnType<typeof parseRoutesText> {
  return parseRoutesText(readFileSync(join(FIXTURES, ROUTES_FILE), 'utf8'));
}

function summarise(name: string): GoldenSummary {
  const fileName = `${name}.geojson`;
  const text = readFileSync(join(FIXTURES, 'in', fileName), 'utf8');
  const routesResult = WITHOUT_ROUTES.has(name) ? null : loadRoutes();
  if (routesResult !== null && !routesResult.ok) throw new Error('routes fixture does not parse');
  const outcome = parseEventsText(text, { fileName, routes: routesResult?.routes ?? null });
  const issue = <C extends string>(i: LoadIssue<C>): LoadIssue<string> => ({
    index: i.index,
    id: i.id,
    field: i.field,
    code: i.code,
    value: i.value,
  });
  return {
    fileName,
    routesFile: routesResult === null ? null : ROUTES_FILE,
    error: outcome.ok ? null : outcome.error,
    featureCount: outcome.report?.featureCount ?? null,
    accepted: outcome.report?.accepted ?? 0,
    rejectedFeatures: outcome.report?.rejectedFeatures ?? 0,
    notLoaded: outcome.report?.notLoaded ?? null,
    rejectedCounts: outcome.report?.rejectedCounts.map((c) => ({ ...c })) ?? [],
    warningCounts: outcome.report?.warningCounts.map((c) => ({ ...c })) ?? [],
    rejected: outcome.report?.rejected.map(issue) ?? [],
    warnings: outcome.report?.warnings.map(issue) ?? [],
    meta: outcome.ok
      ? {
          destination: outcome.table.meta.destination,
          tagline: outcome.table.meta.tagline,
          bbox: outcome.table.meta.bbox,
        }
      : null,
    routes: outcome.ok ? outcome.table.routes.map(summariseRoute) : [],
    rows: outcome.ok ? decodeTableRows(outcome.table) : [],
  };
}

/** JSON with objects of only scalar values on one line (issues, nationality entries), the rest indented. */
function toReadableJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + toReadableJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.every(([, v]) => typeof v !== 'object' || v === null)) {
      return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
    }
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toReadableJson(v, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

async function writeGolden(path: string, summary: GoldenSummary): Promise<void> {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(toReadableJson(summary), { ...config, filepath: path }));
}

const names = readdirSync(join(FIXTURES, 'in'))
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => f.slice(0, -'.geojson'.length))
  .sort();

describe('parseEventsText golden files', () => {
  it('has 3–9 fixture pairs', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(9);
  });

  it('uses a routes fixture identical to makeRoutesCollection()', () => {
    const routes = loadRoutes();
    expect(routes.ok && routes.rejected).toEqual([]);
    expect(JSON.parse(readFileSync(join(FIXTURES, ROUTES_FILE), 'utf8'))).toEqual(makeRoutesCollection());
  });

  it.each(names)('%s matches its golden summary', async (name) => {
    const summary = summarise(name);
    const outPath = join(FIXTURES, 'out', `${name}.json`);
    if (UPDATE) await writeGolden(outPath, summary);
    expect(existsSync(outPath), `missing ${outPath}: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(summary).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
  });

  it.each(names)('%s: rows are sorted by day and every accepted feature is a row', (name) => {
    const summary = summarise(name);
    expect(summary.rows).toHaveLength(summary.accepted);
    const dates = summary.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(summary.accepted + summary.rejectedFeatures).toBe(summary.featureCount);
  });
});
