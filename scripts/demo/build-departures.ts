// Builds departure records: a synthetic subset (about 60 %) of the voyages that left an embarkation place,
// dated a few days before their interception, with the same corridor, people and nationalities.

import { isoMinusDays } from './calendar-days';
import type { EventProperties, LonLat } from './demo-types';
import { makeRng } from './prng';
import { atPlace, type Voyage } from './voyage';

export const DEPARTURE_SHARE = 0.6;

export interface DepartureDraft {
  readonly properties: Omit<EventProperties, 'id'>;
  readonly lonLat: LonLat;
}

/** `voyages` with their interception ids, in id order (the draw order, hence the output, is stable). */
export function buildDepartures(
  seed: number,
  voyages: readonly { readonly id: string; readonly voyage: Voyage }[],
): DepartureDraft[] {
  const rng = makeRng(seed, 'departures');
  const drafts: DepartureDraft[] = [];
  for (const { id, voyage } of voyages) {
    const plan = voyage.departure;
    if (!plan || voyage.outcome === 'disrupted' || voyage.date.length !== 10) continue;
    if (!rng.chance(DEPARTURE_SHARE)) continue;
    const lag = rng.int(plan.lagDays[0], plan.lagDays[1]);
    const fromSriLanka = voyage.route === 'sri-lanka-cocos' || voyage.route === 'sri-lanka-christmas';
    drafts.push({
      properties: {
        kind: 'departure',
        date: isoMinusDays(voyage.date, lag),
        people: voyage.people,
        boats: 1,
        crew: voyage.crew,
        deaths: 0,
        route: voyage.route,
        nationalities: voyage.nationalities.map((n) => ({ ...n })),
        origin_country: voyage.originCountry,
        site: plan.site,
        agency: fromSriLanka ? 'Sri Lanka Navy' : 'Indonesian National Police',
        source: `Synthetic departure record of voyage ${id} (${lag} days before it)`,
        confidence: 'low',
      },
      lonLat: atPlace(rng, plan.site),
    });
  }
  return drafts;
}
