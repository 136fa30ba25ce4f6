// The URL parameters: which part of the state each short key holds, how it is written and read, and its
// default (omitted from links). docs/url-parameters.md documents the same table for people.
import { formatEpochDay, parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import type { DayRange } from '@/domain/event-filters';
import { GRANULARITIES, type Granularity } from '@/domain/time-buckets';
import type { WindowMode } from '@/domain/time-window';
import { EVENT_KINDS, OUTCOMES, type EventKind, type Outcome } from '@/domain/vocabulary';
import { LANGUAGES, type Language } from '@/i18n/translate';
import type { Selection } from '@/domain/selection';
import { SWIPE_MAX_PCT, SWIPE_MIN_PCT } from './analysis-slice';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from './timeline-slice';
import type { SideTab } from './ui-slice';
import { VIEW_MEASURES } from '@/domain/aggregates';
import type { ChartSplit, MapMeasure } from '@/domain/view-options';
import {
  MAX_ROUTE_ID,
  MAX_SITE_NAME,
  encodeFlag,
  encodeList,
  invalid,
  parseDecimal,
  parseEnum,
  parseFlag,
  parseList,
  parseName,
  parseNationality,
  roundTo,
  sortedUnique,
  toWellFormed,
  valid,
  type ParsedParam,
} from './url-codecs';
import type { MapCamera } from './view-slice';

/** The part of the store a link carries. Playback itself (`playing`), hover and dialogs are not in it. */
export interface UrlState {
  /** Half-open UTC day range, as in the store (the link writes the last day inclusive). */
  readonly timeRange: DayRange | null;
  readonly granularity: Granularity;
  readonly kinds: readonly EventKind[];
  readonly outcomes: readonly Outcome[];
  readonly routes: readonly string[];
  readonly nationalities: readonly string[];
  readonly sites: readonly string[];
  readonly selection: Selection | null;
  readonly camera: MapCamera | null;
  readonly language: Language;
  readonly measure: MapMeasure;
  readonly chartSplit: ChartSplit;
  readonly sideTab: SideTab;
  readonly showEventPoints: boolean;
  /** Flow widths scaled to the current view instead of the whole period's largest leg. */
  readonly flowScaleToView: boolean;
  readonly motion: boolean;
  readonly windowMode: WindowMode;
  readonly speed: PlaybackSpeed;
  readonly loop: boolean;
  /** Embed mode: the dashboard without its chrome, for an iframe (docs/embed-api.md). */
  readonly embed: boolean;
  readonly embedTimeline: boolean;
  readonly embedCharts: boolean;
  /** A fixed embed: no panning, zooming or controls. */
  readonly embedFixed: boolean;
  /** Origins allowed to send messages to an embed; empty: any origin. */
  readonly embedHosts: readonly string[];
  /** Compared periods A (reference) and B, half-open UTC days; null: derived from the time window. */
  readonly compareA: DayRange | null;
  readonly compareB: DayRange | null;
  /** The map split by a swipe between A and B, and the divider's place (percent of the map's width). */
  readonly compareSwipe: boolean;
  readonly compareSwipeAtPct: number;
}

/** The store's initial values (a unit test checks they agree); a parameter equal to its default is omitted. */
export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  timeRange: null,
  granularity: 'month',
  kinds: [],
  outcomes: [],
  routes: [],
  nationalities: [],
  sites: [],
  selection: null,
  camera: null,
  language: 'en',
  measure: 'people',
  chartSplit: 'route',
  sideTab: 'overview',
  showEventPoints: false,
  flowScaleToView: false,
  motion: true,
  windowMode: 'moving',
  speed: 1,
  loop: false,
  embed: false,
  embedTimeline: true,
  embedCharts: true,
  embedFixed: false,
  embedHosts: [],
  compareA: null,
  compareB: null,
  compareSwipe: false,
  compareSwipeAtPct: 50,
});

export interface UrlParam<T> {
  /** The short key in the query string. */
  readonly key: string;
  /** One line for docs/url-parameters.md. */
  readonly doc: string;
  /** The value as text; '' means "nothing to write" (the parameter is then omitted). */
  readonly encode: (value: T) => string;
  /** Reads one raw (already percent-decoded) value; never throws. */
  readonly parse: (raw: string) => ParsedParam<T>;
}

export type UrlField = keyof UrlState;
export type UrlParamTable = { readonly [F in UrlField]: UrlParam<UrlState[F]> };

/** Decimals kept in links: about 100 m for lon/lat, a hundredth of a zoom level. */
export const CAMERA_DIGITS = { lonLat: 3, zoom: 2 } as const;
/** Web Mercator cannot show beyond ±85.0511°; maplibre clamps there. */
const MAX_LAT = 85.052;
const MAX_ZOOM = 24;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function encodeTimeRange(range: DayRange | null): string {
  if (range === null) return '';
  const { startDay, endDay } = range;
  // An empty or non-integer range has no inclusive spelling; the store never makes one (windows are months).
  if (!Number.isInteger(startDay) || !Number.isInteger(endDay) || endDay <= startDay) return '';
  const from = formatDay(startDay);
  const to = formatDay((endDay - 1) as EpochDay);
  return from !== null && to !== null ? `${from}..${to}` : '';
}

