// Builds the ventures disrupted before departure: the published ones of FIXED_DISRUPTIONS plus synthetic ones,
// so that each period of DISRUPTION_PERIODS adds up exactly; corridor and place follow the nationality drawn.

import { allocateIntegers } from './allocate-integers';
import { dayNumberToIso, isoInRange, isoToDayNumber } from './calendar-days';
import type { NationalityCount, RouteId } from './demo-types';
import { DISRUPTION_PERIODS, type DisruptionCountry, type DisruptionPeriod } from './disruption-calibration';
import { FIXED_DISRUPTIONS } from './fixed-events';
import { drawNationalityMix, sriLankanCorridor } from './nationality-mix';
import type { PlaceName } from './places';
import { makeRng, type Rng } from './prng';
import { atPlace, voyageFromFixed, type Voyage } from './voyage';

/** Places where ventures on each corridor are stopped, with relative weights (non-stage places are allowed). */
const DISRUPTION_SITES: Readonly<Record<RouteId, readonly (readonly [PlaceName, number])[]>> = {
  'java-christmas': [
    ['Jakarta', 1],
    ['Cisarua (Puncak Bogor)', 3],
    ['Pelabuhan Ratu (Sukabumi)', 3],
    ['Sawarna beach (Banten)', 1],
    ['Ujung Genteng (Sukabumi)', 1],
    ['Pangandaran', 0.5],
    ['Cilacap', 0.5],
  ],
  'sumatra-java-christmas': [
    ['Medan', 2],
    ['Batam', 1],
    ['Bandar Lampung', 2],
    ['Merak / Indah Kiat port', 1],
    ['Cidaun / Jayanti beach (Cianjur)', 3],
    ['Agrabinta (Cianjur)', 1],
  ],
  'nusa-tenggara-ashmore': [
    ['Denpasar (Bali)', 1],
    ['Surabaya', 0.5],
    ['Mataram (Lombok)', 1],
    ['Waingapu (Sumba)', 0.5],
    ['Kupang (West Timor)', 3],
    ['Papela (Rote)', 2],
    ['Oelaba (Rote)', 1],
  ],
  'sri-lanka-cocos': [
    ['Negombo', 3],
    ['Batticaloa', 1],
    ['Colombo', 1],
  ],
  'sri-lanka-christmas': [
    ['Negombo', 3],
    ['Batticaloa', 1],
    ['Colombo', 1],
  ],
  'timor-sea-darwin': [['Kupang (West Timor)', 1]],
};

const AGENCY: Readonly<Record<DisruptionCountry, string>> = {
  IDN: 'Indonesian National Police',
  LKA: 'Sri Lanka Navy',
  MYS: 'Royal Malaysia Police',
};

function corridorForDisruption(rng: Rng, country: DisruptionCountry, mainCode: string): RouteId {
  if (country === 'LKA') return sriLankanCorridor(rng);
  const fromSumatraSide = ['IRN', 'IRQ', 'MMR', 'BGD', 'LKA'].includes(mainCode);
  if (country === 'MYS') return fromSumatraSide ? 'sumatra-java-christmas' : 'java-christmas';
  if (rng.chance(fromSumatraSide ? 0.15 : 0.25)) return 'nusa-tenggara-ashmore';
  return fromSumatraSide ? 'sumatra-java-christmas' : 'java-christmas';
}

function periodVentures(rng: Rng, period: DisruptionPeriod): Voyage[] {
  const fixed =
    period.country === 'IDN'
      ? FIXED_DISRUPTIONS.filter((f) => isoInRange(f.date, period.from, period.to))
      : [];
  const ventures = period.ventures - fixed.length;
  const people = period.people - fixed.reduce((s, f) => s + f.people, 0);
  if (ventures < 0 || (ventures === 0 && people !== 0))
    throw new Error(`disruption period ${period.from}: fixed events exceed it`);
  const out: Voyage[] = fixed.map((f) => voyageFromFixed(rng, f));
  if (ventures === 0) return out;
  const loads = allocateIntegers(
    people,
    Array.from({ length: ventures }, () => rng.weight(0.8)),
    2,
    120,
  );
  const first = isoToDayNumber(period.from);
  const span = isoToDayNumber(period.to) - first;
  for (const load of loads) {
    const date = dayNumberToIso(first + rng.int(0, span));
    const year = Number(date.slice(0, 4));
    const nationalities: NationalityCount[] =
      period.country === 'LKA' ? [{ code: 'LKA', people: load }] : drawNationalityMix(rng, year, load);
    const route = corridorForDisruption(rng, period.country, nationalities[0]?.code ?? 'AFG');
    const sites = DISRUPTION_SITES[route];
    const site: PlaceName =
      period.country === 'MYS'
        ? 'Kuala Lumpur (KLIA)'
        : (sites[rng.pickIndex(sites.map(([, w]) => w))]?.[0] ?? 'Jakarta');
    out.push({
      date,
      outcome: 'disrupted',
      people: load,
      crew: null,
      deaths: 0,
      route,
      nationalities,
      originCountry: nationalities[0]?.code ?? 'UNK',
      site,
      lonLat: atPlace(rng, site),
      agency: AGENCY[period.country],
      source: period.source,
      confidence: period.confidence,
      departure: null,
    });
  }
  return out;
}

/** All disrupted ventures 2008–2014, in no particular order. */
export function buildDisruptions(seed: number): Voyage[] {
  const rng = makeRng(seed, 'disruptions');
  return DISRUPTION_PERIODS.flatMap((period) => periodVentures(rng, period));
}
