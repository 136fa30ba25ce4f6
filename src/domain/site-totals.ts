// Sparse per-site totals (SiteTotals): packing them from per-site blocks of sums, building them from
// scattered additions, and reading them by site code. Sparse because a result is made on every window
// step: at 50,000 sites a dense result was ~15 MB per step, most of it zeros, and its allocation drove the
// garbage collector; a window touches about half the sites, and a site about one or two of its outcomes.
import type { SiteTotals, ViewMeasure } from './aggregates';
import { pairValuesOf } from './aggregates';
import { OUTCOMES } from './vocabulary';

const OUTCOME_COUNT = OUTCOMES.length;

/**
 * One site's sums as a block of SITE_STRIDE values: people, boats, events, departure events, interception
 * events, deaths (offsets 0..5), then from SITE_OUTCOMES on, per outcome o, SITE_PAIR_VALUES values at
 * SITE_OUTCOMES + o * SITE_PAIR_VALUES: people, boats, deaths, events (PAIR_* offsets). A row writes the
 * first six values and the four of its outcome, two or three cache lines of the 304-byte block (with the
 * measures of all outcomes side by side it wrote four or five). The engine's running state and the builder
 * below share this layout.
 */
export const SITE_OUTCOMES = 6;
export const SITE_PAIR_VALUES = 4;
export const PAIR_PEOPLE = 0;
export const PAIR_BOATS = 1;
export const PAIR_DEATHS = 2;
export const PAIR_EVENTS = 3;
export const SITE_STRIDE = SITE_OUTCOMES + SITE_PAIR_VALUES * OUTCOME_COUNT;

/** Offset of outcome `outcome`'s pair values in a site block. */
export function sitePairOffset(outcome: number): number {
  return SITE_OUTCOMES + outcome * SITE_PAIR_VALUES;
}

/**
 * Packs the blocks of the sites with records into a SiteTotals. Site s's block starts at
 * `base + s * SITE_STRIDE`, or with `slotOf` at `slotOf[s] * SITE_STRIDE` (-1: no block). One buffer holds
 * every array of the result (one allocation per result).
 */
export function packSiteBlocks(
  blocks: Float64Array,
  siteCount: number,
  base: number,
  slotOf: Int32Array | null,
): SiteTotals {
  // Pass 1: entries and pairs, to size the buffer.
  let entries = 0;
  let pairs = 0;
  for (let s = 0; s < siteCount; s++) {
    const b = blockOffset(s, base, slotOf);
    if (b < 0 || (blocks[b + 2] ?? 0) === 0) continue;
    entries++;
    const e = b + SITE_OUTCOMES + PAIR_EVENTS;
    for (let o = 0; o < OUTCOME_COUNT; o++) if ((blocks[e + o * SITE_PAIR_VALUES] ?? 0) !== 0) pairs++;
  }
  const out = allocateSiteTotals(entries, pairs);
  // Pass 2: the values.
  let i = 0;
  let p = 0;
  for (let s = 0; s < siteCount; s++) {
    const b = blockOffset(s, base, slotOf);
    if (b < 0 || (blocks[b + 2] ?? 0) === 0) continue;
    p = writeSiteEntry(out, i, p, s, blocks, b);
    i++;
  }
  out.pairStart[entries] = p;
  return out;
}

/**
 * Packs the blocks of the sites whose bit is set in `active` (bit s & 31 of word s >>> 5, ascending site
 * codes; site s's block at `base + (slotOf[s] − 1) × SITE_STRIDE`) into a SiteTotals of `entries` entries and `pairs` pairs: the caller keeps the bits and counts in
 * step with the blocks (a site's bit set exactly when its events are nonzero, `pairs` the outcomes with
 * events over those sites), so packing visits only the sites with records, whatever the site count.
 */
