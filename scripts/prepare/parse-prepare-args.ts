// The command line of `npm run prepare -- <inputs…> --mapping <file> --out <dir> [options]`
// (docs/prepare.md). Pure: argv in, options or a message out.
import { MAX_FEATURES } from '../../src/data/format-limits';

/** How rows are pre-aggregated: never, per day, per month, or only when they exceed `maxRecords`. */
export type AggregateMode = 'auto' | 'none' | 'day' | 'month';
const AGGREGATE_MODES: readonly AggregateMode[] = ['auto', 'none', 'day', 'month'];

export interface PrepareOptions {
  readonly inputs: readonly string[];
  readonly mappingFile: string;
  readonly outDir: string;
  readonly routesFile: string | null;
  readonly aggregate: AggregateMode;
  /**
   * Most records the events file may hold before it is pre-aggregated (auto), and the most it may hold at
   * all: the loader's own limit per file (MAX_FEATURES), see docs/prepare.md for why.
   */
  readonly maxRecords: number;
  /** Also write the validated rows as Parquet (valid-events.parquet, valid-nationalities.parquet). */
  readonly keepRows: boolean;
  /** Read the written events file back with the app's reader and compare it (on by default). */
  readonly check: boolean;
  /** Progress lines on stderr. */
  readonly quiet: boolean;
  /**
   * Write the events file from aggregates computed elsewhere (Spark, a warehouse: docs/prepare.md): the
   * folder holding aggregated_events and aggregated_nationalities as Parquet. Null: from the inputs.
   */
  readonly fromAggregated: string | null;
  /** The period those aggregates were summed over (required with fromAggregated). */
  readonly period: 'day' | 'month' | null;
}

export type ParsedArgs =
  { readonly ok: true; readonly options: PrepareOptions } | { readonly ok: false; readonly message: string };

export const USAGE = `Usage: npm run prepare -- <input files…> --mapping <mapping.json> --out <dir> [options]

Inputs: CSV/TSV/TXT (text cells, like the app's import), Parquet, JSON or NDJSON records.
Options:
  --routes <routes.geojson>   routes file: validated, copied to the output, used for the gazetteer
  --aggregate auto|none|day|month
                              pre-aggregate (default auto: only above --max-records, day first, then month)
  --max-records <n>           most records in the events file (default ${MAX_FEATURES}, the app's limit)
  --keep-rows                 also write the validated rows as Parquet (for SQL elsewhere)
  --no-check                  skip reading the written file back with the app's reader
  --quiet                     no progress lines
  --from-aggregated <dir> --period day|month
                              no inputs: write the events file from aggregated_events and
                              aggregated_nationalities (Parquet) made by the SQL statements elsewhere
Writes into <dir>: events.arrow, load-report.json, load-report.txt (and routes.geojson, *.parquet).`;

/** Parses the arguments after `--`. */
export function parsePrepareArgs(argv: readonly string[]): ParsedArgs {
  const inputs: string[] = [];
  let mappingFile = '';
  let outDir = '';
  let routesFile: string | null = null;
  let aggregate: AggregateMode = 'auto';
  let maxRecords = MAX_FEATURES;
  let keepRows = false;
  let check = true;
  let quiet = false;
  let fromAggregated: string | null = null;
  let period: 'day' | 'month' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string | null => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (arg) {
      case '--mapping': {
        const v = value();
        if (v === null) return { ok: false, message: '--mapping needs a file' };
        mappingFile = v;
        break;
      }
      case '--out': {
        const v = value();
        if (v === null) return { ok: false, message: '--out needs a directory' };
        outDir = v;
        break;
      }
      case '--routes': {
        const v = value();
        if (v === null) return { ok: false, message: '--routes needs a file' };
        routesFile = v;
        break;
      }
      case '--aggregate': {
        const v = value();
        if (v === null || !(AGGREGATE_MODES as readonly string[]).includes(v))
          return { ok: false, message: `--aggregate must be one of ${AGGREGATE_MODES.join(', ')}` };
        aggregate = v as AggregateMode;
        break;
      }
      case '--max-records': {
        const v = value();
        const n = v === null ? NaN : Number(v);
        if (!Number.isInteger(n) || n < 1 || n > MAX_FEATURES)
          return { ok: false, message: `--max-records must be a whole number from 1 to ${MAX_FEATURES}` };
        maxRecords = n;
        break;
      }
      case '--from-aggregated': {
        const v = value();
        if (v === null) return { ok: false, message: '--from-aggregated needs a folder' };
        fromAggregated = v;
        break;
      }
      case '--period': {
        const v = value();
        if (v !== 'day' && v !== 'month') return { ok: false, message: '--period must be day or month' };
        period = v;
        break;
      }
      case '--keep-rows':
        keepRows = true;
        break;
      case '--no-check':
        check = false;
        break;
      case '--quiet':
        quiet = true;
        break;
      case '--help':
      case '-h':
        return { ok: false, message: USAGE };
      default:
        if (arg.startsWith('--')) return { ok: false, message: `unknown option ${arg}\n\n${USAGE}` };
        inputs.push(arg);
    }
  }
  if (fromAggregated !== null && (inputs.length > 0 || period === null))
    return { ok: false, message: `--from-aggregated takes no input files and needs --period\n\n${USAGE}` };
  if (fromAggregated === null && inputs.length === 0)
    return { ok: false, message: `no input files\n\n${USAGE}` };
  if (mappingFile === '') return { ok: false, message: `--mapping is required\n\n${USAGE}` };
  if (outDir === '') return { ok: false, message: `--out is required\n\n${USAGE}` };
  return {
    ok: true,
    options: {
      inputs,
      mappingFile,
      outDir,
      routesFile,
      aggregate,
      maxRecords,
      keepRows,
      check,
      quiet,
      fromAggregated,
      period,
    },
  };
}
