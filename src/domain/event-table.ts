// The columnar, immutable table of events every view reads. Built only by data/event-columns-builder.ts.
import type { EpochDay, EpochMonth } from './epoch-day';
import type { StageRole, TravelMode } from './vocabulary';

/** A corridor from the routes file, or a placeholder for a route id no routes file defines. */
export interface RouteInfo {
  readonly id: string;
  readonly name: string;
  /**
   * False when the route has no line to draw (no routes file defines it and its events are all at one
   * place): flows fall back to site-to-site.
   */
  readonly hasCorridor: boolean;
  /**
   * True when the corridor was derived from the events (no routes file defines the route; see
   * domain/derive-corridors.ts): views label it as derived. False for routes-file corridors.
   */
  readonly derived: boolean;
  readonly stages: readonly RouteStage[];
  /** The corridor's line, `[lon, lat]` degrees; empty without a corridor. */
  readonly path: readonly (readonly [lon: number, lat: number])[];
}

export interface RouteStage {
  readonly name: string;
  readonly role: StageRole;
  /** Index into `RouteInfo.path`. */
  readonly vertex: number;
  /** How people travel to the next stage; undefined on the last stage. */
  readonly mode: TravelMode | undefined;
}

/** A named place that events happened at, with the mean position of its events. */
export interface SiteInfo {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}

/** Dataset-level metadata from the file's `metadata` foreign member. */
export interface DatasetMeta {
  readonly title: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly licence: string;
  readonly extracted: string;
  readonly illustrative: boolean;
  readonly notes: string;
  /** What "arrivals" arrive at ('' when not given: views then use neutral words). */
  readonly destination: string;
  /** A one-line description of the dataset ('' when not given). */
  readonly tagline: string;
  /** `[west, south, east, north]` degrees when given (west > east crosses the antimeridian), else null. */
  readonly bbox: readonly [west: number, south: number, east: number, north: number] | null;
  /**
   * Small-count threshold k (metadata `smallCountThreshold`, an integer 0–1000): shown counts below k
   * are hidden; 0 or 1 means none needed. Absent (undefined or null): the app's default rule applies.
   */
  readonly smallCountThreshold?: number | null;
  /**
   * How the rows were pre-aggregated (metadata `aggregation`, docs/data-format.md): each row then stands
   * for `records` source records. Absent or null: rows are single records.
   */
  readonly aggregation?: DatasetAggregation | null;
  /**
   * False when no record of the file knows its boats (every `boats` null, stored as 0): the boats measure
   * and the boat figures are then not offered. Absent: the file records boats.
   */
  readonly boatsRecorded?: boolean;
}

/** Metadata `aggregation`: what pre-aggregated rows were grouped by, and the period they were summed over. */
export interface DatasetAggregation {
  /** The grouping fields, e.g. `["date", "site", "route", "outcome", "nationalities"]`. */
  readonly by: readonly string[];
  readonly period: 'day' | 'month';
  /** Source records summed into the rows (0 when not stated). */
  readonly sourceRecords: number;
}

/**
 * One row per event, sorted by day. All columns share the row index. Strings are dictionary-encoded:
 * a column holds indices into the matching `*Names` array. Never mutated after it is built.
 */
export interface EventTable {
  readonly length: number;
  /** Epoch day that `day` offsets count from: the first day of the first month with data. */
  readonly baseDay: EpochDay;
  /** First month with data; `monthRowStart[m - firstMonth]` is the first row of month m. */
  readonly firstMonth: EpochMonth;
  /** Number of months from firstMonth to the last month with data, inclusive. */
  readonly monthCount: number;
  /** Row offsets per month, length monthCount + 1 (rows are sorted by day). */
  readonly monthRowStart: Uint32Array;

  /** Days since baseDay; month-precision events sit on the first day of their month. */
  readonly day: Uint16Array;
  /** 0 = day, 1 = month (see DATE_PRECISIONS). */
  readonly datePrecision: Uint8Array;
  /** Index into EVENT_KINDS. */
  readonly kind: Uint8Array;
  /** Index into OUTCOMES (0 = none). */
  readonly outcome: Uint8Array;
  /** Index into CONFIDENCES. */
  readonly confidence: Uint8Array;
  /** Persons on board, crew excluded. */
  readonly people: Uint32Array;
  readonly boats: Uint16Array;
  /** Persons; UNKNOWN_COUNT when not recorded. */
  readonly crew: Uint16Array;
  /** Persons dead or missing; UNKNOWN_COUNT when not recorded. */
  readonly deaths: Uint16Array;
  /** Index into `routes`. */
  readonly route: CodeColumn;
  /** Index into `sites`. */
  readonly site: CodeColumn;
  /** Index into `countryNames` (origin_country; '' when not given). */
  readonly originCountry: CodeColumn;
  /** Index into `agencyNames`. */
  readonly agency: CodeColumn;
  /** Index into `sourceNames`. */
  readonly source: CodeColumn;
  /** Stage index reached along the route (for flows); 255 when the row does not enter flows. */
  readonly reachedStage: Uint8Array;
  /**
   * Source records each row stands for (the format's `records`, pre-aggregated files); absent when every
   * row is one record. Event counts sum it; people, boats, deaths and crew are already sums.
   */
  readonly records?: Uint32Array;
  /** Degrees, float32 (about 1 m precision, enough for events placed by site). */
  readonly lon: Float32Array;
  readonly lat: Float32Array;

  /** Nationalities in CSR form: entries of row r are natOffsets[r] .. natOffsets[r + 1] - 1. */
  readonly natOffsets: Uint32Array;
  /** Index into `nationalityNames`. */
  readonly natCode: Uint16Array;
  /** Persons of that nationality on board (apportioned where the file gave no count). */
  readonly natPeople: Uint32Array;

  /** Event ids as UTF-8 bytes: id of row r is idBytes[idOffsets[r] .. idOffsets[r + 1]). */
  readonly idBytes: Uint8Array;
  readonly idOffsets: Uint32Array;

  readonly routes: readonly RouteInfo[];
  readonly sites: readonly SiteInfo[];
  readonly nationalityNames: readonly string[];
  readonly countryNames: readonly string[];
  readonly agencyNames: readonly string[];
  readonly sourceNames: readonly string[];
  readonly meta: DatasetMeta;
}

/**
 * A column of dictionary codes. The builder picks the width per table: Uint16 while the column's
 * dictionary has at most CODE16_LIMIT entries, Uint32 beyond, so a code never wraps to another name.
 */
export type CodeColumn = Uint16Array | Uint32Array;

/** Most distinct names a Uint16 code column can index (codes 0 … 65,535). */
export const CODE16_LIMIT = 0x10000;

/** Indices of the rows that pass a filter, ascending. */
export type RowIndex = Uint32Array;

const utf8 = new TextDecoder();

/** The id of row `row` as a string. */
export function getEventId(table: EventTable, row: number): string {
  const start = table.idOffsets[row] ?? 0;
  const end = table.idOffsets[row + 1] ?? start;
  return utf8.decode(table.idBytes.subarray(start, end));
}

/** Epoch day of row `row`. */
export function getEventDay(table: EventTable, row: number): EpochDay {
  return (table.baseDay + (table.day[row] ?? 0)) as EpochDay;
}

/** Bytes held by the table's typed arrays (dictionaries and routes excluded: they do not grow with rows). */
export function measureTableBytes(table: EventTable): number {
  let bytes = 0;
  for (const value of Object.values(table)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  return bytes;
}
