// Seeded generator of demo-like event files for the benchmarks: N features over 2008-01..2014-12 on six
// corridors, ~40 sites, 1–3 nationalities with counts from 8 codes. Output is JSON text in format version 1
// (docs/data-format.md) that the loader accepts without rejections or warnings.
import type { RouteInfo, RouteStage } from '@/domain/event-table';
import type { StageRole, TravelMode } from '@/domain/vocabulary';

/** First and last month the generator spreads events over (inclusive). */
export const BENCH_FIRST_YEAR = 2008;
export const BENCH_LAST_YEAR = 2014;
export const BENCH_MONTHS = (BENCH_LAST_YEAR - BENCH_FIRST_YEAR + 1) * 12;
export const BENCH_SEED = 20_080_101;

type LonLat = readonly [lon: number, lat: number];

/** Bench sites: name → approximate [lon, lat]. 40 places. */
const SITES = {
  Quetta: [67.0, 30.18],
  Tehran: [51.39, 35.69],
  Kabul: [69.17, 34.53],
  Colombo: [79.85, 6.93],
  Negombo: [79.84, 7.21],
  Batticaloa: [81.7, 7.72],
  'Kuala Lumpur (KLIA)': [101.71, 2.74],
  Medan: [98.67, 3.59],
  Batam: [104.05, 1.13],
  'Bandar Lampung': [105.26, -5.43],
  'Merak / Indah Kiat port': [106.0, -5.93],
  Jakarta: [106.85, -6.2],
  'Cisarua (Puncak Bogor)': [106.94, -6.69],
  'Sawarna beach (Banten)': [106.3, -6.98],
  'Pelabuhan Ratu (Sukabumi)': [106.55, -6.99],
  'Ujung Genteng (Sukabumi)': [106.4, -7.37],
  'Agrabinta (Cianjur)': [106.9, -7.35],
  'Cidaun / Jayanti beach (Cianjur)': [107.37, -7.47],
  Pangandaran: [108.65, -7.69],
  Cilacap: [109.01, -7.73],
  'Prigi (Trenggalek)': [111.73, -8.29],
  Surabaya: [112.75, -7.25],
  'Denpasar (Bali)': [115.22, -8.65],
  'Mataram (Lombok)': [116.12, -8.58],
  'Waingapu (Sumba)': [120.26, -9.66],
  'Kupang (West Timor)': [123.61, -10.18],
  'Papela (Rote)': [123.4, -10.6],
  'Oelaba (Rote)': [122.87, -10.62],
  'Christmas Island (Flying Fish Cove)': [105.68, -10.42],
  'Rocky Point (Christmas Is.)': [105.67, -10.42],
  'Cocos (Keeling) Is. (West Island)': [96.83, -12.19],
  'Ashmore Reef': [123.0, -12.25],
  Darwin: [130.84, -12.46],
  'Indian Ocean south of Java (at sea)': [106.4, -8.9],
  'Sunda Strait (at sea)': [105.7, -6.0],
  'Timor Sea (at sea)': [126.5, -11.2],
  'Indian Ocean west of Cocos (at sea)': [92.0, -10.0],
  'Indian Ocean south of Sri Lanka (at sea)': [82.0, 3.0],
  'Rote Sea (at sea)': [123.2, -11.0],
  'Indian Ocean north of Christmas Is. (at sea)': [105.9, -9.6],
} as const satisfies Record<string, LonLat>;
type SiteName = keyof typeof SITES;

interface StageDef {
  readonly place: SiteName;
  readonly role: StageRole;
  readonly mode?: TravelMode;
}

interface RouteDef {
  readonly id: string;
  readonly stages: readonly StageDef[];
  /** Where departures of this route are recorded. */
  readonly departureSites: readonly SiteName[];
  /** Where landed interceptions are recorded. */
  readonly landedSites: readonly SiteName[];
  /** Where turned-back, rescued and lost boats are recorded. */
  readonly atSeaSites: readonly SiteName[];
  /** Where disruptions are recorded (stage names among them reach that stage). */
  readonly disruptedSites: readonly SiteName[];
  /** Weights of NATIONALITY_CODES. */
  readonly nationalityWeights: readonly number[];
  /** Relative volume per year 2008..2014. */
  readonly yearWeights: readonly number[];
}

