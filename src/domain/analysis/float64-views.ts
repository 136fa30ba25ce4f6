// Zero-filled Float64Arrays carved one after another from one buffer. A typed array longer than 8 doubles
// gets its own off-heap buffer in V8 (about 1 µs each on this machine, and GC bookkeeping), and the
// detector's fits need a dozen small arrays for each of hundreds of months: one buffer per fit instead,
// and inside withFloat64Arena one buffer for every fit of the scope, reused by the next scope. That reuse
// is the only state here; results do not depend on it (every carved region is zeroed first).

/** The shared buffer of withFloat64Arena scopes; `used` doubles of it are carved by open scopes. */
const arena = { buffer: new Float64Array(4096), used: 0, depth: 0, wanted: 4096 };

/**
 * Runs `run` with carvers taking their doubles from one reused buffer. Every array carved inside is only
 * valid until the scope ends: `run` must not return or keep one (numbers only). Scopes nest.
 */
export function withFloat64Arena<T>(run: () => T): T {
  if (arena.depth === 0 && arena.wanted > arena.buffer.length) {
    arena.buffer = new Float64Array(arena.wanted);
  }
  const mark = arena.used;
  arena.depth++;
  try {
    return run();
  } finally {
    arena.depth--;
    arena.used = mark;
  }
}

/** `total` zeroed doubles: from the arena inside a scope (while it has room), else a fresh buffer. */
function regionOf(total: number): Float64Array {
  if (arena.depth === 0) return new Float64Array(total);
  const from = arena.used;
  if (from + total > arena.buffer.length) {
    // Too small for this scope: a buffer of its own now, a larger arena from the next outer scope on.
    arena.wanted = Math.max(arena.wanted, 2 * (from + total));
    return new Float64Array(total);
  }
  arena.used = from + total;
  return arena.buffer.subarray(from, from + total).fill(0);
}

/** A function that hands out the next `length` doubles of one zeroed region of `total` doubles. */
export function makeFloat64Carver(total: number): (length: number) => Float64Array {
  const buffer = regionOf(total);
  let offset = 0;
  return (length) => {
    if (offset + length > total)
      throw new RangeError(`float64 carver: ${length} more than the ${total - offset} left`);
    const view = buffer.subarray(offset, offset + length);
    offset += length;
    return view;
  };
}
