// The generator's internal record of one voyage (before ids are given), and helpers shared by the builders:
// where an event is placed, its crew when unpublished, its nationalities and its possible departure record.

import type { Confidence, LonLat, NationalityCount, Outcome, RouteId } from './demo-types';
import { embarkationOf, finalSeaLeg, pointAlong } from './demo-routes';
import type { FixedVoyage } from './fixed-events';
import { drawNationalityMix } from './nationality-mix';
import { PLACES, type Place, type PlaceName } from './places';
import type { Rng } from './prng';

export interface DeparturePlan {
  readonly site: PlaceName;
  readonly lagDays: readonly [number, number];
}

export interface Voyage {
  readonly date: string;
  readonly outcome: Outcome;
  readonly people: number;
  readonly crew: number | null;
  readonly deaths: number | null;
  readonly route: RouteId;
  readonly nationalities: readonly NationalityCount[];
  readonly originCountry: string;
  readonly site: string;
  readonly lonLat: LonLat;
  readonly agency: string;
  readonly source: string;
  readonly confidence: Confidence;
  /** Where a departure record may be placed; null when none should be (unknown start, month-only date…). */
  readonly departure: DeparturePlan | null;
}

export function isPlaceName(name: string): name is PlaceName {
  return Object.prototype.hasOwnProperty.call(PLACES, name);
}

export function placeOf(name: PlaceName): Place {
  return PLACES[name];
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** `base` moved by up to `jitterDeg` on each axis, rounded to 4 decimals (about 11 m). */
export function jittered(rng: Rng, base: LonLat, jitterDeg: number): LonLat {
  const dx = (rng.next() * 2 - 1) * jitterDeg;
  const dy = (rng.next() * 2 - 1) * jitterDeg;
  return [round4(base[0] + dx), round4(base[1] + dy)];
}

/** Position of an event at a named place (with the place's jitter). */
export function atPlace(rng: Rng, name: PlaceName): LonLat {
  const p = placeOf(name);
  return jittered(rng, [p.lon, p.lat], p.jitterDeg);
}

/** Position of an event at sea, `fraction` of the way along the route's final sea leg. */
export function atSea(rng: Rng, route: RouteId, fraction: number): LonLat {
  return jittered(rng, pointAlong(finalSeaLeg(route), fraction), 0.05);
}

/** Crew of a boat whose crew was not published: 1–4, mostly 2 or 3. */
export function drawCrew(rng: Rng): number {
  return rng.pickIndex([0.1, 0.5, 0.3, 0.1]) + 1;
}

/** The default departure plan of a route: its embarkation place; Sri Lankan voyages take longer. */
export function defaultDeparture(route: RouteId): DeparturePlan {
  const longVoyage = route === 'sri-lanka-cocos' || route === 'sri-lanka-christmas';
  return { site: embarkationOf(route), lagDays: longVoyage ? [9, 16] : [2, 6] };
}

/** Resolves a published event into a voyage, drawing what was not published. */
export function voyageFromFixed(rng: Rng, fixed: FixedVoyage, excludeCodes: readonly string[] = []): Voyage {
  const year = Number(fixed.date.slice(0, 4));
  const survivors = fixed.survivorsSynthetic ? rng.int(5, 50) : 0;
  const people = fixed.people + survivors;
  const nationalities = drawNationalityMix(rng, year, people, {
    ...(fixed.codes ? { codes: fixed.codes } : {}),
    ...(fixed.primary ? { primary: fixed.primary } : {}),
    exclude: excludeCodes,
  });
  let lonLat: LonLat;
  const position = fixed.position;
  if (position === undefined) {
    if (!isPlaceName(fixed.site))
      throw new Error(`fixed event ${fixed.date}: site "${fixed.site}" needs a position`);
    lonLat = atPlace(rng, fixed.site);
  } else if ('along' in position) {
    lonLat = atSea(rng, fixed.route, position.along);
  } else {
    lonLat = jittered(rng, [position[0], position[1]], 0.01);
  }
  const departure =
    fixed.departure === 'none' || fixed.date.length !== 10
      ? null
      : fixed.departure
        ? { site: fixed.departure.site, lagDays: fixed.departure.lagDays }
        : defaultDeparture(fixed.route);
  return {
    date: fixed.date,
    outcome: fixed.outcome,
    people,
    crew: fixed.crew === undefined ? drawCrew(rng) : fixed.crew,
    deaths: fixed.deaths,
    route: fixed.route,
    nationalities,
    originCountry: fixed.originCountry ?? nationalities[0]?.code ?? 'UNK',
    site: fixed.site,
    lonLat,
    agency: fixed.agency,
    source: fixed.source,
    confidence: fixed.confidence,
    departure,
  };
}