export const NATIONALITY_CODES = ['AFG', 'IRN', 'IRQ', 'PAK', 'LKA', 'MMR', 'SOM', 'SYR'] as const;
const OUTCOME_NAMES = ['landed', 'turned_back', 'disrupted', 'rescued', 'lost_at_sea'] as const;
const OUTCOME_WEIGHTS = [0.6, 0.08, 0.17, 0.08, 0.07];
const AGENCIES = ['ACBPS', 'Border Protection Command', 'POLRI', 'BASARNAS', 'AFP'];
const CONFIDENCES = ['high', 'medium', 'low'];

const ROUTE_DEFS: readonly RouteDef[] = [
  {
    id: 'java-christmas',
    stages: [
      { place: 'Quetta', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'air' },
      { place: 'Jakarta', role: 'transit', mode: 'land' },
      { place: 'Cisarua (Puncak Bogor)', role: 'transit', mode: 'land' },
      { place: 'Pelabuhan Ratu (Sukabumi)', role: 'embarkation', mode: 'sea' },
      { place: 'Christmas Island (Flying Fish Cove)', role: 'destination' },
    ],
    departureSites: [
      'Pelabuhan Ratu (Sukabumi)',
      'Ujung Genteng (Sukabumi)',
      'Sawarna beach (Banten)',
      'Pangandaran',
      'Cilacap',
      'Prigi (Trenggalek)',
    ],
    landedSites: ['Christmas Island (Flying Fish Cove)', 'Rocky Point (Christmas Is.)'],
    atSeaSites: ['Indian Ocean south of Java (at sea)', 'Indian Ocean north of Christmas Is. (at sea)'],
    disruptedSites: [
      'Jakarta',
      'Cisarua (Puncak Bogor)',
      'Pelabuhan Ratu (Sukabumi)',
      'Surabaya',
      'Pangandaran',
    ],
    nationalityWeights: [0.5, 0.1, 0.1, 0.2, 0, 0.05, 0.05, 0],
    yearWeights: [0.3, 1, 1.6, 1.3, 3.5, 3.8, 0.3],
  },
  {
    id: 'sumatra-java-christmas',
    stages: [
      { place: 'Tehran', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'sea' },
      { place: 'Medan', role: 'transit', mode: 'land' },
      { place: 'Bandar Lampung', role: 'transit', mode: 'sea' },
      { place: 'Merak / Indah Kiat port', role: 'transit', mode: 'land' },
      { place: 'Cidaun / Jayanti beach (Cianjur)', role: 'embarkation', mode: 'sea' },
      { place: 'Christmas Island (Flying Fish Cove)', role: 'destination' },
    ],
    departureSites: ['Cidaun / Jayanti beach (Cianjur)', 'Agrabinta (Cianjur)', 'Sawarna beach (Banten)'],
    landedSites: ['Christmas Island (Flying Fish Cove)', 'Rocky Point (Christmas Is.)'],
    atSeaSites: ['Sunda Strait (at sea)', 'Indian Ocean south of Java (at sea)'],
    disruptedSites: ['Medan', 'Batam', 'Bandar Lampung', 'Merak / Indah Kiat port', 'Agrabinta (Cianjur)'],
    nationalityWeights: [0.15, 0.45, 0.25, 0, 0, 0, 0.05, 0.1],
    yearWeights: [0.2, 0.8, 1.4, 1.2, 3.2, 3.5, 0.2],
  },
  {
    id: 'nusa-tenggara-ashmore',
    stages: [
      { place: 'Kabul', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'air' },
      { place: 'Jakarta', role: 'transit', mode: 'land' },
      { place: 'Denpasar (Bali)', role: 'transit', mode: 'air' },
      { place: 'Kupang (West Timor)', role: 'transit', mode: 'sea' },
      { place: 'Papela (Rote)', role: 'embarkation', mode: 'sea' },
      { place: 'Ashmore Reef', role: 'destination' },
    ],
    departureSites: ['Papela (Rote)', 'Oelaba (Rote)', 'Waingapu (Sumba)'],
    landedSites: ['Ashmore Reef'],
    atSeaSites: ['Rote Sea (at sea)', 'Timor Sea (at sea)'],
    disruptedSites: ['Denpasar (Bali)', 'Kupang (West Timor)', 'Mataram (Lombok)', 'Papela (Rote)'],
    nationalityWeights: [0.6, 0.1, 0.1, 0.2, 0, 0, 0, 0],
    yearWeights: [1.5, 2, 1, 0.6, 0.8, 0.6, 0.1],
  },
  {
    id: 'sri-lanka-cocos',
    stages: [
      { place: 'Colombo', role: 'origin', mode: 'land' },
      { place: 'Negombo', role: 'embarkation', mode: 'sea' },
      { place: 'Cocos (Keeling) Is. (West Island)', role: 'destination' },
    ],
    departureSites: ['Negombo', 'Batticaloa'],
    landedSites: ['Cocos (Keeling) Is. (West Island)'],
    atSeaSites: ['Indian Ocean west of Cocos (at sea)', 'Indian Ocean south of Sri Lanka (at sea)'],
    disruptedSites: ['Negombo', 'Batticaloa', 'Colombo'],
    nationalityWeights: [0, 0, 0, 0, 0.95, 0, 0, 0.05],
    yearWeights: [0.1, 0.2, 0.3, 0.3, 2.5, 2, 0.2],
  },
  {
    id: 'sri-lanka-christmas',
    stages: [
      { place: 'Colombo', role: 'origin', mode: 'land' },
      { place: 'Negombo', role: 'embarkation', mode: 'sea' },
      { place: 'Christmas Island (Flying Fish Cove)', role: 'destination' },
    ],
    departureSites: ['Negombo', 'Batticaloa'],
    landedSites: ['Christmas Island (Flying Fish Cove)'],
    atSeaSites: ['Indian Ocean south of Sri Lanka (at sea)', 'Indian Ocean north of Christmas Is. (at sea)'],
    disruptedSites: ['Negombo', 'Colombo'],
    nationalityWeights: [0, 0, 0, 0, 0.9, 0.05, 0, 0.05],
    yearWeights: [0.1, 0.2, 0.3, 0.3, 2, 1.8, 0.2],
  },
  {
    id: 'timor-sea-darwin',
    stages: [
      { place: 'Kabul', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'air' },
      { place: 'Jakarta', role: 'transit', mode: 'air' },
      { place: 'Kupang (West Timor)', role: 'embarkation', mode: 'sea' },
      { place: 'Darwin', role: 'destination' },
    ],
    departureSites: ['Kupang (West Timor)', 'Oelaba (Rote)'],
    landedSites: ['Darwin'],
    atSeaSites: ['Timor Sea (at sea)'],
    disruptedSites: ['Kupang (West Timor)', 'Jakarta'],
    nationalityWeights: [0.5, 0.2, 0, 0.1, 0, 0.2, 0, 0],
    yearWeights: [0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 0.1],
  },
];

