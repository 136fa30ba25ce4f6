// Validates one event feature: either pushes its values into the builder or records why it was rejected.
// Hand-written rather than a schema library: it runs per feature on files of a million features.
import { isIsoAlpha3, looksLikeAlpha3 } from '@/domain/iso-alpha3';
import {
  CONFIDENCE_DEFAULT,
  CONFIDENCES,
  EVENT_KINDS,
  OUTCOMES,
  UNKNOWN_COUNT,
  UNKNOWN_NATIONALITY,
} from '@/domain/vocabulary';
import { isPlainObject, readOwn } from '@/lib/safe-record';
import type { EventColumnsBuilder, EventValues } from './event-columns-builder';
import { describeValue, type LoadIssue, type RejectionCode, type WarningCode } from './load-report';
import type { ParsedDate } from './parse-event-date';

/** Largest count accepted in `people`, and in `boats`, `crew`, `deaths` (Uint16 columns). */
export const MAX_PEOPLE = 1_000_000;
export const MAX_SMALL_COUNT = 65_534;
/** People per boat above which a record is flagged (the largest reported boats carried about 200). */
export const HIGH_PEOPLE_PER_BOAT = 500;
const MAX_TEXT = 200;
/** Longest per-record citation kept, in characters; longer ones are cut with a warning. */
const MAX_SOURCE = 1000;
const MAX_ID = 64;
const KIND_INTERCEPTION = 1;
/** Ids are stored as UTF-8: a lone surrogate would turn into U+FFFD and two ids could collide. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The region Lintas maps, used only to notice coordinates that look swapped: [minLon, minLat, maxLon, maxLat]. */
const REGION: readonly [number, number, number, number] = [25, -50, 180, 50];

/** Where the feature being validated is, for issues raised about it (reused, not allocated per feature). */
export interface IssueLocation {
  index: number;
  id: string;
}

/** Records a rejection of the current feature; returns false for `return reject(...)`. */
function rejectAt(ctx: ValidationContext, field: string, code: RejectionCode, value: unknown): false {
  ctx.rejected.push({
    index: ctx.here.index,
    id: ctx.here.id,
    field,
    code,
    value: value === '' ? '' : describeValue(value),
  });
  return false;
}

/** A warning recorder bound once per load to the context's current location. */
export function makeWarn(
  ctx: Pick<ValidationContext, 'warnings' | 'here'>,
): (field: string, code: WarningCode, value?: unknown) => void {
  return (field, code, value = '') => {
    ctx.warnings.push({
      index: ctx.here.index,
      id: ctx.here.id,
      field,
      code,
      value: value === '' ? '' : describeValue(value),
    });
  };
}

export interface ValidationContext {
  readonly builder: EventColumnsBuilder;
  readonly rejected: LoadIssue<RejectionCode>[];
  readonly warnings: LoadIssue<WarningCode>[];
  readonly seenIds: Set<string>;
  /** Route ids of the loaded routes file; null when none is loaded (then no route is "unknown"). */
  readonly knownRoutes: ReadonlySet<string> | null;
  readonly parseDate: (text: string) => ParsedDate;
  readonly defaultSource: string;
  /** Reused for every feature to avoid an allocation per feature. */
  readonly scratch: EventValues;
  /** The feature being validated (mutated per feature). */
  readonly here: IssueLocation;
  /** Warning recorder for the current feature (see makeWarn). */
  readonly warn: (field: string, code: WarningCode, value?: unknown) => void;
}

function inRegion(lon: number, lat: number): boolean {
  return lon >= REGION[0] && lon <= REGION[2] && lat >= REGION[1] && lat <= REGION[3];
}

/** Reads an optional non-negative integer; undefined/null → fallback; anything else → NaN. */
function readCount(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : NaN;
}

function readText(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : null;
}

/**
 * Validates feature `index`; returns true when it was accepted into the builder. Properties are read
 * directly: on JSON.parse output every key is an own property (a "__proto__" key included), and no field
 * name of the format is a member of Object.prototype, so nothing inherited can be read.
 */
