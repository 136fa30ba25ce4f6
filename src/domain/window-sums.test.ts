// The running window's record of the sites with records (bitmap and counts) under additions and
// subtractions back to zero, and the reset that clears only those sites.
import { describe, expect, it } from 'vitest';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { buildEventCube } from './event-cube';
import { SITE_STRIDE } from './site-totals';
import {
  addWindowRows,
  makeWindowSums,
  resetWindowSums,
  type CubeMasks,
  type WindowSums,
} from './window-sums';

const ev = makeEventFeature;
const table = loadTestTable([
  ev({ id: 'A', date: '2012-01-10', site: 'Christmas Island', outcome: 'landed' }),
  ev({ id: 'B', date: '2012-01-11', site: 'Christmas Island', outcome: 'turned_back' }),
  ev({ id: 'C', date: '2012-01-12', site: 'Jakarta', outcome: 'disrupted' }),
  ev({ id: 'D', date: '2012-01-13', site: 'Rote Island', outcome: 'landed' }),
]);
const cube = buildEventCube(table);
const passAll: CubeMasks = {
  kind: new Uint8Array(2).fill(1),
  outcome: new Uint8Array(16).fill(1),
  route: new Uint8Array(table.routes.length).fill(1),
  site: new Uint8Array(table.sites.length).fill(1),
  nationality: null,
  natSetPass: null,
  passAll: true,
};

/** Site codes whose bit is set. */
function activeCodes(w: WindowSums): number[] {
  return table.sites.map((_, s) => s).filter((s) => ((w.active[s >>> 5] ?? 0) & (1 << (s & 31))) !== 0);
}

/** The block of site code `s` (empty when the site has no slot yet). */
function blockOf(w: WindowSums, s: number): Float64Array {
  const slot = (w.slotOf[s] ?? 0) - 1;
  if (slot < 0) return new Float64Array(0);
  return w.state.subarray(w.siteBase + slot * SITE_STRIDE, w.siteBase + (slot + 1) * SITE_STRIDE);
}

/** Site codes whose block holds any nonzero value. */
function nonzeroCodes(w: WindowSums): number[] {
  return table.sites.map((_, s) => s).filter((s) => blockOf(w, s).some((v) => v !== 0));
}

describe('active sites of a running window', () => {
  it('follow additions and subtractions to zero, with the pair count', () => {
    const w = makeWindowSums(cube, passAll, 'route');
    addWindowRows(w, 1, 0, 4, 0);
    expect(w.activeSites).toBe(3);
    expect(w.activePairs).toBe(4);
    expect(activeCodes(w)).toEqual(nonzeroCodes(w));
    // Row B (Christmas Island, turned back) out: the site stays, one of its pairs goes.
    addWindowRows(w, -1, 1, 2, 0);
    expect(w.activeSites).toBe(3);
    expect(w.activePairs).toBe(3);
    // Rows A and C out: Christmas Island and Jakarta drop to zero and lose their bits.
    addWindowRows(w, -1, 0, 1, 0);
    addWindowRows(w, -1, 2, 3, 0);
    expect(w.activeSites).toBe(1);
    expect(w.activePairs).toBe(1);
    expect(activeCodes(w)).toEqual(nonzeroCodes(w));
    expect(activeCodes(w)).toEqual([table.sites.findIndex((s) => s.name === 'Rote Island')]);
  });

  it('get blocks in the order their sites are first met, packed at the start of the site area', () => {
    const w = makeWindowSums(cube, passAll, 'route');
    // Row D (Rote Island) first, then C (Jakarta): slots 1 and 2 whatever their site codes.
    addWindowRows(w, 1, 3, 4, 0);
    addWindowRows(w, 1, 2, 3, 0);
    const rote = table.sites.findIndex((s) => s.name === 'Rote Island');
    const jakarta = table.sites.findIndex((s) => s.name === 'Jakarta');
    expect(w.slotsUsed).toBe(2);
    expect([w.slotOf[rote], w.slotOf[jakarta]]).toEqual([1, 2]);
    expect([...w.slotSite.subarray(0, 2)]).toEqual([rote, jakarta]);
    // Everything past the two blocks is untouched.
    const siteArea = w.state.subarray(w.siteBase + 2 * SITE_STRIDE, w.reachBase);
    expect(siteArea.every((v) => v === 0)).toBe(true);
    expect(blockOf(w, rote)[2]).toBe(1);
    // A site that goes back to zero keeps its slot, and is found there when met again.
    addWindowRows(w, -1, 3, 4, 0);
    addWindowRows(w, 1, 3, 4, 0);
    expect(w.slotsUsed).toBe(2);
    expect(activeCodes(w)).toEqual(nonzeroCodes(w));
  });

  it('reset clears the blocks, bits, counts and series', () => {
    const w = makeWindowSums(cube, passAll, 'route');
    addWindowRows(w, 1, 0, 4, 0);
    resetWindowSums(w);
    expect(w.activeSites).toBe(0);
    expect(w.activePairs).toBe(0);
    expect(w.state.every((v) => v === 0)).toBe(true);
    expect(w.active.every((v) => v === 0)).toBe(true);
  });
});
