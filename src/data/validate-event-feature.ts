// Validates one event feature: pushes its values into the builder, or records every reason it is rejected
// (all of a feature's problems at once, so fixing one does not just reveal the next).
// Hand-written rather than a schema library: it runs per feature on files of a million features.
import { isIsoAlpha3 } from '@/domain/iso-alpha3';
import {
  CONFIDENCE_DEFAULT,
  CONFIDENCES,
  EVENT_KINDS,
  OUTCOMES,
  UNKNOWN_BOATS,
  UNKNOWN_COUNT,
  UNKNOWN_NATIONALITY,
  UNKNOWN_PEOPLE,
} from '@/domain/vocabulary';
import { isPlainObject, readOwn } from '@/lib/safe-record';
import type { EventColumnsBuilder, EventValues } from './event-columns-builder';
import { IdSet } from './id-set';
import {
  MAX_AGENCY_LENGTH,
  MAX_ID_LENGTH,
  MAX_NATIONALITIES,
  MAX_PEOPLE,
  MAX_RECORDS,
  MAX_ROUTE_ID_LENGTH,
  MAX_ROUTE_NAME_LENGTH,
  MAX_SITE_LENGTH,
  MAX_SMALL_COUNT,
  MAX_SOURCE_LENGTH,
} from './format-limits';
import type { LoadReportBuilder } from './load-report-builder';
import type { RejectionCode } from './load-report';
import { makeDateParser, type ParsedDate } from './parse-event-date';

/** People per boat above which a record is flagged (the largest reported boats carried about 200). */
export const HIGH_PEOPLE_PER_BOAT = 500;
export const KIND_INTERCEPTION = 1;
/**
 * Position (1-based) of the first lone UTF-16 surrogate in `text`, or 0. Ids are stored as UTF-8: a lone
 * surrogate would turn into U+FFFD and two ids could collide. A loop, not a regular expression with
 * lookbehind: it runs once per feature.
 */
function loneSurrogateAt(text: string): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = text.charCodeAt(k + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) k++;
    else return k + 1;
  }
  return 0;
}

export interface ValidationContext {
  readonly builder: EventColumnsBuilder;
  readonly report: LoadReportBuilder;
  readonly seenIds: IdSet;
  /** Route ids of the loaded routes file; null when none is loaded (then no route is "unknown"). */
  readonly knownRoutes: ReadonlySet<string> | null;
  readonly parseDate: (text: string) => ParsedDate;
  readonly defaultSource: string;
  /** Reused for every feature to avoid an allocation per feature. */
  readonly scratch: EventValues;
}

/**
 * A fresh context for one file: the builder that receives valid rows, the report, and the per-file
 * state (ids seen, the date parser, the scratch values). The app's loader and the preparation step
 * both start here, so they validate alike. `expectedFeatures` sizes the set of ids seen once.
 */
