// Typed-array helpers for building table columns: growth, gathering rows in a new order, and picking the
// narrowest code column that holds every code of a dictionary.
import { CODE16_LIMIT, type CodeColumn } from '@/domain/event-table';

/** A copy of `src` with room for `size` elements (the first `used` are kept). */
export function growU8(src: Uint8Array, size: number, used: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(src.subarray(0, used));
  return out;
}
export function growU16(src: Uint16Array, size: number, used: number): Uint16Array {
  const out = new Uint16Array(size);
  out.set(src.subarray(0, used));
  return out;
}
export function growU32(src: Uint32Array, size: number, used: number): Uint32Array {
  const out = new Uint32Array(size);
  out.set(src.subarray(0, used));
  return out;
}
export function growI32(src: Int32Array, size: number, used: number): Int32Array {
  const out = new Int32Array(size);
  out.set(src.subarray(0, used));
  return out;
}
export function growF32(src: Float32Array, size: number, used: number): Float32Array {
  const out = new Float32Array(size);
  out.set(src.subarray(0, used));
  return out;
}

// One gather per element type keeps each loop monomorphic (a shared generic loop would not be).
export function gatherU8(src: Uint8Array, order: Uint32Array): Uint8Array {
  const out = new Uint8Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
export function gatherU16(src: Uint16Array, order: Uint32Array): Uint16Array {
  const out = new Uint16Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
export function gatherU32(src: Uint32Array, order: Uint32Array): Uint32Array {
  const out = new Uint32Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
export function gatherF32(src: Float32Array, order: Uint32Array): Float32Array {
  const out = new Float32Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}

/**
 * The first `n` codes of `src` in row order `order` (null: file order), as a Uint16 column when the
 * dictionary has at most CODE16_LIMIT names, else as Uint32: no code is ever truncated.
 */
export function toCodeColumn(
  src: Uint32Array,
  n: number,
  order: Uint32Array | null,
  dictionarySize: number,
): CodeColumn {
  if (dictionarySize > CODE16_LIMIT) return order === null ? src.slice(0, n) : gatherU32(src, order);
  const out = new Uint16Array(n);
  if (order === null) for (let r = 0; r < n; r++) out[r] = src[r] ?? 0;
  else for (let r = 0; r < n; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