export function validateEventFeature(feature: unknown, index: number, ctx: ValidationContext): boolean {
  ctx.here.index = index;
  ctx.here.id = '';
  const reject = (field: string, code: RejectionCode, value: unknown = ''): false =>
    rejectAt(ctx, field, code, value);
  const warn = ctx.warn;
  let id = '';

  if (!isPlainObject(feature) || readOwn(feature, 'type') !== 'Feature')
    return reject('type', 'not-a-feature', isPlainObject(feature) ? readOwn(feature, 'type') : feature);
  const props = readOwn(feature, 'properties');
  if (isPlainObject(props)) {
    const rawId = props['id'];
    if (typeof rawId === 'string') id = rawId.slice(0, MAX_ID);
    ctx.here.id = id;
  }
  const geometry = readOwn(feature, 'geometry');
  if (!isPlainObject(geometry)) return reject('geometry', 'geometry-missing');
  if (readOwn(geometry, 'type') !== 'Point')
    return reject('geometry.type', 'geometry-not-point', readOwn(geometry, 'type'));
  const coords = readOwn(geometry, 'coordinates');
  if (!Array.isArray(coords) || coords.length < 2 || coords.length > 3)
    return reject('geometry.coordinates', 'coordinates-invalid', coords);
  const lon: unknown = coords[0];
  const lat: unknown = coords[1];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return reject('geometry.coordinates', 'coordinates-invalid', coords);
  }
  if (lat < -90 || lat > 90) {
    return reject(
      'geometry.coordinates',
      lon >= -90 && lon <= 90 ? 'latitude-out-of-range-swapped' : 'latitude-out-of-range',
      coords,
    );
  }
  if (lon < -180 || lon > 180) return reject('geometry.coordinates', 'longitude-out-of-range', coords);

  if (!isPlainObject(props)) return reject('properties', 'properties-missing');
  const rawId = props['id'];
  if (rawId === undefined || rawId === null || rawId === '') return reject('id', 'id-missing');
  if (typeof rawId !== 'string' || rawId.length > MAX_ID || LONE_SURROGATE.test(rawId))
    return reject('id', 'id-invalid', rawId);
  if (ctx.seenIds.has(rawId)) return reject('id', 'id-duplicate', rawId);
  ctx.here.id = rawId;

  const rawKind = props['kind'];
  if (rawKind === undefined || rawKind === null) return reject('kind', 'kind-missing');
  const kind = typeof rawKind === 'string' ? (EVENT_KINDS as readonly string[]).indexOf(rawKind) : -1;
  if (kind < 0) return reject('kind', 'kind-invalid', rawKind);

  const rawDate = props['date'];
  if (rawDate === undefined || rawDate === null || rawDate === '') return reject('date', 'date-missing');
  if (typeof rawDate !== 'string') return reject('date', 'date-invalid', rawDate);
  const date = ctx.parseDate(rawDate);
  if (!date.ok) return reject('date', date.code, rawDate);

  const rawPeople = props['people'];
  if (rawPeople === undefined || rawPeople === null) return reject('people', 'people-missing');
  const people = readCount(rawPeople, NaN);
  if (Number.isNaN(people)) return reject('people', 'count-invalid', rawPeople);
  if (people > MAX_PEOPLE) return reject('people', 'count-too-large', rawPeople);
  const boats = readCount(props['boats'], 1);
  if (Number.isNaN(boats) || boats < 1) return reject('boats', 'boats-invalid', props['boats']);
  if (boats > MAX_SMALL_COUNT) return reject('boats', 'count-too-large', boats);
  const crew = readCount(props['crew'], UNKNOWN_COUNT);
  if (Number.isNaN(crew)) return reject('crew', 'count-invalid', props['crew']);
  if (crew !== UNKNOWN_COUNT && crew > MAX_SMALL_COUNT) return reject('crew', 'count-too-large', crew);
  const deaths = readCount(props['deaths'], UNKNOWN_COUNT);
  if (Number.isNaN(deaths)) return reject('deaths', 'count-invalid', props['deaths']);
  if (deaths !== UNKNOWN_COUNT && deaths > MAX_SMALL_COUNT)
    return reject('deaths', 'count-too-large', deaths);

  const rawRoute = props['route'];
  if (rawRoute === undefined || rawRoute === null || rawRoute === '') return reject('route', 'route-missing');
  const route = readText(rawRoute);
  if (route === null || route === '' || route.length > MAX_ID)
    return reject('route', 'route-invalid', rawRoute);

  const rawSite = props['site'];
  if (rawSite === undefined || rawSite === null || rawSite === '') return reject('site', 'site-missing');
  const site = readText(rawSite);
  if (site === null || site === '') return reject('site', 'site-invalid', rawSite);
  if (site.length > MAX_TEXT) return reject('site', 'text-too-long', site);

  const rawOutcome = props['outcome'];
  let outcome = 0;
  if (kind === KIND_INTERCEPTION) {
    if (rawOutcome === undefined || rawOutcome === null || rawOutcome === '')
      return reject('outcome', 'outcome-missing');
    outcome = typeof rawOutcome === 'string' ? (OUTCOMES as readonly string[]).indexOf(rawOutcome) : -1;
    if (outcome <= 0) return reject('outcome', 'outcome-invalid', rawOutcome);
  }

  const v = ctx.scratch;
  v.natCodes.length = 0;
  v.natPeople.length = 0;
  const natIssue = readNationalities(props['nationalities'], people, v, warn);
  if (natIssue !== null) return reject('nationalities', natIssue.code, natIssue.value);
  mergeRepeatedNationalities(v);

  // Everything that can reject has passed: from here on only warnings.
  if (kind !== KIND_INTERCEPTION && rawOutcome !== undefined && rawOutcome !== null)
    warn('outcome', 'outcome-on-departure', rawOutcome);
  if (!inRegion(lon, lat) && inRegion(lat, lon))
    warn('geometry.coordinates', 'coordinates-look-swapped', coords);
  if (ctx.knownRoutes !== null && !ctx.knownRoutes.has(route)) warn('route', 'route-unknown', route);
  if (people / boats > HIGH_PEOPLE_PER_BOAT) warn('people', 'people-per-boat-high', people);
  const rawConfidence = props['confidence'];
  let confidence = CONFIDENCE_DEFAULT;
  if (rawConfidence !== undefined && rawConfidence !== null) {
    const c =
      typeof rawConfidence === 'string' ? (CONFIDENCES as readonly string[]).indexOf(rawConfidence) : -1;
    if (c < 0) warn('confidence', 'confidence-unknown', rawConfidence);
    else confidence = c;
  }
  let originCountry = readText(props['origin_country']) ?? '';
  if (originCountry !== '' && !isIsoAlpha3(originCountry)) {
    warn('origin_country', 'origin-country-invalid', originCountry);
    originCountry = originCountry.slice(0, 8);
  }

  ctx.seenIds.add(rawId);
  v.id = rawId;
  v.day = date.day;
  v.precision = date.precision;
  v.kind = kind;
  v.outcome = outcome;
  v.confidence = confidence;
  v.people = people;
  v.boats = boats;
  v.crew = crew;
  v.deaths = deaths;
  v.route = route;
  v.site = site;
  v.originCountry = originCountry;
  v.agency = (readText(props['agency']) ?? '').slice(0, MAX_TEXT);
  const source = readText(props['source']) ?? ctx.defaultSource;
  if (source.length > MAX_SOURCE) warn('source', 'text-truncated', source);
  v.source = source.slice(0, MAX_SOURCE);
  v.lon = lon;
  v.lat = lat;
  ctx.builder.push(v);
  return true;
}

