// Seeded generators of event files for the benchmarks, in two shapes (see bench/README.md):
//   demo: N features over 2008-01..2014-12 on six corridors, 40 sites, 1–3 nationalities of 8 codes;
//   high-cardinality: N features over 1990-01..2019-12 on 200 corridors, 50,000 sites, 60 nationality codes.
// Output is JSON text in format version 1 (docs/data-format.md) that the loader accepts without rejections
// or warnings, given the shape's routes.
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
    derived: false,
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

/** Index picked by `u` in [0, 1): binary search over cumulative weights. */
function pick(cum: Float64Array, u: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < (cum[mid] ?? 1)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function pickFrom<T>(items: readonly T[], u: number): T {
  const item = items[Math.min(items.length - 1, Math.floor(u * items.length))];
  if (item === undefined) throw new Error('pickFrom: empty list');
  return item;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A site as the generator writes it: its name as JSON text and its position. */
interface GenSite {
  readonly json: string;
  readonly lon: number;
  readonly lat: number;
}

/** A route as the generator draws from it: sites are indices into the shape's site list. */
interface GenRoute {
  readonly id: string;
  readonly departureSites: readonly number[];
  readonly landedSites: readonly number[];
  readonly atSeaSites: readonly number[];
  readonly disruptedSites: readonly number[];
  /** Cumulative weights over the shape's nationality codes. */
  readonly natCum: Float64Array;
  /** Cumulative weights over the shape's months. */
  readonly monthCum: Float64Array;
}

interface GenShape {
  readonly firstYear: number;
  readonly months: number;
  readonly sites: readonly GenSite[];
  readonly routes: readonly GenRoute[];
  readonly routeCum: Float64Array;
  readonly codes: readonly string[];
}

/** Fewer crossings in the wet season: weight per month of the year. */
const SEASON = [0.7, 0.7, 0.8, 1, 1.1, 1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.8];

const monthWeights = (months: number, yearWeights: readonly number[]): Float64Array =>
  cumulative(
    Array.from({ length: months }, (_, m) => (yearWeights[Math.floor(m / 12)] ?? 0) * (SEASON[m % 12] ?? 1)),
  );

function demoShape(): GenShape {
  const names = Object.keys(SITES) as SiteName[];
  const siteIndex = new Map(names.map((name, i) => [name, i]));
  const at = (list: readonly SiteName[]): number[] => list.map((name) => siteIndex.get(name) ?? 0);
  return {
    firstYear: BENCH_FIRST_YEAR,
    months: BENCH_MONTHS,
    sites: names.map((name) => ({ json: JSON.stringify(name), lon: SITES[name][0], lat: SITES[name][1] })),
    routes: ROUTE_DEFS.map((def) => ({
      id: def.id,
      departureSites: at(def.departureSites),
      landedSites: at(def.landedSites),
      atSeaSites: at(def.atSeaSites),
      disruptedSites: at(def.disruptedSites),
      natCum: cumulative(def.nationalityWeights),
      monthCum: monthWeights(BENCH_MONTHS, def.yearWeights),
    })),
    routeCum: cumulative(ROUTE_DEFS.map((r) => r.yearWeights.reduce((a, b) => a + b, 0))),
    codes: NATIONALITY_CODES,
  };
}

// ---------- the high-cardinality shape ----------

export const HC_FIRST_YEAR = 1990;
export const HC_YEARS = 30;
export const HC_MONTHS = HC_YEARS * 12;
export const HC_ROUTE_COUNT = 200;
export const HC_SITE_COUNT = 50_000;
const HC_SITES_PER_ROUTE = HC_SITE_COUNT / HC_ROUTE_COUNT; // 250: 100 departure, 50 landed, 50 at sea, 50 disrupted
/** Nationality codes of the high-cardinality shape: the first 60 assigned ISO 3166-1 alpha-3 codes. */
const HC_CODES = (
  'ABW AFG AGO AIA ALB AND ARE ARG ARM ASM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ ' +
  'BMU BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI ' +
  'DMA DNK DOM DZA ECU EGY ERI ESP EST ETH'
).split(' ');
const HC_SEED = 19_900_101;
const hcRouteId = (r: number): string => `hc-route-${String(r).padStart(3, '0')}`;
const hcSiteName = (r: number, j: number): string =>
  `HC site ${String(r).padStart(3, '0')}-${String(j).padStart(3, '0')}`;
/** Stages of every high-cardinality corridor: site j of the route, role, mode to the next stage. */
const HC_STAGES: readonly { readonly j: number; readonly role: StageRole; readonly mode?: TravelMode }[] = [
  { j: 200, role: 'origin', mode: 'air' },
  { j: 201, role: 'transit', mode: 'land' },
  { j: 202, role: 'transit', mode: 'land' },
  { j: 0, role: 'embarkation', mode: 'sea' },
  { j: 100, role: 'destination' },
];

/** Site positions and route weights of the high-cardinality shape (fixed seed, so routes match events). */
function highCardinalityLayout() {
  const random = makeRandom(HC_SEED);
  const sites: GenSite[] = [];
  const centres: (readonly [number, number])[] = [];
  for (let r = 0; r < HC_ROUTE_COUNT; r++) {
    // Inside the region the loader checks for swapped coordinates (longitude 25..180, latitude -50..50).
    const lon0 = 60 + random() * 100;
    const lat0 = -35 + random() * 60;
    centres.push([lon0, lat0]);
    for (let j = 0; j < HC_SITES_PER_ROUTE; j++) {
      sites.push({
        json: JSON.stringify(hcSiteName(r, j)),
        lon: Number((lon0 + (random() - 0.5) * 8).toFixed(4)),
        lat: Number((lat0 + (random() - 0.5) * 8).toFixed(4)),
      });
    }
  }
  const natWeights: number[][] = [];
  const yearWeights: number[][] = [];
  for (let r = 0; r < HC_ROUTE_COUNT; r++) {
    const weights = HC_CODES.map(() => 0);
    for (let k = 0; k < 5; k++) {
      const code = Math.floor(random() * HC_CODES.length);
      weights[code] = (weights[code] ?? 0) + 1 + random() * 4;
    }
    natWeights.push(weights);
    yearWeights.push(Array.from({ length: HC_YEARS }, () => 0.2 + random() * 1.8));
  }
  return { sites, centres, natWeights, yearWeights };
}

let hcLayout: ReturnType<typeof highCardinalityLayout> | null = null;
const layout = (): ReturnType<typeof highCardinalityLayout> => (hcLayout ??= highCardinalityLayout());

function highCardinalityShape(): GenShape {
  const { sites, natWeights, yearWeights } = layout();
  const range = (r: number, from: number, to: number): number[] =>
    Array.from({ length: to - from }, (_, i) => r * HC_SITES_PER_ROUTE + from + i);
  return {
    firstYear: HC_FIRST_YEAR,
    months: HC_MONTHS,
    sites,
    routes: Array.from({ length: HC_ROUTE_COUNT }, (_, r) => ({
      id: hcRouteId(r),
      departureSites: range(r, 0, 100),
      landedSites: range(r, 100, 150),
      atSeaSites: range(r, 150, 200),
      disruptedSites: range(r, 200, 250),
      natCum: cumulative(natWeights[r] ?? []),
      monthCum: monthWeights(HC_MONTHS, yearWeights[r] ?? []),
    })),
    // Route volumes fall off like 1/sqrt(rank): route 0 is the busiest, route 199 has a few thousand events.
    routeCum: cumulative(Array.from({ length: HC_ROUTE_COUNT }, (_, r) => 1 / Math.sqrt(r + 1))),
    codes: HC_CODES,
  };
}

/** The high-cardinality corridors as a routes file would give them. */
export function highCardinalityRoutes(): readonly RouteInfo[] {
  const { sites } = layout();
  return Array.from({ length: HC_ROUTE_COUNT }, (_, r) => ({
    id: hcRouteId(r),
    name: `HC route ${r}`,
    hasCorridor: true,
    derived: false,
    stages: HC_STAGES.map((s, i) => ({
      name: hcSiteName(r, s.j),
      role: s.role,
      vertex: i,
      mode: i === HC_STAGES.length - 1 ? undefined : s.mode,
    })),
    path: HC_STAGES.map((s) => {
      const site = sites[r * HC_SITES_PER_ROUTE + s.j];
      return [site?.lon ?? 0, site?.lat ?? 0] as const;
    }),
  }));
}

// ---------- the writer ----------

export type BenchShapeName = 'demo' | 'high-cardinality';

/** What a benchmark needs to know about a shape: its span, its routes and what the sequence toggles. */
export interface BenchShape {
  readonly name: BenchShapeName;
  readonly firstYear: number;
  readonly months: number;
  readonly routes: () => readonly RouteInfo[];
  /** Route and nationality toggled in the interaction sequence (the busiest of each). */
  readonly toggleRoute: string;
  readonly toggleNationality: string;
}

export const BENCH_SHAPES: Readonly<Record<BenchShapeName, BenchShape>> = {
  demo: {
    name: 'demo',
    firstYear: BENCH_FIRST_YEAR,
    months: BENCH_MONTHS,
    routes: () => BENCH_ROUTES,
    toggleRoute: 'java-christmas',
    toggleNationality: 'IRN',
  },
  'high-cardinality': {
    name: 'high-cardinality',
    firstYear: HC_FIRST_YEAR,
    months: HC_MONTHS,
    routes: highCardinalityRoutes,
    toggleRoute: hcRouteId(0),
    toggleNationality: 'AFG',
  },
};

/**
 * `count` event features as the text of an events FeatureCollection. Same `count`, `seed` and shape → same
 * text. Ids are "ev-0000000", "ev-0000001", … (unique). No whitespace, as exported files usually are.
 */
export function generateEventsText(
  count: number,
  seed = BENCH_SEED,
  shapeName: BenchShapeName = 'demo',
): string {
  const shape = shapeName === 'demo' ? demoShape() : highCardinalityShape();
  const random = makeRandom(seed);
  const outcomeCum = cumulative(OUTCOME_WEIGHTS);
  const daysInMonth = Array.from({ length: shape.months }, (_, m) => {
    const year = shape.firstYear + Math.floor(m / 12);
    return new Date(Date.UTC(year, (m % 12) + 1, 0)).getUTCDate();
  });
  const monthText = Array.from(
    { length: shape.months },
    (_, m) => `${shape.firstYear + Math.floor(m / 12)}-${pad2((m % 12) + 1)}`,
  );

  const parts: string[] = new Array<string>(count);
  const natCodes: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = pick(shape.routeCum, random());
    const def = shape.routes[r]!;
    const month = pick(def.monthCum, random());
    const monthPrecision = random() < 0.05;
    const date = monthPrecision
      ? monthText[month]!
      : `${monthText[month]!}-${pad2(1 + Math.floor(random() * daysInMonth[month]!))}`;
    const departure = random() < 0.35;
    let site: number;
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
      const code = pick(def.natCum, random());
      if (!natCodes.includes(code)) natCodes.push(code);
    }
    let rest = people;
    let nats = '';
    for (let k = natCodes.length - 1; k >= 0; k--) {
      const share = k === 0 ? rest : Math.floor(rest * random() * 0.4);
      rest -= share;
      nats = `{"code":"${shape.codes[natCodes[k]!]!}","people":${share}}${nats === '' ? '' : ','}${nats}`;
    }
    const place = shape.sites[site]!;
    const lon = (place.lon + (random() - 0.5) * 0.04).toFixed(4);
    const lat = (place.lat + (random() - 0.5) * 0.04).toFixed(4);
    const id = `ev-${String(i).padStart(7, '0')}`;
    parts[i] =
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"id":"${id}",` +
      `"kind":"${departure ? 'departure' : 'interception'}","date":"${date}","people":${people},"boats":${boats},` +
      `"crew":${crew},"deaths":${deaths},"route":"${def.id}","nationalities":[${nats}],` +
      `"origin_country":"${shape.codes[natCodes[0]!]!}","site":${place.json},` +
      (departure ? '' : `"outcome":"${outcome}",`) +
      `"agency":"${pickFrom(AGENCIES, random())}","source":"Lintas bench (synthetic)","confidence":"${pickFrom(CONFIDENCES, random())}"}}`;
  }
  const metadata = {
    formatVersion: 1,
    kind: 'events',
    title: `Lintas bench, ${count} synthetic events (${shapeName})`,
    source: 'Lintas bench (synthetic)',
    licence: 'CC0',
    extracted: '2026-01-01',
    illustrative: true,
    notes: `generated by bench/synthetic-events.ts, shape ${shapeName}, seed ${seed}`,
  };
  return `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[${parts.join(',')}]}`;
}