export function makeValidationContext(
  builder: EventColumnsBuilder,
  report: LoadReportBuilder,
  routes: readonly { readonly id: string }[] | null,
  defaultSource: string,
  expectedFeatures = 0,
): ValidationContext {
  return {
    builder,
    report,
    seenIds: new IdSet(expectedFeatures),
    knownRoutes: routes ? new Set(routes.map((r) => r.id)) : null,
    parseDate: makeDateParser(),
    defaultSource,
    // Fields that may hold a double start as one (NaN): a field that changes from small integer to
    // double changes the object's map, which a full GC can then collect with the code built on it.
    scratch: {
      featureIndex: 0,
      id: '',
      day: 0 as EventValues['day'],
      precision: 0,
      kind: 0,
      outcome: 0,
      confidence: 0,
      people: NaN,
      boats: 0,
      crew: 0,
      deaths: 0,
      records: 1,
      route: '',
      routeName: '',
      site: '',
      originCountry: '',
      agency: '',
      source: '',
      lon: NaN,
      lat: NaN,
      natCodes: [],
      natPeople: [],
    },
  };
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null || value === '';

function readText(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : null;
}

/**
 * A count: undefined/null → `absent`; a whole number 0…max → itself; otherwise NaN after recording why
 * (`boats` must be at least 1).
 */
export function readCount(
  ctx: ValidationContext,
  field: string,
  value: unknown,
  absent: number,
  min: number,
  max: number,
): number {
  // The common case first: one type check and two comparisons.
  if (typeof value === 'number' && value >= min && value <= max && Math.floor(value) === value) return value;
  if (value === undefined || value === null) return absent;
  if (typeof value === 'number' && !Number.isFinite(value))
    ctx.report.reject(field, 'count-not-finite', value);
  else if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    ctx.report.reject(
      field,
      min === 0 ? 'count-invalid' : field === 'records' ? 'records-invalid' : 'boats-invalid',
      value,
    );
  else if (value > max) ctx.report.reject(field, 'count-too-large', value);
  else return value;
  return NaN;
}

/**
 * Boats: absent → 1 (the format's default, one boat per record); null → UNKNOWN_BOATS (the file does not
 * know, and no boat is invented); otherwise a count of at least 1.
 */
export function readBoats(ctx: ValidationContext, value: unknown): number {
  if (value === null) return UNKNOWN_BOATS;
  return readCount(ctx, 'boats', value, 1, 1, MAX_SMALL_COUNT);
}

/** Checks the Point geometry into `v.lon` / `v.lat`; false when it is not usable (the reasons are recorded). */
function readPosition(ctx: ValidationContext, feature: Record<string, unknown>, v: EventValues): boolean {
  const report = ctx.report;
  const geometry = readOwn(feature, 'geometry');
  if (!isPlainObject(geometry)) {
    report.reject('geometry', 'geometry-missing', geometry ?? undefined);
    return false;
  }
  const type = readOwn(geometry, 'type');
  if (type !== 'Point') {
    report.reject('geometry.type', 'geometry-not-point', type);
    return false;
  }
  const field = 'geometry.coordinates';
  const coords = readOwn(geometry, 'coordinates');
  if (coords === undefined || coords === null) {
    report.reject(field, 'coordinates-missing');
    return false;
  }
  if (!Array.isArray(coords) || coords.length < 2 || coords.length > 3) {
    report.reject(field, 'coordinates-invalid', coords);
    return false;
  }
  return readPointCoordinates(report, coords as unknown[], v);
}

/** Checks a position of 2 or 3 elements into `v.lon` / `v.lat`; false when it is not usable. */
export function readPointCoordinates(
  report: LoadReportBuilder,
  coords: readonly unknown[],
  v: EventValues,
): boolean {
  const field = 'geometry.coordinates';
  const lon: unknown = coords[0];
  const lat: unknown = coords[1];
  if (typeof lon !== 'number' || typeof lat !== 'number') {
    report.reject(field, 'coordinates-invalid', coords);
    return false;
  }
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    report.reject(field, 'coordinate-not-finite', coords);
    return false;
  }
  if (coords.length === 3) {
    const extra: unknown = coords[2];
    // RFC 7946 §3.1.1: extra position values are numbers (altitude); anything else is not a position.
    if (typeof extra !== 'number' || !Number.isFinite(extra)) {
      report.reject(field, 'position-extra-invalid', coords);
      return false;
    }
  }
  if (lat < -90 || lat > 90) {
    report.reject(
      field,
      lon >= -90 && lon <= 90 ? 'latitude-out-of-range-swapped' : 'latitude-out-of-range',
      coords,
    );
    return false;
  }
  if (lon < -180 || lon > 180) {
    report.reject(field, 'longitude-out-of-range', coords);
    return false;
  }
  v.lon = lon;
  v.lat = lat;
  return true;
}

/** Reads and checks the id; returns the id to store, or null when the feature cannot keep one. */
export function readId(
  ctx: ValidationContext,
  feature: Record<string, unknown>,
  rawId: unknown,
  index: number,
): string | null {
  const report = ctx.report;
  if (isAbsent(rawId)) {
    let derived = `row-${index + 1}`;
    for (let k = 2; ctx.seenIds.has(derived); k++) derived = `row-${index + 1}-${k}`;
    ctx.seenIds.add(derived);
    report.setId(derived);
    const featureId = readOwn(feature, 'id');
    if (featureId !== undefined && featureId !== null) report.warn('id', 'id-at-feature-level', featureId);
    else report.warn('id', 'id-derived', derived);
    return derived;
  }
  if (typeof rawId !== 'string') {
    report.reject('id', 'id-invalid', rawId);
    return null;
  }
  if (rawId.length > MAX_ID_LENGTH) {
    report.reject('id', 'id-too-long', rawId.length);
    return null;
  }
  const surrogate = loneSurrogateAt(rawId);
  if (surrogate > 0) {
    report.reject('id', 'id-lone-surrogate', surrogate);
    return null;
  }
  // One hash lookup: add, and false means an earlier feature has this id. The id is taken back if the
  // feature is rejected for another reason.
  if (!ctx.seenIds.add(rawId)) {
    report.reject('id', 'id-duplicate', rawId);
    return null;
  }
  return rawId;
}

