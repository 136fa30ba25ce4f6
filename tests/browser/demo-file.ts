// The committed demo events, read directly from the file so browser tests compute their expected numbers
// independently of the app's loader and aggregations.
import { readFileSync } from 'node:fs';

export interface DemoFeature {
  readonly geometry: { readonly coordinates: [number, number] };
  readonly properties: {
    readonly kind: string;
    readonly outcome?: string;
    readonly date: string;
    readonly people: number;
    readonly boats?: number;
    readonly deaths?: number | null;
    readonly route: string;
    readonly site: string;
    readonly nationalities?: readonly { readonly code: string; readonly people?: number }[];
  };
}

export const DEMO_FEATURES: readonly DemoFeature[] = (
  JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')) as { features: DemoFeature[] }
).features;

export const isLanded = (f: DemoFeature): boolean =>
  f.properties.kind === 'interception' && f.properties.outcome === 'landed';

export const LANDED: readonly DemoFeature[] = DEMO_FEATURES.filter(isLanded);

export function sumPeople(features: readonly DemoFeature[]): number {
  return features.reduce((total, f) => total + f.properties.people, 0);
}

/** The number in a formatted figure ("51,953", "51.953"), ignoring separators. */
export function digits(text: string | null): number {
  return Number((text ?? '').replace(/[^0-9]/g, ''));
}
