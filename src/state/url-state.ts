// The link format: the chosen part of the store as short, versioned, validated query parameters.
// encodeUrlState writes canonical links (defaults omitted, stable order, rounded floats); parseUrlState reads
// any string without throwing and reports every ignored parameter as a notice. docs/url-parameters.md.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { AppState } from './app-state';
import type { UrlIssueCode } from './url-codecs';
import {
  URL_FORMAT_VERSION,
  URL_MIGRATIONS,
  migrateParams,
  type RawParams,
  type UrlMigration,
} from './url-migrations';
import { DEFAULT_URL_STATE, URL_FIELDS, URL_PARAMS, type UrlField, type UrlState } from './url-params';

/** The key of the format version. */
export const VERSION_KEY = 'v';

/** One ignored parameter: its key, its raw value (several joined by ", "), and why. */
export interface UrlNotice {
  readonly key: string;
  readonly value: string;
  readonly reason: UrlIssueCode;
}

export interface ParsedUrlState {
  /** Only the fields the link set validly; the others keep their current (or default) values. */
  readonly state: Partial<UrlState>;
  readonly notices: readonly UrlNotice[];
}

export interface ParseOptions {
  /** The version the parser understands (tests use fakes); defaults to URL_FORMAT_VERSION. */
  readonly version?: number;
  readonly migrations?: readonly UrlMigration[];
}

type MutableUrlState = { -readonly [F in UrlField]?: UrlState[F] };

const FIELD_BY_KEY: ReadonlyMap<string, UrlField> = new Map(URL_FIELDS.map((f) => [URL_PARAMS[f].key, f]));

/** Percent-encodes a value, keeping `,` and `:` readable and escaping what linkifiers cut links at. */
function encodeValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':');
}

/** Text of one field, or '' when it is at its default (and so omitted). */
function encodeField<F extends UrlField>(field: F, state: UrlState): string {
  const param = URL_PARAMS[field];
  const text = param.encode(state[field]);
  return text === param.encode(DEFAULT_URL_STATE[field]) ? '' : text;
}

/** The non-default parameters of a state, in link order, as [key, text] pairs (text not yet encoded). */
export function encodeUrlParams(state: UrlState): [key: string, text: string][] {
  const pairs: [string, string][] = [];
  for (const field of URL_FIELDS) {
    const text = encodeField(field, state);
    if (text !== '') pairs.push([URL_PARAMS[field].key, text]);
  }
  return pairs;
}

/**
 * The query string (without `?`) of a state: `v` first whenever anything is written, so a future format
 * can tell today's links apart; the default view is the empty string.
 */
export function encodeUrlState(state: UrlState): string {
  const pairs = encodeUrlParams(state);
  if (pairs.length === 0) return '';
  const version: [string, string] = [VERSION_KEY, String(URL_FORMAT_VERSION)];
  return [version, ...pairs].map(([key, text]) => `${key}=${encodeValue(text)}`).join('&');
}

/** Query text → key → values; keys and values percent-decoded by URLSearchParams (which never throws). */
export function readRawParams(search: string): RawParams {
  const params = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  return params;
}

/** Reads the version and upgrades old links; notices for versions it cannot handle. */
function upgrade(
  params: RawParams,
  version: number,
  migrations: readonly UrlMigration[],
  notices: UrlNotice[],
): RawParams {
  const raw = params.get(VERSION_KEY);
  const rest = new Map(params);
  rest.delete(VERSION_KEY);
  if (raw === undefined) return rest; // hand-written links: read as the current version
  const value = raw.join(', ');
  if (raw.length > 1) {
    notices.push({ key: VERSION_KEY, value, reason: 'repeated' });
    return rest;
  }
  if (!/^\d{1,6}$/.test(value)) {
    notices.push({ key: VERSION_KEY, value, reason: 'bad-version' });
    return rest;
  }
  const linkVersion = Number(value);
  if (linkVersion > version) {
    // Made by a newer Lintas: read what this version understands, say that parts may be lost.
    notices.push({ key: VERSION_KEY, value, reason: 'newer-version' });
    return rest;
  }
  const migrated = migrateParams(rest, linkVersion, version, migrations);
  if (migrated.ok) return migrated.params;
  notices.push({ key: VERSION_KEY, value, reason: migrated.reason });
  return rest;
}

/** Parses one known field into `out`; returns the reason when the value is ignored. */
function readField<F extends UrlField>(field: F, raw: string, out: MutableUrlState): UrlIssueCode | null {
  const parsed = URL_PARAMS[field].parse(raw);
  if (parsed.status === 'valid') {
    out[field] = parsed.value;
    return null;
  }
  return parsed.status === 'invalid' ? parsed.reason : 'empty';
}

/**
 * Reads a query string (with or without `?`). Never throws: unknown keys, repeated keys and invalid values
 * become notices, and only valid values are returned, as new plain objects built field by field.
 */
export function parseUrlState(search: string, options: ParseOptions = {}): ParsedUrlState {
  const notices: UrlNotice[] = [];
  const params = upgrade(
    readRawParams(search),
    options.version ?? URL_FORMAT_VERSION,
    options.migrations ?? URL_MIGRATIONS,
    notices,
  );
  const state: MutableUrlState = {};
  for (const [key, values] of params) {
    const value = values.join(', ');
    const field = FIELD_BY_KEY.get(key);
    let reason: UrlIssueCode | null;
    if (field === undefined) reason = 'unknown-key';
    else if (values.length > 1) reason = 'repeated';
    else if (value === '') reason = 'empty';
    else reason = readField(field, value, state);
    if (reason !== null) notices.push({ key, value, reason });
  }
  return { state, notices };
}

