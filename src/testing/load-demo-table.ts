// The committed demo files loaded through the real parser, for tests in Node.
import { readFileSync } from 'node:fs';
import { parseEventsValue } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import type { EventTable } from '@/domain/event-table';
import { DEMO_EVENTS_PATH } from './demo-oracle';

let cached: EventTable | null = null;

export function loadDemoTable(): EventTable {
  if (cached) return cached;
  const routes = parseRoutesText(readFileSync('data/demo/routes.geojson', 'utf8'));
  if (!routes.ok) throw new Error('demo routes do not parse');
  const outcome = parseEventsValue(JSON.parse(readFileSync(DEMO_EVENTS_PATH, 'utf8')), {
    fileName: 'events.geojson',
    routes: routes.routes,
  });
  if (!outcome.ok) throw new Error('demo events do not parse');
  cached = outcome.table;
  return cached;
}
