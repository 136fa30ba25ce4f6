// The labels of the map and their ranks: country names of the region (geography, translated) and the
// places the loaded data name — its routes' stages and its busiest sites, in the data's own words. Which
// labels show is decided on the CPU by declutterLabels (higher rank wins); place-label-layer.ts draws them.
import type { EventTable } from '@/domain/event-table';
import { lonFrameWest, toLonFrame } from '@/domain/unwrap-longitudes';
import type { StageRole } from '@/domain/vocabulary';
import type { MessageKey } from '@/i18n/messages-en';

export interface PlaceLabel {
  readonly key: MessageKey;
  readonly lon: number;
  readonly lat: number;
  /** Higher shows first when labels collide. */
  readonly rank: number;
  readonly kind: 'country' | 'place';
}

/** Countries of the region (label points approximate); off screen for data elsewhere. */
export const COUNTRY_LABELS: readonly PlaceLabel[] = [
  { key: 'place.afghanistan', lon: 66, lat: 34.2, rank: 3, kind: 'country' },
  { key: 'place.pakistan', lon: 69.5, lat: 28.5, rank: 2, kind: 'country' },
  { key: 'place.iran', lon: 54, lat: 32.5, rank: 2, kind: 'country' },
  { key: 'place.iraq', lon: 43.5, lat: 33, rank: 1, kind: 'country' },
  { key: 'place.india', lon: 78.5, lat: 21, rank: 1, kind: 'country' },
  { key: 'place.sriLanka', lon: 80.7, lat: 7.8, rank: 2, kind: 'country' },
  { key: 'place.myanmar', lon: 96, lat: 21, rank: 1, kind: 'country' },
  { key: 'place.thailand', lon: 101, lat: 15.5, rank: 1, kind: 'country' },
  { key: 'place.malaysia', lon: 102, lat: 4.2, rank: 2, kind: 'country' },
  { key: 'place.indonesia', lon: 113, lat: -1.5, rank: 3, kind: 'country' },
  { key: 'place.australia', lon: 133, lat: -24, rank: 3, kind: 'country' },
  { key: 'place.timorLeste', lon: 125.8, lat: -8.8, rank: 1, kind: 'country' },
];

export interface ResolvedLabel {
  readonly id: string;
  readonly text: string;
  readonly lon: number;
  readonly lat: number;
  readonly rank: number;
  readonly kind: 'country' | 'place';
}

/** Rank of a route stage's label by its role: where people arrive first, then where they embark. */
const STAGE_RANK: Readonly<Record<StageRole, number>> = {
  destination: 6,
  embarkation: 5,
  origin: 4,
  transit: 3,
};
/** Sites labelled besides the stages: the busiest ones. */
const MAX_SITE_LABELS = 12;
/** Longest label, in code points; longer names are cut with an ellipsis (the tooltip has them whole). */
const MAX_LABEL_CHARS = 28;

/** A place name as a map label: without a parenthesised qualifier, and not too long. */
export function labelText(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name.trim();
  const chars = [...bare];
  return chars.length <= MAX_LABEL_CHARS ? bare : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

/**
 * Labels for the places a dataset names: every stage of its corridors (ranked by role), then its busiest
 * sites by records. One label per name (the best rank).
 */
export function makeDataPlaceLabels(table: EventTable): ResolvedLabel[] {
  const byText = new Map<string, ResolvedLabel>();
  const west = lonFrameWest(table);
  const add = (label: ResolvedLabel): void => {
    const existing = byText.get(label.text);
    if (!existing || existing.rank < label.rank) byText.set(label.text, label);
  };
  for (const route of table.routes) {
    if (!route.hasCorridor) continue;
    for (const stage of route.stages) {
      const at = route.path[stage.vertex];
      if (!at) continue;
      const text = labelText(stage.name);
      add({
        id: `stage:${text}`,
        text,
        lon: toLonFrame(at[0], west),
        lat: at[1],
        rank: STAGE_RANK[stage.role],
        kind: 'place',
      });
    }
  }
  const records = new Float64Array(table.sites.length);
  for (let r = 0; r < table.length; r++) {
    const code = table.site[r] ?? 0;
    records[code] = (records[code] ?? 0) + 1;
  }
  const busiest = table.sites
    .map((site, code) => ({ site, count: records[code] ?? 0 }))
    .filter((s) => s.count > 0 && s.site.name !== '')
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SITE_LABELS);
  busiest.forEach(({ site }, i) => {
    const text = labelText(site.name);
    add({
      id: `site:${text}`,
      text,
      lon: toLonFrame(site.lon, west),
      lat: site.lat,
      rank: i < 4 ? 2 : 1,
      kind: 'place',
    });
  });
  return [...byText.values()];
}

/** Every character the labels use, so the glyph atlas covers both languages. */
export function labelCharacterSet(labels: readonly ResolvedLabel[]): string[] {
  return [...new Set(labels.flatMap((l) => [...l.text, ...l.text.toUpperCase()]))];
}

/** Font size of a label in pixels. */
export function labelSizePx(label: { readonly kind: 'country' | 'place' }): number {
  return label.kind === 'country' ? 12 : 13;
}
