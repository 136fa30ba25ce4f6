// Finds nesting deeper than any Lintas file needs, before JSON.parse builds it. V8 parses 10 million
// levels of `[` in ~3 s, 40 million in ~24 s with 2.4 GB, and ~100 million (a 199 MB file) ends the
// process out of memory, which in a browser takes the tab's worker down with it. Events, routes and
// briefings need fewer than ten levels.
//
// A full string-aware scan costs 25–35% of JSON.parse on a large file, too much for every load, so the
// scan is bounded: the first MiB of the text is scanned exactly, and beyond it a run of 64 `[` (no valid
// GeoJSON of ours has one outside a string) triggers the exact scan of the whole text. Deep nesting of
// another shape past the first MiB is not caught here: its load can be cancelled.

/** Deepest nesting of arrays and objects accepted, in levels. */
export const MAX_JSON_DEPTH = 10_000;

/** Characters scanned exactly from the start (1 MiB). */
const PREFIX_CHARS = 1 << 20;

/** Below this many characters no nesting can hurt JSON.parse (at most half of them are levels). */
const HARMLESS_CHARS = 4 << 20;

const OPEN_RUN = '['.repeat(64);

/**
 * Offset of the first `[` or `{` that opens level MAX_JSON_DEPTH + 1, scanning text[start, end); -1 if
 * none. Strings are skipped (brackets inside them are text); starts at depth 0 at `start`, so call it on
 * prefixes that begin outside any string.
 */
function scanDepth(text: string, end: number, maxDepth: number): number {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < end; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Offset where nesting passes `maxDepth` levels, or -1 (see the bounds of this check above). */
export function findDeepNesting(text: string, maxDepth = MAX_JSON_DEPTH): number {
  const prefix = scanDepth(text, Math.min(text.length, PREFIX_CHARS), maxDepth);
  if (prefix >= 0 || text.length <= Math.max(PREFIX_CHARS, HARMLESS_CHARS, 2 * maxDepth)) return prefix;
  if (text.indexOf(OPEN_RUN, PREFIX_CHARS - OPEN_RUN.length) < 0) return -1;
  return scanDepth(text, text.length, maxDepth);
}
