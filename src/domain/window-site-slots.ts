// Per-site blocks of a running window for only the sites it has touched: a site → slot map over every
// site code and, per slot, one block of SITE_STRIDE values (see site-totals.ts), in first-touch order. So a
// new window, its reset and its snapshot cost in proportion to the window's sites, not to every site of
// the table (50,000 × 38 values, ~15 MB, at the high-cardinality benchmark shape).
import { SITE_STRIDE } from './site-totals';

/** Site blocks a new window has room for before its block array first grows (doubling). */
export const INITIAL_SITE_SLOTS = 256;

/** The site part of a running window (WindowSums); changed only by this file's functions and its loops. */
export interface SiteSlots {
  /** Slot of each site code's block in `siteBlocks`, -1 when the window has none. */
  readonly siteSlot: Int32Array;
  /** Site code of each slot (the first `slotCount` are used); grows with `siteBlocks`. */
  slotSite: Int32Array;
  /** SITE_STRIDE values per slot; zero beyond the used slots. Replaced by a larger array when full. */
  siteBlocks: Float64Array;
  slotCount: number;
}

/** Empty site slots for `siteCount` site codes. */
export function makeSiteSlots(siteCount: number): SiteSlots {
  const slots = Math.min(INITIAL_SITE_SLOTS, siteCount);
  return {
    siteSlot: new Int32Array(siteCount).fill(-1),
    slotSite: new Int32Array(slots),
    siteBlocks: new Float64Array(slots * SITE_STRIDE),
    slotCount: 0,
  };
}

/** Bytes of empty site slots for `siteCount` site codes. */
export function newSiteSlotsBytes(siteCount: number): number {
  const slots = Math.min(INITIAL_SITE_SLOTS, siteCount);
  return 4 * siteCount + slots * (4 + 8 * SITE_STRIDE);
}

/** Frees slots [from, slotCount): their sites lose their slot and the blocks are zeroed. */
export function releaseSiteSlots(w: SiteSlots, from: number): void {
  const siteSlot = w.siteSlot;
  const slotSite = w.slotSite;
  for (let slot = from; slot < w.slotCount; slot++) siteSlot[slotSite[slot] ?? 0] = -1;
  w.siteBlocks.fill(0, from * SITE_STRIDE, w.slotCount * SITE_STRIDE);
  w.slotCount = from;
}

/**
 * Gives `site` the next free slot (a zero block), doubling the block arrays when full, and returns it.
 */
export function claimSiteSlot(w: SiteSlots, site: number): number {
  const slot = w.slotCount;
  if (slot >= w.slotSite.length) {
    const capacity = Math.min(w.siteSlot.length, Math.max(INITIAL_SITE_SLOTS, 2 * w.slotSite.length));
    const slotSite = new Int32Array(capacity);
    slotSite.set(w.slotSite);
    const blocks = new Float64Array(capacity * SITE_STRIDE);
    blocks.set(w.siteBlocks);
    w.slotSite = slotSite;
    w.siteBlocks = blocks;
  }
  w.siteSlot[site] = slot;
  w.slotSite[slot] = site;
  w.slotCount = slot + 1;
  return slot;
}

/** Offset of `site`'s block in `siteBlocks`, claiming a slot when it has none. */
export function siteBlockOf(w: SiteSlots, site: number): number {
  const slot = w.siteSlot[site] ?? -1;
  return (slot < 0 ? claimSiteSlot(w, site) : slot) * SITE_STRIDE;
}

/**
 * Moves the blocks that are not all zero to the front, in slot order, and frees the rest: a window slid
 * over the years keeps blocks only for about the sites it holds now. Exact: a freed block is all zeros,
 * which is what a site without a slot stands for.
 */
export function compactSiteSlots(w: SiteSlots): void {
  const blocks = w.siteBlocks;
  const siteSlot = w.siteSlot;
  const slotSite = w.slotSite;
  let used = 0;
  for (let slot = 0; slot < w.slotCount; slot++) {
    const b = slot * SITE_STRIDE;
    const site = slotSite[slot] ?? 0;
    let empty = true;
    for (let k = 0; k < SITE_STRIDE; k++) {
      if ((blocks[b + k] ?? 0) !== 0) {
        empty = false;
        break;
      }
    }
    if (empty) {
      siteSlot[site] = -1;
      continue;
    }
    if (used !== slot) {
      blocks.copyWithin(used * SITE_STRIDE, b, b + SITE_STRIDE);
      slotSite[used] = site;
      siteSlot[site] = used;
    }
    used++;
  }
  blocks.fill(0, used * SITE_STRIDE, w.slotCount * SITE_STRIDE);
  w.slotCount = used;
}
