// A seeded CSV in the shape of an agency's case-record export, for the preparation benchmark
// (bench/README.md, "Preparation"): N rows over 2008-01..2014-12, 6 routes, 40 sites, 1–3 nationality codes
// per boat (no counts: the loader splits the people), about 35% departures. Written in blocks, never
// held whole. Every row loads; the mapping beside it is PREPARE_BENCH_MAPPING.
import { closeSync, openSync, writeSync } from 'node:fs';

export const PREPARE_BENCH_HEADER =
  'case_id,event_date,event_type,result,persons,vessels,crew,dead,route,location,lat,lon,nationality,agency,source';

export const PREPARE_BENCH_MAPPING = {
  format: 'lintas-import-mapping',
  version: 1,
  fields: {
    id: { column: 'case_id' },
    date: { column: 'event_date' },
    kind: { column: 'event_type' },
    outcome: { column: 'result' },
    people: { column: 'persons' },
    boats: { column: 'vessels' },
    crew: { column: 'crew' },
    deaths: { column: 'dead' },
    routeName: { column: 'route' },
    route: { column: 'route' },
    site: { column: 'location' },
    lat: { column: 'lat' },
    lon: { column: 'lon' },
    nationality: { column: 'nationality' },
    agency: { column: 'agency' },
    source: { column: 'source' },
  },
  valueMaps: {},
  dateFormat: 'iso',
  coordinates: 'columns',
  gazetteerFallback: false,
  metadata: { title: 'Synthetic case records (benchmark)' },
} as const;

const ROUTES = [
  'Java – Christmas',
  'Rote – Ashmore',
  'Sri Lanka – Cocos',
  'Malaysia – Java',
  'Timor – Darwin',
  'Sumba – Ashmore',
];
const NATIONALITIES = ['AFG', 'IRN', 'IRQ', 'PAK', 'LKA', 'MMR', 'SOM', 'SYR'];
const OUTCOMES = ['landed', 'turned_back', 'disrupted', 'rescued', 'lost_at_sea'];
const SITE_COUNT = 40;
const ROWS_PER_BLOCK = 10_000;

/** mulberry32: small, fast, seeded. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `rows` data rows (plus the header) to `path`; returns the bytes written. */
export function writePrepareBenchCsv(path: string, rows: number, seed = 20_080_101): number {
  const random = makeRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fd = openSync(path, 'w');
  let bytes = 0;
  const write = (text: string): void => {
    bytes += writeSync(fd, text);
  };
  try {
    write(`${PREPARE_BENCH_HEADER}\n`);
    let block: string[] = [];
    for (let i = 1; i <= rows; i++) {
      const site = Math.floor(random() * SITE_COUNT);
      const departure = random() < 0.35;
      const year = 2008 + Math.floor(random() * 7);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const people = 10 + Math.floor(random() * 140);
      const nats = new Set<string>();
      const natCount = 1 + Math.floor(random() * 3);
      while (nats.size < natCount) nats.add(pick(NATIONALITIES));
      const outcome = departure ? '' : pick(OUTCOMES);
      block.push(
        [
          `ev-${String(i).padStart(8, '0')}`,
          `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          departure ? 'departure' : 'interception',
          outcome,
          people,
          1,
          1 + Math.floor(random() * 4),
          outcome === 'lost_at_sea' ? Math.floor(random() * people) : 0,
          ROUTES[site % ROUTES.length],
          `Site ${site + 1}`,
          (-12 + (site % 8) * 2 + random() * 0.05).toFixed(4),
          (95 + Math.floor(site / 8) * 7 + random() * 0.05).toFixed(4),
          [...nats].join(';'),
          site % 2 === 0 ? 'Navy' : 'Coast guard',
          `Report ${1 + (i % 12)}`,
        ].join(','),
      );
      if (block.length === ROWS_PER_BLOCK) {
        write(`${block.join('\n')}\n`);
        block = [];
      }
    }
    if (block.length > 0) write(`${block.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
