// The set of ids seen while one file is validated (duplicates are rejected). Open addressing over one
// typed array: per slot a 32-bit hash and where the id's UTF-8 bytes sit in one byte pool (the three
// side by side, so a probe touches one cache line), so a million ids
// are a few flat arrays, not a million strings for the garbage collector to trace. A probe compares
// hashes and touches bytes only when they match. Ids come in as strings (GeoJSON) or as UTF-8 byte
// ranges straight from a columnar file's buffer (addBytes): both forms of one id are the same key.
import { keepShape } from './keep-shape';

/** Bytes one UTF-16 code unit takes in UTF-8 at most. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

/** FNV-1a over bytes `start` … `end - 1` with a final mix (low bits index the table); never 0 (0: empty). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

/** hashBytes of an ASCII string's bytes (its char codes), or 0 when the string is not ASCII. */
function hashAscii(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code > 0x7f) return 0;
    h = Math.imul(h ^ code, 0x01000193);
  }
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

const encoder = new TextEncoder();

/** Int32 entries per slot: the hash, where the id starts in the pool, its length in bytes. */
const SLOT = 3;
const START = 1;
const LENGTH = 2;

export class IdSet {
  /**
   * SLOT entries per slot. Hash 0: never used. A deleted id keeps its hash (its length is -1) so probes
   * go on past it.
   */
  private slots: Int32Array;
  private pool: Uint8Array;
  private poolLength = 0;
  /** A string id as UTF-8, for add/has/delete with strings. */
  private scratch = new Uint8Array(64);
  private mask: number;
  /** Slots holding an id or a deleted one (what the load factor counts). */
  private used = 0;
  private count = 0;
  /** touchBytes's hashes. */
  private touchHashes = new Int32Array(0);

  /** `expected`: ids the caller expects (the table is sized once for them, then doubles). */
  constructor(expected = 0) {
    const capacity = capacityFor(expected);
    this.slots = new Int32Array(capacity * SLOT);
    // About 12 bytes per id (typical ids such as "ev-00000001"), at most 4 MiB up front (a file of
    // invalid features adds nothing); the pool doubles when it is full.
    this.pool = new Uint8Array(Math.min(Math.max(256, expected * 12), 4 << 20));
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /**
   * `id` as UTF-8 in the scratch buffer; returns its length in bytes. Ids are checked for lone
   * surrogates before they are added (readId), so no two ids that can be stored share an encoding.
   */
  private encode(id: string): number {
    if (id.length * MAX_UTF8_BYTES_PER_UNIT > this.scratch.length)
      this.scratch = new Uint8Array(id.length * MAX_UTF8_BYTES_PER_UNIT);
    const scratch = this.scratch;
    // ASCII fast path; anything else through TextEncoder.
    for (let c = 0; c < id.length; c++) {
      const code = id.charCodeAt(c);
      if (code > 0x7f) return encoder.encodeInto(id, scratch).written;
      scratch[c] = code;
    }
    return id.length;
  }

  /** Whether the id at `entry` (a slot times SLOT) has the bytes `start` … `end - 1` of `bytes`. */
  private matches(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.slots[entry + LENGTH] !== length) return false;
    const pool = this.pool;
    const at = (this.slots[entry + START] ?? 0) - start;
    for (let i = start; i < end; i++) if (pool[at + i] !== bytes[i]) return false;
    return true;
  }

