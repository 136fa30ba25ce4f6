// Why this exists: V8 holds the hidden class (map) of a class's instances through those instances, and
// through transitions it keeps only weakly. When a load ends, its scanner, builders and report die; at the
// next full GC their maps die too, and V8 throws away the optimized code of every hot method that embeds
// them ("weak objects" deoptimizations). The next load in the same worker, or the next timed run of a
// benchmark after a forced GC, then starts its loops unoptimized. One small instance of each class on the
// loader's hot path, kept for the life of the module, keeps its map, and with it that code, alive.

const kept: unknown[] = [];

/** Keeps `instance` (and so its map) reachable for the life of the program; returns it. */
export function keepShape<T>(instance: T): T {
  kept.push(instance);
  return instance;
}
