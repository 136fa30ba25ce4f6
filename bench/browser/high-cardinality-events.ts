// Seeded generator of a high-cardinality events file for the main-thread benchmark: N events over many
// routes (no routes file: corridors are derived), thousands of named sites and a long list of
// nationalities, as real records have (issue: 7,005 records with 4,251 distinct sites). Each route owns a
// contiguous block of sites spread between a start area and an end area; a route's events pick one of its
// sites uniformly (so nearly every site appears), departures at the first fifth of them, interceptions
// along the rest. Routes and nationalities are skewed (a few carry most events): the lists have a long tail.
// Pure: no DOM, no Node APIs.
import { makeRandom, type EventCollection, type EventFeature } from './demo-like-events';

export interface HighCardinalityShape {
  readonly count: number;
  readonly sites: number;
  readonly routes: number;
  /** Nationality codes to draw from (ISO alpha-3 so no warnings), the first ones most common. */
  readonly nationalityCodes: readonly string[];
  readonly firstYear: number;
  readonly years: number;
  readonly seed: number;
}

const OUTCOMES = ['landed', 'turned_back', 'disrupted', 'rescued', 'lost_at_sea'] as const;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Index in [0, n) with a Zipf-like skew (exponent about 1): low indices are the popular ones. */
function skewedIndex(random: () => number, n: number): number {
  // Inverse of a continuous 1/x density on [1, n + 1).
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

/** `shape.count` events as a FeatureCollection object. Same shape → same output. */
export function makeHighCardinalityEvents(shape: HighCardinalityShape): EventCollection {
  const random = makeRandom(shape.seed);
  const sitesPerRoute = Math.max(1, Math.floor(shape.sites / shape.routes));
  // Per route: a start and an end area (degrees), so derived corridors have a direction.
  const starts: [number, number][] = [];
  const ends: [number, number][] = [];
  for (let r = 0; r < shape.routes; r++) {
    starts.push([95 + random() * 30, -8 + random() * 12]);
    ends.push([100 + random() * 40, -20 + random() * 8]);
  }
  const features: EventFeature[] = new Array<EventFeature>(shape.count);
  const natCount = shape.nationalityCodes.length;
  for (let i = 0; i < shape.count; i++) {
    const route = skewedIndex(random, shape.routes);
    const local = Math.floor(random() * sitesPerRoute);
    const siteCode = route * sitesPerRoute + local;
    const start = starts[route] ?? [110, -8];
    const end = ends[route] ?? [110, -12];
    const departure = local < Math.max(1, Math.floor(sitesPerRoute / 5)) && random() < 0.8;
    // Site position: along start → end by its rank within the route, fixed per site (no jitter).
    const along = sitesPerRoute > 1 ? local / (sitesPerRoute - 1) : 0;
    const wobble = ((siteCode * 2654435761) % 1000) / 1000 - 0.5;
    const lon = Math.round((start[0] + (end[0] - start[0]) * along + wobble) * 1e4) / 1e4;
    const lat = Math.round((start[1] + (end[1] - start[1]) * along + wobble * 0.5) * 1e4) / 1e4;
    const year = shape.firstYear + Math.floor(random() * shape.years);
    const month = 1 + Math.floor(random() * 12);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = 1 + Math.floor(random() * days);
    const people = 5 + Math.floor(random() * 150);
    // 1–3 distinct nationalities; counts add up to `people`.
    const codes: string[] = [];
    const wanted = 1 + Math.floor(random() * 3);
    for (let k = 0; k < wanted * 3 && codes.length < wanted; k++) {
      const code = shape.nationalityCodes[skewedIndex(random, natCount)] ?? 'AFG';
      if (!codes.includes(code)) codes.push(code);
    }
    let rest = people;
    const nationalities = codes.map((code, k) => {
      const share = k === codes.length - 1 ? rest : Math.floor(rest * random() * 0.6);
      rest -= share;
      return { code, people: share };
    });
    const properties: Record<string, unknown> = {
      id: `hc-${pad(i, 7)}`,
      kind: departure ? 'departure' : 'interception',
      date: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
      people,
      boats: 1,
      crew: 1 + Math.floor(random() * 4),
      deaths: 0,
      route: `route-${pad(route, 3)}`,
      routeName: `Route ${pad(route, 3)}`,
      nationalities,
      origin_country: codes[0] ?? 'AFG',
      site: `Site ${pad(siteCode, 4)} (r${pad(route, 3)})`,
      agency: `Agency ${route % 12}`,
      source: `Source ${route % 30}`,
      confidence: 'medium',
    };
    if (!departure) properties['outcome'] = OUTCOMES[Math.floor(random() * OUTCOMES.length)] ?? 'landed';
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties,
    };
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      formatVersion: 1,
      kind: 'events',
      title: 'Main-thread benchmark',
      source: 'Lintas main-thread bench (synthetic)',
      licence: 'CC0',
      extracted: '2026-01-01',
      illustrative: true,
      notes: `bench/browser/high-cardinality-events.ts: ${shape.count} events, ${shape.sites} sites, ${shape.routes} routes, ${natCount} nationalities, seed ${shape.seed}`,
    },
    features,
  };
}