  /** The slot holding the id, or -1 - the empty slot where it would go. */
  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const h = slots[slot * SLOT] ?? 0;
      if (h === 0) return -1 - slot;
      if (h === hash && this.matches(slot * SLOT, bytes, start, end)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Like find() for an ASCII string (its char codes are its bytes), without copying it first. */
  private findAscii(id: string, hash: number): number {
    const slots = this.slots;
    const pool = this.pool;
    const length = id.length;
    let slot = hash & this.mask;
    for (;;) {
      const entry = slot * SLOT;
      const h = slots[entry] ?? 0;
      if (h === 0) return -1 - slot;
      if (h === hash && slots[entry + LENGTH] === length) {
        const at = slots[entry + START] ?? 0;
        let same = true;
        for (let i = 0; i < length && same; i++) same = pool[at + i] === id.charCodeAt(i);
        if (same) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  has(id: string): boolean {
    const ascii = hashAscii(id);
    if (ascii !== 0) return this.findAscii(id, ascii) >= 0;
    const length = this.encode(id);
    return this.find(this.scratch, 0, length, hashBytes(this.scratch, 0, length)) >= 0;
  }

  /**
   * Reads the home slots of the ids whose UTF-8 bytes are `bytes[offsets[r]]` … `bytes[offsets[r + 1] - 1]`
   * for r from … to - 1, changing nothing. For the columnar reader, which adds a chunk's ids one by one:
   * a million ids' slots are tens of MB, and each addBytes would otherwise wait for its own cache miss.
   * Here the loads are independent of each other, so the processor overlaps them, and the addBytes calls
   * that follow find their slots in the cache. Returns the bits read, of no meaning (so the loads stay).
   */
  touchBytes(bytes: Uint8Array, offsets: Int32Array, from: number, to: number): number {
    const count = to - from;
    if (count <= 0) return 0;
    if (this.touchHashes.length < count) this.touchHashes = new Int32Array(count);
    const hashes = this.touchHashes;
    for (let r = 0; r < count; r++)
      hashes[r] = hashBytes(bytes, offsets[from + r] ?? 0, offsets[from + r + 1] ?? 0);
    const slots = this.slots;
    const mask = this.mask;
    let seen = 0;
    for (let r = 0; r < count; r++) seen |= slots[((hashes[r] ?? 0) & mask) * SLOT] ?? 0;
    return seen;
  }

  /** Adds `id`; false when it was already in the set. */
  add(id: string): boolean {
    const ascii = hashAscii(id);
    if (ascii === 0) return this.addBytes(this.scratch, 0, this.encode(id));
    // ASCII (ids in practice): hashed and compared as char codes, copied into the pool only when new.
    const found = this.findAscii(id, ascii);
    if (found >= 0) return false;
    const at = this.reserve(id.length);
    for (let i = 0; i < id.length; i++) this.pool[at + i] = id.charCodeAt(i);
    this.insert(-1 - found, ascii, at, id.length);
    return true;
  }

  /** Room for `length` more bytes in the pool; returns where they go. */
  private reserve(length: number): number {
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + length));
      pool.set(this.pool.subarray(0, this.poolLength));
      this.pool = pool;
    }
    const at = this.poolLength;
    this.poolLength += length;
    return at;
  }

  /** Fills empty slot `slot` with an id whose bytes are at `at` in the pool. */
  private insert(slot: number, hash: number, at: number, length: number): void {
    const entry = slot * SLOT;
    this.slots[entry] = hash;
    this.slots[entry + START] = at;
    this.slots[entry + LENGTH] = length;
    this.used++;
    this.count++;
    if (this.used * 2 > this.mask) this.rehash();
  }

  /**
   * Adds the id whose UTF-8 bytes are `start` … `end - 1` of `bytes` (well-formed UTF-8: the caller
   * checks); false when it was already in the set.
   */
  addBytes(bytes: Uint8Array, start: number, end: number): boolean {
    const hash = hashBytes(bytes, start, end);
    const found = this.find(bytes, start, end, hash);
    if (found >= 0) return false;
    const length = end - start;
    const at = this.reserve(length);
    const pool = this.pool;
    for (let i = 0; i < length; i++) pool[at + i] = bytes[start + i] ?? 0;
    this.insert(-1 - found, hash, at, length);
    return true;
  }

  /** Removes `id`; false when it was not in the set. Its bytes stay in the pool until the set is dropped. */
  delete(id: string): boolean {
    const ascii = hashAscii(id);
    let slot: number;
    if (ascii !== 0) slot = this.findAscii(id, ascii);
    else {
      const length = this.encode(id);
      slot = this.find(this.scratch, 0, length, hashBytes(this.scratch, 0, length));
    }
    if (slot < 0) return false;
    this.slots[slot * SLOT + LENGTH] = -1;
    this.count--;
    return true;
  }

  /** A table for the live ids (deleted slots dropped), grown when they fill half of it. */
  private rehash(): void {
    const old = this.slots;
    const capacity = capacityFor(this.count * 2);
    const slots = new Int32Array(capacity * SLOT);
    this.slots = slots;
    this.mask = capacity - 1;
    this.used = this.count;
    for (let from = 0; from < old.length; from += SLOT) {
      const hash = old[from] ?? 0;
      if (hash === 0 || (old[from + LENGTH] ?? -1) < 0) continue;
      let slot = hash & this.mask;
      while ((slots[slot * SLOT] ?? 0) !== 0) slot = (slot + 1) & this.mask;
      const to = slot * SLOT;
      slots[to] = hash;
      slots[to + START] = old[from + START] ?? 0;
      slots[to + LENGTH] = old[from + LENGTH] ?? 0;
    }
  }
}

// A kept instance: its map, and the optimized code of its methods, survive a full GC (keep-shape.ts).
keepShape(new IdSet());