/**
 * Validates feature `index`; returns true when it was accepted into the builder. Properties are read
 * directly: on JSON.parse output every key is an own property (a "__proto__" key included), and no field
 * name of the format is a member of Object.prototype, so nothing inherited can be read.
 */
export function validateEventFeature(feature: unknown, index: number, ctx: ValidationContext): boolean {
  const report = ctx.report;
  report.begin(index);
  if (!isPlainObject(feature)) {
    report.reject('type', 'not-a-feature', feature);
    report.end(feature);
    return false;
  }
  const type = readOwn(feature, 'type');
  if (type === undefined || type === null) report.reject('type', 'feature-type-missing');
  else if (type !== 'Feature') report.reject('type', 'not-a-feature', type);
  const props = readOwn(feature, 'properties');
  const rawId = isPlainObject(props) ? props['id'] : undefined;
  if (typeof rawId === 'string')
    report.setId(rawId.length > MAX_ID_LENGTH ? rawId.slice(0, MAX_ID_LENGTH) : rawId);
  const v = ctx.scratch;
  const position = readPosition(ctx, feature, v);
  if (!isPlainObject(props)) {
    report.reject('properties', 'properties-missing', props ?? undefined);
    report.end(feature);
    return false;
  }
  const id = readId(ctx, feature, rawId, index);
  if (id !== null) report.setId(id);

  const rawOutcome = props['outcome'];
  const kind = readKind(report, props['kind']);
  const date = readDate(ctx, props['date']);
  const people = readCount(ctx, 'people', props['people'], UNKNOWN_PEOPLE, 0, MAX_PEOPLE);
  const boats = readBoats(ctx, props['boats']);
  const crew = readCount(ctx, 'crew', props['crew'], UNKNOWN_COUNT, 0, MAX_SMALL_COUNT);
  const deaths = readCount(ctx, 'deaths', props['deaths'], UNKNOWN_COUNT, 0, MAX_SMALL_COUNT);
  // Pre-aggregated files: how many source records this one stands for (absent: one).
  const records = readCount(ctx, 'records', props['records'], 1, 1, MAX_RECORDS);
  const route = readRoute(report, props['route']);
  const site = readSite(report, props['site']);
  const outcome = kind === KIND_INTERCEPTION ? readOutcome(report, rawOutcome) : 0;

  v.natCodes.length = 0;
  v.natPeople.length = 0;
  if (!Number.isNaN(people)) readNationalityList(ctx, props['nationalities'], people, v);

  if (report.hasRejections || !position || id === null || date === null || !date.ok) {
    if (id !== null) ctx.seenIds.delete(id);
    report.end(feature);
    return false;
  }

  // Everything that can reject has passed: from here on only warnings.
  warnOutcomeOnDeparture(report, kind, rawOutcome);
  warnUnknownRoute(ctx, route);
  const routeName = readRouteName(ctx, props['routeName'], route);
  warnPeoplePerBoat(report, people, boats);
  const confidence = readConfidence(report, props['confidence']);
  const originCountry = readOriginCountry(report, props['origin_country']);
  const source = readSource(ctx, props['source']);

  v.featureIndex = index;
  v.id = id;
  v.day = date.day;
  v.precision = date.precision;
  v.kind = kind;
  v.outcome = outcome;
  v.confidence = confidence;
  v.people = people;
  v.boats = boats;
  v.crew = crew;
  v.deaths = deaths;
  v.records = records;
  v.route = route;
  v.routeName = routeName;
  v.site = site;
  v.originCountry = originCountry;
  v.agency = readAgency(props['agency']);
  v.source = source;
  ctx.builder.push(v);
  report.end(feature);
  return true;
}

// The field rules, one function each, shared by validateEventFeature and the columnar reader (which
// applies them once per dictionary value where a rule depends on the value alone).

/** The kind's code, or -1 after recording why. */
export function readKind(report: LoadReportBuilder, rawKind: unknown): number {
  if (isAbsent(rawKind)) {
    report.reject('kind', 'kind-missing');
    return -1;
  }
  const kind = typeof rawKind === 'string' ? (EVENT_KINDS as readonly string[]).indexOf(rawKind) : -1;
  if (kind < 0) report.reject('kind', 'kind-invalid', rawKind);
  return kind;
}

