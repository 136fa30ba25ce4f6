// Prints the fingerprint a briefing records for an events file (and optional routes file), as the app
// computes it: `npx tsx scripts/print-dataset-fingerprint.ts events.geojson [routes.geojson]`. Used for the
// `dataset` member of data/demo/briefing.json after the demo data are regenerated (docs/briefing.md).
import { readFileSync } from 'node:fs';
import { parseEventsText } from '../src/data/parse-events';
import { parseRoutesText } from '../src/data/parse-routes';
import { fingerprintTable } from '../src/briefing/dataset-fingerprint';

const [eventsPath, routesPath] = process.argv.slice(2);
if (eventsPath === undefined) {
  console.error('usage: print-dataset-fingerprint events.geojson [routes.geojson]');
  process.exit(2);
}
const routes = routesPath === undefined ? null : parseRoutesText(readFileSync(routesPath, 'utf8'));
if (routes !== null && !routes.ok) throw new Error(`routes file: ${routes.error.code}`);
const load = parseEventsText(readFileSync(eventsPath, 'utf8'), {
  fileName: eventsPath,
  routes: routes?.routes ?? null,
});
if (!load.ok) throw new Error(`events file: ${load.error.code}`);
console.log(
  JSON.stringify({ fingerprint: await fingerprintTable(load.table), title: load.table.meta.title }),
);
