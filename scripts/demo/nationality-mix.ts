// Nationality mixes of synthetic boats, drawn from UNHCR new asylum registrations in Indonesia (the transit
// population; data-facts §2, PopulationStatistics/refugees, CC BY 4.0), and the corridor each group takes.

import { allocateIntegers } from './allocate-integers';
import type { NationalityCount, RouteId } from './demo-types';
import type { Rng } from './prng';

/** ISO 3166-1 alpha-3 codes of the columns of the §2 Indonesia table (the "Total" column's other origins are left out). */
export const PROXY_CODES = ['AFG', 'IRN', 'IRQ', 'LKA', 'MMR', 'PAK', 'SOM', 'BGD'] as const;
export type ProxyCode = (typeof PROXY_CODES)[number];

/** New asylum applications registered with UNHCR in Indonesia, by year and origin (§2, same column order). */
const INDONESIA_REGISTRATIONS_BY_YEAR: Readonly<Record<number, readonly number[]>> = {
  2008: [149, 17, 75, 33, 30, 6, 28, 0],
  2009: [2329, 86, 187, 192, 289, 12, 37, 123],
  2010: [2524, 130, 596, 460, 46, 21, 44, 0],
  2011: [2118, 568, 316, 226, 247, 177, 196, 0],
  2012: [4056, 804, 467, 360, 418, 524, 119, 38],
  2013: [3392, 1031, 454, 525, 1157, 748, 307, 100],
  2014: [3627, 143, 368, 159, 127, 148, 430, 61],
};

/**
 * How likely a registered group is to be on a boat to Australia, relative to the others: Rohingya (Myanmar)
 * flows went mainly to Malaysia, Thailand and Aceh rather than to Australia (data-facts §3), so MMR is damped.
 */
const BOAT_PROPENSITY: Readonly<Partial<Record<ProxyCode, number>>> = { MMR: 0.25 };

/** Relative weights of the proxy codes among people on boats in `year`. */
function registrations(year: number): readonly number[] {
  const row = INDONESIA_REGISTRATIONS_BY_YEAR[year];
  if (!row) throw new Error(`no UNHCR Indonesia registrations for ${year}`);
  return row.map((count, i) => count * (BOAT_PROPENSITY[PROXY_CODES[i] ?? 'AFG'] ?? 1));
}

/**
 * A mix of 1–3 nationalities for `people` persons (counts add up to `people`; the first entry is the largest
 * group). `exclude` removes codes from the draw (e.g. LKA where all Sri Lankans are on the direct corridors);
 * `primary` forces the main group.
 */
export function drawNationalityMix(
  rng: Rng,
  year: number,
  people: number,
  options: {
    readonly exclude?: readonly string[];
    readonly primary?: string;
    readonly codes?: readonly string[];
  } = {},
): NationalityCount[] {
  if (options.codes && options.codes.length > 0) return splitAmongCodes(rng, people, options.codes);
  const exclude = new Set(options.exclude ?? []);
  const weights = registrations(year).map((w, i) => (exclude.has(PROXY_CODES[i] ?? '') ? 0 : w));
  const codes: string[] = [];
  if (options.primary) {
    codes.push(options.primary);
  } else {
    codes.push(PROXY_CODES[rng.pickIndex(weights)] ?? 'AFG');
  }
  const wanted = Math.min(people, rng.pickIndex([0.45, 0.35, 0.2]) + 1);
  while (codes.length < wanted) {
    const remaining = weights.map((w, i) => (codes.includes(PROXY_CODES[i] ?? '') ? 0 : w));
    if (!remaining.some((w) => w > 0)) break;
    codes.push(PROXY_CODES[rng.pickIndex(remaining)] ?? 'AFG');
  }
  return splitAmongCodes(rng, people, codes);
}

/** Splits `people` over the given codes: the first takes 55–90 %, the others share the rest (≥ 1 each). */
function splitAmongCodes(rng: Rng, people: number, codesIn: readonly string[]): NationalityCount[] {
  const codes = codesIn.slice(0, Math.max(1, Math.min(people, codesIn.length)));
  if (codes.length === 1) return [{ code: codes[0] ?? 'AFG', people }];
  const mainShare = 0.55 + 0.35 * rng.next();
  const splitWeights = [mainShare, ...codes.slice(1).map(() => (1 - mainShare) * rng.weight(0.5))];
  const counts = allocateIntegers(people, splitWeights, 1, people);
  const mix = codes.map((code, i) => ({ code, people: counts[i] ?? 0 }));
  // Keep the largest group first (origin_country and the corridor follow it).
  return mix.sort((a, b) => b.people - a.people || codes.indexOf(a.code) - codes.indexOf(b.code));
}

/** The corridor of a direct Sri Lankan boat: Cocos (Keeling) Islands, "the traditional destination" (§2), or Christmas Island. */
export function sriLankanCorridor(rng: Rng): RouteId {
  return rng.chance(0.6) ? 'sri-lanka-cocos' : 'sri-lanka-christmas';
}

/** Where a synthetic boat's corridor comes from: its largest nationality group. */
export function corridorOfNationality(code: string, ashmoreShare: number, rng: Rng): RouteId {
  switch (code) {
    case 'IRN':
    case 'IRQ':
    case 'MMR':
    case 'BGD':
    case 'LKA':
      return rng.chance(ashmoreShare) ? 'nusa-tenggara-ashmore' : 'sumatra-java-christmas';
    default:
      // Afghans, Pakistanis, Somalis and others: through Jakarta and the Java south coast.
      return rng.chance(ashmoreShare) ? 'nusa-tenggara-ashmore' : 'java-christmas';
  }
}