/** The parsed date (not ok when rejected), or null when it is absent or not text (rejected). */
export function readDate(ctx: ValidationContext, rawDate: unknown): ParsedDate | null {
  const report = ctx.report;
  if (isAbsent(rawDate)) report.reject('date', 'date-missing');
  else if (typeof rawDate !== 'string') report.reject('date', 'date-invalid', rawDate);
  else {
    const date = ctx.parseDate(rawDate);
    if (!date.ok) report.reject('date', date.code, rawDate);
    return date;
  }
  return null;
}

/** The route id ('' when rejected). */
export function readRoute(report: LoadReportBuilder, rawRoute: unknown): string {
  if (isAbsent(rawRoute)) {
    report.reject('route', 'route-missing');
    return '';
  }
  const route = readText(rawRoute) ?? '';
  if (route === '') report.reject('route', 'route-invalid', rawRoute);
  else if (route.length > MAX_ROUTE_ID_LENGTH) report.reject('route', 'route-too-long', route.length);
  return route;
}

/** The site name ('' when rejected). */
export function readSite(report: LoadReportBuilder, rawSite: unknown): string {
  if (isAbsent(rawSite)) {
    report.reject('site', 'site-missing');
    return '';
  }
  const site = readText(rawSite) ?? '';
  if (site === '') report.reject('site', 'site-invalid', rawSite);
  else if (site.length > MAX_SITE_LENGTH) report.reject('site', 'text-too-long', site.length);
  return site;
}

/** The outcome code of an interception (at most 0 when rejected). */
export function readOutcome(report: LoadReportBuilder, rawOutcome: unknown): number {
  if (isAbsent(rawOutcome)) {
    report.reject('outcome', 'outcome-missing');
    return 0;
  }
  const outcome = typeof rawOutcome === 'string' ? (OUTCOMES as readonly string[]).indexOf(rawOutcome) : -1;
  if (outcome <= 0) report.reject('outcome', 'outcome-invalid', rawOutcome);
  return outcome;
}

/** Nationalities into v.natCodes / v.natPeople (repeated codes merged), or the reason they are rejected. */
export function readNationalityList(
  ctx: ValidationContext,
  raw: unknown,
  people: number,
  v: EventValues,
): void {
  const natIssue = readNationalities(ctx, raw, people, v);
  if (natIssue !== null) ctx.report.reject('nationalities', natIssue.code, natIssue.value);
  else mergeRepeatedNationalities(v);
}

export function warnOutcomeOnDeparture(report: LoadReportBuilder, kind: number, rawOutcome: unknown): void {
  if (kind !== KIND_INTERCEPTION && rawOutcome !== undefined && rawOutcome !== null)
    report.warn('outcome', 'outcome-on-departure', rawOutcome);
}

export function warnUnknownRoute(ctx: ValidationContext, route: string): void {
  if (ctx.knownRoutes !== null && !ctx.knownRoutes.has(route))
    ctx.report.warn('route', 'route-unknown', route);
}

/** Flags implausibly full boats; nothing to compare when the boats are not known. */
export function warnPeoplePerBoat(report: LoadReportBuilder, people: number, boats: number): void {
  if (boats === UNKNOWN_BOATS) return;
  if (people !== UNKNOWN_PEOPLE && people / boats > HIGH_PEOPLE_PER_BOAT)
    report.warn('people', 'people-per-boat-high', people);
}

/** The confidence code (the default, with a warning, when unknown). */
export function readConfidence(report: LoadReportBuilder, rawConfidence: unknown): number {
  if (rawConfidence === undefined || rawConfidence === null) return CONFIDENCE_DEFAULT;
  const c =
    typeof rawConfidence === 'string' ? (CONFIDENCES as readonly string[]).indexOf(rawConfidence) : -1;
  if (c >= 0) return c;
  report.warn('confidence', 'confidence-unknown', rawConfidence);
  return CONFIDENCE_DEFAULT;
}

/** The origin country as stored ('' when absent; an invalid code is kept, cut to 8 characters). */
export function readOriginCountry(report: LoadReportBuilder, raw: unknown): string {
  const originCountry = readText(raw) ?? '';
  if (originCountry === '' || isIsoAlpha3(originCountry)) return originCountry;
  report.warn('origin_country', 'origin-country-invalid', originCountry);
  return originCountry.slice(0, 8);
}

/** The source as stored (the file's source when absent; cut to MAX_SOURCE_LENGTH with a warning). */
export function readSource(ctx: ValidationContext, raw: unknown): string {
  const source = readText(raw) ?? ctx.defaultSource;
  if (source.length > MAX_SOURCE_LENGTH) ctx.report.warn('source', 'text-truncated', source.length);
  return source.slice(0, MAX_SOURCE_LENGTH);
}

