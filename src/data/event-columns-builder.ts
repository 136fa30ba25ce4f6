// Collects validated features into growable columns, then sorts them by day into an immutable EventTable.
import { keepShape } from './keep-shape';
import { epochDayToMonth, monthToEpochDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import {
  CODE16_LIMIT,
  type CodeColumn,
  type DatasetMeta,
  type EventTable,
  type RouteInfo,
  type SiteInfo,
} from '@/domain/event-table';
import { reachedStageOf } from '@/domain/reached-stage';
import { deriveCorridors, derivedReach } from '@/domain/derive-corridors';
import { NO_REACH, OUTCOMES, UNKNOWN_BOATS } from '@/domain/vocabulary';
import { StringDictionary } from './string-dictionary';
import {
  gatherF32,
  gatherU16,
  gatherU32,
  gatherU8,
  growF32,
  growI32,
  growU16,
  growU32,
  growU8,
  toCodeColumn,
} from './typed-columns';

/** The values of one validated event that are numbers in both forms of pushing it. */
export interface EventNumbers {
  /** Index of the feature in the file (0-based), for issues found after validation. */
  featureIndex: number;
  day: EpochDay;
  precision: number;
  kind: number;
  outcome: number;
  confidence: number;
  people: number;
  boats: number;
  crew: number;
  deaths: number;
  /** Source records this row stands for (1 unless the file is pre-aggregated). */
  records: number;
  lon: number;
  lat: number;
}

/** One validated event, as handed to the builder (strings not yet encoded). */
export interface EventValues extends EventNumbers {
  id: string;
  route: string;
  /** The route's display name from the event's `routeName` ('' when not given). */
  routeName: string;
  site: string;
  originCountry: string;
  agency: string;
  source: string;
  /** Nationality codes and persons, parallel arrays. */
  natCodes: string[];
  natPeople: number[];
}

/**
 * One validated event whose texts are already codes of this builder's dictionaries (`routes`, `sites`,
 * `countries`, `agencies`, `sources`, `nationalities`), and whose id is UTF-8 bytes: the columnar
 * reader encodes each of its dictionary entries once instead of each row's strings.
 */
export interface CodedEventValues extends EventNumbers {
  route: number;
  /** As in EventValues ('' when not given). */
  routeName: string;
  site: number;
  originCountry: number;
  agency: number;
  source: number;
  /** Nationality codes and persons: entries natFrom … natTo - 1 of both arrays. */
  natCodes: Uint32Array;
  natPeople: Uint32Array;
  natFrom: number;
  natTo: number;
  /** The id: bytes idFrom … idTo - 1 of idBytes, well-formed UTF-8. */
  idBytes: Uint8Array;
  idFrom: number;
  idTo: number;
}

/** Most (route, site, kind, outcome) combinations whose stage finish() keeps in a typed array (2 MB). */
const MAX_REACH_KEYS = 1 << 20;

/** Rows the builder reserves before it first grows (it doubles after that). */
const INITIAL_CAPACITY = 1024;

/**
 * Growable columns: storage grows by doubling as rows are pushed, so a file of a million invalid
 * features costs nothing here. Code columns are Uint32 while building and narrowed in finish().
 */
export class EventColumnsBuilder {
  private n = 0;
  private capacity: number;
  /** Rows the caller expects at most (the number of features). */
  private readonly capacityHint: number;
  private day: Int32Array;
  private precision: Uint8Array;
  private kind: Uint8Array;
  private outcome: Uint8Array;
  private confidence: Uint8Array;
  private people: Uint32Array;
  private boats: Uint16Array;
  private crew: Uint16Array;
  private deaths: Uint16Array;
  private records: Uint32Array;
  /** True once a row stands for more than one record: only then does the table get a records column. */
  private weighted = false;
  /** True once a row records its boats (not UNKNOWN_BOATS): otherwise the table says it records none. */
  private boatsRecorded = false;
  private route: Uint32Array;
  private site: Uint32Array;
  private origin: Uint32Array;
  private agency: Uint32Array;
  private source: Uint32Array;
  private lon: Float32Array;
  private lat: Float32Array;
  private natStart: Uint32Array;
  private natCode: Uint16Array;
  private natPeople: Uint32Array;
  private natCount = 0;
  private idBytes: Uint8Array;
  private idStart: Uint32Array;
  private idLength = 0;
  private featureIndex: Uint32Array;
  /** Display names from events' `routeName`, first one per route id. */
  private readonly routeNames = new Map<string, string>();
  /** 1 for route codes whose name pushCoded has already looked up (no Map lookup per row). */
  private routeNamed: Uint8Array = new Uint8Array(16);
  readonly routes = new StringDictionary();
  readonly sites = new StringDictionary();
  /** Codes are validated as three letters A–Z: at most 17,576 names, so Uint16 codes always fit. */
  readonly nationalities = new StringDictionary(CODE16_LIMIT);
  readonly countries = new StringDictionary();
  readonly agencies = new StringDictionary();
  readonly sources = new StringDictionary();

  /** `capacityHint`: rows expected at most; only the first INITIAL_CAPACITY are reserved up front. */
  constructor(capacityHint = INITIAL_CAPACITY) {
    this.capacityHint = capacityHint;
    const capacity = Math.max(16, Math.min(capacityHint, INITIAL_CAPACITY));
    this.capacity = capacity;
    this.day = new Int32Array(capacity);
    this.precision = new Uint8Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.outcome = new Uint8Array(capacity);
    this.confidence = new Uint8Array(capacity);
    this.people = new Uint32Array(capacity);
    this.boats = new Uint16Array(capacity);
    this.crew = new Uint16Array(capacity);
    this.deaths = new Uint16Array(capacity);
    this.records = new Uint32Array(capacity);
    this.route = new Uint32Array(capacity);
    this.site = new Uint32Array(capacity);
    this.origin = new Uint32Array(capacity);
    this.agency = new Uint32Array(capacity);
    this.source = new Uint32Array(capacity);
    this.lon = new Float32Array(capacity);
    this.lat = new Float32Array(capacity);
    this.natStart = new Uint32Array(capacity + 1);
    this.natCode = new Uint16Array(capacity * 2);
    this.natPeople = new Uint32Array(capacity * 2);
    this.idBytes = new Uint8Array(capacity * 16);
    this.idStart = new Uint32Array(capacity + 1);
    this.featureIndex = new Uint32Array(capacity);
    this.countries.encode('');
  }

  /**
   * Grows the per-row columns (nationality and id storage grow on their own): at least doubling, and
   * straight to the rows the share accepted so far predicts for the whole file, so a valid file is copied
   * once, not log2(n) times (each copy of a large buffer also costs a full garbage collection).
   */
  private grow(featureIndex: number): void {
    const n = this.n;
    const acceptedShare = n / Math.max(1, featureIndex + 1);
    const predicted = Math.ceil(this.capacityHint * Math.min(1, acceptedShare * 1.05)) + 16;
    const size = Math.max(this.capacity * 2, Math.min(this.capacityHint, predicted));
    this.day = growI32(this.day, size, n);
    this.precision = growU8(this.precision, size, n);
    this.kind = growU8(this.kind, size, n);
    this.outcome = growU8(this.outcome, size, n);
    this.confidence = growU8(this.confidence, size, n);
    this.people = growU32(this.people, size, n);
    this.boats = growU16(this.boats, size, n);
    this.crew = growU16(this.crew, size, n);
    this.deaths = growU16(this.deaths, size, n);
    this.records = growU32(this.records, size, n);
    this.route = growU32(this.route, size, n);
    this.site = growU32(this.site, size, n);
    this.origin = growU32(this.origin, size, n);
    this.agency = growU32(this.agency, size, n);
    this.source = growU32(this.source, size, n);
    this.lon = growF32(this.lon, size, n);
    this.lat = growF32(this.lat, size, n);
    this.natStart = growU32(this.natStart, size + 1, n + 1);
    this.idStart = growU32(this.idStart, size + 1, n + 1);
    this.featureIndex = growU32(this.featureIndex, size, n);
    this.capacity = size;
    // The id bytes and nationality entries grow with the rows, at the rate seen so far: one copy each
    // instead of a doubling series (every large copy is external memory that calls for a collection).
    if (n > 0) {
      this.ensureIdCapacity(Math.ceil(((size - n) * this.idLength * 1.05) / n));
      this.ensureNatCapacity(Math.ceil(((size - n) * this.natCount * 1.05) / n));
    }
  }

  get length(): number {
    return this.n;
  }

  /** The display name an earlier event gave `route`, if any. */
  routeNameOf(route: string): string | undefined {
    return this.routeNames.get(route);
  }

  /** Position of pushed row `row` (file order), degrees as stored (float32). */
  lonAt(row: number): number {
    return this.lon[row] ?? 0;
  }
  latAt(row: number): number {
    return this.lat[row] ?? 0;
  }
  /** Feature index and id of pushed row `row`. */
  featureIndexAt(row: number): number {
    return this.featureIndex[row] ?? 0;
  }
  idAt(row: number): string {
    return new TextDecoder().decode(
      this.idBytes.subarray(this.idStart[row] ?? 0, this.idStart[row + 1] ?? 0),
    );
  }

  /** Appends the numbers of one validated event; returns its row. */
  private pushNumbers(v: EventNumbers): number {
    if (this.n === this.capacity) this.grow(v.featureIndex);
    const i = this.n++;
    this.day[i] = v.day;
    this.precision[i] = v.precision;
    this.kind[i] = v.kind;
    this.outcome[i] = v.outcome;
    this.confidence[i] = v.confidence;
    this.people[i] = v.people;
    this.boats[i] = v.boats;
    this.crew[i] = v.crew;
    this.deaths[i] = v.deaths;
    this.records[i] = v.records;
    if (v.records !== 1) this.weighted = true;
    if (v.boats !== UNKNOWN_BOATS) this.boatsRecorded = true;
    this.featureIndex[i] = v.featureIndex;
    this.lon[i] = v.lon;
    this.lat[i] = v.lat;
    return i;
  }

  /** Appends one validated event. */
  push(v: EventValues): void {
    const i = this.pushNumbers(v);
    this.route[i] = this.routes.encode(v.route);
    if (v.routeName !== '' && !this.routeNames.has(v.route)) this.routeNames.set(v.route, v.routeName);
    this.site[i] = this.sites.encode(v.site);
    this.origin[i] = this.countries.encode(v.originCountry);
    this.agency[i] = this.agencies.encode(v.agency);
    this.source[i] = this.sources.encode(v.source);
    this.natStart[i] = this.natCount;
    this.ensureNatCapacity(v.natCodes.length);
    for (let e = 0; e < v.natCodes.length; e++) {
      this.natCode[this.natCount] = this.nationalities.encode(v.natCodes[e] ?? '');
      this.natPeople[this.natCount] = v.natPeople[e] ?? 0;
      this.natCount++;
    }
    this.natStart[i + 1] = this.natCount;
    this.idStart[i] = this.idLength;
    this.writeId(v.id);
    this.idStart[i + 1] = this.idLength;
  }

  /** Appends one validated event given as codes (the same row as push() with the decoded values). */
  pushCoded(v: CodedEventValues): void {
    const i = this.pushNumbers(v);
    this.route[i] = v.route;
    if (v.routeName !== '' && this.routeNamed[v.route] !== 1) {
      const route = this.routes.names[v.route] ?? '';
      if (!this.routeNames.has(route)) this.routeNames.set(route, v.routeName);
      this.routeNamed = markCode(this.routeNamed, v.route);
    }
    this.site[i] = v.site;
    this.origin[i] = v.originCountry;
    this.agency[i] = v.agency;
    this.source[i] = v.source;
    // Locals in the loops: stores into typed arrays make V8 reload fields and object properties.
    const natFrom = v.natFrom;
    const natTo = v.natTo;
    this.ensureNatCapacity(natTo - natFrom);
    const natCodeIn = v.natCodes;
    const natPeopleIn = v.natPeople;
    const natCode = this.natCode;
    const natPeople = this.natPeople;
    const natAt = this.natCount - natFrom;
    this.natStart[i] = this.natCount;
    for (let e = natFrom; e < natTo; e++) {
      natCode[natAt + e] = natCodeIn[e] ?? 0;
      natPeople[natAt + e] = natPeopleIn[e] ?? 0;
    }
    this.natCount += natTo - natFrom;
    this.natStart[i + 1] = this.natCount;
    this.idStart[i] = this.idLength;
    const idFrom = v.idFrom;
    const idTo = v.idTo;
    this.ensureIdCapacity(idTo - idFrom);
    const bytes = this.idBytes;
    const idIn = v.idBytes;
    const at = this.idLength - idFrom;
    // A byte loop, not set(subarray()): a view per row would be a million short-lived objects.
    for (let k = idFrom; k < idTo; k++) bytes[at + k] = idIn[k] ?? 0;
    this.idLength += idTo - idFrom;
    this.idStart[i + 1] = this.idLength;
  }

  /** The nationality and id columns in row order `order` (rows not in file order). */
  private gatherListColumns(order: Uint32Array): {
    natOffsets: Uint32Array;
    natCode: Uint16Array;
    natPeople: Uint32Array;
    idOffsets: Uint32Array;
    idBytes: Uint8Array;
  } {
    const n = order.length;
    const natOffsets = new Uint32Array(n + 1);
    const natCode = new Uint16Array(this.natCount);
    const natPeople = new Uint32Array(this.natCount);
    const idOffsets = new Uint32Array(n + 1);
    const idBytes = new Uint8Array(this.idLength);
    let e = 0;
    let b = 0;
    for (let r = 0; r < n; r++) {
      const src = order[r] ?? 0;
      natOffsets[r] = e;
      for (let k = this.natStart[src] ?? 0; k < (this.natStart[src + 1] ?? 0); k++) {
        natCode[e] = this.natCode[k] ?? 0;
        natPeople[e] = this.natPeople[k] ?? 0;
        e++;
      }
      idOffsets[r] = b;
      const to = this.idStart[src + 1] ?? 0;
      // A byte loop, not set(subarray()): a view per row would be a million short-lived objects.
      for (let k = this.idStart[src] ?? 0; k < to; k++) idBytes[b++] = this.idBytes[k] ?? 0;
    }
    natOffsets[n] = e;
    idOffsets[n] = b;
    return { natOffsets, natCode, natPeople, idOffsets, idBytes };
  }

  private ensureIdCapacity(extra: number): void {
    if (this.idLength + extra <= this.idBytes.length) return;
    const bytes = new Uint8Array(Math.max(this.idBytes.length * 2, this.idLength + extra));
    bytes.set(this.idBytes);
    this.idBytes = bytes;
  }

  private ensureNatCapacity(extra: number): void {
    if (this.natCount + extra <= this.natCode.length) return;
    const size = Math.max(this.natCode.length * 2, this.natCount + extra);
    const codes = new Uint16Array(size);
    codes.set(this.natCode);
    this.natCode = codes;
    const people = new Uint32Array(size);
    people.set(this.natPeople);
    this.natPeople = people;
  }

  private writeId(id: string): void {
    // ASCII fast path; anything else goes through TextEncoder. At most 4 bytes per UTF-16 unit.
    this.ensureIdCapacity(id.length * 4);
    let ascii = true;
    for (let c = 0; c < id.length; c++) {
      const code = id.charCodeAt(c);
      if (code > 127) {
        ascii = false;
        break;
      }
      this.idBytes[this.idLength + c] = code;
    }
    if (ascii) {
      this.idLength += id.length;
      return;
    }
    const { written } = new TextEncoder().encodeInto(id, this.idBytes.subarray(this.idLength));
    this.idLength += written;
  }

  /**
   * Sorts rows by day (stable counting sort) and returns the table. `corridors` maps route ids to the
   * routes file's corridors. Other ids are named by the events' routeName (else the id) and get, with
   * `deriveMissing` (no routes file was given), a corridor derived from their events; otherwise, or when
   * their events are all at one place, a placeholder without a line (flows drawn site to site).
   */
  finish(corridors: ReadonlyMap<string, RouteInfo>, meta: DatasetMeta, deriveMissing = false): EventTable {
    const n = this.n;
    let minDay = Infinity;
    let maxDay = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = this.day[i] ?? 0;
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
    if (n === 0) minDay = maxDay = 0;
    const firstMonth = epochDayToMonth(minDay as EpochDay);
    const lastMonth = epochDayToMonth(maxDay as EpochDay);
    const baseDay = monthToEpochDay(firstMonth);
    const monthCount = n === 0 ? 0 : lastMonth - firstMonth + 1;

    // Counting sort by day offset: O(n + days), stable, so equal days keep file order.
    const span = maxDay - baseDay + 1;
    const counts = new Uint32Array(span + 1);
    for (let i = 0; i < n; i++) {
      const slot = (this.day[i] ?? 0) - baseDay + 1;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    for (let d = 1; d <= span; d++) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const slot = (this.day[i] ?? 0) - baseDay;
      order[counts[slot] ?? 0] = i;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }

    // Files are usually already in date order: then the order is the identity and columns are copied.
    let identity = true;
    for (let r = 0; r < n && identity; r++) identity = order[r] === r;
    const u8 = (src: Uint8Array): Uint8Array => (identity ? src.slice(0, n) : gatherU8(src, order));
    const u16 = (src: Uint16Array): Uint16Array => (identity ? src.slice(0, n) : gatherU16(src, order));
    const codes = (src: Uint32Array, dictionary: StringDictionary): CodeColumn =>
      toCodeColumn(src, n, identity ? null : order, dictionary.size);
    const u32 = (src: Uint32Array): Uint32Array => (identity ? src.slice(0, n) : gatherU32(src, order));
    const f32 = (src: Float32Array): Float32Array => (identity ? src.slice(0, n) : gatherF32(src, order));
    const day = new Uint16Array(n);
    for (let r = 0; r < n; r++) day[r] = (this.day[order[r] ?? 0] ?? 0) - baseDay;

    const monthRowStart = new Uint32Array(monthCount + 1);
    let row = 0;
    for (let m = 0; m < monthCount; m++) {
      const monthStartOffset = monthToEpochDay((firstMonth + m) as EpochMonth) - baseDay;
      while (row < n && (day[row] ?? 0) < monthStartOffset) row++;
      monthRowStart[m] = row;
    }
    monthRowStart[monthCount] = n;

    const { natOffsets, natCode, natPeople, idOffsets, idBytes } = identity
      ? {
          natOffsets: this.natStart.slice(0, n + 1),
          natCode: this.natCode.slice(0, this.natCount),
          natPeople: this.natPeople.slice(0, this.natCount),
          idOffsets: this.idStart.slice(0, n + 1),
          idBytes: this.idBytes.slice(0, this.idLength),
        }
      : this.gatherListColumns(order);

    const route = codes(this.route, this.routes);
    const site = codes(this.site, this.sites);
    const kind = u8(this.kind);
    const outcome = u8(this.outcome);
    const lon = f32(this.lon);
    const lat = f32(this.lat);
    const sites = siteCentroids(this.sites.names, site, lon, lat);
    const names = this.routes.names.map((id) => this.routeNames.get(id) ?? id);
    const derived = deriveMissing
      ? deriveCorridors({ length: n, route, site, kind, lon, lat, sites }, this.routes.names, names)
      : [];
    const routes: RouteInfo[] = this.routes.names.map(
      (id, code) => corridors.get(id) ?? derived[code]?.route ?? placeholderRoute(id, names[code] ?? id),
    );
    const reachedStage = new Uint8Array(n);
    // The stage reached depends only on (route, site, kind, outcome): computed once per combination,
    // remembered in a typed array while the combinations are few enough (a Map lookup per row otherwise).
    const siteCount = this.sites.size;
    const keyCount = this.routes.size * siteCount * 2 * OUTCOMES.length;
    const reachByKey = keyCount <= MAX_REACH_KEYS ? new Int16Array(keyCount).fill(-1) : null;
    const reachByMapKey = new Map<number, number>();
    for (let r = 0; r < n; r++) {
      const key =
        (((route[r] ?? 0) * siteCount + (site[r] ?? 0)) * 2 + (kind[r] ?? 0)) * OUTCOMES.length +
        (outcome[r] ?? 0);
      let reach = reachByKey === null ? (reachByMapKey.get(key) ?? -1) : (reachByKey[key] ?? -1);
      if (reach < 0) {
        const code = route[r] ?? 0;
        const info = routes[code];
        const corridor = derived[code];
        const siteName = this.sites.names[site[r] ?? 0] ?? '';
        reach =
          info === undefined
            ? NO_REACH
            : info.derived && corridor !== undefined
              ? derivedReach(corridor, kind[r] ?? 0, site[r] ?? 0)
              : reachedStageOf(info, kind[r] ?? 0, OUTCOMES[outcome[r] ?? 0] ?? 'none', siteName);
        if (reachByKey === null) reachByMapKey.set(key, reach);
        else reachByKey[key] = reach;
      }
      reachedStage[r] = reach;
    }

    return {
      length: n,
      baseDay,
      firstMonth,
      monthCount,
      monthRowStart,
      day,
      datePrecision: u8(this.precision),
      kind,
      outcome,
      confidence: u8(this.confidence),
      people: u32(this.people),
      boats: u16(this.boats),
      crew: u16(this.crew),
      deaths: u16(this.deaths),
      ...(this.weighted ? { records: u32(this.records) } : {}),
      route,
      site,
      originCountry: codes(this.origin, this.countries),
      agency: codes(this.agency, this.agencies),
      source: codes(this.source, this.sources),
      reachedStage,
      lon,
      lat,
      natOffsets,
      natCode,
      natPeople,
      idBytes,
      idOffsets,
      routes,
      sites,
      nationalityNames: this.nationalities.names,
      countryNames: this.countries.names,
      agencyNames: this.agencies.names,
      sourceNames: this.sources.names,
      // A file whose every row gives `boats: null` records no boats (the views then offer no boat figure).
      meta: this.boatsRecorded || n === 0 ? meta : { ...meta, boatsRecorded: false },
    };
  }
}

/** A code's flag set in `flags`, grown (doubling) when the code is past its end. */
function markCode(flags: Uint8Array, code: number): Uint8Array {
  let out = flags;
  if (code >= flags.length) {
    out = new Uint8Array(Math.max(flags.length * 2, code + 1));
    out.set(flags);
  }
  out[code] = 1;
  return out;
}

/** A route with no line: flows fall back to site-to-site arcs. */
function placeholderRoute(id: string, name: string): RouteInfo {
  return { id, name, hasCorridor: false, derived: false, stages: [], path: [] };
}

/** Mean position of each site's events (degrees). */
function siteCentroids(
  names: readonly string[],
  site: CodeColumn,
  lon: Float32Array,
  lat: Float32Array,
): SiteInfo[] {
  const sumLon = new Float64Array(names.length);
  const sumLat = new Float64Array(names.length);
  const count = new Float64Array(names.length);
  for (let r = 0; r < site.length; r++) {
    const s = site[r] ?? 0;
    sumLon[s] = (sumLon[s] ?? 0) + (lon[r] ?? 0);
    sumLat[s] = (sumLat[s] ?? 0) + (lat[r] ?? 0);
    count[s] = (count[s] ?? 0) + 1;
  }
  return names.map((name, s) => ({
    name,
    lon: (sumLon[s] ?? 0) / Math.max(1, count[s] ?? 0),
    lat: (sumLat[s] ?? 0) / Math.max(1, count[s] ?? 0),
  }));
}

// A kept instance: its map, and the optimized code of its methods, survive a full GC (keep-shape.ts).
keepShape(new EventColumnsBuilder(0));
