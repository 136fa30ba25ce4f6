// The fingerprint briefings record: the same records give the same fingerprint whatever the file looks
// like; any change of a count, a date, an id or a place changes it; and the demo briefing records the
// fingerprint of the demo data (regenerating the demo data without updating briefing.json fails here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsText } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import type { EventTable } from '@/domain/event-table';
import { fingerprintOf, fingerprintTable } from './dataset-fingerprint';
import { readBriefingText } from './read-briefing';

function tableOf(text: string, routes: string | null = null): EventTable {
  const parsedRoutes = routes === null ? null : parseRoutesText(routes);
  if (parsedRoutes !== null && !parsedRoutes.ok) throw new Error('routes');
  const load = parseEventsText(text, { fileName: 'events.geojson', routes: parsedRoutes?.routes ?? null });
  if (!load.ok) throw new Error(load.error.code);
  return load.table;
}

const feature = (id: string, date: string, people: number, site = 'Kupang'): unknown => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [123.61, -10.18] },
  properties: { id, kind: 'interception', outcome: 'landed', date, people, route: 'r', site },
});
const collection = (features: unknown[]): unknown => ({
  type: 'FeatureCollection',
  metadata: { formatVersion: 1 },
  features,
});
const BASE = [feature('a', '2013-01-05', 10), feature('b', '2013-02-01', 20)];

describe('dataset fingerprints', () => {
  it('are SHA-256 of the table, the same for the same records however the file is written', async () => {
    const compact = await fingerprintTable(tableOf(JSON.stringify(collection(BASE))));
    const pretty = await fingerprintTable(tableOf(JSON.stringify(collection(BASE), null, 2)));
    expect(compact).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pretty).toBe(compact);
  });

  it('change with any count, date, id or place', async () => {
    const base = await fingerprintTable(tableOf(JSON.stringify(collection(BASE))));
    const variants = [
      [feature('a', '2013-01-05', 11), BASE[1]],
      [feature('a', '2013-01-06', 10), BASE[1]],
      [feature('c', '2013-01-05', 10), BASE[1]],
      [feature('a', '2013-01-05', 10, 'Ende'), BASE[1]],
      [BASE[0]],
    ];
    const prints = await Promise.all(
      variants.map((v) => fingerprintTable(tableOf(JSON.stringify(collection(v))))),
    );
    for (const print of prints) expect(print).not.toBe(base);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('are computed once per table', () => {
    const table = tableOf(JSON.stringify(collection(BASE)));
    expect(fingerprintOf(table)).toBe(fingerprintOf(table));
  });

  it('of the demo data is the one the demo briefing records', async () => {
    const demo = tableOf(
      readFileSync('data/demo/events.geojson', 'utf8'),
      readFileSync('data/demo/routes.geojson', 'utf8'),
    );
    const briefing = readBriefingText(readFileSync('data/demo/briefing.json', 'utf8'));
    if (!briefing.ok) throw new Error('demo briefing does not read');
    expect(briefing.briefing.dataset?.fingerprint).toBe(await fingerprintTable(demo));
    expect(briefing.briefing.dataset?.title).toBe(demo.meta.title);
  });
});
