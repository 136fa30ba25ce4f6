// Counts the elements of a FeatureCollection's top-level "features" array in the text, before JSON.parse,
// so that a file of 100 million tiny elements ("features":[0,0,0,…]) is refused in human units instead of
// costing gigabytes of parse tree. A string-aware scan of the characters; no values are built.

export interface FeatureCount {
  /** Elements seen in the features array (so far). */
  readonly count: number;
  /** True when the scan reached the end of the array (count is exact). */
  readonly complete: boolean;
  /** Characters scanned from the start of the array. */
  readonly scannedChars: number;
  /** Total characters from the start of the array to the end of the text. */
  readonly arrayChars: number;
}

/** Offset just after the '[' of the top-level "features" member, or -1 (not found, or not an array). */
export function findFeaturesArray(text: string): number {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = skipString(text, i);
      if (depth === 1 && expectKey && text.slice(i + 1, end - 1) === 'features') {
        let k = end;
        while (k < text.length && text.charCodeAt(k) !== 0x3a) k++;
        k++;
        while (k < text.length && /\s/.test(text[k] ?? '')) k++;
        return text.charCodeAt(k) === 0x5b ? k + 1 : -1;
      }
      expectKey = false;
      i = end - 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      expectKey = c === 0x7b && depth === 1;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth === 1) expectKey = true;
  }
  return -1;
}

/** Offset after the closing quote of the string opening at `i`. */
function skipString(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5c) k++;
    else if (c === 0x22) return k + 1;
  }
  return text.length;
}

/**
 * Counts the features array's elements, scanning at most `maxChars` characters of it. Malformed text
 * gives a count too (JSON.parse reports the syntax error afterwards).
 */
export function countFeatures(text: string, maxChars = Infinity): FeatureCount | null {
  const start = findFeaturesArray(text);
  if (start < 0) return null;
  const stop = Math.min(text.length, start + maxChars);
  let depth = 0;
  let count = 0;
  let inElement = false;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (depth === 0) {
      if (c === 0x5d)
        return { count, complete: true, scannedChars: i - start, arrayChars: text.length - start };
      if (c === 0x2c) {
        inElement = false;
        continue;
      }
      if (!inElement) {
        inElement = true;
        count++;
      }
    }
    if (c === 0x22) i = skipString(text, i) - 1;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { count, complete: false, scannedChars: stop - start, arrayChars: text.length - start };
}

/** Characters sampled to estimate the number of features of a large file (a few hundred features). */
const SAMPLE_CHARS = 1 << 18;

/** The features array's elements, exact when the array ends within the sample, else extrapolated. */
function estimateFromSample(sample: FeatureCount): number {
  return sample.complete
    ? sample.count
    : (sample.count * sample.arrayChars) / Math.max(1, sample.scannedChars);
}

/** The count over the text's first 256 KiB of features (null: no features array). */
export function sampleFeatureCount(text: string): FeatureCount | null {
  return countFeatures(text, SAMPLE_CHARS);
}

/** About how many features the text holds, from its sample; 0 when it has no features array. */
export function estimateFeatureCount(sample: FeatureCount | null): number {
  return sample === null ? 0 : Math.round(estimateFromSample(sample));
}

/**
 * The exact feature count when a sample of the text suggests more than `maxFeatures`, else null (no need
 * to look further: normal files cost one megabyte of scanning).
 */
export function countFeaturesIfTooMany(
  text: string,
  maxFeatures: number,
  sample = sampleFeatureCount(text),
): number | null {
  if (sample === null) return null;
  if (sample.complete) return sample.count > maxFeatures ? sample.count : null;
  if (estimateFromSample(sample) <= maxFeatures) return null;
  const exact = countFeatures(text);
  return exact !== null && exact.count > maxFeatures ? exact.count : null;
}
