import { describe, expect, it } from 'vitest';
import { IdSet } from './id-set';

/** Seeded generator (mulberry32), so a failure replays. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('IdSet', () => {
  it('answers add, has and delete like a Set over random operations, through growth and deletions', () => {
    for (const [seed, expected] of [
      [1, 0],
      [2, 50],
      [3, 5000],
    ] as const) {
      const random = makeRandom(seed);
      const ids = new IdSet(expected);
      const reference = new Set<string>();
      // Few distinct ids (some not ASCII, one empty) so that adds, repeats and deletes all happen often.
      const idOf = (): string => {
        const k = Math.floor(random() * 3000);
        return k === 0 ? '' : k % 7 === 0 ? `é-${k}-🚢` : `ev-${k}`;
      };
      for (let step = 0; step < 15_000; step++) {
        const id = idOf();
        const op = random();
        if (op < 0.6) expect(ids.add(id)).toBe(!reference.has(id));
        else if (op < 0.8) expect(ids.delete(id)).toBe(reference.has(id));
        else expect(ids.has(id)).toBe(reference.has(id));
        if (op < 0.6) reference.add(id);
        else if (op < 0.8) reference.delete(id);
        expect(ids.size).toBe(reference.size);
      }
      for (const id of reference) expect(ids.has(id)).toBe(true);
    }
  });

  it('reading ids ahead (touchBytes) adds nothing and leaves every answer as it was', () => {
    const utf8 = new TextEncoder();
    const names = ['ev-1', 'ev-2', 'é-3', 'ev-1'];
    const bytes = utf8.encode(names.join(''));
    const offsets = new Int32Array(names.length + 1);
    for (let k = 0; k < names.length; k++)
      offsets[k + 1] = (offsets[k] ?? 0) + utf8.encode(names[k] ?? '').length;
    const ids = new IdSet(4);
    expect(ids.add('ev-2')).toBe(true);
    ids.touchBytes(bytes, offsets, 0, names.length);
    expect(ids.size).toBe(1);
    expect(ids.has('ev-1')).toBe(false);
    const added = names.map((_, k) => ids.addBytes(bytes, offsets[k] ?? 0, offsets[k + 1] ?? 0));
    expect(added).toEqual([true, false, true, false]);
    expect(ids.touchBytes(bytes, offsets, 2, 2)).toBe(0);
  });

  it('keeps ids whose hashes collide apart', () => {
    const ids = new IdSet();
    // More ids than the first table's slots: every probe sequence wraps and crosses others.
    const all = Array.from({ length: 1000 }, (_, k) => `row-${k}`);
    for (const id of all) expect(ids.add(id)).toBe(true);
    for (const id of all) expect(ids.add(id)).toBe(false);
    expect(ids.size).toBe(1000);
    expect(ids.has('row-1000')).toBe(false);
  });

  it('takes an id given as UTF-8 bytes and as a string for the same key, non-ASCII ids included', () => {
    const ids = new IdSet();
    const utf8 = new TextEncoder();
    const names = ['ev-1', 'é-2-🚢', 'سفينة-3', '', 'ev-1 '];
    // Each id sits inside a larger buffer, as a value of an Arrow column does.
    const buffer = utf8.encode(`xx${names.join('|')}yy`);
    let start = 2;
    for (const name of names) {
      const end = start + utf8.encode(name).length;
      expect(ids.addBytes(buffer, start, end)).toBe(true);
      expect(ids.has(name)).toBe(true);
      expect(ids.add(name)).toBe(false);
      expect(ids.addBytes(buffer, start, end)).toBe(false);
      start = end + 1;
    }
    expect(ids.size).toBe(names.length);
    expect(ids.has('ev-')).toBe(false);
    expect(ids.delete('é-2-🚢')).toBe(true);
    const again = utf8.encode('é-2-🚢');
    expect(ids.addBytes(again, 0, again.length)).toBe(true);
    expect(ids.size).toBe(names.length);
  });
});
