// Builds the landed boats (arrivals) 2008–2014: the published events of FIXED_LANDED plus synthetic boats, so
// that every period of LANDED_PERIODS, every crew target and the Sri Lankan direct totals add up exactly.

import { allocateIntegers } from './allocate-integers';
import { dayNumberToIso, isoInRange, isoToDayNumber } from './calendar-days';
import type { NationalityCount, RouteId } from './demo-types';
import { destinationOf } from './demo-routes';
import { FIXED_LANDED, type FixedVoyage } from './fixed-events';
import {
  ANNUAL_LANDED,
  ashmoreShare,
  CREW_TARGETS,
  LANDED_PERIODS,
  LKA_DIRECT_ONLY_YEARS,
  SRI_LANKAN_DIRECT,
  type LandedPeriod,
} from './landed-calibration';
import { corridorOfNationality, drawNationalityMix, sriLankanCorridor } from './nationality-mix';
import { makeRng, type Rng } from './prng';
import { atPlace, defaultDeparture, drawCrew, voyageFromFixed, type Voyage } from './voyage';

/** Smallest and largest load of a synthetic boat (reported single boats ranged from 3 to about 200). */
export const MIN_PEOPLE_PER_BOAT = 3;
export const MAX_PEOPLE_PER_BOAT = 200;

interface Slot {
  readonly date: string;
  people: number;
  crew: number | null;
  readonly period: LandedPeriod;
  readonly fixed: FixedVoyage | null;
  sriLankanDirect: boolean;
}

function isSriLankanRoute(route: RouteId): boolean {
  return route === 'sri-lanka-cocos' || route === 'sri-lanka-christmas';
}

/** Throws unless the periods are contiguous from 2008-01-01 to 2014-12-31 and add up to the annual totals. */
export function checkLandedPeriods(): void {
  let expectedFrom = '2008-01-01';
  for (const period of LANDED_PERIODS) {
    if (period.from !== expectedFrom) throw new Error(`landed periods: gap or overlap at ${period.from}`);
    expectedFrom = dayNumberToIso(isoToDayNumber(period.to) + 1);
  }
  if (expectedFrom !== '2015-01-01') throw new Error('landed periods must end on 2014-12-31');
  for (const [yearText, annual] of Object.entries(ANNUAL_LANDED)) {
    const inYear = LANDED_PERIODS.filter((p) => p.from.startsWith(yearText));
    const boats = inYear.reduce((s, p) => s + p.boats, 0);
    const people = inYear.reduce((s, p) => s + p.people, 0);
    if (boats !== annual.boats || people !== annual.people) {
      throw new Error(
        `landed periods of ${yearText}: ${boats} boats / ${people} people, expected ${annual.boats} / ${annual.people}`,
      );
    }
  }
}

/** Synthetic slots of one period, around the fixed events that fall in it. */
function periodSlots(rng: Rng, period: LandedPeriod): Slot[] {
  const fixed = FIXED_LANDED.filter((f) => isoInRange(f.date, period.from, period.to));
  const slots: Slot[] = fixed.map((f) => ({
    date: f.date,
    people: f.people,
    crew: f.crew === undefined ? null : f.crew,
    period,
    fixed: f,
    sriLankanDirect: isSriLankanRoute(f.route),
  }));
  const boats = period.boats - fixed.length;
  const people = period.people - fixed.reduce((s, f) => s + f.people, 0);
  if (boats < 0 || (boats === 0 && people !== 0)) {
    throw new Error(
      `period ${period.from}: fixed events exceed ${period.boats} boats / ${period.people} people`,
    );
  }
  if (boats === 0) return slots;
  const loads = allocateIntegers(
    people,
    Array.from({ length: boats }, () => rng.weight(0.7)),
    MIN_PEOPLE_PER_BOAT,
    MAX_PEOPLE_PER_BOAT,
  );
  const first = isoToDayNumber(period.from);
  const span = isoToDayNumber(period.to) - first;
  for (const load of loads) {
    slots.push({
      date: dayNumberToIso(first + rng.int(0, span)),
      people: load,
      crew: null,
      period,
      fixed: null,
      sriLankanDirect: false,
    });
  }
  return slots;
}