type NatRejection = { code: RejectionCode; value: unknown };

/**
 * Fills v.natCodes / v.natPeople. Entries without a count share the people not accounted for, in whole
 * persons (largest remainder: the first entries get the extra person).
 */
function readNationalities(
  raw: unknown,
  people: number,
  v: EventValues,
  warn: (field: string, code: WarningCode, value?: unknown) => void,
): NatRejection | null {
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
    v.natCodes.push(UNKNOWN_NATIONALITY);
    v.natPeople.push(people);
    return null;
  }
  if (!Array.isArray(raw) || raw.length > 50) return { code: 'nationalities-invalid', value: raw };
  let counted = 0;
  let uncounted = 0;
  for (const entry of raw as unknown[]) {
    let code: unknown;
    let count: unknown;
    if (typeof entry === 'string') code = entry;
    else if (isPlainObject(entry)) {
      code = readOwn(entry, 'code');
      count = readOwn(entry, 'people');
    } else return { code: 'nationality-entry-invalid', value: entry };
    if (typeof code !== 'string' || !looksLikeAlpha3(code))
      return { code: 'nationality-entry-invalid', value: entry };
    if (
      count !== undefined &&
      count !== null &&
      !(typeof count === 'number' && Number.isInteger(count) && count >= 0)
    ) {
      return { code: 'nationality-entry-invalid', value: entry };
    }
    if (!isIsoAlpha3(code) && code !== UNKNOWN_NATIONALITY)
      warn('nationalities', 'nationality-unknown-code', code);
    v.natCodes.push(code);
    if (typeof count === 'number') {
      v.natPeople.push(count);
      counted += count;
    } else {
      v.natPeople.push(-1);
      uncounted++;
    }
  }
  if (counted > people) return { code: 'nationality-count-exceeds-people', value: `${counted} > ${people}` };
  if (uncounted === 0) {
    if (counted !== people) warn('nationalities', 'nationality-counts-mismatch', `${counted} ≠ ${people}`);
    return null;
  }
  const rest = people - counted;
  const share = Math.floor(rest / uncounted);
  let extra = rest - share * uncounted;
  for (let e = 0; e < v.natPeople.length; e++) {
    if (v.natPeople[e] === -1) {
      v.natPeople[e] = share + (extra > 0 ? 1 : 0);
      if (extra > 0) extra--;
    }
  }
  warn('nationalities', 'nationality-counts-apportioned', uncounted);
  return null;
}

/** Merges repeated codes (summing persons, first position kept) so a boat counts once per nationality. */
function mergeRepeatedNationalities(v: EventValues): void {
  if (v.natCodes.length < 2 || new Set(v.natCodes).size === v.natCodes.length) return;
  const merged = new Map<string, number>();
  v.natCodes.forEach((code, e) => merged.set(code, (merged.get(code) ?? 0) + (v.natPeople[e] ?? 0)));
  v.natCodes.length = 0;
  v.natPeople.length = 0;
  for (const [code, people] of merged) {
    v.natCodes.push(code);
    v.natPeople.push(people);
  }
}
