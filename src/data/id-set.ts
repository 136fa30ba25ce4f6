// The set of ids seen while one file is validated (duplicates are rejected). Open addressing over a typed
// array of hashes beside the id strings: a probe compares 32-bit hashes and touches a string only when
// they match. Measured about 3× faster than a Set<string> at a million ids, where the Set's lookups were
// a quarter of a columnar load (each probe read a string's own hash field, a cache miss per entry).

/** FNV-1a over UTF-16 code units with a final mix (low bits index the table); never 0 (0 marks empty). */
function hashId(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

/** Slots for `count` ids at most half full: a power of two. */
function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

export class IdSet {
  /** Hash per slot; 0: never used. A deleted id keeps its hash (its key is null) so probes go on past it. */
  private hashes: Int32Array;
  private keys: (string | null)[];
  private mask: number;
  /** Slots holding an id or a deleted one (what the load factor counts). */
  private used = 0;
  private count = 0;

  /** `expected`: ids the caller expects (the table is sized once for them, then doubles). */
  constructor(expected = 0) {
    const capacity = capacityFor(expected);
    this.hashes = new Int32Array(capacity);
    this.keys = new Array<string | null>(capacity).fill(null);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The slot holding `id`, or -1 - the empty slot where it would go. */
  private find(id: string, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const h = this.hashes[slot] ?? 0;
      if (h === 0) return -1 - slot;
      if (h === hash && this.keys[slot] === id) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  has(id: string): boolean {
    return this.find(id, hashId(id)) >= 0;
  }

  /** Adds `id`; false when it was already in the set. */
  add(id: string): boolean {
    const hash = hashId(id);
    const found = this.find(id, hash);
    if (found >= 0) return false;
    const slot = -1 - found;
    this.hashes[slot] = hash;
    this.keys[slot] = id;
    this.used++;
    this.count++;
    if (this.used * 2 > this.mask) this.rehash();
    return true;
  }

  /** Removes `id`; false when it was not in the set. */
  delete(id: string): boolean {
    const slot = this.find(id, hashId(id));
    if (slot < 0) return false;
    this.keys[slot] = null;
    this.count--;
    return true;
  }

  /** A table for the live ids (deleted slots dropped), grown when they fill half of it. */
  private rehash(): void {
    const hashes = this.hashes;
    const keys = this.keys;
    const capacity = capacityFor(this.count * 2);
    this.hashes = new Int32Array(capacity);
    this.keys = new Array<string | null>(capacity).fill(null);
    this.mask = capacity - 1;
    this.used = this.count;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null || key === undefined) continue;
      const hash = hashes[i] ?? 0;
      let slot = hash & this.mask;
      while ((this.hashes[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hash;
      this.keys[slot] = key;
    }
  }
}
