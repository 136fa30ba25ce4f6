// Distinct byte spans of one UTF-8 buffer as dictionary entries: open addressing over a hash the caller
// computed while it scanned the span (one pass over its bytes), compared with the entry's first
// occurrence, so a span seen before costs no string. Used by the GeoJSON scanner (scan-feature-text.ts).
import { keepShape } from './keep-shape';
import { textOfBytes } from './decode-text';

/** Slots of a new table (a power of two). */
const FIRST_SLOTS = 64;

/** The seed of the running hash over a span's bytes (FNV-1a). */
export const SPAN_HASH_SEED = 0x811c9dc5 | 0;

/**
 * Folds a running 32-bit hash of a span's bytes into a table index source: 30 bits, so that it is a
 * small integer wherever it is stored (a larger one would be a heap number per string scanned).
 */
export function finishSpanHash(hash: number, length: number): number {
  const h = Math.imul(hash ^ length, 0x85ebca6b);
  return (h ^ (h >>> 13)) & 0x3fffffff;
}

/** The running span hash of bytes[from, to). */
export function hashSpan(bytes: Uint8Array, from: number, to: number): number {
  let h = SPAN_HASH_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return finishSpanHash(h, to - from);
}

/**
 * Whether bytes[a, a + length) and bytes[b, b + length) are equal: four bytes a step through `view` (a
 * DataView of `bytes`), which takes a quarter of the byte loop's time on the ids and names of a file.
 */
export function sameSpan(bytes: Uint8Array, view: DataView, a: number, b: number, length: number): boolean {
  let i = 0;
  for (; i + 4 <= length; i += 4) if (view.getInt32(a + i, true) !== view.getInt32(b + i, true)) return false;
  for (; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

export class ByteSpanInterner {
  /** Entry texts, by code ('' for every entry when the texts are not kept). */
  strings: string[] = [];
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly keepText: boolean;
  /** Where each entry first occurs in the buffer (its bytes are compared with a new span's). */
  private starts = new Int32Array(FIRST_SLOTS / 2);
  private ends = new Int32Array(FIRST_SLOTS / 2);
  private hashes = new Int32Array(FIRST_SLOTS / 2);
  private table = new Int32Array(FIRST_SLOTS).fill(-1);
  private mask = FIRST_SLOTS - 1;

  /** Spans of `bytes`; with `keepText` false the entries' texts are not made (the caller reads their spans). */
  constructor(bytes: Uint8Array, keepText = true) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.keepText = keepText;
  }

  /** Where entry `code` first occurs: bytes[spanStart(code), spanEnd(code)). */
  spanStart(code: number): number {
    return this.starts[code] ?? 0;
  }

  spanEnd(code: number): number {
    return this.ends[code] ?? 0;
  }

  /** Forgets every entry; the table keeps its size. */
  reset(): void {
    // A new array: a validator of the previous entries may still hold the old one.
    this.strings = [];
    this.table.fill(-1);
  }

  /** True when bytes[from, to) is entry `code`. */
  isEntry(code: number, from: number, to: number): boolean {
    const start = this.starts[code] ?? 0;
    const length = to - from;
    return (this.ends[code] ?? 0) - start === length && sameSpan(this.bytes, this.view, start, from, length);
  }

  /**
   * The offset of the closing quote when the bytes at `p` are entry `code` as a JSON string (`"…"`, an
   * entry made by a plain string scan: no quote or backslash inside), else -1.
   */
  endIfEntry(code: number, p: number): number {
    const bytes = this.bytes;
    const start = this.starts[code] ?? 0;
    const length = (this.ends[code] ?? 0) - start;
    const end = p + 1 + length;
    return bytes[end] === 0x22 && sameSpan(bytes, this.view, start, p + 1, length) ? end : -1;
  }

  /** The code of bytes[from, to) whose finished hash is `hash`, added as a new entry when unseen. */
  intern(from: number, to: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const code = this.table[slot] ?? -1;
      if (code < 0) break;
      if ((this.hashes[code] ?? 0) === hash && this.isEntry(code, from, to)) return code;
      slot = (slot + 1) & this.mask;
    }
    const code = this.strings.length;
    this.strings.push(this.keepText ? textOfBytes(this.bytes, from, to) : '');
    if (code >= this.hashes.length) this.growEntries();
    this.starts[code] = from;
    this.ends[code] = to;
    this.hashes[code] = hash;
    this.table[slot] = code;
    if (this.strings.length * 2 > this.table.length) this.growTable();
    return code;
  }

  private growEntries(): void {
    const grow = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const grown = new Int32Array(old.length * 2);
      grown.set(old);
      return grown;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.hashes = grow(this.hashes);
  }

  private growTable(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let code = 0; code < this.strings.length; code++) {
      let slot = (this.hashes[code] ?? 0) & mask;
      while ((table[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      table[slot] = code;
    }
    this.table = table;
    this.mask = mask;
  }
}

// A kept instance: its map, and the optimized code of its methods, survive a full GC (keep-shape.ts).
keepShape(new ByteSpanInterner(new Uint8Array(0)));
