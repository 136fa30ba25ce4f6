// A short key for a header row, so a mapping saved for one file is offered again for the next file with
// the same columns. Not a security hash: two 32-bit FNV-1a hashes of the column names, in order.

/** FNV-1a over UTF-16 code units with a seed, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** "h<count>-<16 hex digits>" from the trimmed column names (their order counts, case too). */
export function headerKey(columns: readonly string[]): string {
  // U+001F (unit separator) cannot be typed into a column name.
  const text = columns.map((c) => c.trim()).join('\u001f');
  return `h${columns.length}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x5bd1e995)}`;
}
