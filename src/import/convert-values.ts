// Reading foreign cell values as the format's values: counts, coordinates, vocabulary words and country
// codes. A value that cannot be read is passed on unchanged, so the loader rejects it and shows it.
import { GAZETTEER_PLACES } from './gazetteer-places';
import type { VocabularyField } from './import-mapping';
import { normalizeKey, VOCABULARY_SYNONYMS } from './vocabulary-synonyms';

/** Cell texts that mean "not known" in counts (compared after normalizeKey). */
const UNKNOWN_WORDS = new Set([
  'unknown',
  'n a',
  'n/a',
  'na',
  'nk',
  '-',
  '–',
  '?',
  'none given',
  'tidak diketahui',
  'tt',
]);

/** One or more ASCII digits (a loop, not a regular expression: it runs per count cell). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const WHOLE_DECIMAL = /^(\d+)[.,]0+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;

/** True for null, undefined, '' and white space. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * A whole count: numbers as they are, digit text with thousands separators (1,234 · 1.234 · 1 234) read as
 * a number; blank or "unknown" → null. Anything else is returned unchanged for the loader to reject.
 */
export function convertCount(raw: unknown): unknown {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return raw ?? null;
  const text = raw.trim();
  // Plain digits first (most cells): they are never one of the unknown words.
  if (isDigits(text)) return Number(text);
  if (text === '' || UNKNOWN_WORDS.has(normalizeKey(text))) return null;
  const whole = WHOLE_DECIMAL.exec(text);
  if (whole) return Number(whole[1]);
  if (GROUPED_COMMA.test(text) || GROUPED_DOT.test(text) || GROUPED_SPACE.test(text))
    return Number(text.replace(/[^\d]/g, ''));
  return text;
}

/** Sum of two counts (dead + missing): null when both unknown, the readable one when one is unknown. */
export function addCounts(a: unknown, b: unknown): unknown {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  return typeof a === 'number' ? b : a;
}

/** A coordinate in decimal degrees: numbers as they are, text with a point or a decimal comma. */
export function convertDegrees(raw: unknown): unknown {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return raw ?? null;
  const trimmed = raw.trim();
  // The common case first: no minus sign U+2212 and no decimal comma, so the text is read as it is.
  if (trimmed.charCodeAt(0) !== 0x2212 && !trimmed.includes(',')) {
    if (trimmed === '') return null;
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : trimmed;
  }
  const text = trimmed.replace(/^\u2212/, '-');
  const normalized = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  const value = Number(normalized);
  return normalized !== '' && Number.isFinite(value) ? value : text;
}

const LAT_LON = /^\s*\(?\s*([-\u2212]?\d+(?:\.\d+)?)\s*[,;\s]\s*([-\u2212]?\d+(?:\.\d+)?)\s*\)?\s*$/;

/** "lat, lon" text (also "lat lon", "lat; lon", "(lat, lon)") → [lon, lat], or null when not of that shape. */
export function parseLatLonText(raw: unknown): readonly [lon: number, lat: number] | null {
  if (typeof raw !== 'string') return null;
  const m = LAT_LON.exec(raw);
  if (!m) return null;
  const lat = Number((m[1] ?? '').replace('\u2212', '-'));
  const lon = Number((m[2] ?? '').replace('\u2212', '-'));
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
}

/** The mapped value of `text` in a value map: exact key first, then a key equal after normalizeKey. */
export function lookUpValueMap(
  map: Readonly<Record<string, string>> | undefined,
  text: string,
): string | null {
  if (map === undefined) return null;
  if (Object.prototype.hasOwnProperty.call(map, text)) return map[text] ?? null;
  const key = normalizeKey(text);
  for (const [from, to] of Object.entries(map)) if (normalizeKey(from) === key) return to;
  return null;
}

/**
 * A vocabulary word: the value map, then the built-in synonyms, then the text in the format's spelling
 * (lower case, spaces → "_"). Non-text values are returned unchanged.
 */
export function convertVocabulary(
  raw: unknown,
  field: VocabularyField,
  map: Readonly<Record<string, string>> | undefined,
): unknown {
  if (typeof raw !== 'string') return raw ?? null;
  const text = raw.trim();
  if (text === '') return null;
  const mapped = lookUpValueMap(map, text);
  if (mapped !== null) return mapped;
  const key = normalizeKey(text);
  return VOCABULARY_SYNONYMS[field][key] ?? key.replace(/ /g, '_');
}

const COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const place of GAZETTEER_PLACES) {
    if (place.isCountry !== true) continue;
    for (const name of [place.name, ...place.aliases]) map.set(normalizeKey(name), place.country);
  }
  return map;
})();

/** A country as its ISO 3166-1 alpha-3 code: a code as is (any case), a built-in name or demonym, or the text. */
export function convertCountry(text: string, map: Readonly<Record<string, string>> | undefined): string {
  const trimmed = text.trim();
  const mapped = lookUpValueMap(map, trimmed);
  if (mapped !== null) return mapped;
  if (/^[A-Za-z]{3}$/.test(trimmed)) return trimmed.toUpperCase();
  return COUNTRY_BY_NAME.get(normalizeKey(trimmed)) ?? trimmed;
}

/** Nationalities from one cell: codes or names separated by ";", ",", "/" or "|" (empty → null). */
export function convertNationalities(
  raw: unknown,
  map: Readonly<Record<string, string>> | undefined,
): unknown {
  if (typeof raw !== 'string') return raw ?? null;
  const parts = raw
    .split(/[;,|/]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? null : parts.map((part) => convertCountry(part, map));
}
