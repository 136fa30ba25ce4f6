// `npm run prepare -- <inputs…> --mapping <file> --out <dir>`: the command line of the preparation step
// (docs/prepare.md). Exit code 0 when every file was written, 1 when the run failed (nothing written),
// 2 for a bad command line.
import { parsePrepareArgs } from './parse-prepare-args';
import { prepareEvents } from './prepare-events';
import { PrepareError } from './read-inputs';

/** The last run's timings, for the benchmark's stats line. */
let lastTimingsMs: Readonly<Record<string, number>> | null = null;

async function main(): Promise<number> {
  const args = parsePrepareArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`${args.message}\n`);
    return 2;
  }
  const { options } = args;
  const log = (line: string): void => {
    if (!options.quiet) process.stderr.write(`prepare: ${line}\n`);
  };
  try {
    const summary = await prepareEvents(options, log);
    lastTimingsMs = summary.timingsMs;
    const aggregation = summary.aggregation === null ? '' : `, pre-aggregated per ${summary.aggregation}`;
    process.stdout.write(
      `${summary.rows} rows read, ${summary.accepted} valid, ${summary.rejected} not loaded; ` +
        `${summary.records} records written${aggregation} (${summary.eventsBytes} bytes) in ` +
        `${(summary.timingsMs.total / 1000).toFixed(1)} s\n` +
        summary.files.map((file) => `  ${options.outDir}/${file}\n`).join(''),
    );
    return 0;
  } catch (error) {
    const message = error instanceof PrepareError ? error.message : String(error);
    process.stderr.write(`prepare: error: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main();
// For the benchmark (bench/prepare-bench.ts): the run's peak memory, in bytes.
if (process.env['LINTAS_PREPARE_STATS'] === '1')
  process.stderr.write(
    `prepare-stats ${JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, timingsMs: lastTimingsMs })}\n`,
  );