export function packActiveSiteBlocks(
  blocks: Float64Array,
  base: number,
  slotOf: Int32Array,
  active: Uint32Array,
  entries: number,
  pairs: number,
): SiteTotals {
  const out = allocateSiteTotals(entries, pairs);
  let i = 0;
  let p = 0;
  for (let word = 0; word < active.length; word++) {
    let bits = active[word] ?? 0;
    while (bits !== 0) {
      // Lowest set bit first, so sites come out in ascending code order.
      const bit = 31 - Math.clz32(bits & -bits);
      bits ^= 1 << bit;
      const s = word * 32 + bit;
      p = writeSiteEntry(out, i, p, s, blocks, base + ((slotOf[s] ?? 1) - 1) * SITE_STRIDE);
      i++;
    }
  }
  if (i !== entries || p !== pairs)
    throw new Error(`site counts out of step: ${i}/${entries}, ${p}/${pairs}`);
  out.pairStart[entries] = p;
  return out;
}

/** Writes site `site`'s block (at `b`) as entry `i` with its pairs from `p`; returns the next pair index. */
function writeSiteEntry(
  out: SiteTotals,
  i: number,
  p: number,
  site: number,
  blocks: Float64Array,
  b: number,
): number {
  out.codes[i] = site;
  out.people[i] = blocks[b] ?? 0;
  out.boats[i] = blocks[b + 1] ?? 0;
  out.events[i] = blocks[b + 2] ?? 0;
  out.departureEvents[i] = blocks[b + 3] ?? 0;
  out.interceptionEvents[i] = blocks[b + 4] ?? 0;
  out.deaths[i] = blocks[b + 5] ?? 0;
  out.pairStart[i] = p;
  for (let o = 0; o < OUTCOME_COUNT; o++) {
    const bo = b + SITE_OUTCOMES + o * SITE_PAIR_VALUES;
    const events = blocks[bo + PAIR_EVENTS] ?? 0;
    if (events === 0) continue;
    out.pairOutcome[p] = o;
    out.pairPeople[p] = blocks[bo + PAIR_PEOPLE] ?? 0;
    out.pairBoats[p] = blocks[bo + PAIR_BOATS] ?? 0;
    out.pairDeaths[p] = blocks[bo + PAIR_DEATHS] ?? 0;
    out.pairEvents[p] = events;
    p++;
  }
  return p;
}

function blockOffset(site: number, base: number, slotOf: Int32Array | null): number {
  if (slotOf === null) return base + site * SITE_STRIDE;
  const slot = slotOf[site] ?? -1;
  return slot < 0 ? -1 : slot * SITE_STRIDE;
}

/** A SiteTotals of `entries` entries and `pairs` pairs, zeroed, every array a view into one buffer. */
function allocateSiteTotals(entries: number, pairs: number): SiteTotals {
  const floats = 6 * entries + 4 * pairs;
  const buffer = new ArrayBuffer(floats * 8 + (2 * entries + 1) * 4 + pairs);
  const f = (k: number, n: number, from: number): Float64Array =>
    new Float64Array(buffer, from * 8 + k * n * 8, n);
  const pairFloats = 6 * entries;
  const u32 = floats * 8;
  return {
    codes: new Uint32Array(buffer, u32, entries),
    people: f(0, entries, 0),
    boats: f(1, entries, 0),
    events: f(2, entries, 0),
    departureEvents: f(3, entries, 0),
    interceptionEvents: f(4, entries, 0),
    deaths: f(5, entries, 0),
    pairStart: new Uint32Array(buffer, u32 + entries * 4, entries + 1),
    pairOutcome: new Uint8Array(buffer, u32 + (2 * entries + 1) * 4, pairs),
    pairPeople: f(0, pairs, pairFloats),
    pairBoats: f(1, pairs, pairFloats),
    pairDeaths: f(2, pairs, pairFloats),
    pairEvents: f(3, pairs, pairFloats),
  };
}

/** Sums added site by site in any order (the reference path and the baselines), packed by finish. */
export interface SiteTotalsBuilder {
  readonly siteCount: number;
  /** Per site code: its block's slot, -1 before its first addition. */
  readonly slotOf: Int32Array;
  blocks: Float64Array;
  used: number;
}

export function makeSiteTotalsBuilder(siteCount: number): SiteTotalsBuilder {
  return {
    siteCount,
    slotOf: new Int32Array(siteCount).fill(-1),
    blocks: new Float64Array(64 * SITE_STRIDE),
    used: 0,
  };
}