/** ISO day, or null outside years 1000–9999 (no four-digit spelling). */
function formatDay(day: EpochDay): string | null {
  if (Math.abs(day) > 3_000_000) return null;
  const text = formatEpochDay(day);
  return ISO_DAY.test(text) && text >= '1000' ? text : null;
}

function parseTimeRange(raw: string): ParsedParam<DayRange | null> {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(raw);
  if (!m) return invalid('bad-format');
  const startDay = parseIsoDay(m[1] ?? '');
  const lastDay = parseIsoDay(m[2] ?? '');
  if (Number.isNaN(startDay) || Number.isNaN(lastDay) || (m[1] ?? '') < '1000') return invalid('bad-date');
  if (lastDay < startDay) return invalid('reversed-range');
  return valid({ startDay, endDay: (lastDay + 1) as EpochDay });
}

function encodeSelection(selection: Selection | null): string {
  if (selection === null) return '';
  return `${selection.kind === 'route' ? 'r' : 's'}:${toWellFormed(selection.id)}`;
}

function parseSelection(raw: string): ParsedParam<Selection | null> {
  const kind = raw.startsWith('r:') ? 'route' : raw.startsWith('s:') ? 'site' : null;
  if (kind === null) return invalid('bad-format');
  const id = parseName(raw.slice(2), kind === 'route' ? MAX_ROUTE_ID : MAX_SITE_NAME);
  return id.status === 'valid' ? valid({ kind, id: id.value }) : id;
}

/** Longitude in [-180, 180), whatever world copy the map shows. */
export function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** The camera as it is written: longitude wrapped, lon/lat/zoom rounded; null when not finite. */
export function normalizeCamera(camera: MapCamera | null): MapCamera | null {
  if (camera === null) return null;
  const { lon, lat, zoom } = camera;
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  return {
    lon: roundTo(wrapLongitude(roundTo(lon, CAMERA_DIGITS.lonLat)), CAMERA_DIGITS.lonLat),
    lat: roundTo(lat, CAMERA_DIGITS.lonLat),
    zoom: roundTo(zoom, CAMERA_DIGITS.zoom),
  };
}

function encodeCamera(camera: MapCamera | null): string {
  const c = normalizeCamera(camera);
  return c === null ? '' : `${c.lon},${c.lat},${c.zoom}`;
}

function parseCamera(raw: string): ParsedParam<MapCamera | null> {
  const parts = raw.split(',');
  if (parts.length !== 3) return invalid('bad-format');
  const lon = parseDecimal(parts[0] ?? '', CAMERA_DIGITS.lonLat, -180, 180);
  const lat = parseDecimal(parts[1] ?? '', CAMERA_DIGITS.lonLat, -MAX_LAT, MAX_LAT);
  const zoom = parseDecimal(parts[2] ?? '', CAMERA_DIGITS.zoom, 0, MAX_ZOOM);
  for (const part of [lon, lat, zoom]) if (part.status === 'invalid') return invalid(part.reason);
  if (lon.status !== 'valid' || lat.status !== 'valid' || zoom.status !== 'valid')
    return invalid('bad-format');
  return valid(normalizeCamera({ lon: lon.value, lat: lat.value, zoom: zoom.value }));
}

/** A list parameter: sorted, de-duplicated, escaped items that each pass `parseItem`. */
function listParam<T extends string>(
  key: string,
  doc: string,
  parseItem: (item: string) => ParsedParam<T>,
): UrlParam<readonly T[]> {
  return {
    key,
    doc,
    encode: (values) => encodeList(sortedUnique(values.map((v) => toWellFormed(v) as T))),
    parse: (raw) => parseList(raw, parseItem),
  };
}

/** A closed set of words; the default is omitted. */
function enumParam<T extends string>(key: string, doc: string, options: readonly T[]): UrlParam<T> {
  return { key, doc, encode: (value) => value, parse: (raw) => parseEnum(options, raw) };
}

function flagParam(key: string, doc: string): UrlParam<boolean> {
  return { key, doc, encode: encodeFlag, parse: parseFlag };
}

/**
 * Every serialized field, in the order its parameter appears in a link (`v` comes first, written by
 * encodeUrlState). Keys are part of the link format: never rename or reuse one without a migration.
 */