/** Marks synthetic boats as direct Sri Lankan voyages until the year's total is met exactly. */
function selectSriLankanDirect(rng: Rng, slots: Slot[]): void {
  for (const target of SRI_LANKAN_DIRECT) {
    const inWindow = slots.filter((s) => isoInRange(s.date, target.from, target.to));
    const fixedPeople = inWindow
      .filter((s) => s.fixed && s.sriLankanDirect)
      .reduce((sum, s) => sum + s.people, 0);
    const wanted = target.people - fixedPeople;
    const candidates = inWindow
      .filter((s) => !s.fixed)
      .map((slot, index) => ({
        slot,
        index,
        key: rng.next() * (slot.date >= target.busyFrom ? 1 : target.quietWeight),
      }))
      .sort((a, b) => b.key - a.key || a.index - b.index);
    let total = 0;
    for (const { slot } of candidates) {
      if (total + slot.people <= wanted) {
        slot.sriLankanDirect = true;
        total += slot.people;
      }
    }
    // Close the last gap by moving people from another boat of the same period (period totals are unchanged).
    let gap = wanted - total;
    for (const { slot: to } of candidates) {
      if (gap === 0) break;
      if (!to.sriLankanDirect) continue;
      for (const { slot: from } of candidates) {
        if (gap === 0) break;
        if (from.sriLankanDirect || from.period !== to.period) continue;
        const move = Math.min(gap, MAX_PEOPLE_PER_BOAT - to.people, from.people - MIN_PEOPLE_PER_BOAT);
        if (move <= 0) continue;
        to.people += move;
        from.people -= move;
        gap -= move;
      }
    }
    if (gap !== 0)
      throw new Error(`Sri Lankan direct voyages of ${target.year}: ${gap} people could not be placed`);
  }
}

/** Gives every slot a crew: exact totals inside CREW_TARGETS, a synthetic draw elsewhere. */
function assignCrew(rng: Rng, slots: Slot[]): void {
  const covered = new Set<Slot>();
  for (const target of CREW_TARGETS) {
    const inRange = slots.filter((s) => isoInRange(s.date, target.from, target.to));
    let fixedCrew = 0;
    const open: Slot[] = [];
    for (const slot of inRange) {
      covered.add(slot);
      if (slot.fixed) {
        if (slot.crew === null)
          throw new Error(`fixed arrival ${slot.date} in a crew target needs a crew number`);
        fixedCrew += slot.crew;
      } else {
        open.push(slot);
      }
    }
    const crews = allocateIntegers(
      target.crew - fixedCrew,
      open.map(() => rng.weight(0.6)),
      target.min,
      target.max,
    );
    open.forEach((slot, i) => {
      slot.crew = crews[i] ?? target.min;
    });
  }
  for (const slot of slots) {
    if (!covered.has(slot) && !slot.fixed) slot.crew = drawCrew(rng);
  }
}

function synthSource(slot: Slot): string {
  const year = Number(slot.date.slice(0, 4));
  const annual = ANNUAL_LANDED[year];
  const parts = [`Synthetic boat calibrated to ${annual ? annual.source : 'n/a'}`];
  if (slot.period.anchor) parts.push(`period calibrated to ${slot.period.anchor}`);
  if (slot.sriLankanDirect) {
    const target = SRI_LANKAN_DIRECT.find((t) => t.year === year);
    if (target) parts.push(target.source);
  }
  return parts.join('; ');
}

function synthVoyage(rng: Rng, slot: Slot): Voyage {
  const year = Number(slot.date.slice(0, 4));
  let route: RouteId;
  let nationalities: NationalityCount[];
  if (slot.sriLankanDirect) {
    route = sriLankanCorridor(rng);
    nationalities = [{ code: 'LKA', people: slot.people }];
  } else {
    const exclude = LKA_DIRECT_ONLY_YEARS.includes(year) ? ['LKA'] : [];
    nationalities = drawNationalityMix(rng, year, slot.people, { exclude });
    route = corridorOfNationality(nationalities[0]?.code ?? 'AFG', ashmoreShare(slot.date), rng);
  }
  const site = destinationOf(route);
  return {
    date: slot.date,
    outcome: 'landed',
    people: slot.people,
    crew: slot.crew,
    deaths: 0,
    route,
    nationalities,
    originCountry: nationalities[0]?.code ?? 'UNK',
    site,
    lonLat: atPlace(rng, site),
    agency: 'ACBPS',
    source: synthSource(slot),
    confidence: 'medium',
    departure: defaultDeparture(route),
  };
}

/** All landed boats 2008–2014, in no particular order. */
export function buildLanded(seed: number): Voyage[] {
  checkLandedPeriods();
  const rng = makeRng(seed, 'landed');
  const slots = LANDED_PERIODS.flatMap((period) => periodSlots(rng, period));
  selectSriLankanDirect(rng, slots);
  assignCrew(rng, slots);
  return slots.map((slot) => {
    if (!slot.fixed) return synthVoyage(rng, slot);
    const year = Number(slot.date.slice(0, 4));
    const exclude = LKA_DIRECT_ONLY_YEARS.includes(year) && !slot.sriLankanDirect ? ['LKA'] : [];
    return voyageFromFixed(rng, { ...slot.fixed, crew: slot.crew ?? slot.fixed.crew }, exclude);
  });
}