/** A complete state from a parse: what the link sets, defaults for everything else (back/forward). */
export function withDefaults(partial: Partial<UrlState>): UrlState {
  return { ...DEFAULT_URL_STATE, ...partial };
}

export type UrlStoreFields = Pick<
  AppState,
  | 'filters'
  | 'selection'
  | 'camera'
  | 'granularity'
  | 'windowMode'
  | 'speed'
  | 'loop'
  | 'language'
  | 'measure'
  | 'chartSplit'
  | 'sideTab'
  | 'showEventPoints'
  | 'flowScaleToView'
  | 'motion'
  | 'embed'
  | 'embedTimeline'
  | 'embedCharts'
  | 'embedFixed'
  | 'embedHosts'
  | 'compareA'
  | 'compareB'
  | 'compareSwipe'
  | 'compareSwipeAtPct'
>;

/** The link's part of the store. */
export function selectUrlState(s: UrlStoreFields): UrlState {
  return {
    timeRange: s.filters.timeRange,
    granularity: s.granularity,
    kinds: s.filters.kinds,
    outcomes: s.filters.outcomes,
    routes: s.filters.routes,
    nationalities: s.filters.nationalities,
    sites: s.filters.sites,
    selection: s.selection,
    camera: s.camera,
    language: s.language,
    measure: s.measure,
    chartSplit: s.chartSplit,
    sideTab: s.sideTab,
    showEventPoints: s.showEventPoints,
    flowScaleToView: s.flowScaleToView,
    motion: s.motion,
    windowMode: s.windowMode,
    speed: s.speed,
    loop: s.loop,
    embed: s.embed,
    embedTimeline: s.embedTimeline,
    embedCharts: s.embedCharts,
    embedFixed: s.embedFixed,
    embedHosts: s.embedHosts,
    compareA: s.compareA,
    compareB: s.compareB,
    compareSwipe: s.compareSwipe,
    compareSwipeAtPct: s.compareSwipeAtPct,
  };
}

/** Store fields for `setState`, copied field by field into new objects (nothing parsed goes in wholesale). */
export function urlStateToStore(url: UrlState): UrlStoreFields {
  const filters: EventFilters = {
    timeRange: url.timeRange && { startDay: url.timeRange.startDay, endDay: url.timeRange.endDay },
    kinds: [...url.kinds],
    routes: [...url.routes],
    nationalities: [...url.nationalities],
    outcomes: [...url.outcomes],
    sites: [...url.sites],
  };
  return {
    filters,
    selection: url.selection && { kind: url.selection.kind, id: url.selection.id },
    camera: url.camera && { lon: url.camera.lon, lat: url.camera.lat, zoom: url.camera.zoom },
    granularity: url.granularity,
    windowMode: url.windowMode,
    speed: url.speed,
    loop: url.loop,
    language: url.language,
    measure: url.measure,
    chartSplit: url.chartSplit,
    sideTab: url.sideTab,
    showEventPoints: url.showEventPoints,
    flowScaleToView: url.flowScaleToView,
    motion: url.motion,
    embed: url.embed,
    embedTimeline: url.embedTimeline,
    embedCharts: url.embedCharts,
    embedFixed: url.embedFixed,
    embedHosts: [...url.embedHosts],
    compareA: url.compareA && { startDay: url.compareA.startDay, endDay: url.compareA.endDay },
    compareB: url.compareB && { startDay: url.compareB.startDay, endDay: url.compareB.endDay },
    compareSwipe: url.compareSwipe,
    compareSwipeAtPct: url.compareSwipeAtPct,
  };
}

/** Keys whose written text differs between two states (decides push versus replace in url-sync). */
export function changedUrlKeys(a: UrlState, b: UrlState): string[] {
  return URL_FIELDS.filter((f) => encodeField(f, a) !== encodeField(f, b)).map((f) => URL_PARAMS[f].key);
}

/**
 * Dataset references of a link that the loaded table does not have (they match nothing). Links are parsed
 * before the data load, so this runs after it, for a notice.
 */
export function findUnknownIds(
  state: Pick<UrlState, 'routes' | 'sites' | 'nationalities' | 'selection'>,
  table: Pick<EventTable, 'routes' | 'sites' | 'nationalityNames'>,
): UrlNotice[] {
  const routes = new Set(table.routes.map((r) => r.id));
  const sites = new Set(table.sites.map((s) => s.name));
  const nationalities = new Set(table.nationalityNames);
  const notices: UrlNotice[] = [];
  const check = (field: 'routes' | 'sites' | 'nationalities', known: ReadonlySet<string>): void => {
    const unknown = state[field].filter((id) => !known.has(id));
    if (unknown.length > 0)
      notices.push({ key: URL_PARAMS[field].key, value: unknown.join(', '), reason: 'unknown-id' });
  };
  check('routes', routes);
  check('nationalities', nationalities);
  check('sites', sites);
  const sel = state.selection;
  if (sel !== null && !(sel.kind === 'route' ? routes : sites).has(sel.id))
    notices.push({
      key: URL_PARAMS.selection.key,
      value: URL_PARAMS.selection.encode(sel),
      reason: 'unknown-id',
    });
  return notices;
}
