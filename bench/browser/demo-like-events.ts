// Seeded generator of demo-like events for the browser benchmark: each synthetic event resamples one record
// of data/demo/events.geojson (its route, kind, outcome, site, 1–3 nationalities, year and month) with a new
// day, jittered coordinates (±0.05°) and scaled counts, so N events keep the demo's mix of the six corridors,
// its ~40 sites and its yearly profile (2008–2014). Pure: no DOM, no Node APIs (the page and Node share it).

/** The fields of one demo record that the generator resamples. */
export interface EventTemplate {
  readonly kind: 'departure' | 'interception';
  readonly outcome: string | null;
  readonly route: string;
  readonly site: string;
  readonly lon: number;
  readonly lat: number;
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly monthPrecision: boolean;
  readonly people: number;
  readonly boats: number;
  readonly crew: number | null;
  readonly deaths: number | null;
  readonly natCodes: readonly string[];
  readonly originCountry: string;
  readonly agency: string;
  readonly confidence: string;
}

export const DEFAULT_SEED = 20_080_101;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Reads the templates out of an events FeatureCollection (already JSON-parsed); skips odd features. */
export function readTemplates(root: unknown): EventTemplate[] {
  if (!isRecord(root) || !Array.isArray(root['features'])) throw new Error('not an events FeatureCollection');
  const out: EventTemplate[] = [];
  for (const feature of root['features'] as unknown[]) {
    if (!isRecord(feature) || !isRecord(feature['geometry']) || !isRecord(feature['properties'])) continue;
    const coords = feature['geometry']['coordinates'];
    const p = feature['properties'];
    if (!Array.isArray(coords)) continue;
    const lon = num(coords[0]);
    const lat = num(coords[1]);
    const date = /^(\d{4})-(\d{2})(-\d{2})?$/.exec(str(p['date']));
    const kind = p['kind'];
    if (lon === null || lat === null || !date || (kind !== 'departure' && kind !== 'interception')) continue;
    const natCodes: string[] = [];
    if (Array.isArray(p['nationalities'])) {
      for (const entry of p['nationalities'] as unknown[]) {
        const code = isRecord(entry) ? str(entry['code']) : str(entry);
        if (code !== '' && !natCodes.includes(code)) natCodes.push(code);
      }
    }
    out.push({
      kind,
      outcome: kind === 'interception' ? str(p['outcome'], 'landed') : null,
      route: str(p['route']),
      site: str(p['site']),
      lon,
      lat,
      year: Number(date[1]),
      month: Number(date[2]),
      monthPrecision: date[3] === undefined,
      people: Math.max(0, Math.round(num(p['people']) ?? 0)),
      boats: Math.max(1, Math.round(num(p['boats']) ?? 1)),
      crew: num(p['crew']),
      deaths: num(p['deaths']),
      natCodes: natCodes.slice(0, 3),
      originCountry: str(p['origin_country']),
      agency: str(p['agency'], 'ACBPS'),
      confidence: str(p['confidence'], 'medium'),
    });
  }
  if (out.length === 0) throw new Error('no usable demo events');
  return out;
}

/** mulberry32: small, fast, seeded; the same sequence on every platform. */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export interface EventFeature {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface EventCollection {
  readonly type: 'FeatureCollection';
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly features: readonly EventFeature[];
}

/** `count` demo-like event features as a FeatureCollection object. Same inputs → same output. */
export function makeDemoLikeEvents(
  templates: readonly EventTemplate[],
  count: number,
  seed = DEFAULT_SEED,
): EventCollection {
  const random = makeRandom(seed);
  const features: EventFeature[] = new Array<EventFeature>(count);
  for (let i = 0; i < count; i++) {
    const t = templates[Math.floor(random() * templates.length)] ?? templates[0];
    if (t === undefined) throw new Error('no templates');
    const days = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
    const date = t.monthPrecision
      ? `${t.year}-${pad2(t.month)}`
      : `${t.year}-${pad2(t.month)}-${pad2(1 + Math.floor(random() * days))}`;
    const people = Math.min(500 * t.boats, Math.round(t.people * (0.6 + 0.8 * random())));
    const deaths =
      t.deaths === null
        ? null
        : t.people > 0
          ? Math.min(people, Math.round((t.deaths / t.people) * people))
          : 0;
    // 1–3 distinct nationalities, counts adding up to `people` (the first takes the remainder).
    const codes = t.natCodes.length > 0 ? t.natCodes : ['UNK'];
    const shares = new Array<number>(codes.length).fill(0);
    let rest = people;
    for (let k = codes.length - 1; k > 0; k--) {
      const share = Math.floor(rest * random() * 0.4);
      shares[k] = share;
      rest -= share;
    }
    shares[0] = rest;
    const properties: Record<string, unknown> = {
      id: `bx-${String(i).padStart(7, '0')}`,
      kind: t.kind,
      date,
      people,
      boats: t.boats,
      crew: t.crew,
      deaths,
      route: t.route,
      nationalities: codes.map((code, k) => ({ code, people: shares[k] ?? 0 })),
      origin_country: t.originCountry !== '' ? t.originCountry : codes[0],
      site: t.site,
      agency: t.agency,
      source: 'Lintas browser bench (synthetic)',
      confidence: t.confidence,
    };
    if (t.kind === 'interception' && t.outcome !== null) properties['outcome'] = t.outcome;
    features[i] = {
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          Math.round((t.lon + (random() - 0.5) * 0.1) * 1e4) / 1e4,
          Math.round((t.lat + (random() - 0.5) * 0.1) * 1e4) / 1e4,
        ],
      },
      properties,
    };
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      formatVersion: 1,
      kind: 'events',
      title: `Lintas browser bench, ${count} demo-like events`,
      source: 'Lintas browser bench (synthetic)',
      licence: 'CC0',
      extracted: '2026-01-01',
      illustrative: true,
      notes: `bench/browser/demo-like-events.ts, seed ${seed}`,
    },
    features,
  };
}
