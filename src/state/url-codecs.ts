// Small text codecs for URL parameters: parse results as values (valid, invalid with a reason, missing),
// enumerations, flags, rounded decimals and escaped lists. Pure; never throws on any input.
import { looksLikeAlpha3 } from '@/domain/iso-alpha3';

/** Why a parameter was ignored (each has a message `url.reason.<code>`). */
export const URL_ISSUE_CODES = [
  'unknown-key',
  'repeated',
  'empty',
  'unknown-value',
  'bad-format',
  'bad-date',
  'reversed-range',
  'bad-number',
  'out-of-range',
  'bad-list',
  'too-long',
  'bad-id',
  'newer-version',
  'bad-version',
  'unsupported-version',
  'unknown-id',
] as const;
export type UrlIssueCode = (typeof URL_ISSUE_CODES)[number];

/** One parameter read from a URL: a value, a rejection with its reason, or absent. */
export type ParsedParam<T> =
  | { readonly status: 'valid'; readonly value: T }
  | { readonly status: 'invalid'; readonly reason: UrlIssueCode }
  | { readonly status: 'missing' };

export const valid = <T>(value: T): ParsedParam<T> => ({ status: 'valid', value });
export const invalid = <T>(reason: UrlIssueCode): ParsedParam<T> => ({ status: 'invalid', reason });

/** Most items one list parameter may hold (a hostile link cannot make the app build huge filters). */
export const MAX_LIST_ITEMS = 500;

/** Parses one of a closed set of words. */
export function parseEnum<T extends string>(options: readonly T[], raw: string): ParsedParam<T> {
  const found = options.find((option) => option === raw);
  return found === undefined ? invalid('unknown-value') : valid(found);
}

/** Flags are written `1` (on) or `0` (off). */
export function encodeFlag(on: boolean): string {
  return on ? '1' : '0';
}
export function parseFlag(raw: string): ParsedParam<boolean> {
  if (raw === '1') return valid(true);
  if (raw === '0') return valid(false);
  return invalid('unknown-value');
}

/**
 * Rounds to `digits` decimals through the decimal text, so rounding is idempotent (a rounded value rounds
 * to itself) and -0 becomes 0.
 */
export function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits)) + 0;
}

/** Plain decimal numbers only: optional minus, digits, optional fraction (no exponent, no `+`, no spaces). */
const DECIMAL = /^-?\d{1,4}(\.\d{1,12})?$/;

/** Parses a decimal, rounds it to `digits` decimals and checks it lies in [min, max]. */
export function parseDecimal(raw: string, digits: number, min: number, max: number): ParsedParam<number> {
  if (!DECIMAL.test(raw)) return invalid('bad-number');
  const value = roundTo(Number(raw), digits);
  return value >= min && value <= max ? valid(value) : invalid('out-of-range');
}

/** Lone UTF-16 surrogates cannot be percent-encoded; they become U+FFFD, as URLSearchParams would do. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Lists are comma-separated. An item's own comma is written `\,` and its backslash `\\`, so site names
 * such as "Kupang, West Timor" round-trip whether or not the commas are later percent-encoded.
 */
export function encodeList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}

/** Splits an escaped list; null when an escape is malformed or an item is empty. */
export function splitList(raw: string): string[] | null {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      const next = raw[i + 1];
      if (next !== '\\' && next !== ',') return null;
      current += next;
      i++;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.some((item) => item === '') ? null : items;
}

/**
 * Parses a list whose items each pass `parseItem`; duplicates are dropped and the items sorted, so one
 * set of values has one spelling. Any bad item rejects the whole parameter (a link is not half-applied).
 */
export function parseList<T extends string>(
  raw: string,
  parseItem: (item: string) => ParsedParam<T>,
): ParsedParam<T[]> {
  const items = splitList(raw);
  if (items === null) return invalid('bad-list');
  if (items.length > MAX_LIST_ITEMS) return invalid('too-long');
  const values = new Set<T>();
  for (const item of items) {
    const parsed = parseItem(item);
    if (parsed.status !== 'valid')
      return parsed.status === 'invalid' ? invalid(parsed.reason) : invalid('empty');
    values.add(parsed.value);
  }
  return valid(sortedUnique([...values]));
}

/** De-duplicated copy in code-unit order (the canonical order of list values in a link). */
export function sortedUnique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A dataset reference (route id, site name): its shape only, since the data may not be loaded yet. The
 * loader trims names, so surrounding spaces can match nothing and are refused; lengths follow
 * docs/data-format.md.
 */
export function parseName(raw: string, maxLength: number): ParsedParam<string> {
  if (raw.length === 0) return invalid('empty');
  if (raw.length > maxLength) return invalid('too-long');
  if (raw.trim() !== raw) return invalid('bad-id');
  return valid(raw);
}

/** Longest route id (docs/data-format.md). */
export const MAX_ROUTE_ID = 64;
/** Longest site name (docs/data-format.md). */
export const MAX_SITE_NAME = 200;

/** Nationality codes: three upper-case ASCII letters (ISO 3166-1 alpha-3 shape, assigned or not). */
export function parseNationality(raw: string): ParsedParam<string> {
  return looksLikeAlpha3(raw) ? valid(raw) : invalid('bad-id');
}