export const URL_PARAMS: UrlParamTable = {
  timeRange: {
    key: 't',
    doc: 'Time window: first and last day, inclusive, UTC (`2012-01-01..2012-12-31`).',
    encode: encodeTimeRange,
    parse: parseTimeRange,
  },
  granularity: enumParam('g', 'Timeline step: `month`, `quarter` or `year`.', GRANULARITIES),
  kinds: listParam('k', 'Event kinds shown: `departure`, `interception`.', (item) =>
    parseEnum(EVENT_KINDS, item),
  ),
  outcomes: listParam(
    'o',
    'Outcomes shown: `none`, `landed`, `turned_back`, `disrupted`, `rescued`, `lost_at_sea`.',
    (item) => parseEnum(OUTCOMES, item),
  ),
  routes: listParam('r', 'Route ids shown (as in the routes file).', (item) => parseName(item, MAX_ROUTE_ID)),
  nationalities: listParam('n', 'Nationalities shown: ISO 3166-1 alpha-3 codes.', parseNationality),
  sites: listParam('s', 'Sites shown, by name; a comma inside a name is written `\\,`.', (item) =>
    parseName(item, MAX_SITE_NAME),
  ),
  selection: {
    key: 'sel',
    doc: 'Selected route (`r:<route id>`) or site (`s:<site name>`).',
    encode: encodeSelection,
    parse: parseSelection,
  },
  camera: {
    key: 'm',
    doc: 'Map view `lon,lat,zoom` (3, 3 and 2 decimals); absent: fit the map to the data.',
    encode: encodeCamera,
    parse: parseCamera,
  },
  language: enumParam('lang', 'Language: `en` or `id`.', LANGUAGES),
  measure: enumParam(
    'ms',
    'What flow widths, symbol areas, the series and ranked bars show: `people`, `boats`, `deaths` (dead and missing) or `events` (records).',
    VIEW_MEASURES,
  ),
  chartSplit: enumParam('sp', 'Chart stacking: `route`, `nationality` or `outcome`.', [
    'route',
    'nationality',
    'outcome',
  ]),
  sideTab: enumParam('tab', 'Side panel tab: `overview`, `filters`, `map` or `analysis`.', [
    'overview',
    'filters',
    'map',
    'analysis',
  ]),
  showEventPoints: flagParam('pts', 'Event points layer: `1` shows it.'),
  flowScaleToView: flagParam(
    'wsv',
    "Flow widths: `1` scales them to the current view (default: held to the whole period's largest leg).",
  ),
  motion: flagParam('mo', 'Flow animation: `0` turns it off.'),
  windowMode: enumParam('wm', 'Time window during playback: `moving` or `cumulative`.', [
    'moving',
    'cumulative',
  ]),
  speed: {
    key: 'spd',
    doc: 'Playback speed: `0.5`, `1`, `2`, `4` or `8`.',
    encode: (speed) => String(speed),
    parse: (raw) => {
      const speed = PLAYBACK_SPEEDS.find((s) => String(s) === raw);
      return speed === undefined ? invalid('unknown-value') : valid(speed);
    },
  },
  loop: flagParam('loop', 'Playback loops at the end: `1`.'),
  embed: flagParam('emb', 'Embed mode, without the app chrome, for an `<iframe>`: `1`.'),
  embedTimeline: flagParam('etl', 'In embed mode, the timeline: `0` hides it.'),
  embedCharts: flagParam('ech', 'In embed mode, the side panel with numbers and charts: `0` hides it.'),
  embedFixed: flagParam('efix', 'In embed mode, a fixed view (no panning, zooming or controls): `1`.'),
  embedHosts: listParam(
    'eorg',
    'Origins allowed to send messages to an embed (`https://example.org`); none: any.',
    parseOrigin,
  ),
  compareA: {
    key: 'ca',
    doc: 'Compared period A (the reference): first and last day, inclusive, UTC, as `t`.',
    encode: encodeTimeRange,
    parse: parseTimeRange,
  },
  compareB: {
    key: 'cb',
    doc: 'Compared period B (compared with A): first and last day, inclusive, UTC, as `t`.',
    encode: encodeTimeRange,
    parse: parseTimeRange,
  },
  compareSwipe: flagParam('csw', 'The map split by a swipe, period A left of the divider and B right: `1`.'),
  compareSwipeAtPct: {
    key: 'csx',
    doc: `The swipe's divider, percent of the map's width from the left: a whole number ${SWIPE_MIN_PCT}–${SWIPE_MAX_PCT}.`,
    encode: (pct) => String(pct),
    parse: (raw) =>
      /^\d{1,2}$/.test(raw) ? parseDecimal(raw, 0, SWIPE_MIN_PCT, SWIPE_MAX_PCT) : invalid('bad-number'),
  },
};

/** The fields in link order. */
export const URL_FIELDS: readonly UrlField[] = [
  'timeRange',
  'granularity',
  'kinds',
  'outcomes',
  'routes',
  'nationalities',
  'sites',
  'selection',
  'camera',
  'language',
  'measure',
  'chartSplit',
  'sideTab',
  'showEventPoints',
  'flowScaleToView',
  'motion',
  'windowMode',
  'speed',
  'loop',
  'embed',
  'embedTimeline',
  'embedCharts',
  'embedFixed',
  'embedHosts',
  'compareA',
  'compareB',
  'compareSwipe',
  'compareSwipeAtPct',
];

/** An origin as sent in MessageEvent.origin: scheme, host and optional port, nothing else. */
function parseOrigin(raw: string): ParsedParam<string> {
  return /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(raw) && raw.length <= 200
    ? valid(raw.toLowerCase())
    : invalid('bad-format');
}