/** The bench corridors as the loader would return them from a routes file (stage vertex = stage index). */
export const BENCH_ROUTES: readonly RouteInfo[] = ROUTE_DEFS.map((def) => {
  const stages: RouteStage[] = def.stages.map((s, i) => ({
    name: s.place,
    role: s.role,
    vertex: i,
    mode: i === def.stages.length - 1 ? undefined : s.mode,
  }));
  return {
    id: def.id,
    name: def.id,
    hasCorridor: true,
    stages,
    path: def.stages.map((s) => SITES[s.place]),
  };
});

/** mulberry32: a small, fast, seeded PRNG with identical output on every platform. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights, for picking an index with one uniform draw and a linear scan. */
function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out.map((v) => v / sum);
}

function pick(cum: Float64Array, u: number): number {
  for (let i = 0; i < cum.length; i++) if (u < (cum[i] ?? 1)) return i;
  return cum.length - 1;
}

function pickFrom<T>(items: readonly T[], u: number): T {
  const item = items[Math.min(items.length - 1, Math.floor(u * items.length))];
  if (item === undefined) throw new Error('pickFrom: empty list');
  return item;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `count` event features as the text of an events FeatureCollection. Same `count` and `seed` → same text.
 * Ids are "ev-0000000", "ev-0000001", … (unique). No whitespace, as exported files usually are.
 */
export function generateEventsText(count: number, seed = BENCH_SEED): string {
  const random = makeRandom(seed);
  // Month weights per route: route volume by year × a mild season (fewer crossings in the wet season).
  const season = [0.7, 0.7, 0.8, 1, 1.1, 1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.8];
  const routeWeights = ROUTE_DEFS.map((r) => r.yearWeights.reduce((a, b) => a + b, 0));
  const routeCum = cumulative(routeWeights);
  const monthCums = ROUTE_DEFS.map((r) =>
    cumulative(
      Array.from(
        { length: BENCH_MONTHS },
        (_, m) => (r.yearWeights[Math.floor(m / 12)] ?? 0) * (season[m % 12] ?? 1),
      ),
    ),
  );
  const natCums = ROUTE_DEFS.map((r) => cumulative(r.nationalityWeights));
  const outcomeCum = cumulative(OUTCOME_WEIGHTS);
  const daysInMonth = Array.from({ length: BENCH_MONTHS }, (_, m) => {
    const year = BENCH_FIRST_YEAR + Math.floor(m / 12);
    return new Date(Date.UTC(year, (m % 12) + 1, 0)).getUTCDate();
  });
  const monthText = Array.from(
    { length: BENCH_MONTHS },
    (_, m) => `${BENCH_FIRST_YEAR + Math.floor(m / 12)}-${pad2((m % 12) + 1)}`,
  );
  const siteJson = new Map<SiteName, string>(
    Object.keys(SITES).map((name) => [name as SiteName, JSON.stringify(name)]),
  );

  const parts: string[] = new Array<string>(count);
  const natCodes: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = pick(routeCum, random());
    const def = ROUTE_DEFS[r]!;
    const month = pick(monthCums[r]!, random());
    const monthPrecision = random() < 0.05;
    const date = monthPrecision
      ? monthText[month]!
      : `${monthText[month]!}-${pad2(1 + Math.floor(random() * daysInMonth[month]!))}`;
    const departure = random() < 0.35;
    let site: SiteName;
    let outcome = '';
    if (departure) site = pickFrom(def.departureSites, random());
    else {
      outcome = OUTCOME_NAMES[pick(outcomeCum, random())]!;
      site =
        outcome === 'landed'
          ? pickFrom(def.landedSites, random())
          : outcome === 'disrupted'
            ? pickFrom(def.disruptedSites, random())
            : pickFrom(def.atSeaSites, random());
    }
    const boats = random() < 0.95 ? 1 : 2 + Math.floor(random() * 2);
    const people = boats * (8 + Math.floor(random() * random() * 180));
    const crew = random() < 0.1 ? 'null' : String(1 + Math.floor(random() * 5));
    const deaths =
      outcome === 'lost_at_sea' ? String(Math.floor(random() * people)) : random() < 0.3 ? 'null' : '0';

    // 1–3 distinct nationalities; counts sum to people, the first (largest group) takes the remainder.
    const natCount = Math.min(3, 1 + (random() < 0.45 ? 1 : 0) + (random() < 0.33 ? 1 : 0));
    natCodes.length = 0;
    for (let tries = 0; natCodes.length < natCount && tries < 12; tries++) {
      const code = pick(natCums[r]!, random());
      if (!natCodes.includes(code)) natCodes.push(code);
    }
    let rest = people;
    let nats = '';
    for (let k = natCodes.length - 1; k >= 0; k--) {
      const share = k === 0 ? rest : Math.floor(rest * random() * 0.4);
      rest -= share;
      nats = `{"code":"${NATIONALITY_CODES[natCodes[k]!]!}","people":${share}}${nats === '' ? '' : ','}${nats}`;
    }
    const [lon0, lat0] = SITES[site];
    const lon = (lon0 + (random() - 0.5) * 0.04).toFixed(4);
    const lat = (lat0 + (random() - 0.5) * 0.04).toFixed(4);
    const id = `ev-${String(i).padStart(7, '0')}`;
    parts[i] =
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"id":"${id}",` +
      `"kind":"${departure ? 'departure' : 'interception'}","date":"${date}","people":${people},"boats":${boats},` +
      `"crew":${crew},"deaths":${deaths},"route":"${def.id}","nationalities":[${nats}],` +
      `"origin_country":"${NATIONALITY_CODES[natCodes[0]!]!}","site":${siteJson.get(site)!},` +
      (departure ? '' : `"outcome":"${outcome}",`) +
      `"agency":"${pickFrom(AGENCIES, random())}","source":"Lintas bench (synthetic)","confidence":"${pickFrom(CONFIDENCES, random())}"}}`;
  }
  const metadata = {
    formatVersion: 1,
    kind: 'events',
    title: `Lintas bench, ${count} synthetic events`,
    source: 'Lintas bench (synthetic)',
    licence: 'CC0',
    extracted: '2026-01-01',
    illustrative: true,
    notes: `generated by bench/synthetic-events.ts, seed ${seed}`,
  };
  return `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[${parts.join(',')}]}`;
}
