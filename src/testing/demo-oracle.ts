// The demo file read directly, and an independent reference for what a view shows: the figures the
// header and Overview must display for a link's parameters, computed from the raw features without the
// app's loader, table, cube or selectors. Unit tests compare applyView + selectors with it; browser tests
// use it for the one number they check per piece of wiring. Tests only (Node: reads the file).
import { readFileSync } from 'node:fs';

export interface DemoNationality {
  readonly code: string;
  readonly people?: number;
}

export interface DemoFeature {
  readonly geometry: { readonly coordinates: [number, number] };
  readonly properties: {
    readonly id: string;
    readonly kind: string;
    readonly outcome?: string;
    readonly date: string;
    readonly people: number;
    readonly boats?: number;
    readonly deaths?: number | null;
    readonly route: string;
    readonly site: string;
    readonly nationalities?: readonly (DemoNationality | string)[];
  };
}

interface DemoFile {
  readonly metadata: { readonly title: string; readonly source: string };
  readonly features: DemoFeature[];
}

export const DEMO_EVENTS_PATH = 'data/demo/events.geojson';
const DEMO: DemoFile = JSON.parse(readFileSync(DEMO_EVENTS_PATH, 'utf8')) as DemoFile;
export const DEMO_META = DEMO.metadata;
export const DEMO_FEATURES: readonly DemoFeature[] = DEMO.features;

/** A corridor of the demo routes file: its id and its path (lon, lat). */
export interface DemoRoute {
  readonly properties: { readonly id: string };
  readonly geometry: { readonly coordinates: readonly [number, number][] };
}

export const DEMO_ROUTES_PATH = 'data/demo/routes.geojson';
export const DEMO_ROUTES: readonly DemoRoute[] = (
  JSON.parse(readFileSync(DEMO_ROUTES_PATH, 'utf8')) as { features: DemoRoute[] }
).features;

export const isLanded = (f: DemoFeature): boolean =>
  f.properties.kind === 'interception' && f.properties.outcome === 'landed';
export const LANDED: readonly DemoFeature[] = DEMO_FEATURES.filter(isLanded);

export function sumPeople(features: readonly DemoFeature[]): number {
  return features.reduce((total, f) => total + f.properties.people, 0);
}

/** People of the given nationality codes on the given records (the nationality filter's semantics). */
export function peopleOfNationalities(features: readonly DemoFeature[], codes: readonly string[]): number {
  let total = 0;
  for (const f of features)
    for (const n of f.properties.nationalities ?? [])
      if (typeof n === 'object' && codes.includes(n.code)) total += n.people ?? 0;
  return total;
}

/** The number in a formatted figure ("51,953", "51.953"), ignoring separators. */
export function digits(text: string | null): number {
  return Number((text ?? '').replace(/[^0-9]/g, ''));
}

/** Link parameters this reference understands; a view using others is refused (the test must say so). */
export const ORACLE_PARAMETERS = ['v', 't', 'o', 'n', 'r', 's', 'sel', 'm', 'g', 'lang'] as const;

/** The records a view keeps, and the nationality codes it filters by (empty: none). */
export function demoRecordsInView(view: string): { records: DemoFeature[]; nationalities: string[] } {
  const p = new URLSearchParams(view);
  for (const key of p.keys())
    if (!(ORACLE_PARAMETERS as readonly string[]).includes(key))
      throw new Error(`the demo oracle does not understand the parameter ${key}`);
  const [from = '0000-00-00', to = '9999-99-99'] = p.get('t')?.split('..') ?? [];
  const list = (key: string): string[] =>
    p
      .get(key)
      ?.split(',')
      .filter((v) => v !== '') ?? [];
  const sel = p.get('sel') ?? '';
  const routes = sel.startsWith('r:') ? [sel.slice(2)] : list('r');
  const sites = sel.startsWith('s:') ? [sel.slice(2)] : list('s');
  const outcomes = list('o');
  const nationalities = list('n');
  const records = DEMO_FEATURES.filter((f) => {
    const q = f.properties;
    const day = q.date.length === 7 ? `${q.date}-01` : q.date;
    return (
      day >= from &&
      day <= to &&
      (outcomes.length === 0 || q.kind !== 'interception' || outcomes.includes(q.outcome ?? '')) &&
      (routes.length === 0 || routes.includes(q.route)) &&
      (sites.length === 0 || sites.includes(q.site)) &&
      (nationalities.length === 0 ||
        (q.nationalities ?? []).some((n) => nationalities.includes(typeof n === 'string' ? n : n.code)))
    );
  });
  return { records, nationalities };
}

export interface DemoHeadline {
  readonly landedPeople: number;
  readonly landedBoats: number;
  readonly deaths: number;
}

/** The header's figures for a view: people and boats landed, dead or missing. */
export function demoHeadlineOf(view: string): DemoHeadline {
  const { records, nationalities } = demoRecordsInView(view);
  const landed = records.filter(isLanded);
  return {
    landedPeople:
      nationalities.length === 0 ? sumPeople(landed) : peopleOfNationalities(landed, nationalities),
    landedBoats: landed.reduce((a, f) => a + (f.properties.boats ?? 1), 0),
    deaths: records.reduce((a, f) => a + (f.properties.deaths ?? 0), 0),
  };
}

/**
 * The header's first figure for a view: people landed, or, when the outcome filter leaves "landed" out,
 * the people of the outcomes it keeps (the header follows the filters). Its data-testid and value.
 */
export function demoFirstFigureOf(view: string): { readonly testId: string; readonly value: number } {
  const outcomes =
    new URLSearchParams(view)
      .get('o')
      ?.split(',')
      .filter((o) => o !== '') ?? [];
  if (outcomes.length === 0 || outcomes.includes('landed'))
    return { testId: 'kpi-landed-people', value: demoHeadlineOf(view).landedPeople };
  const { records, nationalities } = demoRecordsInView(view);
  const kept = records.filter((f) => f.properties.kind === 'interception');
  return {
    testId: 'kpi-outcome-people',
    value: nationalities.length === 0 ? sumPeople(kept) : peopleOfNationalities(kept, nationalities),
  };
}