/** The agency as stored (no rule rejects or warns). */
export function readAgency(raw: unknown): string {
  return (readText(raw) ?? '').slice(0, MAX_AGENCY_LENGTH);
}

/** The route's display name from `routeName` ('' when absent or unusable; the first one given wins). */
export function readRouteName(ctx: ValidationContext, raw: unknown, route: string): string {
  if (raw === undefined || raw === null) return '';
  const name = readText(raw);
  if (name === null || name === '' || name.length > MAX_ROUTE_NAME_LENGTH) {
    ctx.report.warn('routeName', 'route-name-invalid', typeof raw === 'string' ? raw.length : raw);
    return '';
  }
  const known = ctx.builder.routeNameOf(route);
  if (known !== undefined && known !== name) ctx.report.warn('routeName', 'route-name-conflict', name);
  return name;
}

type NatRejection = { code: RejectionCode; value: unknown };

/**
 * Fills v.natCodes / v.natPeople. Entries without a count share the people not accounted for, in whole
 * persons (largest remainder: the first entries get the extra person). With people unknown, entries
 * without a count get 0 and counts are not compared with people.
 */
function readNationalities(
  ctx: ValidationContext,
  raw: unknown,
  people: number,
  v: EventValues,
): NatRejection | null {
  const known = people !== UNKNOWN_PEOPLE;
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
    v.natCodes.push(UNKNOWN_NATIONALITY);
    v.natPeople.push(known ? people : 0);
    return null;
  }
  if (!Array.isArray(raw)) return { code: 'nationalities-invalid', value: raw };
  if (raw.length > MAX_NATIONALITIES) return { code: 'nationalities-too-many', value: raw.length };
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
    if (typeof code !== 'string' || !isThreeCapitals(code))
      return { code: 'nationality-entry-invalid', value: entry };
    if (
      count !== undefined &&
      count !== null &&
      !(typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= MAX_PEOPLE)
    ) {
      return { code: 'nationality-entry-invalid', value: entry };
    }
    if (!isIsoAlpha3(code) && code !== UNKNOWN_NATIONALITY)
      ctx.report.warn('nationalities', 'nationality-unknown-code', code);
    v.natCodes.push(code);
    if (typeof count === 'number') {
      v.natPeople.push(count);
      counted += count;
    } else {
      v.natPeople.push(-1);
      uncounted++;
    }
  }
  if (known && counted > people)
    return { code: 'nationality-count-exceeds-people', value: `${counted} > ${people}` };
  if (uncounted === 0) {
    if (known && counted !== people)
      ctx.report.warn('nationalities', 'nationality-counts-mismatch', `${counted} ≠ ${people}`);
    return null;
  }
  const rest = known ? people - counted : 0;
  const share = Math.floor(rest / uncounted);
  let extra = rest - share * uncounted;
  for (let e = 0; e < v.natPeople.length; e++) {
    if (v.natPeople[e] === -1) {
      v.natPeople[e] = share + (extra > 0 ? 1 : 0);
      if (extra > 0) extra--;
    }
  }
  if (known) ctx.report.warn('nationalities', 'nationality-counts-apportioned', uncounted);
  return null;
}

/** Three upper-case ASCII letters (looksLikeAlpha3 without a regular expression: it runs per entry). */
function isThreeCapitals(code: string): boolean {
  if (code.length !== 3) return false;
  const a = code.charCodeAt(0);
  const b = code.charCodeAt(1);
  const c = code.charCodeAt(2);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && c >= 65 && c <= 90;
}

/** True when a code is listed twice (a few entries: pairs are cheaper than a Set per feature). */
function hasRepeatedCode(codes: readonly string[]): boolean {
  for (let i = 1; i < codes.length; i++) {
    for (let j = 0; j < i; j++) if (codes[i] === codes[j]) return true;
  }
  return false;
}

/** Merges repeated codes (summing persons, first position kept) so a boat counts once per nationality. */
function mergeRepeatedNationalities(v: EventValues): void {
  if (v.natCodes.length < 2 || !hasRepeatedCode(v.natCodes)) return;
  const merged = new Map<string, number>();
  v.natCodes.forEach((code, e) => merged.set(code, (merged.get(code) ?? 0) + (v.natPeople[e] ?? 0)));
  v.natCodes.length = 0;
  v.natPeople.length = 0;
  for (const [code, people] of merged) {
    v.natCodes.push(code);
    v.natPeople.push(people);
  }
}