/** Adds one row's or group's values to site `site` (kind 0 = departure, 1 = interception). */
export function addSiteValues(
  b: SiteTotalsBuilder,
  site: number,
  kind: number,
  outcome: number,
  people: number,
  boats: number,
  events: number,
  deaths: number,
): void {
  let slot = b.slotOf[site] ?? -1;
  if (slot < 0) {
    slot = b.used++;
    b.slotOf[site] = slot;
    if (b.used * SITE_STRIDE > b.blocks.length) {
      const grown = new Float64Array(b.blocks.length * 2);
      grown.set(b.blocks);
      b.blocks = grown;
    }
  }
  const st = b.blocks;
  const o = slot * SITE_STRIDE;
  st[o] = (st[o] ?? 0) + people;
  st[o + 1] = (st[o + 1] ?? 0) + boats;
  st[o + 2] = (st[o + 2] ?? 0) + events;
  st[o + 3 + kind] = (st[o + 3 + kind] ?? 0) + events;
  st[o + 5] = (st[o + 5] ?? 0) + deaths;
  const bo = o + SITE_OUTCOMES + outcome * SITE_PAIR_VALUES;
  st[bo + PAIR_PEOPLE] = (st[bo + PAIR_PEOPLE] ?? 0) + people;
  st[bo + PAIR_BOATS] = (st[bo + PAIR_BOATS] ?? 0) + boats;
  st[bo + PAIR_DEATHS] = (st[bo + PAIR_DEATHS] ?? 0) + deaths;
  st[bo + PAIR_EVENTS] = (st[bo + PAIR_EVENTS] ?? 0) + events;
}

/** The builder's sums as SiteTotals (sites in code order). */
export function finishSiteTotals(b: SiteTotalsBuilder): SiteTotals {
  return packSiteBlocks(b.blocks, b.siteCount, 0, b.slotOf);
}

/** The entry of site `siteCode`, or -1 when the site has no records here. */
export function siteEntryOf(sites: SiteTotals, siteCode: number): number {
  const codes = sites.codes;
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((codes[mid] ?? 0) < siteCode) lo = mid + 1;
    else hi = mid;
  }
  return lo < codes.length && codes[lo] === siteCode ? lo : -1;
}

/** Per-entry fields of SiteTotals. */
export type SiteField = 'people' | 'boats' | 'events' | 'departureEvents' | 'interceptionEvents' | 'deaths';

/** One per-entry field spread over all `siteCount` site codes (0 where a site has no entry). */
export function valuesBySiteCode(sites: SiteTotals, field: SiteField, siteCount: number): Float64Array {
  const out = new Float64Array(siteCount);
  const values = sites[field];
  sites.codes.forEach((code, i) => {
    out[code] = values[i] ?? 0;
  });
  return out;
}

/** A measure per site and outcome over all site codes, index site * OUTCOMES.length + outcome (dense). */
export function outcomeValuesBySiteCode(
  sites: SiteTotals,
  measure: ViewMeasure,
  siteCount: number,
): Float64Array {
  const out = new Float64Array(siteCount * OUTCOME_COUNT);
  const values = pairValuesOf(sites, measure);
  for (let i = 0; i < sites.codes.length; i++) {
    const base = (sites.codes[i] ?? 0) * OUTCOME_COUNT;
    for (let p = sites.pairStart[i] ?? 0; p < (sites.pairStart[i + 1] ?? 0); p++)
      out[base + (sites.pairOutcome[p] ?? 0)] = values[p] ?? 0;
  }
  return out;
}

/** A measure of entry `entry` per outcome (OUTCOMES.length values, 0 for outcomes without records). */
export function entryOutcomeValues(sites: SiteTotals, entry: number, measure: ViewMeasure): number[] {
  const out = new Array<number>(OUTCOME_COUNT).fill(0);
  const values = pairValuesOf(sites, measure);
  for (let p = sites.pairStart[entry] ?? 0; p < (sites.pairStart[entry + 1] ?? 0); p++)
    out[sites.pairOutcome[p] ?? 0] = values[p] ?? 0;
  return out;
}
