// Builds the 12 boats / 383 people turned back 19 Dec 2013 – 20 May 2014 (Morrison, 18 Sep 2014 [H]); the dates
// in between, the sizes and the corridors are synthetic.

import { allocateIntegers } from './allocate-integers';
import { dayNumberToIso, isoToDayNumber } from './calendar-days';
import type { RouteId } from './demo-types';
import { drawNationalityMix } from './nationality-mix';
import { makeRng } from './prng';
import { atSea, defaultDeparture, drawCrew, type Voyage } from './voyage';

export const TURNBACKS = {
  boats: 12,
  people: 383,
  first: '2013-12-19',
  last: '2014-05-20',
  lifeboats: 4,
} as const;

const SOURCE =
  'Synthetic boat; total calibrated to Morrison, A year of stronger borders, 18 Sep 2014: 12 boats, 383 people turned or taken back, first 19 Dec 2013, latest 20 May 2014 [H]';

const ROUTES: readonly RouteId[] = ['java-christmas', 'sumatra-java-christmas', 'nusa-tenggara-ashmore'];
const ROUTE_WEIGHTS: readonly number[] = [0.45, 0.35, 0.2];

export function buildTurnbacks(seed: number): Voyage[] {
  const rng = makeRng(seed, 'turnbacks');
  const first = isoToDayNumber(TURNBACKS.first);
  const last = isoToDayNumber(TURNBACKS.last);
  const days = [first, last];
  while (days.length < TURNBACKS.boats) days.push(rng.int(first + 1, last - 1));
  days.sort((a, b) => a - b);
  const loads = allocateIntegers(
    TURNBACKS.people,
    days.map(() => rng.weight(0.7)),
    8,
    90,
  );
  const lifeboatIndexes = new Set<number>();
  while (lifeboatIndexes.size < TURNBACKS.lifeboats) lifeboatIndexes.add(rng.int(2, TURNBACKS.boats - 1));
  return days.map((day, i): Voyage => {
    const date = dayNumberToIso(day);
    const people = loads[i] ?? 8;
    const route = ROUTES[rng.pickIndex(ROUTE_WEIGHTS)] ?? 'java-christmas';
    const nationalities = drawNationalityMix(rng, Number(date.slice(0, 4)), people);
    const toAshmore = route === 'nusa-tenggara-ashmore';
    const isEndpoint = day === first || day === last;
    return {
      date,
      outcome: 'turned_back',
      people,
      crew: drawCrew(rng),
      deaths: 0,
      route,
      nationalities,
      originCountry: nationalities[0]?.code ?? 'UNK',
      site: toAshmore ? 'At sea near Ashmore Reef' : 'At sea between Java and Christmas Island',
      lonLat: atSea(rng, route, toAshmore ? 0.6 + 0.3 * rng.next() : 0.5 + 0.4 * rng.next()),
      agency: 'ACBPS',
      source: lifeboatIndexes.has(i) ? `${SOURCE}; one of the 4 returned in lifeboats` : SOURCE,
      confidence: isEndpoint ? 'high' : 'medium',
      departure: defaultDeparture(route),
    };
  });
}
