// A file's text inside a sentence of ours, for places that take a plain string (titles, labels, SVG
// titles, CSV-free exports): U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, the text
// equivalent of <bdi>, so a right-to-left override in the file cannot reorder our words around it.
export function isolateBidi(text: string): string {
  return `\u2068${text}\u2069`;
}
