// Looking place names up: the stages of the loaded routes file first (the person's own places), then the
// built-in table. Names match ignoring case, accents, punctuation and a trailing "(…)" or ", country".
import type { RouteInfo } from '@/domain/event-table';
import { GAZETTEER_PLACES } from './gazetteer-places';
import { normalizeKey } from './vocabulary-synonyms';

export interface PlaceHit {
  readonly lon: number;
  readonly lat: number;
  /** The name as the gazetteer writes it. */
  readonly name: string;
  readonly from: 'routes' | 'built-in';
}

export interface Gazetteer {
  readonly byName: ReadonlyMap<string, PlaceHit>;
}

/** The comparable form of a place name: normalized, punctuation turned into spaces. */
export function placeKey(name: string): string {
  return normalizeKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The keys a name is found under: whole, without "(…)", and before its first comma. */
function keysOf(name: string): string[] {
  const keys = [placeKey(name)];
  const bare = name.replace(/\([^)]*\)/g, ' ');
  if (bare !== name) keys.push(placeKey(bare));
  const comma = name.indexOf(',');
  if (comma > 0) keys.push(placeKey(name.slice(0, comma)));
  return keys.filter((k) => k !== '');
}

function add(map: Map<string, PlaceHit>, name: string, hit: PlaceHit): void {
  for (const key of keysOf(name)) if (!map.has(key)) map.set(key, hit);
}

/** A gazetteer of the routes' stage names (their corridor vertices) and the built-in places. */
export function buildGazetteer(routes: readonly RouteInfo[] | null): Gazetteer {
  const byName = new Map<string, PlaceHit>();
  for (const route of routes ?? []) {
    for (const stage of route.stages) {
      const vertex = route.path[stage.vertex];
      if (vertex)
        add(byName, stage.name, { lon: vertex[0], lat: vertex[1], name: stage.name, from: 'routes' });
    }
  }
  for (const place of GAZETTEER_PLACES) {
    const hit: PlaceHit = { lon: place.lon, lat: place.lat, name: place.name, from: 'built-in' };
    add(byName, place.name, hit);
    for (const alias of place.aliases) add(byName, alias, hit);
  }
  return { byName };
}

/** The place a name stands for, or null. Tries the whole name, then without "(…)", then before a comma. */
export function lookUpPlace(gazetteer: Gazetteer, name: string): PlaceHit | null {
  for (const key of keysOf(name)) {
    const hit = gazetteer.byName.get(key);
    if (hit) return hit;
  }
  return null;
}
