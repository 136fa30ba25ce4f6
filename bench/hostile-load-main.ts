// The measured half of `npm run bench:hostile` (bundled and run by hostile-files.ts with plain Node, one
// process per file, so each peak memory is its own): the app's events loading (`loadFiles`, as the load
// worker runs it: the file read as a Blob stream, decoded, parsed, validated, the table built) of one file.
// Prints one JSON line: wall time, peak resident memory and what the loader answered.
import { openAsBlob, statSync } from 'node:fs';
import { loadFiles } from '@/data/load-files';
import { DEFAULT_MAX_FILE_BYTES } from '@/data/decode-text';

const filePath = process.argv[2] ?? '';
const fileBytes = statSync(filePath).size;
globalThis.gc?.();
const rssBeforeBytes = process.memoryUsage().rss;
const file = await openAsBlob(filePath);
const started = performance.now();
const response = await loadFiles({
  requestId: 1,
  events: { type: 'file', file, fileName: filePath.split('/').pop() ?? 'file' },
  routes: null,
  maxBytes: DEFAULT_MAX_FILE_BYTES,
});
const wallMs = performance.now() - started;
// maxRSS is in kilobytes (libuv's getrusage).
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
const answer = response.ok
  ? {
      ok: true,
      rows: response.table.length,
      rejected: response.report.rejectedFeatures,
      reasons: response.report.rejectedCounts.map((c) => `${c.code} ${c.count}`),
      warnings: response.report.warningCounts.map((c) => `${c.code} ${c.count}`),
    }
  : {
      ok: false,
      error: `${response.error.code} ${response.error.value}`,
      rejected: response.report?.rejectedFeatures ?? 0,
      reasons: response.report?.rejectedCounts.map((c) => `${c.code} ${c.count}`) ?? [],
    };
console.log(JSON.stringify({ fileBytes, wallMs, rssBeforeBytes, peakRssBytes, answer }));
